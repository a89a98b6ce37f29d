"""Hand-built entities for quote tests."""

from __future__ import annotations

from spacy.tokens import Doc

from kronist.model import Entity


def entity_at(doc: Doc, text: str, label: str, entity_id: str, **fields) -> Entity:
    """An entity over the first occurrence of `text` in the document."""
    start = doc.text.index(text)
    sentence = next(i for i, s in enumerate(doc.sents) if s.start_char <= start < s.end_char)
    return Entity(
        id=entity_id,
        text=text,
        label=label,
        start=start,
        end=start + len(text),
        sentence=sentence,
        **fields,
    )
