"""The pipeline: analyze(document) -> Analysis runs the stages in order, nothing else.

Before the stages: the size limit (kronist.budget), and the language check (kronist.lang.detect):
a text in a language the pipeline cannot read is kept with its language and a note, not analysed.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Doc

from kronist.actors import find_actors
from kronist.budget import Budget, Deadline, deadline
from kronist.events import code_events, is_attributed, is_realized
from kronist.lang.detect import detect_language, language_name, readable, reads
from kronist.model import Analysis, Document, Sentence
from kronist.nlp import load_pipeline, pipeline_name
from kronist.nlp.docs import span_text
from kronist.quotes import find_quotes, speakers_as_told
from kronist.summary import summarize

EARLIEST_PLAUSIBLE_YEAR = 1800


def analyze(
    article: str | Document,
    published: dt.date | str | None = None,
    title: str = "",
    budget: Budget | None = None,
) -> Analysis:
    """Analyse one article: a Document, or its text (with an optional publication date).

    Raises kronist.budget.OverBudget when the article is longer than `budget` allows or its
    analysis runs out of time (default: Budget())."""
    budget = budget or Budget()
    document = _as_document(article, published, title)
    budget.check_size(len(document.full_text))
    if _loaded:
        return _analyze(document, budget)
    with _loading():
        return _analyze(document, budget)


_loaded = False


@contextmanager
def _loading() -> Iterator[None]:
    """The first analysis loads the pipeline and the stages' tables: millions of objects that
    live as long as the process. The garbage collector would walk them again and again (a third
    of the loading time, and a part of every later analysis), so it pauses while they are made,
    and then they are moved out of its way (`gc.freeze`). The pause is a zero threshold as well
    as `gc.disable()`: spaCy reads its weights with srsly, which enables the collector again
    after each file (`srsly.msgpack_loads`), but leaves the thresholds alone."""
    global _loaded
    was_enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    try:
        yield
    finally:
        _loaded = True
        gc.freeze()
        gc.set_threshold(*thresholds)
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def _analyze(document: Document, budget: Budget) -> Analysis:
    notes = date_notes(document.published)
    detected = detect_language(document.full_text, document.language)
    if detected is not None and not readable(document.language, detected):
        if not reads(detected):
            return _not_analysed(document, detected, notes)
        document = document.model_copy(update={"language": detected})  # mislabelled, say
    nlp = load_pipeline(document.language)
    nlp.max_length = max(nlp.max_length, len(document.full_text) + 1)
    with deadline(budget.max_seconds) as limit:
        doc = _parse(nlp, document.full_text, limit)
        entities = find_actors(doc, document.published, document.language)
        limit.check()
        quotes = find_quotes(doc, entities, document.language)
        entities = speakers_as_told(entities, quotes)
        limit.check()
        coded = code_events(doc, document, entities, quotes)
        limit.check()
        return Analysis(
            document=document,
            pipeline=pipeline_name(nlp),
            sentences=[
                Sentence(start=s.start_char, end=s.end_char, text=span_text(s)) for s in doc.sents
            ],
            entities=entities,
            quotes=quotes,
            events=[e for e in coded if is_realized(e) and is_attributed(e)],
            unrealized=[e for e in coded if not is_realized(e)],
            unattributed=[e for e in coded if is_realized(e) and not is_attributed(e)],
            summary=summarize(doc),
            notes=notes,
        )


def _parse(nlp: Language, text: str, limit: Deadline) -> Doc:
    """nlp(text), one component at a time with the deadline checked in between."""
    doc = nlp.make_doc(text)
    for _name, component in nlp.pipeline:
        limit.check()
        doc = component(doc)
    limit.check()
    return doc


def _not_analysed(document: Document, language: str, notes: list[str]) -> Analysis:
    expected = language_name(document.language)
    note = (
        f"the text looks {language_name(language)} ({language}), not {expected}: "
        "kept, but not analysed (no events coded)"
    )
    return Analysis(
        document=document.model_copy(update={"language": language}), notes=[note, *notes]
    )


def date_notes(published: dt.date | None, today: dt.date | None = None) -> list[str]:
    """A warning for a publication date that cannot be right (before 1800, or in the future)."""
    if published is None:
        return []
    today = today or dt.date.today()
    if published.year < EARLIEST_PLAUSIBLE_YEAR:
        return [f"publication date {published.isoformat()} is before {EARLIEST_PLAUSIBLE_YEAR}"]
    if published > today + dt.timedelta(days=1):  # a day's grace for time zones
        return [f"publication date {published.isoformat()} is in the future"]
    return []


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
