"""The pipeline: analyze(document) -> Analysis runs the stages in order, nothing else."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager

from kronist.actors import find_actors
from kronist.events import code_events
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
    if _loaded:
        return _analyze(document)
    with _loading():
        return _analyze(document)


_loaded = False


@contextmanager
def _loading() -> Iterator[None]:
    """The first analysis loads the pipeline and the stages' tables: millions of objects that
    live as long as the process. The garbage collector would walk them again and again (a third
    of the loading time, and a part of every later analysis), so it pauses while they are made,
    and then they are moved out of its way (`gc.freeze`)."""
    global _loaded
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _loaded = True
        gc.freeze()
        if was_enabled:
            gc.enable()


def _analyze(document: Document) -> Analysis:
    nlp = load_pipeline(document.language)
    doc = nlp(document.full_text)
    entities = find_actors(doc, document.published, document.language)
    quotes = find_quotes(doc, entities, document.language)
    events = code_events(doc, document, entities, quotes)
    return Analysis(
        document=document,
        pipeline=pipeline_name(nlp),
        sentences=[Sentence(start=s.start_char, end=s.end_char, text=s.text) for s in doc.sents],
        entities=entities,
        quotes=quotes,
        events=events,
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
