"""A short extractive summary: the lead, cut to a few sentences."""

from __future__ import annotations

from spacy.tokens import Doc


def summarize(doc: Doc, max_sentences: int = 2, max_chars: int = 400) -> str:
    picked: list[str] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        if picked and len(" ".join(picked)) + len(text) > max_chars:
            break
        picked.append(text)
        if len(picked) == max_sentences:
            break
    return " ".join(picked)
