"""Text and actor filters find the same events with the search index as by reading them all."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import build_analysis
from tests.store.test_store import LONG_TEXT

import kronist.store
from kronist.model import Actor
from kronist.store import EventFilter, search
from kronist.store import queries as q

WORDS = [
    "Droneangrebet mod Kyiv i nat",
    "ØSTJYLLANDS POLITI anholdt to mænd",
    "Østjyllands Politi efterforsker sagen",
    "angreb på 50% af byen",
    'kaldte det "en provokation"',
    "to_mænd blev løsladt",
]
SEARCHES = [
    "angreb", "ANGREB", "østjyllands", "ØSTJYLLANDS", "to mænd", "50%", "o_m", '"en prov',
    "af", "i", "Kyiv i nat", "politi", "ingen steder",
]  # fmt: skip


def _fill(store) -> None:  # noqa: F811
    for number, words in enumerate(WORDS):
        analysis = build_analysis(f"Artikel {number}", f"Brødtekst nummer {number} om {words}.")
        analysis.events[0].anchor = words
        analysis.events[0].actor = Actor(name=words.split()[0], country="DNK")
        store.add(analysis)


def _found(store, **wanted) -> list[str]:  # noqa: F811
    return sorted(row["anchor"] for row in q.list_events(store, EventFilter(**wanted)).items)


def test_the_index_finds_what_reading_every_event_finds(store):  # noqa: F811
    _fill(store)
    assert store._fts or store.engine.dialect.name != "sqlite"
    with_index = {s: (_found(store, text=s), _found(store, actor=s)) for s in SEARCHES}
    store._fts = False  # the filters alone, over every event
    without = {s: (_found(store, text=s), _found(store, actor=s)) for s in SEARCHES}
    assert with_index == without
    assert with_index["angreb"][0] == ["Droneangrebet mod Kyiv i nat", "angreb på 50% af byen"]
    assert with_index["50%"][0] == ["angreb på 50% af byen"]
    assert with_index["o_m"][0] == ["to_mænd blev løsladt"]
    assert with_index['"en prov'][0] == ['kaldte det "en provokation"']
    assert with_index["ingen steder"] == ([], [])


def _story_events(store) -> None:  # noqa: F811
    """Events matching 'nummer': three in an article and three in its near-duplicate copy,
    one in another article."""
    for copy in range(2):
        text = LONG_TEXT + " Opdateret." * copy
        store.add(build_analysis("Demonstration i Aarhus", text, n_events=3))
    store.add(build_analysis("Finanslov", "Regeringen fremlagde et forslag.", n_events=1))


def test_more_matches_than_are_listed_are_counted_all_the_same(store):  # noqa: F811
    _story_events(store)
    if not store._fts:
        pytest.skip("the words index is SQLite's")
    for duplicates in (False, True):
        with store.engine.connect() as conn:
            everything = search.find(conn, "NUMMER", duplicates, most=100)
            assert everything.total == len(everything.ids) == (7 if duplicates else 4)
            for most in range(everything.total + 1):
                found = search.find(conn, "nummer", duplicates, most)
                assert found.total == everything.total
                assert found.ids is None if most < found.total else found.ids == everything.ids


def test_the_event_list_reads_the_same_with_few_or_many_listed(store, monkeypatch):  # noqa: F811
    _story_events(store)
    filters = [EventFilter(text="nummer"), EventFilter(text="nummer 1", type="PROTEST")]
    filters += [EventFilter(text="nummer", include_duplicates=True, since=dt.date(2026, 1, 1))]

    def shown() -> list:
        pages = [q.list_events(store, flt) for flt in filters]
        return [(page.total, [row["id"] for row in page.items]) for page in pages]

    listed = shown()
    monkeypatch.setattr(kronist.store, "MAX_LISTED", 1)  # counted and searched, not listed
    assert shown() == listed
    assert [total for total, _ in listed] == [4, 1, 7]
