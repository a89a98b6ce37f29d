"""The kept counts say what the stored events and entities say, as documents arrive."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select
from tests.conftest import build_analysis
from tests.store.test_store import LONG_TEXT

from kronist.model import Actor, Entity
from kronist.store import EventFilter
from kronist.store import queries as q
from kronist.store.schema import documents, entities


def _articles():
    """Originals and a near-duplicate copy, actors by name, by words only, without a country,
    with several sectors; dated and undated events."""
    first = build_analysis("Demonstration i Aarhus", LONG_TEXT, "2026-03-10", n_events=4)
    first.events[1].actor = None
    first.events[1].actor_text = "vrede borgere"
    first.events[2].actor = Actor(name="Politiet", country="DNK", sector="GOV")
    first.events[3].date.date = None
    un = Actor(name="FN")
    first.entities.append(
        Entity(id="e2", text="FN", label="ORG", start=30, end=32, sentence=2, actor=un)
    )
    copy = build_analysis("Demonstration i Aarhus", LONG_TEXT + " Opdateret.", "2026-03-10", 4)
    other = build_analysis("Strejke", "Sygeplejersker strejkede i Odense.", "2026-03-11", 3)
    other.events[0].actor = Actor(name="Politiet", country="SWE", sector="COP")
    return [first, copy, other]


def _expected_actors(store) -> dict:  # noqa: F811
    """What the events and entities of original documents say, counted here."""
    counts: dict[tuple, Counter] = defaultdict(Counter)
    sectors: dict[tuple, Counter] = defaultdict(Counter)
    for row in store.events(EventFilter()):
        for prefix, role in (("actor", "as_actor"), ("recipient", "as_recipient")):
            name = row[f"{prefix}_name"]
            name = row[f"{prefix}_text"] if name is None else name
            if name is not None:
                key = (name, row[f"{prefix}_country"])
                counts[key][role] += 1
                if row[f"{prefix}_sector"]:
                    sectors[key][row[f"{prefix}_sector"]] += 1
    with store.engine.connect() as conn:
        mentioned = conn.execute(
            select(entities.c.actor_name, entities.c.actor_country, entities.c.actor_sector)
            .join(documents, documents.c.id == entities.c.document_id)
            .where(documents.c.duplicate_of.is_(None), entities.c.actor_name.is_not(None))
        ).all()
    for name, country, sector in mentioned:
        counts[name, country]["mentions"] += 1
        if sector:
            sectors[name, country][sector] += 1
    return {
        key: (
            found["as_actor"],
            found["as_recipient"],
            found["mentions"],
            [s for s, _ in sorted(sectors[key].items(), key=lambda item: (-item[1], item[0]))],
        )
        for key, found in counts.items()
    }


def _shown_actors(store) -> dict:  # noqa: F811
    page = q.list_actors(store, limit=500)
    assert page.total == len(page.items)
    return {
        (row["name"], row["country"]): (
            row["as_actor"],
            row["as_recipient"],
            row["mentions"],
            row["sectors"],
        )
        for row in page.items
    }


def _expected_days(store, include_duplicates: bool) -> list[dict]:  # noqa: F811
    found = Counter(
        (row["date"], row["event"])
        for row in store.events(EventFilter(include_duplicates=include_duplicates))
        if row["date"] is not None
    )
    return [{"date": d, "event": e, "count": n} for (d, e), n in sorted(found.items())]


def test_kept_actor_and_day_counts_follow_every_document(store):  # noqa: F811
    for analysis in _articles():
        store.add(analysis)
        assert _shown_actors(store) == _expected_actors(store)
        for duplicates in (False, True):
            shown = q.events_per_day(store, EventFilter(include_duplicates=duplicates))
            assert shown == _expected_days(store, duplicates)
    police = q.list_actors(store, name="POLIT", sector="cop").items
    assert [(row["country"], row["sector"]) for row in police] == [("DNK", "COP"), ("SWE", "COP")]
    assert q.list_actors(store, country="swe").total == 1
    day = dt.date(2026, 3, 10)
    one_day = q.events_per_day(store, EventFilter(since=day, until=day, type="coerce"))
    assert [(row["date"], row["event"]) for row in one_day] == [(day, "COERCE")]
