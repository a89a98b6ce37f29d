"""Write MODEL.md beside a trained model: data, licence, held-out protocol, scores, history."""

from __future__ import annotations

import datetime as dt
import platform
from pathlib import Path

import spacy

from kronist.train.data import Options

EXPERIMENT_LOG = Path(__file__).parent / "EXPERIMENTS.md"

SCORE_ROWS = [
    ("ner_p", "NER precision (UNER Danish test)"),
    ("ner_r", "NER recall (UNER Danish test)"),
    ("ner_f", "NER F1 (UNER Danish test)"),
    ("ner_f_PER", "NER F1 PER"),
    ("ner_f_ORG", "NER F1 ORG"),
    ("ner_f_LOC", "NER F1 LOC"),
    ("ner_f_unseen", "NER F1 on the second half of UNER test (text never seen in training)"),
    ("ner_f_with_ruler", "NER F1 with the actor-dictionary entity ruler (UNER Danish test)"),
    ("upos", "UPOS accuracy (held-out DDT)"),
    ("morph", "Morphological features accuracy (held-out DDT)"),
    ("lemma", "Lemma accuracy (held-out DDT)"),
    ("uas", "UAS (held-out DDT)"),
    ("las", "LAS (held-out DDT)"),
    ("sents_f", "Sentence boundary F1 (held-out DDT)"),
]

DATA_AND_LICENCE = """\
## Training data and licence

The model is a derivative of the corpora below and is distributed under **CC BY-SA 4.0**
(the code of kronist is Apache-2.0). Corpora are read from `shared/data/` at training time and
never shipped.

- **UD Danish DDT** (Universal Dependencies, CC BY-SA 4.0), dev + test splits (1,129 trees).
  Buch-Kromann et al., *The Danish Dependency Treebank*; Johannsen, Martínez Alonso & Plank,
  *Universal Dependencies for Danish* (TLT 2015).
- **The native Danish Dependency Treebank** (train split, as aligned to the UD sentences and
  converted to silver UD trees in `shared/data/ddt-native-cdt/`; treated as part of
  UD_Danish-DDT, CC BY-SA 4.0): Buch-Kromann, Mikkelsen & Lynge, *Danish Dependency Treebank*
  (TLT 2003); Kromann, *The Danish Dependency Treebank and the DTAG treebank tool* (TLT 2003).
  Texts from PAROLE-DK © DSL (Keson 1998).
- **Universal NER Danish DDT** (CC BY-SA 4.0): Mayhew et al., *Universal NER: A Gold-Standard
  Multilingual Named Entity Recognition Benchmark*, NAACL 2024; built on **DaN+**: Plank,
  Jensen & van der Goot, *DaN+: Danish Nested Named Entities and Lexical Normalization*,
  COLING 2020.
- **UD Norwegian Bokmål** (CC BY-SA 4.0), dev + test (4,348 trees): Øvrelid & Hohle,
  *Universal Dependencies for Norwegian* (LREC 2016).
- **UD Swedish Talbanken** (CC BY-SA 4.0), dev + test (1,723 trees): Nivre, Nilsson & Hall,
  *Talbanken05* (LREC 2006); UD conversion by Nivre et al.
- **NorNE** (Norwegian Bokmål named entities; annotations CC0 1.0, texts those of the Norwegian
  Dependency Treebank, distributed as UD Norwegian Bokmål under CC BY-SA 4.0), a sample of its
  UD-train sentences with PER/ORG/LOC (GPE_LOC -> LOC, GPE_ORG -> ORG, other types dropped):
  Jørgensen, Aasmoe, Ruud Husevåg, Øvrelid & Velldal, *NorNE: Annotating Named Entities for
  Norwegian* (LREC 2020); Solberg et al., *The Norwegian Dependency Treebank* (LREC 2014).
"""


SCORING_NOTE = """\
- Scores are computed on raw text tokenised by the shipped tokenizer, aligned to gold tokens,
  with the pipeline as `load_pipeline` builds it (sentence hints, lemma fixes); the NER F1 is
  the statistical NER alone unless the row says "with the entity ruler"."""


def held_out_text(options: Options) -> str:
    if options.mode == "tune":
        return (
            "Tuning run: trees trained on DDT dev + foreign trees, scored on the first half of "
            "DDT test; NER trained on UNER train, scored on UNER dev. Test data unused."
        )
    foreign = ", ".join(
        {"no": "Norwegian Bokmål", "sv": "Swedish"}[x] for x in options.foreign_trees
    )
    if options.joint:
        return _joint_held_out_text(options, foreign or "no foreign")
    return f"""\
- **NER** (its own tok2vec, nothing shared with the other components) trained on UNER Danish
  train + dev (4,947 sentences). Scored on **UNER Danish test** (565 sentences), whose labels it
  never saw.
- **Tagger (morphologizer), lemmatizer and parser** (one shared tok2vec) trained on DDT dev
  (564 trees) + the **first** 282 trees of DDT test (these 846 Danish trees repeated
  x{options.danish_weight}) + {foreign or "no foreign"} trees, whose POS, features and lemmas
  were removed so that only the parser learns from them (tagger and lemmatizer learn Danish only).
  Scored on the **second half of DDT test** (trees 283-565, 283 sentences), which none of them
  trained on. Lemma accuracy includes kronist's lemma fixes (lookup table + exceptions).
- The ship-or-not decision and all settings were chosen on tuning runs that never used DDT test
  or UNER test (trees scored on the first half of DDT test with that half left out of training;
  NER scored on UNER dev with dev left out). The shipped model is the last training step
  (no checkpoint selection on held-out data).
- Note: UNER dev/test are the same sentences as DDT dev/test. The NER's tok2vec never sees
  DDT trees and the tree components never see NER labels.
{SCORING_NOTE}"""


def _uner_train_text(options: Options) -> str:
    """What the joint corpus's UNER train sentences carry."""
    if options.silver == "native":
        tags = ""
        if options.silver_tags == "learned":
            tags = (
                "; UPOS and features from a converter learned on the aligned gold trees below "
                "(`train/converter.py`)"
            )
        return (
            "entities + the silver UD tags, trees and lemmas that the DDT train split's native "
            f"annotation converts to (`ddt-native-cdt/`, 4,287 well-formed trees{tags})"
        )
    if options.silver != "teacher":
        return "entities only"
    seeds = options.teacher_seeds
    if len(seeds) == 1:
        return (
            "entities + silver tags, trees and lemmas from a trees-only teacher trained on the "
            "gold trees below (`trees.cfg`)"
        )
    return (
        f"entities + silver tags, trees and lemmas from {len(seeds)} trees-only teachers trained "
        f"on the gold trees below (`trees.cfg`, seeds {', '.join(map(str, seeds))}); a sentence "
        f"keeps its silver tree only where the teachers agree on at least "
        f"{options.silver_agreement:.0%} of its labelled attachments, a word its silver tag and "
        "lemma only where they all agree"
    )


def _norwegian_ner_text(options: Options) -> str:
    if options.norwegian_ner <= 0:
        return ""
    return (
        f", and {options.norwegian_ner:,} NorNE sentences (Norwegian Bokmål, entities only, "
        "drawn from its UD-train part)"
    )


def _joint_held_out_text(options: Options, foreign: str) -> str:
    uner_train = _uner_train_text(options)
    norwegian = _norwegian_ner_text(options)
    if options.ner_weight > 1:
        norwegian += (
            f"; the UNER Danish sentences (train, and dev on the DDT dev trees) appear "
            f"x{options.ner_weight}, the copies carrying entities only"
        )
    return f"""\
- One **joint** pipeline: tok2vec shared by morphologizer, parser, lemmatizer and NER, trained
  on one corpus mixing UNER Danish train (4,383 sentences: {uner_train}), DDT dev (564 trees
  carrying their UNER dev entities), DDT dev again x{options.danish_weight - 1} and the **first**
  282 trees of DDT test x{options.danish_weight} (trees only), {foreign} trees whose POS,
  features and lemmas were removed (the parser alone learns from them){norwegian}.
  Each component learns from the sentences that carry its annotation.
- **Tagger, lemmatizer, parser** are scored on the **second half of DDT test** (trees 283-565),
  which nothing trained on. Lemma accuracy includes kronist's lemma fixes.
- **NER** is scored on all of **UNER Danish test** (565 sentences; no entity label of it was
  trained on). Its first half is the first half of DDT test, whose words the shared tok2vec saw
  with trees, so the row "second half of UNER test" gives the NER F1 on text never seen at all.
- Settings were chosen on tuning runs (see the history below). The shipped model is the last
  training step (no checkpoint selection on held-out data).
{SCORING_NOTE}"""


def score_table(scores: dict) -> str:
    rows = ["| score | value |", "| --- | --- |"]
    for key, name in SCORE_ROWS:
        if key in scores:
            rows.append(f"| {name} | {scores[key]:.3f} |")
    return "\n".join(rows)


def _speed_line(scores: dict) -> str:
    speed = scores.get("words_per_second")
    if not speed:
        return ""
    return f"\nSpeed: {speed:,.0f} words/s on one CPU thread (`benchmarks/nlp_speed.py`).\n"


def _configs_line(options: Options) -> str:
    if options.joint:
        seed = f", `system.seed` {options.seed}" if options.seed else ""
        return f": `kronist/train/configs/joint.cfg`{seed}"
    return "s: `kronist/train/configs/ner.cfg`, `trees.cfg`"


def write_model_card(
    model_dir: Path,
    scores: dict,
    options: Options,
) -> None:
    size_mb = sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file()) / 1e6
    seconds = scores.get("training_seconds", 0)
    history = EXPERIMENT_LOG.read_text(encoding="utf-8") if EXPERIMENT_LOG.is_file() else ""
    text = f"""\
# kronist Danish pipeline (`da`)

spaCy {spacy.__version__} pipeline trained offline by `kronist train da` (`kronist.train.train`),
shipped inside the package and loaded by `kronist.nlp.load_pipeline("da")`.

Components: tokenizer (+ kronist's Danish exceptions at load time), tok2vec, morphologizer
(UPOS + features), parser (dependencies and sentence boundaries), trainable (edit-tree)
lemmatizer, NER (PER, ORG, LOC). At load time kronist adds a paragraph-break sentence marker and
an entity ruler fed from its actor dictionary (not part of the trained weights).

Built {dt.date.today().isoformat()} on {platform.machine()}, {seconds:.0f} s of training,
size {size_mb:.1f} MB{" (quick run)" if options.quick else ""}.
Training config{_configs_line(options)} (Danish trees weighted x{options.danish_weight} beside
{len(options.foreign_trees)} foreign treebanks).

## Scores (held out)

{score_table(scores)}
{_speed_line(scores)}

## What was held out

{held_out_text(options)}

{DATA_AND_LICENCE}
{history}"""
    (model_dir / "MODEL.md").write_text(text, encoding="utf-8")
