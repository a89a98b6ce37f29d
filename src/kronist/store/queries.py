"""Read-only queries over the store for the API and the web page: pages with totals, sorting,
actors, quotes, stories and aggregates.

Every query is a SQLAlchemy Core expression with bound parameters; user text only ever reaches
the database as a parameter. Event filters mean what `Store.events` means: its definition,
`Store._event_query`, is reused here and wrapped as a subquery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import (
    Select,
    and_,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.sql import ColumnElement

from kronist.store import EventFilter, Store, contains, dates_and_type
from kronist.store.schema import (
    actor_counts,
    actor_sectors,
    documents,
    event_day_counts,
    events,
    quotes,
)
from kronist.store.search import Found
from kronist.store.stories import add_story_counts

EventSort = Literal[
    "date", "event", "actor", "recipient", "country", "place", "document", "confidence", "killed"
]
SortOrder = Literal["asc", "desc"]


@dataclass
class Page:
    """One page of rows and how many rows match in all."""

    total: int
    items: list[dict[str, Any]] = field(default_factory=list)


def _rows(store: Store, query: Select) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        result = conn.execute(query)
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result.all()]


def _count(store: Store, query: Select) -> int:
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    with store.engine.connect() as conn:
        return conn.execute(counted).scalar_one()


def _contains(column: ColumnElement, value: str) -> ColumnElement[bool]:
    return contains(column, value)


def _original_documents() -> ColumnElement[bool]:
    return documents.c.duplicate_of.is_(None)


# documents


def _document_columns() -> list[ColumnElement]:
    event_count = (
        select(func.count())
        .where(events.c.document_id == documents.c.id)
        .scalar_subquery()
        .label("event_count")
    )
    kept = ("id", "title", "language", "published", "source", "url", "duplicate_of", "summary")
    return [documents.c[name] for name in kept] + [event_count]


def list_documents(store: Store, text: str | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Documents, newest first; `text` searches title and body."""
    query = select(*_document_columns())
    if text:
        in_title = _contains(documents.c.title, text)
        query = query.where(or_(in_title, _contains(documents.c.text, text)))
    total = _count(store, query)
    query = query.order_by(documents.c.published.desc().nulls_last(), documents.c.id)
    return Page(total, _rows(store, query.limit(limit).offset(offset)))


def document_summary(store: Store, document_id: str) -> dict[str, Any] | None:
    """One document's row (without the analysis), its copies and similarity."""
    found = _rows(
        store,
        select(*_document_columns(), documents.c.similarity).where(documents.c.id == document_id),
    )
    if not found:
        return None
    row = found[0]
    row["copies"] = _rows(
        store,
        select(documents.c.id, documents.c.title, documents.c.similarity)
        .where(documents.c.duplicate_of == document_id)
        .order_by(documents.c.id),
    )
    return row


# events


def _sort_column(sort: EventSort, sub) -> ColumnElement:
    columns = {
        "date": sub.c.date,
        "event": sub.c.event,
        "actor": func.coalesce(sub.c.actor_name, sub.c.actor_text),
        "recipient": func.coalesce(sub.c.recipient_name, sub.c.recipient_text),
        "country": sub.c.place_country,
        "place": sub.c.place_name,
        "document": sub.c.document_title,
        "confidence": sub.c.confidence,
        "killed": sub.c.killed,
    }
    return columns[sort]


def _filtered_events(
    store: Store, flt: EventFilter, in_list_order: bool = False, words: Found | None = None
):
    """The filtered events as a subquery (paging fields of the filter are ignored); name and
    word filters take % and _ literally."""
    query = store._event_query(flt, in_list_order, words).order_by(None)
    return query.subquery("filtered_events")


# More matches than this, and a page of the event list is found by walking the events in list
# order (and keeping the matching ones) rather than by collecting and sorting all matches.
WALK_ABOVE = 2000


def _walk(flt: EventFilter, sort: EventSort, total: int) -> bool:
    """Whether to find the page by walking the events in list order, oldest or newest first
    (on PostgreSQL too: its planner would rather collect and sort a country's 300,000 events)."""
    narrow = flt.include_duplicates or flt.document_id
    return sort == "date" and not narrow and total > WALK_ABOVE


def list_events(
    store: Store,
    flt: EventFilter,
    sort: EventSort = "date",
    order: SortOrder = "asc",
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Filtered events with their document's citation columns; undated and unknown sort last."""
    words = store.found_by_words(flt)  # the words index read once for count and page
    total = store.count_events(flt, words)
    walk = _walk(flt, sort, total)
    sub = _filtered_events(store, flt, walk, words)
    if sort == "date":  # undated last, as the index of the events in list order has them
        date = sub.c.date.desc() if order == "desc" else sub.c.date
        keys = [sub.c.date.is_(None), date]
    else:
        key = _sort_column(sort, sub)
        keys = [(key.desc() if order == "desc" else key.asc()).nulls_last(), sub.c.date]
    query = select(sub).order_by(*keys, sub.c.document_id, sub.c.sentence, sub.c.id)
    rows = _rows(store, query.limit(limit).offset(offset))
    with store.engine.connect() as conn:
        add_story_counts(conn, rows)
    return Page(total, rows)


# actors


def list_actors(
    store: Store,
    name: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Canonical actors with how often they act, are acted on and are mentioned.

    An actor is a name and a country: the coder may give it a sector the mentions lack ("Rusland
    angreb": Russia's military acts, "Rusland" is mentioned), so its appearances are counted
    together and `sectors` lists the sectors it had, most frequent first (`sector` the first).
    The counts are kept as documents are stored (`kronist.store.counts`).
    """
    conditions: list[ColumnElement[bool]] = []
    if name:
        conditions.append(_contains(actor_counts.c.name, name))
    if country:
        conditions.append(actor_counts.c.country == country.upper())
    if sector:
        had_sector = (actor_sectors.c.key == actor_counts.c.key) & (
            actor_sectors.c.sector == sector.upper()
        )
        conditions.append(exists().where(had_sector))
    query = select(
        actor_counts.c.key,
        actor_counts.c.name,
        func.nullif(actor_counts.c.country, "").label("country"),
        actor_counts.c.as_actor,
        actor_counts.c.as_recipient,
        actor_counts.c.events,
        actor_counts.c.mentions,
    ).where(*conditions)
    total = _count(store, query)
    query = query.order_by(
        actor_counts.c.events.desc(),
        actor_counts.c.mentions.desc(),
        actor_counts.c.name,
        actor_counts.c.country,
    )
    page = _rows(store, query.limit(limit).offset(offset))
    sectors = _actor_sectors(store, [row.pop("key") for row in page])
    for row, found in zip(page, sectors, strict=True):
        row["sectors"] = found
        row["sector"] = found[0] if found else None
    return Page(total, page)


def _actor_sectors(store: Store, keys: list[str]) -> list[list[str]]:
    """The sectors of each actor, most frequent first."""
    found: dict[str, list[str]] = {key: [] for key in keys}
    if keys:
        query = (
            select(actor_sectors.c.key, actor_sectors.c.sector)
            .where(actor_sectors.c.key.in_(keys))
            .order_by(actor_sectors.c.count.desc(), actor_sectors.c.sector)
        )
        for row in _rows(store, query):
            found[row["key"]].append(row["sector"])
    return [found[key] for key in keys]


# quotes


def list_quotes(
    store: Store,
    speaker: str | None = None,
    text: str | None = None,
    document_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Quotes with their speaker and document, newest document first."""
    query = select(
        quotes,
        documents.c.title.label("document_title"),
        documents.c.published.label("document_published"),
    ).join(documents, documents.c.id == quotes.c.document_id)
    conditions: list[ColumnElement[bool]] = []
    if document_id:
        conditions.append(quotes.c.document_id == document_id)
    else:
        conditions.append(_original_documents())
    if speaker:
        conditions.append(
            or_(_contains(quotes.c.speaker, speaker), _contains(quotes.c.speaker_name, speaker))
        )
    if text:
        conditions.append(_contains(quotes.c.text, text))
    query = query.where(and_(*conditions))
    total = _count(store, query)
    query = query.order_by(
        documents.c.published.desc().nulls_last(), quotes.c.document_id, quotes.c.start_char
    )
    return Page(total, _rows(store, query.limit(limit).offset(offset)))


# stories


def list_stories(store: Store, limit: int = 100, offset: int = 0) -> Page:
    """Groups of near-duplicate documents: each first copy with the copies linked to it."""
    copies = documents.alias("copies")
    originals = (
        select(
            documents.c.id,
            documents.c.title,
            documents.c.published,
            func.count(copies.c.id).label("copy_count"),
        )
        .join(copies, copies.c.duplicate_of == documents.c.id)
        .group_by(documents.c.id, documents.c.title, documents.c.published)
    )
    total = _count(store, originals)
    page = _rows(
        store,
        originals.order_by(documents.c.published.desc().nulls_last(), documents.c.id)
        .limit(limit)
        .offset(offset),
    )
    for story in page:
        story["copies"] = _rows(
            store,
            select(copies.c.id, copies.c.title, copies.c.similarity)
            .where(copies.c.duplicate_of == story["id"])
            .order_by(copies.c.id),
        )
    return Page(total, page)


# aggregates


def events_per_day(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """How many events of each type happened on each day. Only events dated to the day count:
    one known only to its week, month or year is not put on that period's first day (see
    `events_per_period`); undated events are left out. Filtered by dates and type only, the
    kept counts answer (`kronist.store.counts`)."""
    if not (flt.actor or flt.country or flt.text or flt.document_id):
        return _counted_days(store, flt)
    sub = _filtered_events(store, flt)
    day = or_(sub.c.date_precision == "day", sub.c.date_precision.is_(None))
    query = (
        select(sub.c.date, sub.c.event, func.count().label("count"))
        .where(sub.c.date.is_not(None), day)
        .group_by(sub.c.date, sub.c.event)
        .order_by(sub.c.date, sub.c.event)
    )
    return _rows(store, query)


def events_per_period(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Events dated only to a week, month or year: how many of each type in each period, the
    period given by its first day and its precision."""
    sub = _filtered_events(store, flt)
    keys = (sub.c.date, sub.c.date_precision, sub.c.event)
    query = (
        select(*keys, func.count().label("count"))
        .where(sub.c.date.is_not(None), sub.c.date_precision.in_(("week", "month", "year")))
        .group_by(*keys)
        .order_by(sub.c.date, sub.c.date_precision, sub.c.event)
    )
    return _rows(store, query)


def _counted_days(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    days = event_day_counts
    count = days.c.all_events if flt.include_duplicates else days.c.events
    conditions = [count > 0, *dates_and_type(flt, days.c.day, days.c.event)]
    query = (
        select(days.c.day.label("date"), days.c.event, count.label("count"))
        .where(*conditions)
        .order_by(days.c.day, days.c.event)
    )
    return _rows(store, query)


def events_per_type(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """How many events of each type, most first."""
    sub = _filtered_events(store, flt)
    query = (
        select(sub.c.event.label("type"), func.count().label("count"))
        .group_by(sub.c.event)
        .order_by(func.count().desc(), sub.c.event)
    )
    return _rows(store, query)


def events_per_country(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """How many events happened in each country: the place's, else the actor's country."""
    sub = _filtered_events(store, flt)
    country = func.coalesce(sub.c.place_country, sub.c.actor_country)
    query = (
        select(country.label("country"), sub.c.event, func.count().label("count"))
        .where(country.is_not(None))
        .group_by(country, sub.c.event)
        .order_by(country, sub.c.event)
    )
    return _rows(store, query)


def events_per_place(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """How many events of each type happened at each geocoded place."""
    sub = _filtered_events(store, flt)
    keys = (sub.c.place_name, sub.c.place_country, sub.c.place_lat, sub.c.place_lon, sub.c.event)
    query = (
        select(*keys, func.count().label("count"))
        .where(sub.c.place_lat.is_not(None), sub.c.place_lon.is_not(None))
        .group_by(*keys)
        .order_by(sub.c.place_name, sub.c.event)
    )
    return _rows(store, query)


def actor_links(store: Store, flt: EventFilter, limit: int = 300) -> list[dict[str, Any]]:
    """Who acts on whom: (actor, recipient, event type) with how many events, most first."""
    sub = _filtered_events(store, flt)
    actor = func.coalesce(sub.c.actor_name, sub.c.actor_text)
    recipient = func.coalesce(sub.c.recipient_name, sub.c.recipient_text)
    keys = (
        actor.label("actor"),
        sub.c.actor_country,
        sub.c.actor_sector,
        recipient.label("recipient"),
        sub.c.recipient_country,
        sub.c.recipient_sector,
        sub.c.event,
    )
    query = (
        select(*keys, func.count().label("count"))
        .where(actor.is_not(None), recipient.is_not(None))
        .group_by(*keys)
        .order_by(func.count().desc(), actor, recipient, sub.c.event)
        .limit(limit)
    )
    return _rows(store, query)
