"""Fixtures for the API tests: a store filled with hand-made analyses whose events, places,
quotes and actors are known exactly (invented Danish sentences)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from tests.conftest import build_analysis

from kronist.api import create_app
from kronist.model import Actor, Analysis, Document, Entity, Event, EventDate, Place, Quote
from kronist.store import Store, normalize_url

POLICE = Actor(name="Østjyllands Politi", country="DNK", sector="COP", sectors=["COP"])
CROWD = Actor(name="demonstranter", country="DNK", sector="CVL", sectors=["CVL"])
REGION = Actor(name="Region Midtjylland", country="DNK", sector="GOV", sectors=["GOV"])
MAYOR = Actor(name="Aarhus Kommune", country="DNK", sector="GOV", sectors=["GOV"])
GERMANY = Actor(name="Tyskland", country="DEU", sector="GOV", sectors=["GOV"])
DENMARK = Actor(name="Danmarks regering", country="DNK", sector="GOV", sectors=["GOV"])
INSPECTOR = Actor(name="Jens Madsen", country="DNK", sector="COP", sectors=["COP"])

AARHUS = Place(name="Aarhus", country="DNK", lat=56.1567, lon=10.2108, geonames_id=2624652)
COPENHAGEN = Place(name="København", country="DNK", lat=55.6761, lon=12.5683, geonames_id=2618425)
BERLIN = Place(name="Berlin", country="DEU", lat=52.5244, lon=13.4105, geonames_id=2950159)

HOSPITAL_TITLE = "Politiet anholdt demonstranter ved sygehus i Aarhus"
HOSPITAL_TEXT = (
    "Østjyllands Politi anholdt lørdag tolv demonstranter i Aarhus, efter at flere hundrede "
    "havde protesteret mod Region Midtjylland og lukningen af byens akutmodtagelse.\n\n"
    "»Vi bad dem flere gange om at gå hjem«, siger politiinspektør Jens Madsen til TV2.\n\n"
    "Søndag mødtes Aarhus Kommune med demonstranternes talsmand i København. Samtidig "
    "kritiserede Tyskland Danmarks regering for politiets hårde indsats."
)


class Spans:
    """Character offsets of words in a document's full_text (first occurrence after `after`)."""

    def __init__(self, document: Document) -> None:
        self.text = document.full_text

    def __call__(self, words: str, after: str = "") -> tuple[int, int]:
        start = self.text.index(words, self.text.index(after) if after else 0)
        return start, start + len(words)

    def sentence(self, position: int) -> int:
        return self.text.count(".", 0, position)


def _event(
    spans: Spans,
    document: Document,
    number: int,
    event_type: str,
    anchor: str,
    actor: Actor,
    recipient: Actor | None,
    day: str,
    place: Place,
    **extra,
) -> Event:
    start, end = spans(anchor, after="\n\n")
    return Event(
        id=f"{document.id}-ev{number}",
        event=event_type,
        actor=actor,
        recipient=recipient,
        actor_text=actor.name,
        recipient_text=recipient.name if recipient else None,
        date=EventDate(date=dt.date.fromisoformat(day), precision="day", expression="lørdag"),
        place=place,
        anchor=anchor,
        sentence=spans.sentence(start),
        start=start,
        end=end,
        **extra,
    )


def hospital_protest() -> Analysis:
    """An invented article with five known events in three places and one quote."""
    document = Document(
        title=HOSPITAL_TITLE,
        text=HOSPITAL_TEXT,
        published=dt.date(2026, 3, 15),
        source="Testavisen",
        url="https://example.org/test/sygehus",
    )
    spans = Spans(document)

    def entity(number: int, words: str, label: str, actor: Actor | None, after: str = "") -> Entity:
        start, end = spans(words, after)
        return Entity(
            id=f"e{number}",
            text=words,
            label=label,
            start=start,
            end=end,
            sentence=spans.sentence(start),
            actor=actor,
        )

    quote_words = "Vi bad dem flere gange om at gå hjem"
    quote_start, quote_end = spans(quote_words)
    events = [
        _event(
            spans,
            document,
            1,
            "COERCE",
            "anholdt",
            POLICE,
            CROWD,
            "2026-03-14",
            AARHUS,
            mode="arrest",
        ),
        _event(
            spans,
            document,
            2,
            "PROTEST",
            "protesteret",
            CROWD,
            REGION,
            "2026-03-14",
            AARHUS,
            mode="demonstrate",
        ),
        _event(
            spans,
            document,
            3,
            "REQUEST",
            "bad",
            POLICE,
            CROWD,
            "2026-03-14",
            AARHUS,
            asserted_by="Jens Madsen",
            quote_id="q1",
        ),
        _event(spans, document, 4, "CONSULT", "mødtes", MAYOR, CROWD, "2026-03-15", COPENHAGEN),
        _event(spans, document, 5, "ACCUSE", "kritiserede", GERMANY, DENMARK, "2026-03-15", BERLIN),
    ]
    return Analysis(
        document=document,
        pipeline="hand-made",
        entities=[
            entity(1, "Østjyllands Politi", "ORG", POLICE, after="\n\n"),
            entity(2, "Aarhus", "LOC", None, after="\n\n"),
            entity(3, "Region Midtjylland", "ORG", REGION),
            entity(4, "Jens Madsen", "PER", INSPECTOR),
            entity(5, "København", "LOC", None),
            entity(6, "Tyskland", "LOC", GERMANY),
        ],
        quotes=[
            Quote(
                id="q1",
                text=quote_words,
                start=quote_start,
                end=quote_end,
                sentence=spans.sentence(quote_start),
                speaker="Jens Madsen",
                speaker_entity="e4",
                speaker_actor=INSPECTOR,
                channel="TV2",
            )
        ],
        events=events,
        summary="Politiet anholdt tolv demonstranter i Aarhus.",
    )


LONG_TEXT = " ".join(
    f"Sætning nummer {i} fortæller om en demonstration i Odense og politiets indsats."
    for i in range(40)
)


def fill(store: Store) -> dict[str, str]:
    """The hand-made store: the hospital article, two build_analysis ones and a near-duplicate."""
    hospital = hospital_protest()
    odense = build_analysis("Demonstration i Odense", LONG_TEXT, "2026-02-01", n_events=2)
    copy = build_analysis("Demonstration i Odense", LONG_TEXT + " Opdateret kl. 12.", "2026-02-01")
    budget = build_analysis("Finanslov", "Regeringen fremlagde et forslag.", "2026-01-05", 0)
    for analysis in (hospital, odense, copy, budget):
        store.add(analysis)
    return {
        "hospital": hospital.document.id,
        "odense": odense.document.id,
        "copy": copy.document.id,
        "budget": budget.document.id,
    }


def _run_on_postgres(statement: str) -> None:
    engine = create_engine(normalize_url(os.environ["KRONIST_TEST_PG_URL"]))
    with engine.begin() as conn:
        conn.execute(text(statement))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path: Path):
    """The API tests run on SQLite, and on PostgreSQL where CI starts one."""
    if request.param == "sqlite":
        yield str(tmp_path / "api.db")
        return
    base = os.environ.get("KRONIST_TEST_PG_URL")
    if not base:
        pytest.skip("KRONIST_TEST_PG_URL not set (CI starts a PostgreSQL server)")
    schema = f"api_{uuid.uuid4().hex[:10]}"
    _run_on_postgres(f"CREATE SCHEMA {schema}")
    yield normalize_url(base) + f"?options=-csearch_path%3D{schema}"
    _run_on_postgres(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def ids(store_url: str) -> dict[str, str]:
    with Store(store_url) as store:
        return fill(store)


@pytest.fixture
def client(store_url: str, ids: dict[str, str]):
    app = create_app(store_url)
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()
