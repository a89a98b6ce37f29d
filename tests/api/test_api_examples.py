"""The REST API over real analyses of the sample articles in examples/.

The extraction stages are still changing, so these tests check structure and consistency
between endpoints (offsets inside the text, totals that agree), not what was extracted.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.conftest import REPO

from kronist.api import create_app
from kronist.ingest import ReadError, read_paths
from kronist.model import PLOVER_EVENT_TYPES, Analysis
from kronist.pipeline import analyze
from kronist.store import Store


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    documents = [d for d in read_paths([REPO / "examples"]) if not isinstance(d, ReadError)]
    assert len(documents) >= 3
    return [analyze(document) for document in documents]


@pytest.fixture(scope="module")
def client(analyses, tmp_path_factory):
    db = tmp_path_factory.mktemp("examples") / "kronist.db"
    with Store(str(db)) as store:
        for analysis in analyses:
            store.add(analysis)
    app = create_app(str(db))
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


def _all(client, path: str, **params) -> list[dict]:
    page = client.get(path, params={"limit": 500, **params}).json()
    assert page["total"] == len(page["items"])
    return page["items"]


def test_every_example_is_listed_and_opens_with_its_analysis(client, analyses):
    listed = {d["id"]: d for d in _all(client, "/api/documents")}
    assert set(listed) == {a.document.id for a in analyses}
    for analysis in analyses:
        detail = client.get(f"/api/documents/{analysis.document.id}").json()
        assert Analysis.model_validate(detail["analysis"]) == analysis
        assert detail["full_text"] == analysis.document.full_text
        assert listed[analysis.document.id]["event_count"] == len(analysis.events)


def test_offsets_point_into_the_full_text(client, analyses):
    for analysis in analyses:
        detail = client.get(f"/api/documents/{analysis.document.id}").json()
        length = len(detail["full_text"])
        spans = [*detail["analysis"]["entities"], *detail["analysis"]["quotes"]]
        spans += detail["analysis"]["events"]
        for span in spans:
            assert 0 <= span["start"] <= span["end"] <= length


def test_event_list_and_aggregates_agree(client, analyses):
    events = _all(client, "/api/events")
    assert len(events) == sum(len(a.events) for a in analyses)
    assert {e["event"] for e in events} <= set(PLOVER_EVENT_TYPES)
    dated = [e for e in events if e["date"]]
    days = client.get("/api/aggregates/daily").json()
    periods = client.get("/api/aggregates/periods").json()
    assert sum(d["total"] for d in days) + sum(p["total"] for p in periods) == len(dated)
    day_dated = [e for e in dated if e["date_precision"] in ("day", None)]
    assert sum(d["total"] for d in days) == len(day_dated)
    types = client.get("/api/aggregates/types").json()
    assert sum(t["count"] for t in types) == len(events)
    placed = [e for e in events if e["place_lat"] is not None and e["place_lon"] is not None]
    places = client.get("/api/aggregates/places").json()
    assert sum(p["total"] for p in places) == len(placed)
    for event_type in {e["event"] for e in events}:
        only = _all(client, "/api/events", type=event_type)
        assert {e["event"] for e in only} == {event_type}


def test_network_edges_join_listed_nodes(client):
    network = client.get("/api/network").json()
    node_ids = {n["id"] for n in network["nodes"]}
    for edge in network["edges"]:
        assert edge["source"] in node_ids and edge["target"] in node_ids
        assert edge["event"] in PLOVER_EVENT_TYPES and edge["count"] >= 1


def test_quotes_and_actors_come_from_the_analyses(client, analyses):
    quotes = _all(client, "/api/quotes")
    assert len(quotes) == sum(len(a.quotes) for a in analyses)
    for quote in quotes:
        if quote["speaker"]:
            found = _all(client, "/api/quotes", speaker=quote["speaker"])
            assert quote["id"] in {q["id"] for q in found}
    for actor in _all(client, "/api/actors"):
        assert actor["events"] == actor["as_actor"] + actor["as_recipient"]


def test_analyze_a_posted_example(client, analyses):
    document = analyses[0].document
    response = client.post(
        "/api/analyze",
        json={"text": document.text, "title": document.title, "published": str(document.published)},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["full_text"] == document.full_text and body["stored"] is None
    assert Analysis.model_validate(body["analysis"]).document.text == document.text
