"""How many articles and sources tell an event across the store (GDELT's NumMentions,
NumArticles, NumSources).

A story is a first copy and the near-duplicates linked to it (`documents.duplicate_of`). Every
article of an event's story tells the event: its own document with the sentences the coder
merged into it (`events.mention_count`), and each copy with the sentences of the copy's event of
the same type and words (at least one: the copy's text is nearly the same). Sources are the
distinct `documents.source` values of those articles; an article without a source counts as a
source of its own.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from kronist.store.schema import documents, events


def _story_of(row: dict[str, Any]) -> str:
    return row.get("document_duplicate_of") or row["document_id"]


def _story_members(conn: Connection, stories: set[str]) -> dict[str, list[tuple[str, str | None]]]:
    story = func.coalesce(documents.c.duplicate_of, documents.c.id)
    query = select(documents.c.id, documents.c.source, story).where(
        or_(documents.c.id.in_(stories), documents.c.duplicate_of.in_(stories))
    )
    members: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for doc_id, source, story_id in conn.execute(query):
        members[story_id].append((doc_id, source))
    return members


def _copy_mentions(conn: Connection, document_ids: list[str]) -> dict[tuple[str, str, str], int]:
    """(document, event type, words) -> sentences telling it, for the copies' events."""
    told: dict[tuple[str, str, str], int] = {}
    if not document_ids:
        return told
    query = select(
        events.c.document_id, events.c.event, events.c.anchor, events.c.mention_count
    ).where(events.c.document_id.in_(document_ids))
    for doc_id, event_type, anchor, count in conn.execute(query):
        key = (doc_id, event_type, anchor)
        told[key] = max(told.get(key, 0), count or 1)
    return told


def add_story_counts(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add num_mentions, num_articles and num_sources to event rows (which carry document_id,
    document_duplicate_of, document_source, event, anchor and mention_count)."""
    if not rows:
        return rows
    members = _story_members(conn, {_story_of(row) for row in rows})
    in_stories = [doc for group in members.values() if len(group) > 1 for doc, _ in group]
    told = _copy_mentions(conn, in_stories)
    for row in rows:
        articles = members.get(_story_of(row)) or [(row["document_id"], row.get("document_source"))]
        mentions = 0
        for doc_id, _source in articles:
            if doc_id == row["document_id"]:
                mentions += row.get("mention_count") or 1
            else:
                mentions += told.get((doc_id, row["event"], row["anchor"]), 1)
        row["num_mentions"] = mentions
        row["num_articles"] = len(articles)
        row["num_sources"] = len({source or doc_id for doc_id, source in articles})
    return rows
