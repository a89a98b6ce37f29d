"""Where the shared corpora are and how they are split into training and held-out parts.

Held-out protocol (see MODEL.md):
- NER trains on Universal NER Danish train (+ dev for the shipped model) and is scored on UNER test.
- Tags, lemmas and trees train on UD Danish DDT dev + the first half of DDT test + Norwegian Bokmål
  + Swedish trees, and are scored on the second half of DDT test, which no component trains on.
- The shipped pipeline is one joint model (shared tok2vec): it trains on one corpus mixing the
  UNER train+dev sentences, the Danish trees above (the DDT dev trees also carry their UNER dev
  entities), the foreign trees and a sample of NorNE (Norwegian Bokmål NER). The UNER train
  sentences carry the silver UD trees converted from the native DDT annotation
  (`ddt-native-cdt/`; `Options(silver_tags="learned")` takes their UPOS and features from a
  converter learned on the aligned gold trees above, train/converter.py;
  `Options(silver="teacher")`: teachers trained on the trees above
  (trees.cfg, one per seed) give them silver tags, trees and lemmas where they agree,
  train/silver.py).
  The first half of DDT test is UNER test too, so the joint
  model has seen those sentences' words (with trees, never with entities): besides NER F1 on all
  of UNER test, `ner_f_unseen` scores the second half, whose text no component has seen.
- In `tune` mode (for choosing settings), DDT test and UNER test are not used at all: trees train
  on DDT dev + the foreign trees and are scored on the first half of DDT test; NER trains on UNER
  train and is scored on UNER dev.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from kronist.evaluation import shared_dir
from kronist.train import converter, corpora, silver

DDT = "ud-danish-ddt/da_ddt-ud-{split}.conllu"
UNER = "uner-danish-ddt/da_ddt-ud-{split}.iob2"
NORWEGIAN = "ud-norwegian-bokmaal/no_bokmaal-ud-{split}.conllu"
SWEDISH = "ud-swedish-talbanken/sv_talbanken-ud-{split}.conllu"
NATIVE_SILVER = "ddt-native-cdt/da_ddt-ud-train.silver-from-native.conllu"
NORNE = "norne-nob-ner/norne-nob-ner.iob2"
# Open Danish raw text for `spacy pretrain` (CC0 Europarl sentences, MPL-2.0 LibreOffice help)
RAW_DANISH = (
    "raw-danish-text/europarl-commonvoice-da.txt",
    "raw-danish-text/libreoffice-help-da.txt",
)
RAW_LINES_PER_TEXT = 5


def data_dir(shared: str | Path | None = None) -> Path:
    return shared_dir(shared) / "data"


@dataclass(frozen=True)
class Split:
    """DocBin paths of one training setup."""

    ner_train: Path
    ner_dev: Path
    ner_test: Path
    trees_train: Path
    trees_dev: Path
    trees_test: Path
    joint_train: Path
    ner_test_unseen: Path
    raw_text: Path  # JSONL texts of the joint training sentences, for `spacy pretrain`


@dataclass(frozen=True)
class Options:
    mode: str = "final"  # "final" (shipped model) or "tune" (choose settings without test data)
    quick: bool = False
    foreign_trees: tuple[str, ...] = ("no", "sv")
    foreign_lemmas: bool = False
    foreign_tags: bool = False
    danish_weight: int = 3  # gold Danish trees are repeated this often (beside silver, foreign)
    quick_sentences: int = 300
    joint: bool = True  # one shared tok2vec (joint.cfg) instead of ner.cfg + trees.cfg
    pretrain_epochs: int = 0  # > 0: pretrain the joint tok2vec on the training text first
    pretrain_raw_danish: bool = False  # pretraining also reads shared/data/raw-danish-text
    # Trees of the UNER train sentences (the DDT train text): "native" = the silver UD trees
    # converted from the native DDT annotation, "teacher" = trees-only teachers trained on the
    # gold trees annotate them, "none" = entities only.
    silver: str = "native"
    teacher_seeds: tuple[int, ...] = (0,)  # "teacher": one teacher per seed, side by side
    silver_agreement: float = 0.8  # several teachers: share of arcs they must agree on
    norwegian_ner: int = 4000  # NorNE (Bokmål) train sentences added to the NER data (0: none)
    # UPOS and features of the native silver trees: "heuristic" = the conversion's lookup,
    # "learned" = train/converter.py, learned from the aligned gold trees the model trains on
    silver_tags: str = "heuristic"
    # The Danish NER sentences (UNER train, and the DDT dev trees' UNER dev entities) appear
    # this often in the joint corpus: the copies beyond the first carry entities only, so the
    # NER's share of the training grows while the trees and tags stay as they are
    ner_weight: int = 1
    seed: int = 0  # `system.seed` of the training (joint.cfg's own value is 0)

    @property
    def teachers(self) -> bool:
        return self.silver == "teacher"


def _conllu(root: Path, pattern: str, split: str) -> list[corpora.Sentence]:
    return corpora.read_conllu(root / pattern.format(split=split))


def _iob2(root: Path, split: str) -> list[corpora.Sentence]:
    return corpora.read_iob2(root / UNER.format(split=split))


def ddt_test_halves(root: Path) -> tuple[list[corpora.Sentence], list[corpora.Sentence]]:
    test = _conllu(root, DDT, "test")
    half = len(test) // 2
    return test[:half], test[half:]


def foreign_trees(root: Path, options: Options) -> list[corpora.Sentence]:
    patterns = {"no": NORWEGIAN, "sv": SWEDISH}
    sentences = []
    for lang in options.foreign_trees:
        for split in ("dev", "test"):
            sentences += _conllu(root, patterns[lang], split)
    if not options.foreign_tags:
        sentences = corpora.without_tags(sentences)
    return sentences if options.foreign_lemmas else corpora.without_lemmas(sentences)


def tree_sentences(root: Path, options: Options):
    """(train, dev, test) sentence lists for the tagger, parser and lemmatizer."""
    dev = _conllu(root, DDT, "dev")
    first_half, second_half = ddt_test_halves(root)
    weight = options.danish_weight
    if options.mode == "tune":
        return dev * weight + foreign_trees(root, options), first_half, first_half
    return (dev + first_half) * weight + foreign_trees(root, options), dev, second_half


def ner_sentences(root: Path, options: Options):
    """(train, dev, test) sentence lists for the NER."""
    train, dev = _iob2(root, "train"), _iob2(root, "dev")
    if options.mode == "tune":
        return train, dev, dev
    return train + dev, dev, _iob2(root, "test")


def native_silver_trees(
    root: Path, ner: list[corpora.Sentence], gold: list[corpora.Sentence] | None = None
) -> tuple[list[corpora.Sentence], list[corpora.Sentence]]:
    """(UNER sentences that have a silver tree converted from the native DDT, the others).

    The trees carry the entities of the UNER file; sentences are matched on their words. The
    few converted trees that are not one well-formed tree are left out. With `gold` (gold UD
    trees of DDT dev/test), their UPOS and features come from a converter learned on those
    trees (train/converter.py)."""
    silver = corpora.read_conllu(root / NATIVE_SILVER)
    if gold is not None:
        silver = converter.retag(silver, root, gold)
    trees = {tuple(t.words): t for t in silver if corpora.is_tree(t)}
    matched, rest = [], []
    for sent in ner:
        tree = trees.get(tuple(sent.words))
        if tree is None:
            rest.append(sent)
        else:
            matched.append(replace(tree, ner=sent.ner))
    return matched, rest


def norwegian_ner(root: Path, options: Options) -> list[corpora.Sentence]:
    """A sample of NorNE's UD-train sentences (labels already mapped to PER/ORG/LOC)."""
    if options.norwegian_ner <= 0:
        return []
    norne = corpora.read_iob2(root / NORNE)
    train = [sent for sent in norne if sent.comments.get("ud_split") == "train"]
    return corpora.without_word(corpora.sample(train, options.norwegian_ner, seed=1), "|")


def with_entities(trees: list[corpora.Sentence], ner: list[corpora.Sentence]):
    """Copies of the DDT trees carrying the UNER labels of the same sentences."""
    merged = []
    for tree, labelled in zip(trees, ner, strict=True):
        if tree.words != labelled.words:
            raise ValueError(f"DDT and UNER sentences differ: {' '.join(tree.words)[:80]}")
        merged.append(replace(tree, ner=labelled.ner))
    return merged


def joint_parts(
    root: Path, options: Options, teachers: Sequence[Language] = (), n: int | None = None
) -> list[tuple[list[corpora.Sentence], bool, bool]]:
    """(sentences, has trees, has entities) parts of the joint corpus; see the module docstring.

    The UNER train sentences carry silver trees beside their entities: the native DDT
    conversion's, or (with `teachers`) those the teachers agree on (only the `n` of them that a
    quick run samples are annotated)."""
    weight = options.danish_weight
    dev = _conllu(root, DDT, "dev")
    uner_train = corpora.sample(_iob2(root, "train"), n)
    if options.silver == "native":
        gold = None
        if options.silver_tags == "learned":  # the gold trees this training reads
            gold = dev if options.mode == "tune" else dev + ddt_test_halves(root)[0]
        with_trees, rest = native_silver_trees(root, uner_train, gold)
        parts = [(with_trees, True, True), (rest, False, True)]
    elif teachers:
        agreed, rest = silver.label(teachers, uner_train, options.silver_agreement)
        parts = [(agreed, True, True), (rest, False, True)]
    else:
        parts = [(uner_train, False, True)]
    danish_ner = [sent for sentences, _, _ in parts for sent in sentences]
    parts.append((norwegian_ner(root, options), False, True))
    if options.mode == "tune":
        parts.append((dev * weight, True, False))
    else:
        first_half, _ = ddt_test_halves(root)
        dev_entities = with_entities(dev, _iob2(root, "dev"))
        danish_ner += dev_entities
        parts.append((dev_entities, True, True))
        parts.append((dev * (weight - 1) + first_half * weight, True, False))
    parts.append((foreign_trees(root, options), True, False))
    if options.ner_weight > 1:
        parts.append((danish_ner * (options.ner_weight - 1), False, True))
    return parts


def joint_docbin(
    vocab, root: Path, options: Options, n: int | None, teachers: Sequence[Language] = ()
):
    docbin = DocBin(store_user_data=False)
    for sentences, trees, ner in joint_parts(root, options, teachers, n):
        docbin.merge(corpora.to_docbin(vocab, corpora.sample(sentences, n), trees=trees, ner=ner))
    return docbin


def write_raw_text(path: Path, root: Path, options: Options, n: int | None) -> None:
    """Each distinct text of the joint training corpus once, a few sentences per line; with
    `pretrain_raw_danish` also the raw Danish text, all texts shuffled (seed 0) together."""
    seen: set[str] = set()
    texts = []
    for sentences, _, _ in joint_parts(root, options):
        for chunk in corpora.group(corpora.sample(sentences, n)):
            text = " ".join(corpora.sentence_text(sent) for sent in chunk)
            if text not in seen:
                seen.add(text)
                texts.append(text)
    if options.pretrain_raw_danish:
        texts += raw_danish_texts(root, n)
        random.Random(0).shuffle(texts)
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")


def raw_danish_texts(root: Path, n: int | None) -> list[str]:
    """The lines of raw-danish-text/, a few per text (a quick run: the first `n` texts)."""
    texts = []
    for name in RAW_DANISH:
        lines = [line.strip() for line in (root / name).read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        for i in range(0, len(lines), RAW_LINES_PER_TEXT):
            texts.append(" ".join(lines[i : i + RAW_LINES_PER_TEXT]))
    return texts[:n] if n else texts


def training_parts(options: Options) -> tuple[str, ...]:
    """The Split fields a training with `options` reads (the others are not converted).

    With teachers, the joint corpus is converted later, once the teachers are trained."""
    tests = ("ner_test", "ner_test_unseen", "trees_test")
    if not options.joint:
        return ("ner_train", "ner_dev", "trees_train", "trees_dev", *tests)
    pretraining = ("raw_text",) if options.pretrain_epochs > 0 else ()
    joint = ("trees_train",) if options.teachers else ("joint_train",)
    return (*joint, "trees_dev", *pretraining, *tests)


def prepare(
    workdir: Path,
    shared: str | Path | None,
    options: Options,
    parts: tuple[str, ...] = (),
    teachers: Sequence[Language] = (),
) -> Split:
    """Convert the corpora into DocBins in `workdir` (never in the repository).

    `parts` limits the conversion to some of the Split's fields (default: all); `teachers`
    annotate the joint corpus's UNER train sentences with silver trees."""
    root = data_dir(shared)
    vocab = spacy.blank("da").vocab
    n = options.quick_sentences if options.quick else None
    split = Split(*(workdir / f"{name}.spacy" for name in Split.__dataclass_fields__))
    split = replace(split, raw_text=workdir / "raw_text.jsonl")
    ner_train, ner_dev, ner_test = ner_sentences(root, options)
    trees_train, trees_dev, trees_test = tree_sentences(root, options)
    todo = [
        (split.ner_train, corpora.sample(ner_train, n), False, True),
        (split.ner_dev, corpora.sample(ner_dev, n), False, True),
        (split.ner_test, ner_test, False, True),
        (split.trees_train, corpora.sample(trees_train, n), True, False),
        (split.trees_dev, corpora.sample(trees_dev, n), True, False),
        (split.trees_test, trees_test, True, False),
    ]
    _, unseen = ddt_test_halves(root)
    todo.append((split.ner_test_unseen, ner_test[len(ner_test) - len(unseen) :], False, True))
    workdir.mkdir(parents=True, exist_ok=True)
    wanted = {getattr(split, name) for name in parts} if parts else None
    for path, sentences, trees, ner in todo:
        if wanted is not None and path not in wanted:
            continue
        corpora.to_docbin(vocab, sentences, trees=trees, ner=ner).to_disk(path)
    if wanted is None or split.joint_train in wanted:
        joint_docbin(vocab, root, options, n, teachers).to_disk(split.joint_train)
    if wanted is None or split.raw_text in wanted:
        write_raw_text(split.raw_text, root, options, n)
    return split
