"""The store's count tables, kept up to date as documents are added (one transaction with them).

- `actor_counts`, `actor_sectors`: each actor's appearances in original documents (events as
  actor, as recipient, entity mentions) and the sectors it had in them: what `list_actors`
  shows, without reading the events;
- `event_day_counts`: dated events per day and type, of original documents and of all
  documents: the daily aggregate over any span, without reading the events.

An actor is a name and a country, as `list_actors` has always grouped them: the event's actor
(or recipient) name, else its words as written; the entity's actor name.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, literal_column, select
from sqlalchemy.engine import Connection

from kronist.store.schema import actor_counts, actor_sectors, event_day_counts

ACTOR_FIELDS = ("as_actor", "as_recipient", "mentions")


def actor_key(name: str, country: str | None) -> str:
    return hashlib.sha1(f"{name}\t{country or ''}".encode()).hexdigest()


def appearances(
    events: Iterable[dict[str, Any]], entities: Iterable[dict[str, Any]]
) -> Iterable[tuple[str, str | None, str | None, str]]:
    """(name, country, sector, as_actor | as_recipient | mentions) of each appearance."""
    for event in events:
        for prefix, role in (("actor", "as_actor"), ("recipient", "as_recipient")):
            name = event.get(f"{prefix}_name")
            if name is None:
                name = event.get(f"{prefix}_text")
            if name is not None:
                yield name, event.get(f"{prefix}_country"), event.get(f"{prefix}_sector"), role
    for entity in entities:
        if entity.get("actor_name") is not None:
            yield (
                entity["actor_name"],
                entity.get("actor_country"),
                entity.get("actor_sector"),
                ("mentions"),
            )


def add_counts(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Count the events and entities of newly stored documents (`rows` as the tables hold them,
    each event with its document's `duplicate_of`)."""
    originals = {d["id"] for d in rows.get("documents", []) if d.get("duplicate_of") is None}
    original_events = [e for e in rows.get("events", []) if e["document_id"] in originals]
    original_entities = [e for e in rows.get("entities", []) if e["document_id"] in originals]
    actors: dict[str, dict[str, Any]] = {}
    sectors: Counter[tuple[str, str]] = Counter()
    for name, country, sector, role in appearances(original_events, original_entities):
        key = actor_key(name, country)
        empty = {"key": key, "name": name, "country": country or ""}
        actor = actors.setdefault(key, empty | dict.fromkeys(ACTOR_FIELDS, 0))
        actor[role] += 1
        if sector is not None:
            sectors[key, sector] += 1
    for actor in actors.values():
        actor["events"] = actor["as_actor"] + actor["as_recipient"]
    days: Counter[tuple[Any, str, bool]] = Counter()
    for event in rows.get("events", []):
        if event.get("date") is not None and event.get("date_precision") in (None, "day"):
            days[event["date"], event["event"], event["document_id"] in originals] += 1
    day_rows: dict[tuple[Any, str], dict[str, Any]] = {}
    for (day, event, original), count in days.items():
        row = day_rows.setdefault(
            (day, event), {"day": day, "event": event, "events": 0, "all_events": 0}
        )
        row["all_events"] += count
        row["events"] += count if original else 0
    _add(conn, actor_counts, ["key"], list(actors.values()), [*ACTOR_FIELDS, "events"])
    sector_rows = [{"key": k, "sector": s, "count": n} for (k, s), n in sectors.items()]
    _add(conn, actor_sectors, ["key", "sector"], sector_rows, ["count"])
    day_fields = ["events", "all_events"]
    _add(conn, event_day_counts, ["day", "event"], list(day_rows.values()), day_fields)


def _add(
    conn: Connection, table: Table, keys: list[str], rows: list[dict[str, Any]], fields: list[str]
) -> None:
    """Insert the rows, or add their counts to the rows already there."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={field: table.c[field] + statement.excluded[field] for field in fields},
    )
    conn.execute(statement, sorted(rows, key=lambda row: [str(row[k]) for k in keys]))


def recount(conn: Connection) -> None:
    """Fill the count tables from the stored events and entities (a store that had none)."""
    from kronist.store.schema import documents, entities, events

    for table in (actor_counts, actor_sectors, event_day_counts):
        conn.execute(table.delete())
    for start in range(0, _document_count(conn), RECOUNT_CHUNK):
        ids = conn.execute(
            select(documents.c.id, documents.c.duplicate_of)
            .order_by(documents.c.id)
            .offset(start)
            .limit(RECOUNT_CHUNK)
        ).all()
        chunk = [doc_id for doc_id, _ in ids]
        rows = {
            "documents": [{"id": doc_id, "duplicate_of": dup} for doc_id, dup in ids],
            "events": _rows(conn, events, events.c.document_id.in_(chunk)),
            "entities": _rows(conn, entities, entities.c.document_id.in_(chunk)),
        }
        add_counts(conn, rows)


RECOUNT_CHUNK = 2000


def _document_count(conn: Connection) -> int:
    from kronist.store.schema import documents

    return conn.execute(select(literal_column("count(*)")).select_from(documents)).scalar_one()


def _rows(conn: Connection, table: Table, where) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(select(table).where(where))]
