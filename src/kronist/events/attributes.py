"""When, where and how many: thin adapters over kronist.events.time / place / numbers.

The adapters keep the coder working while a sibling module is missing or fails on odd input:
an event without a date is better than no events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Span

from kronist.model import EventDate, Place


def event_date(
    sentence: Span,
    published: dt.date | None,
    lang: str,
    published_precision: str | None,
    anchor: Span | None = None,
) -> EventDate:
    try:
        from kronist.events.time import find_date
    except ImportError:
        return EventDate()
    try:
        return find_date(sentence, published, lang, published_precision, anchor=anchor)
    except TypeError:
        return find_date(sentence, published, lang, published_precision)


def event_place(
    sentence: Span,
    prefer_countries: Sequence[str],
    lang: str,
    include_destination: bool,
    anchor: Span | None = None,
) -> Place | None:
    try:
        from kronist.events.place import find_place
    except ImportError:
        return None
    try:
        return find_place(
            sentence,
            prefer_countries,
            lang=lang,
            include_destination=include_destination,
            anchor=anchor,
        )
    except TypeError:
        return find_place(
            sentence, prefer_countries, lang=lang, include_destination=include_destination
        )


def casualties(sentence: Span, lang: str) -> tuple[int | None, int | None]:
    try:
        from kronist.events.numbers import find_casualties
    except ImportError:
        return None, None
    found = find_casualties(sentence, lang)
    return found.killed, found.injured
