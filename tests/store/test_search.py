"""Text and actor filters find the same events with the search index as by reading them all."""

from __future__ import annotations

from tests.conftest import build_analysis

from kronist.model import Actor
from kronist.store import EventFilter
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
