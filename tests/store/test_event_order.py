"""The event list found by walking an index in list order (what large stores do) shows the
same page as collecting and sorting the matching events, oldest or newest first."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import build_analysis
from tests.store.test_store import LONG_TEXT

from kronist.model import EventDate
from kronist.store import EventFilter
from kronist.store import queries as q

FILTERS = [
    EventFilter(),
    EventFilter(country="DNK"),
    EventFilter(text="nummer 1"),
    EventFilter(type="PROTEST", since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 20)),
    EventFilter(include_duplicates=True),
]


TEXTS = {
    12: LONG_TEXT,
    3: "Regeringen fremlagde i dag et nyt forslag til finansloven.",
    20: "Oversvømmelser ramte store dele af Vestjylland i nat.",
    7: "Valget blev udskrevet i går efter en lang debat i Folketinget.",
    1: "Demonstranter samledes foran Christiansborg med bannere.",
}


def _fill(store) -> None:  # noqa: F811
    """Articles on several days, each with an undated event; a near-duplicate copy."""
    for day, text in TEXTS.items():
        analysis = build_analysis(f"Dag {day}", text, f"2026-03-{day:02d}", n_events=3)
        analysis.events[2].date = EventDate()
        assert store.add(analysis).status == "stored"
    copy = build_analysis("Dag 12", LONG_TEXT + " Opdateret.", "2026-03-12", n_events=2)
    assert store.add(copy).status == "near_duplicate"


def _pages(store, limit: int, offset: int) -> list:  # noqa: F811
    return [
        (page.total, [row["id"] for row in page.items])
        for flt in FILTERS
        for order in ("asc", "desc")
        for page in [q.list_events(store, flt, "date", order, limit, offset)]
    ]


@pytest.mark.parametrize(("limit", "offset"), [(100, 0), (4, 0), (4, 5)])
def test_walking_in_list_order_finds_the_same_page(store, monkeypatch, limit, offset):  # noqa: F811
    _fill(store)
    sorted_pages = _pages(store, limit, offset)
    monkeypatch.setattr(q, "WALK_ABOVE", 0)
    assert _pages(store, limit, offset) == sorted_pages
    newest = q.list_events(store, EventFilter(), "date", "desc").items
    dates = [row["date"] for row in newest]
    dated = [day for day in dates if day is not None]
    assert dated == sorted(dated, reverse=True) and dates[len(dated) :] == [None] * len(TEXTS)
