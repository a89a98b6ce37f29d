"""Text search over events without reading them all: which events' words (or actor names)
contain a text, answered from an index.

The filters mean what they always meant, a case-insensitive substring ("angreb" finds
"droneangrebet"), and keep their exact condition; the index only narrows the rows it is tried
on:
- SQLite: an FTS5 table with the trigram tokenizer (`events_fts`: event id, words, actor
  names), written beside each stored event. A trigram match is a substring match that also
  folds the case of non-ASCII letters, so it finds every row the filter keeps (SQLite's own
  `lower` folds ASCII only) and the filter then decides. Texts under three characters have no
  trigram and are searched without it.
- PostgreSQL: trigram GIN indexes (pg_trgm) on `lower(anchor)` and the actor names, which the
  planner uses for the same `LIKE` filter directly. Word-based `tsvector` search would answer a
  different question (whole words: no "angreb" in "droneangrebet").

Without the FTS5 trigram tokenizer (SQLite before 3.34) or the pg_trgm extension the store
works as before, scanning.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, bindparam, text
from sqlalchemy import column as sql_column
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from kronist.store.schema import events

FTS_TABLE = "events_fts"
MIN_INDEXED = 3  # a trigram index finds texts of three characters or more
ACTOR_COLUMNS = ("actor_name", "recipient_name", "actor_text", "recipient_text")
PG_TRIGRAM_INDEXES = {
    "ix_events_anchor_trgm": "lower(anchor)",
    **{f"ix_events_{column}_trgm": f"lower({column})" for column in ACTOR_COLUMNS},
}


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
            conn.execute(
                text(
                    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
                    "event_id UNINDEXED, anchor, actors, tokenize='trigram')"
                )
            )
        except Exception:  # an SQLite without FTS5's trigram tokenizer: search scans
            attempt.rollback()
            return
    actors = " || char(10) || ".join(f"coalesce({column}, '')" for column in ACTOR_COLUMNS)
    conn.execute(
        text(
            f"INSERT INTO {FTS_TABLE} (event_id, anchor, actors) "
            f"SELECT id, anchor, {actors} FROM events"
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
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def add_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Index newly stored events (SQLite; PostgreSQL's indexes keep themselves)."""
    if not rows or not has_fts(conn):
        return
    conn.execute(
        text(f"INSERT INTO {FTS_TABLE} (event_id, anchor, actors) VALUES (:id, :anchor, :actors)"),
        [
            {
                "id": row["id"],
                "anchor": row["anchor"],
                "actors": "\n".join(row.get(column) or "" for column in ACTOR_COLUMNS),
            }
            for row in rows
        ],
    )


def narrowing(column: str, value: str, fts: bool) -> ColumnElement[bool] | None:
    """An extra condition that picks the candidate events for a substring filter on the FTS
    column `column` ("anchor" or "actors") from the index; None when the index cannot help."""
    if not fts or len(value) < MIN_INDEXED:
        return None
    phrase = '"' + value.replace('"', '""') + '"'
    query = f"SELECT event_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase"
    found = (
        text(query)
        .bindparams(bindparam("phrase", f"{column} : {phrase}", unique=True))
        .columns(sql_column("event_id", String))
    )
    return events.c.id.in_(found)
