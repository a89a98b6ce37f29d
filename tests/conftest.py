"""Shared test fixtures: the shared folder (skipped when absent) and hand-built analyses."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from kronist.model import Actor, Analysis, Document, Entity, Event, EventDate, Place, Quote

REPO = Path(__file__).resolve().parent.parent


def shared_path() -> Path:
    return Path(os.environ.get("KRONIST_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture
def shared() -> Path:
    path = shared_path()
    if not (path / "examples").is_dir():
        pytest.skip(f"shared folder not found at {path}")
    return path


@pytest.fixture
def examples_dir() -> Path:
    return REPO / "examples"


def build_analysis(
    title: str, text: str, published: str = "2026-03-10", n_events: int = 1
) -> Analysis:
    """A hand-made analysis with the given number of events (for store and export tests)."""
    document = Document(title=title, text=text, published=dt.date.fromisoformat(published))
    police = Actor(name="Politiet", country="DNK", sector="COP", sectors=["COP"])
    crowd = Actor(name="demonstranter", country="DNK", sector="CVL", sectors=["CVL"])
    events = [
        Event(
            id=f"{document.id}-ev{i}",
            event="COERCE" if i % 2 == 0 else "PROTEST",
            mode="arrest" if i % 2 == 0 else "demonstrate",
            actor=police if i % 2 == 0 else crowd,
            recipient=crowd if i % 2 == 0 else None,
            date=EventDate(date=document.published, precision="day", expression="lørdag"),
            place=Place(name="Aarhus", country="DNK", lat=56.16, lon=10.21, geonames_id=2624652),
            killed=None,
            injured=i,
            anchor=f"hændelse nummer {i}",
            sentence=0,
            start=0,
            end=5,
        )
        for i in range(n_events)
    ]
    return Analysis(
        document=document,
        pipeline="test",
        entities=[
            Entity(id="e1", text="Politiet", label="ORG", start=0, end=8, sentence=0, actor=police)
        ],
        quotes=[
            Quote(
                id="q1",
                text="Vi holder øje",
                start=10,
                end=23,
                sentence=1,
                speaker="politiet",
                speaker_actor=police,
                channel="Twitter",
            )
        ],
        events=events,
    )


def events_of(text: str, event_type: str, published: str = "2025-03-04") -> list[Event]:
    """The events of one type kronist finds in a text written for a test."""
    from kronist.pipeline import analyze

    return [e for e in analyze(text, published=published).events if e.event == event_type]


def actor_of(text: str, mention: str, published: str = "2025-03-04") -> Actor | None:
    """The actor of the first entity written `mention` in a text written for a test."""
    from kronist.pipeline import analyze

    entities = analyze(text, published=published).entities
    return next(e.actor for e in entities if e.text == mention)


def quote_speaker(
    text: str, published: str = "2025-03-04", index: int = -1, only: bool = False
) -> Actor | None:
    """The speaker's actor of a quote (the last one by default; `only`: asserts it is the only
    one) that kronist finds in a text written for a test."""
    from kronist.pipeline import analyze

    quotes = analyze(text, published=published).quotes
    if only:
        assert len(quotes) == 1, quotes
    return quotes[index].speaker_actor
