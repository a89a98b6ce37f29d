"""Read-only queries over the store for the API and the web page: pages with totals, sorting,
actors, quotes, stories and aggregates.

Every query is a SQLAlchemy Core expression with bound parameters; user text only ever reaches
the database as a parameter. Event filters mean what `Store.events` means: its definition,
`Store._event_query`, is reused here and wrapped as a subquery.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import (
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import ColumnElement

from kronist.store import EventFilter, Store, contains
from kronist.store.schema import documents, entities, events, quotes
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
        return [dict(row._mapping) for row in conn.execute(query)]


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


def _filtered_events(store: Store, flt: EventFilter):
    """The filtered events as a subquery (paging fields of the filter are ignored).

    Name and word filters are applied here with % and _ taken literally (the store's own
    filter would read them as wildcards).
    """
    query = store._event_query(replace(flt, actor=None, text=None)).order_by(None)
    if flt.actor:
        query = query.where(
            or_(
                *(
                    _contains(events.c[column], flt.actor)
                    for column in ("actor_name", "recipient_name", "actor_text", "recipient_text")
                )
            )
        )
    if flt.text:
        query = query.where(_contains(events.c.anchor, flt.text))
    return query.subquery("filtered_events")


def list_events(
    store: Store,
    flt: EventFilter,
    sort: EventSort = "date",
    order: SortOrder = "asc",
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Filtered events with their document's citation columns; undated and unknown sort last."""
    sub = _filtered_events(store, flt)
    key = _sort_column(sort, sub)
    key = key.desc() if order == "desc" else key.asc()
    query = select(sub).order_by(
        key.nulls_last(), sub.c.date, sub.c.document_id, sub.c.sentence, sub.c.id
    )
    total = _count(store, select(sub))
    rows = _rows(store, query.limit(limit).offset(offset))
    with store.engine.connect() as conn:
        add_story_counts(conn, rows)
    return Page(total, rows)


# actors


def _actor_roles(sub) -> list[Select]:
    """One row per (actor, role) appearance in the events."""

    def role(prefix: str, as_actor: int) -> Select:
        name = func.coalesce(sub.c[f"{prefix}_name"], sub.c[f"{prefix}_text"])
        return select(
            name.label("name"),
            sub.c[f"{prefix}_country"].label("country"),
            sub.c[f"{prefix}_sector"].label("sector"),
            literal(as_actor).label("as_actor"),
            literal(1 - as_actor).label("as_recipient"),
            literal(0).label("mention"),
        ).where(name.is_not(None))

    return [role("actor", 1), role("recipient", 0)]


def _entity_mentions() -> Select:
    return (
        select(
            entities.c.actor_name.label("name"),
            entities.c.actor_country.label("country"),
            entities.c.actor_sector.label("sector"),
            literal(0).label("as_actor"),
            literal(0).label("as_recipient"),
            literal(1).label("mention"),
        )
        .join(documents, documents.c.id == entities.c.document_id)
        .where(entities.c.actor_name.is_not(None), _original_documents())
    )


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
    """
    sub = _filtered_events(store, EventFilter())
    appearances = union_all(*_actor_roles(sub), _entity_mentions()).subquery("appearances")
    keys = (appearances.c.name, appearances.c.country)
    as_actor = func.sum(appearances.c.as_actor)
    as_recipient = func.sum(appearances.c.as_recipient)
    mentions = func.sum(appearances.c.mention)
    query = select(
        *keys,
        as_actor.label("as_actor"),
        as_recipient.label("as_recipient"),
        (as_actor + as_recipient).label("events"),
        mentions.label("mentions"),
    ).group_by(*keys)
    if name:
        query = query.where(_contains(appearances.c.name, name))
    if country:
        query = query.where(appearances.c.country == country.upper())
    if sector:
        had_sector = case((appearances.c.sector == sector.upper(), 1), else_=0)
        query = query.having(func.sum(had_sector) > 0)
    total = _count(store, query)
    query = query.order_by((as_actor + as_recipient).desc(), mentions.desc(), appearances.c.name)
    page = _rows(store, query.limit(limit).offset(offset))
    sectors = _actor_sectors(store, appearances, {row["name"] for row in page})
    for row in page:
        row["sectors"] = sectors.get((row["name"], row["country"]), [])
        row["sector"] = row["sectors"][0] if row["sectors"] else None
    return Page(total, page)


def _actor_sectors(store: Store, appearances, names: set[str]) -> dict[tuple, list[str]]:
    """(name, country) -> the sectors of its appearances, most frequent first."""
    if not names:
        return {}
    count = func.count()
    query = (
        select(appearances.c.name, appearances.c.country, appearances.c.sector, count)
        .where(appearances.c.name.in_(names), appearances.c.sector.is_not(None))
        .group_by(appearances.c.name, appearances.c.country, appearances.c.sector)
        .order_by(count.desc(), appearances.c.sector)
    )
    found: dict[tuple, list[str]] = {}
    for row in _rows(store, query):
        found.setdefault((row["name"], row["country"]), []).append(row["sector"])
    return found


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
    `events_per_period`); undated events are left out."""
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
