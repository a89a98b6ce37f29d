"""Upgrades of stores written by an older kronist, one step per schema version, in order.

A new store is created at the current version by `metadata.create_all` and runs none of these.
An older store runs each missing step and records the new version, all in one transaction, so
an interrupted upgrade leaves the store as it was. Every change to the tables in `schema.py`
bumps `SCHEMA_VERSION` and adds its step here.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Column, select, text, update
from sqlalchemy.engine import Connection

from kronist.store import counts, search
from kronist.store.schema import (
    EVENT_INDEXES_V3,
    EVENT_INDEXES_V4,
    documents,
    events,
    refresh_statistics,
)


def _add_column(conn: Connection, table_name: str, column: Column) -> None:
    column_type = column.type.compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE {table_name} ADD COLUMN {column.name} {column_type}"))


def _create_index(conn: Connection, table, name: str) -> None:
    next(index for index in table.indexes if index.name == name).create(conn, checkfirst=True)


def _event_mention_counts(conn: Connection) -> None:
    """Version 2: events.mention_count (filled from each stored analysis) and an index on
    documents.duplicate_of, for counting the articles and sources that tell an event."""
    _add_column(conn, "events", events.c.mention_count)
    for document_id in conn.execute(select(documents.c.id)).scalars().all():
        analysis = conn.execute(
            select(documents.c.analysis).where(documents.c.id == document_id)
        ).scalar_one()
        for event in analysis.get("events", []):
            conn.execute(
                update(events)
                .where(events.c.id == event["id"])
                .values(mention_count=len(set(event.get("mentions") or [])) or 1)
            )
    _create_index(conn, documents, "ix_documents_duplicate_of")


def _indexes_counts_and_search(conn: Connection) -> None:
    """Version 3, for stores of a million events: events.duplicate_of (its document's, filled
    in) and search_id (numbered by `search.create`), indexes over the events of original
    documents in list order, the countries of each event and the count tables (created empty
    by `create_all`, filled here), the text search index, and fresh planner statistics."""
    _add_column(conn, "events", events.c.duplicate_of)
    _add_column(conn, "events", events.c.search_id)
    copies = select(documents.c.duplicate_of).where(documents.c.id == events.c.document_id)
    conn.execute(update(events).values(duplicate_of=copies.scalar_subquery()))
    for index in EVENT_INDEXES_V3:
        index.create(conn)
    sides = " UNION ".join(  # event_countries was made empty by create_all
        f"SELECT id, {side}_country, duplicate_of IS NULL FROM events "
        f"WHERE {side}_country IS NOT NULL"
        for side in ("actor", "recipient", "place")
    )
    conn.execute(text(f"INSERT INTO event_countries (event_id, country, original) {sides}"))
    counts.recount(conn)
    search.create(conn)
    refresh_statistics(conn)


def _newest_first(conn: Connection) -> None:
    """Version 4: an index over the events of original documents in list order newest first
    (the page's default order), and fresh planner statistics."""
    for index in EVENT_INDEXES_V4:
        index.create(conn)
    refresh_statistics(conn)


STEPS: dict[int, Callable[[Connection], None]] = {
    2: _event_mention_counts,
    3: _indexes_counts_and_search,
    4: _newest_first,
}


def upgrade(conn: Connection, found: int, target: int) -> list[int]:
    """Run the steps from version `found` to `target` on `conn`; returns the versions run."""
    ran = []
    for version in range(found + 1, target + 1):
        STEPS[version](conn)
        ran.append(version)
    return ran
