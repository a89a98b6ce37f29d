"""Score a pipeline on the held-out DocBins (tokenising the raw text, as at run time)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.training import Corpus

from kronist.train.data import Split

TREE_KEYS = {
    "pos_acc": "upos",
    "morph_acc": "morph",
    "lemma_acc": "lemma",
    "dep_uas": "uas",
    "dep_las": "las",
    "sents_f": "sents_f",
}
NER_KEYS = {"ents_p": "ner_p", "ents_r": "ner_r", "ents_f": "ner_f"}


def _examples(nlp: Language, path: Path) -> list:
    return list(Corpus(path, gold_preproc=False)(nlp))


def score_trees(nlp: Language, path: Path) -> dict:
    with nlp.select_pipes(disable=[p for p in ("ner", "entity_ruler") if p in nlp.pipe_names]):
        raw = nlp.evaluate(_examples(nlp, path))
    return {ours: round(float(raw[key]), 4) for key, ours in TREE_KEYS.items() if raw.get(key)}


def score_ner(nlp: Language, path: Path) -> dict:
    raw = nlp.evaluate(_examples(nlp, path))
    scores = {ours: round(float(raw[key]), 4) for key, ours in NER_KEYS.items()}
    for label, per_type in (raw.get("ents_per_type") or {}).items():
        scores[f"ner_f_{label}"] = round(float(per_type["f"]), 4)
    return scores


def evaluate_pipeline(nlp: Language, split: Split) -> dict:
    return {**score_ner(nlp, split.ner_test), **score_trees(nlp, split.trees_test)}
