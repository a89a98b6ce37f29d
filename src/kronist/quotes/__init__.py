"""Quotes: direct speech spans with their speaker and channel.

`find_quotes` is the stage's entry point; `find_attribution` / `find_attributions` expose the
speaker-and-channel reading of narrative sentences ("Det oplyser X", "X siger, at ...") for the
event coder.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kronist.model import Entity, Quote
from kronist.quotes.attribution import Attribution
from kronist.quotes.finder import find_attribution, find_attributions
from kronist.quotes.finder import find_quotes as _find_quotes
from kronist.quotes.told import speakers_as_told

__all__ = [
    "Attribution",
    "find_attribution",
    "find_attributions",
    "find_quotes",
    "speakers_as_told",
]


def find_quotes(doc: Doc, entities: Sequence[Entity], lang: str = "da") -> list[Quote]:
    """Direct quotes of `doc` (the parsed `Document.full_text`), with speaker and channel."""
    return _find_quotes(doc, entities, lang)
