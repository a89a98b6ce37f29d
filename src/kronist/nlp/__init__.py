"""The linguistic analysis stage: a spaCy pipeline for the document's language.

The trained Danish pipeline ships inside the package (`kronist/models/da/`, built by
`kronist train da`; see its MODEL.md). When it is absent (a source checkout before training), a
blank Danish pipeline with a rule-based sentence splitter and spaCy's Danish lookup lemmatizer
stands in behind the same interface. Either way kronist adds at load time: its abbreviation
exceptions, sentence hints (blank lines, "kl.", "31. december") and an entity ruler fed from the
actor dictionary when that is available.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kronist.nlp import components, features  # noqa: F401  (registers components, flags)
from kronist.nlp.ruler import add_phrase_patterns
from kronist.nlp.tokenizer import add_abbreviations, bound_tokenizer

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# Where the actor-dictionary entity ruler goes relative to the statistical NER ("before": the
# ruler's spans are kept and the NER labels the rest). See MODEL.md for the comparison.
RULER_POSITION = "before"


def model_path(lang: str) -> Path:
    """The pipeline folder for `lang`: $KRONIST_MODELS/<lang> when it holds one (a model that
    `kronist train` wrote), else the one shipped in the package."""
    if folder := os.environ.get("KRONIST_MODELS"):
        trained = Path(folder).expanduser() / lang
        if (trained / "config.cfg").is_file():
            return trained
    return MODELS_DIR / lang


def has_trained_model(lang: str) -> bool:
    return (model_path(lang) / "config.cfg").is_file()


@cache
def load_pipeline(lang: str = "da") -> Language:
    """Load the pipeline for `lang` once per process."""
    nlp = spacy.load(model_path(lang)) if has_trained_model(lang) else blank_pipeline(lang)
    return customize(nlp, lang)


def customize(nlp: Language, lang: str, ruler_position: str = RULER_POSITION) -> Language:
    """Add kronist's tokenizer exceptions and word-length bound, sentence hints, actor ruler."""
    add_abbreviations(nlp)
    bound_tokenizer(nlp)
    splitter = "parser" if "parser" in nlp.pipe_names else "sentencizer"
    if splitter in nlp.pipe_names and "kronist_sentence_hints" not in nlp.pipe_names:
        nlp.add_pipe("kronist_sentence_hints", before=splitter)
    lemmatizer = "trainable_lemmatizer"
    if lemmatizer in nlp.pipe_names and "kronist_lemma_fixes" not in nlp.pipe_names:
        nlp.add_pipe("kronist_lemma_fixes", after=lemmatizer)
    add_entity_ruler(nlp, lang, ruler_position)
    return nlp


def actor_patterns(lang: str) -> list[dict]:
    try:
        from kronist.actors.dictionary import entity_patterns
    except ImportError:
        return []
    return list(entity_patterns(lang))


def add_entity_ruler(nlp: Language, lang: str, position: str = RULER_POSITION) -> None:
    patterns = actor_patterns(lang)
    if not patterns or "entity_ruler" in nlp.pipe_names:
        return
    placement = {position: "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        config={"overwrite_ents": position == "after", "phrase_matcher_attr": "ORTH"},
        **placement,
    )
    # The ruler matches token texts (ORTH): its phrases need the tokenizer only, not the
    # statistical components that `add_patterns` would otherwise run them through, and their
    # token ids are kept in the user cache (kronist.nlp.ruler).
    with nlp.select_pipes(enable=["entity_ruler"]):
        add_phrase_patterns(ruler, nlp, patterns)


def blank_pipeline(lang: str = "da") -> Language:
    """Tokens, rule-based sentences and lookup lemmas only: the stand-in without a trained model."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    except (ValueError, OSError):
        nlp.remove_pipe("lemmatizer")
    nlp.meta["name"] = f"blank_{lang}_fallback"
    return nlp


_pipeline_names: WeakKeyDictionary[Language, str] = WeakKeyDictionary()


def pipeline_name(nlp: Language) -> str:
    """ "da_kronist_da-0.1.0". Kept per pipeline: `nlp.meta` collects the labels of every
    component (thousands of entity-ruler patterns) each time it is read."""
    if nlp not in _pipeline_names:
        meta = nlp.meta
        _pipeline_names[nlp] = (
            f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
        )
    return _pipeline_names[nlp]


def parse(text: str, lang: str = "da") -> Doc:
    return load_pipeline(lang)(text)
