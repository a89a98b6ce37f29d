"""Train the Danish pipeline.

The shipped (joint) setup:
1. The UNER train sentences (DDT train text) get the silver UD trees converted from the native
   DDT annotation (`Options(silver="teacher")` instead trains trees-only teachers on the gold
   trees, `trees.cfg`, one per seed of `Options.teacher_seeds`, which annotate them where they
   agree: train/silver.py).
2. `joint.cfg` -> one shared tok2vec with morphologizer, parser, edit-tree lemmatizer and NER,
   trained on the mixed corpus (train/data.py).
3. The pipeline is scored on held-out data, written with MODEL.md, and swapped into place only
   when complete (a loadable model is always in place).

`Options(joint=False)` keeps the older setup: `ner.cfg` and `trees.cfg` trained side by side and
the NER sourced into the trees pipeline.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from kronist.train import data, silver
from kronist.train.model_card import write_model_card
from kronist.train.scoring import score_built_model

CONFIG_DIR = Path(__file__).parent / "configs"
SPACY_CODE = Path(__file__).parent / "spacy_code.py"  # registers kronist's callbacks
SHIPPED_DIR = Path(__file__).resolve().parents[1] / "models"
PIPELINE_NAME = "kronist_da"

QUICK_OVERRIDES = {
    "training.max_steps": "150",
    "training.eval_frequency": "75",
    "training.batcher.size.start": "200",
}


def shipped_model_dir(lang: str) -> Path:
    return SHIPPED_DIR / lang


def user_model_dir(lang: str) -> Path:
    """Where a full training run writes unless told otherwise: the user's data folder, never the
    installed package (load it with KRONIST_MODELS=<this folder's parent>)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("kronist")) / "models" / lang


def output_dir(lang: str, quick: bool, output: str | Path | None) -> Path:
    """Where a run writes the model: `output`, else a temporary folder for a quick run, else the
    user's data folder."""
    if output:
        return Path(output)
    if quick:
        return Path(tempfile.mkdtemp(prefix="kronist-quick-")) / lang
    return user_model_dir(lang)


def _spacy_train(config: Path, output: Path, paths: dict[str, Path], overrides: dict) -> tuple:
    """Start `spacy train` in a single-threaded subprocess; returns (process, log path)."""
    args = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(output)]
    args += ["--code", str(SPACY_CODE)]
    for key, value in {**{f"paths.{k}": v for k, v in paths.items()}, **overrides}.items():
        args += [f"--{key}", str(value)]
    log = output.with_suffix(".log")
    output.parent.mkdir(parents=True, exist_ok=True)
    handle = log.open("w", encoding="utf-8")
    return subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT, env=_one_thread()), log


def _check(returncode: int, log: Path, what: str) -> None:
    if returncode != 0:
        tail = log.read_text(encoding="utf-8")[-3000:]
        raise RuntimeError(f"{what} failed (log {log}):\n{tail}")


def _one_thread() -> dict:
    threads = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    return {**os.environ, **threads}


def train_components(
    split: data.Split,
    workdir: Path,
    *,
    quick: bool,
    ner_overrides: dict | None = None,
    trees_overrides: dict | None = None,
    configs: tuple[str, str] = ("ner.cfg", "trees.cfg"),
) -> tuple[Path, Path]:
    """Run the NER and the trees training side by side (one core each)."""
    base = QUICK_OVERRIDES if quick else {}
    jobs = {
        "ner": _spacy_train(
            CONFIG_DIR / configs[0],
            workdir / "ner",
            {"train": split.ner_train, "dev": split.ner_dev},
            {**base, **(ner_overrides or {})},
        ),
        "trees": _spacy_train(
            CONFIG_DIR / configs[1],
            workdir / "trees",
            {"train": split.trees_train, "dev": split.trees_dev},
            {**base, **(trees_overrides or {})},
        ),
    }
    for name, (process, log) in jobs.items():
        _check(process.wait(), log, f"training of {name}")
    return workdir / "ner" / "model-last", workdir / "trees" / "model-last"


JOINT_CONFIG = "joint.cfg"


def pretrain_tok2vec(split: data.Split, workdir: Path, epochs: int) -> Path:
    """`spacy pretrain` of the joint tok2vec on the raw training text; returns the weights."""
    output = workdir / "pretrain"
    output.mkdir(parents=True, exist_ok=True)
    config = CONFIG_DIR / JOINT_CONFIG
    args = [sys.executable, "-m", "spacy", "pretrain", str(config), str(output)]
    args += ["--code", str(SPACY_CODE), "--paths.raw_text", str(split.raw_text)]
    args += ["--pretraining.max_epochs", str(epochs)]
    log = workdir / "pretrain.log"
    with log.open("w", encoding="utf-8") as handle:
        done = subprocess.run(args, stdout=handle, stderr=subprocess.STDOUT, env=_one_thread())
    _check(done.returncode, log, "pretraining")
    return output / "model-last.bin"


def train_teachers(
    split: data.Split, workdir: Path, *, quick: bool, seeds: tuple[int, ...]
) -> list[spacy.Language]:
    """Trees-only pipelines (trees.cfg) on the gold trees, one per seed, trained side by side."""
    jobs = {
        seed: _spacy_train(
            CONFIG_DIR / "trees.cfg",
            workdir / f"teacher-{seed}",
            {"train": split.trees_train, "dev": split.trees_dev},
            {**(QUICK_OVERRIDES if quick else {}), "system.seed": seed},
        )
        for seed in seeds
    }
    for seed, (process, log) in jobs.items():
        _check(process.wait(), log, f"training of the silver-tree teacher (seed {seed})")
    return [
        silver.prepare_teacher(spacy.load(workdir / f"teacher-{seed}" / "model-last"))
        for seed in seeds
    ]


def train_joint(
    split: data.Split,
    workdir: Path,
    *,
    quick: bool,
    overrides: dict | None = None,
) -> Path:
    """One training of the joint pipeline (shared tok2vec) on the mixed corpus."""
    base = QUICK_OVERRIDES if quick else {}
    process, log = _spacy_train(
        CONFIG_DIR / JOINT_CONFIG,
        workdir / "joint",
        {"train": split.joint_train, "dev": split.trees_dev},
        {**base, **(overrides or {})},
    )
    _check(process.wait(), log, "training of the joint pipeline")
    return workdir / "joint" / "model-last"


def assemble(ner_model: Path | None, trees_model: Path) -> spacy.Language:
    nlp = spacy.load(trees_model)
    if ner_model is not None:
        nlp.add_pipe("ner", source=spacy.load(ner_model))
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = _kronist_version()
    nlp.meta["description"] = "Danish pipeline trained by kronist (see MODEL.md)"
    nlp.meta["license"] = "CC BY-SA 4.0"
    nlp.meta["author"] = "kronist"
    return nlp


def _kronist_version() -> str:
    from kronist import __version__

    return __version__


def swap_into_place(built: Path, target: Path) -> None:
    """Replace `target` by `built` with two renames, so a complete model is always there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    shutil.move(str(built), str(target))
    if old.exists():
        shutil.rmtree(old)


def train(
    lang: str = "da",
    quick: bool = False,
    output: str | Path | None = None,
    shared: str | Path | None = None,
    *,
    options: data.Options | None = None,
    ner_overrides: dict | None = None,
    trees_overrides: dict | None = None,
    workdir: str | Path | None = None,
) -> dict:
    """Train the pipeline for `lang` from the shared corpora; returns the held-out scores.

    A full run writes to `output`, by default the user's data folder (`user_model_dir`): the
    shipped model changes only when `output` names it (`src/kronist/models/da` in a checkout).
    A quick run without `output` goes to a temporary folder.
    """
    if lang != "da":
        raise ValueError(f"kronist can only train 'da' for now, not {lang!r}")
    if not data.data_dir(shared).is_dir():
        raise FileNotFoundError(f"no training data in {data.data_dir(shared)}")
    options = options or data.Options(quick=quick)
    quick = quick or options.quick  # a quick slice of the data trains for a quick number of steps
    target = output_dir(lang, quick, output)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kronist-train-", dir=workdir) as tmp:
        tmp = Path(tmp)
        split = data.prepare(tmp / "corpora", shared, options, data.training_parts(options))
        if options.joint:
            ner_model = None
            if options.teachers:
                teachers = train_teachers(
                    split, tmp / "runs", quick=quick, seeds=options.teacher_seeds
                )
                data.prepare(tmp / "corpora", shared, options, ("joint_train",), teachers)
            overrides = dict(trees_overrides or {})
            if options.seed:
                overrides.setdefault("system.seed", options.seed)
            if options.pretrain_epochs > 0:
                weights = pretrain_tok2vec(split, tmp / "runs", options.pretrain_epochs)
                overrides["paths.init_tok2vec"] = weights
            trees_model = train_joint(
                split,
                tmp / "runs",
                quick=quick,
                overrides=overrides,
            )
        else:
            ner_model, trees_model = train_components(
                split,
                tmp / "runs",
                quick=quick,
                ner_overrides=ner_overrides,
                trees_overrides=trees_overrides,
            )
        scores = build(ner_model, trees_model, split, target, options, started, tmp)
        scores["settings"] = {"ner": ner_overrides or {}, "trees": trees_overrides or {}}
    scores["output"] = str(target)
    return scores


def build(
    ner_model: Path | None,
    trees_model: Path,
    split: data.Split,
    target: Path,
    options: data.Options,
    started: float,
    tmp: Path,
) -> dict:
    """Assemble, score on held-out data, write MODEL.md, swap into `target`."""
    built = tmp / "built"
    assemble(ner_model, trees_model).to_disk(built)
    scores = score_built_model(built, split)
    scores["training_seconds"] = round(time.monotonic() - started, 1)
    _record_performance(built, scores)
    write_model_card(built, scores, options)
    (built / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    swap_into_place(built, target)
    return scores


def _record_performance(model_dir: Path, scores: dict) -> None:
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["performance"] = {k: v for k, v in scores.items() if isinstance(v, float)}
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
