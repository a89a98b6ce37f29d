"""The pipeline: analyze(document) -> Analysis runs the stages in order, nothing else."""

from __future__ import annotations

import datetime as dt

from kronist.actors import find_actors
from kronist.events import code_events, is_realized
from kronist.model import Analysis, Document, Sentence
from kronist.nlp import load_pipeline, pipeline_name
from kronist.quotes import find_quotes
from kronist.summary import summarize


def analyze(
    article: str | Document,
    published: dt.date | str | None = None,
    title: str = "",
) -> Analysis:
    """Analyse one article: a Document, or its text (with an optional publication date)."""
    document = _as_document(article, published, title)
    nlp = load_pipeline(document.language)
    doc = nlp(document.full_text)
    entities = find_actors(doc, document.published, document.language)
    quotes = find_quotes(doc, entities, document.language)
    coded = code_events(doc, document, entities, quotes)
    return Analysis(
        document=document,
        pipeline=pipeline_name(nlp),
        sentences=[Sentence(start=s.start_char, end=s.end_char, text=s.text) for s in doc.sents],
        entities=entities,
        quotes=quotes,
        events=[e for e in coded if is_realized(e)],
        unrealized=[e for e in coded if not is_realized(e)],
        summary=summarize(doc),
    )


def _as_document(article: str | Document, published: dt.date | str | None, title: str) -> Document:
    if isinstance(article, Document):
        if published is not None:
            return article.model_copy(update={"published": _as_date(published)})
        return article
    return Document(text=article, title=title, published=_as_date(published))


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
