"""Text search over events without reading them all: which events' words (or actor names)
contain a text, answered from an index.

The filters mean what they always meant: a substring, ignoring the case of ASCII letters as
SQLite's `lower` does ("angreb" finds "Droneangrebet").
- SQLite: contentless FTS5 tables with the trigram tokenizer, written beside each stored event
  (row `events.search_id`): its words and its actor names and words, lowercased as `lower`
  does; `events_fts` holds the events of original documents, `events_fts_copies` those of
  near-duplicate copies. A trigram phrase is a substring, so for three characters or more the
  words filter is answered (and counted) by the index alone; the actor filter, over four
  columns, takes the index's events as candidates and keeps its own condition. Shorter texts
  have no trigram: they are scanned.
- PostgreSQL: trigram GIN indexes (pg_trgm) on `lower(anchor)` and the actor columns, which the
  planner uses for the same `LIKE` conditions. Word-based `tsvector` search would answer another
  question (whole words: no "angreb" in "droneangrebet").

Without FTS5's trigram tokenizer (SQLite before 3.34) or the pg_trgm extension the store works
as before, scanning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, bindparam, or_, text
from sqlalchemy import column as sql_column
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from kronist.store.schema import events

ORIGINALS, COPIES = "events_fts", "events_fts_copies"
MIN_INDEXED = 3  # a trigram index finds texts of three characters or more
ACTOR_COLUMNS = ("actor_name", "recipient_name", "actor_text", "recipient_text")
PG_TRIGRAM_INDEXES = {
    "ix_events_anchor_trgm": "lower(anchor)",
    **{f"ix_events_{column}_trgm": f"lower({column})" for column in ACTOR_COLUMNS},
}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(value: str) -> str:
    """What SQLite's `lower` makes of a text: only ASCII letters change."""
    return value.translate(_ASCII_LOWER)


def create(conn: Connection) -> None:
    """Create the search index (and fill it from the stored events)."""
    if conn.dialect.name == "sqlite":
        _create_fts(conn)
    elif conn.dialect.name == "postgresql":
        _create_trigram_indexes(conn)


def _create_fts(conn: Connection) -> None:
    if has_fts(conn):
        return
    with conn.begin_nested() as attempt:
        try:
            for table in (ORIGINALS, COPIES):
                conn.execute(
                    text(
                        f"CREATE VIRTUAL TABLE {table} USING fts5(anchor, actors, content='', "
                        "tokenize='trigram case_sensitive 1')"
                    )
                )
        except Exception:  # an SQLite without FTS5's trigram tokenizer: search scans
            attempt.rollback()
            return
    conn.execute(text("UPDATE events SET search_id = rowid"))
    actors = " || char(10) || ".join(f"coalesce({column}, '')" for column in ACTOR_COLUMNS)
    for table, which in ((ORIGINALS, "IS NULL"), (COPIES, "IS NOT NULL")):
        conn.execute(
            text(
                f"INSERT INTO {table} (rowid, anchor, actors) "
                f"SELECT search_id, lower(anchor), lower({actors}) FROM events "
                f"WHERE duplicate_of {which}"
            )
        )


def _create_trigram_indexes(conn: Connection) -> None:
    with conn.begin_nested() as attempt:
        try:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except Exception:  # not allowed to create extensions here: search scans
            attempt.rollback()
            return
    schema = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar_one()  # the extension may live in another schema than the store's tables
    for name, expression in PG_TRIGRAM_INDEXES.items():
        using = f'gin ({expression} "{schema}".gin_trgm_ops)'
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON events USING {using}"))


def has_fts(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (:a, :b)"),
        {"a": ORIGINALS, "b": COPIES},
    ).scalar_one()
    return found == 2


def number_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Give new event rows their `search_id` (SQLite: after the store took its write lock, so
    that no other writer numbers events at the same time)."""
    if not rows or not has_fts(conn):
        return
    last = conn.execute(text("SELECT coalesce(max(search_id), 0) FROM events")).scalar_one()
    for number, row in enumerate(rows, start=last + 1):
        row["search_id"] = number


def add_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Index newly stored events (SQLite; PostgreSQL's indexes keep themselves)."""
    if not rows or not has_fts(conn):
        return
    for table, copies in ((ORIGINALS, False), (COPIES, True)):
        found = [row for row in rows if (row.get("duplicate_of") is not None) == copies]
        if found:
            conn.execute(
                text(f"INSERT INTO {table} (rowid, anchor, actors) VALUES (:id, :a, :b)"),
                [
                    {"id": row["search_id"], "a": lower(row["anchor"]), "b": _actors(row)}
                    for row in found
                ],
            )


def _actors(row: dict[str, Any]) -> str:
    return lower("\n".join(row.get(column) or "" for column in ACTOR_COLUMNS))


def indexed(value: str, fts: bool) -> bool:
    """Whether the index answers a search for `value`."""
    return fts and len(value) >= MIN_INDEXED


def _phrase(column: str, value: str) -> str:
    return f'{column} : "{lower(value).replace(chr(34), chr(34) * 2)}"'


def _tables(include_duplicates: bool) -> tuple[str, ...]:
    return (ORIGINALS, COPIES) if include_duplicates else (ORIGINALS,)


def matching(
    column: str, value: str, include_duplicates: bool, walking: bool = False
) -> ColumnElement[bool]:
    """Events whose `column` ("anchor" or "actors") contains `value` by the index (only when
    `indexed`): exactly the words filter; for the actors, candidates for their filter.
    `walking`: a test for events met in another order, not a way to find them."""
    search_id = events.c.search_id + 0 if walking else events.c.search_id  # +0: no index
    found = []
    for table in _tables(include_duplicates):
        query = f"SELECT rowid FROM {table} WHERE {table} MATCH :phrase"
        phrase = bindparam("phrase", _phrase(column, value), unique=True)
        selected = text(query).bindparams(phrase).columns(sql_column("rowid", Integer))
        found.append(search_id.in_(selected))
    return or_(*found)


@dataclass(frozen=True)
class Found:
    """The events whose words contain a text: how many, and their search ids when listed."""

    total: int
    ids: list[int] | None  # None: more than were to be listed


def find(conn: Connection, value: str, include_duplicates: bool, most: int) -> Found:
    """The events whose words contain `value` (only when `indexed`), read from the index once:
    the search ids of the first `most + 1`, and past them (too many to list) only counted."""
    phrase = _phrase("anchor", value)
    listed: list[int] = []
    total = 0
    for table in _tables(include_duplicates):
        room = most + 1 - len(listed)
        found = _matches(conn, table, phrase, "rowid", "ORDER BY rowid LIMIT :room", room=room)
        listed += found
        total += len(found)
        if len(found) == room:  # the table may hold more: count those past the last listed
            after = found[-1] if found else 0
            total += _matches(conn, table, phrase, "count(*)", "AND rowid > :after", after=after)[0]
    return Found(total, listed if len(listed) <= most else None)


def _matches(
    conn: Connection, table: str, phrase: str, what: str, then: str, **bound: int
) -> list[int]:
    """One column of numbers, read with the driver's cursor (tens of thousands of rows: SQLAlchemy's
    rows would take as long again as the index)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(
            f"SELECT {what} FROM {table} WHERE {table} MATCH :phrase {then}",
            {"phrase": phrase, **bound},
        )
        return [number for (number,) in cursor.fetchall()]
    finally:
        cursor.close()


def among(search_id: ColumnElement, ids: list[int]) -> ColumnElement[bool]:
    """`search_id` is one of `ids`, given as one JSON parameter (they may be tens of thousands:
    more than a statement takes parameters)."""
    listed = bindparam("ids", json.dumps(ids), unique=True)
    values = text("SELECT value FROM json_each(:ids)").bindparams(listed)
    return search_id.in_(values.columns(sql_column("value", Integer)))
