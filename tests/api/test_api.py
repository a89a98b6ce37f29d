"""The REST API on a store of hand-made analyses whose events, places and quotes are known."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import HOSPITAL_TITLE
from tests.conftest import build_analysis

from kronist.api import create_app
from kronist.api.analyze import MAX_BODY_BYTES
from kronist.api.routes import MAX_PAGE_SIZE
from kronist.model import Actor, Analysis, Document, EventDate
from kronist.store import Store


def _items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


# documents


def test_documents_are_listed_newest_first_with_event_counts(client, ids):
    page = client.get("/api/documents").json()
    assert page["total"] == 4
    assert [d["id"] for d in page["items"]][0] == ids["hospital"]
    hospital = page["items"][0]
    assert hospital["title"] == HOSPITAL_TITLE
    assert hospital["published"] == "2026-03-15"
    assert hospital["event_count"] == 5
    copy = next(d for d in page["items"] if d["id"] == ids["copy"])
    assert copy["duplicate_of"] == ids["odense"]


def test_documents_search_title_and_text(client, ids):
    assert [
        d["id"] for d in _items(client.get("/api/documents", params={"q": "akutmodtagelse"}))
    ] == [ids["hospital"]]
    assert [d["id"] for d in _items(client.get("/api/documents", params={"q": "FINANSLOV"}))] == [
        ids["budget"]
    ]
    assert _items(client.get("/api/documents", params={"q": "%"})) == []  # a literal percent sign


def test_document_detail_has_its_analysis_and_full_text(client, ids):
    detail = client.get(f"/api/documents/{ids['hospital']}").json()
    analysis = Analysis.model_validate(detail["analysis"])
    assert detail["full_text"] == analysis.document.full_text
    quote = analysis.quotes[0]
    assert detail["full_text"][quote.start : quote.end] == quote.text
    for event in analysis.events:
        assert detail["full_text"][event.start : event.end] == event.anchor
    original = client.get(f"/api/documents/{ids['odense']}").json()
    assert [c["id"] for c in original["copies"]] == [ids["copy"]]


def test_unknown_document_is_404(client):
    response = client.get("/api/documents/nope")
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]
    assert client.get("/api/documents/" + "x" * 500).status_code == 404


# events


def test_events_filter_by_type_date_actor_country_and_words(client, ids):
    def event_ids(**params) -> set[str]:
        return {e["id"] for e in _items(client.get("/api/events", params=params))}

    hospital = ids["hospital"]
    assert event_ids(type="ACCUSE") == {f"{hospital}-ev5"}
    assert event_ids(since="2026-03-15", until="2026-03-15") == {
        f"{hospital}-ev4",
        f"{hospital}-ev5",
    }
    assert event_ids(actor="tyskland") == {f"{hospital}-ev5"}
    assert event_ids(country="deu") == {f"{hospital}-ev5"}
    assert event_ids(text="protesteret") == {f"{hospital}-ev2"}
    assert event_ids(document_id=hospital, type="COERCE") == {f"{hospital}-ev1"}


def test_events_of_near_duplicates_are_left_out_unless_asked(client, ids):
    assert _items(client.get("/api/events", params={"document_id": ids["copy"]})) == []
    copies = client.get(
        "/api/events", params={"document_id": ids["copy"], "include_duplicates": True}
    )
    assert len(_items(copies)) == 1


def test_events_page_and_sort(client):
    first = client.get("/api/events", params={"limit": 3, "sort": "date", "order": "desc"}).json()
    assert first["total"] == 7 and first["limit"] == 3 and len(first["items"]) == 3
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates, reverse=True)
    rest = client.get(
        "/api/events", params={"limit": 3, "offset": 3, "sort": "date", "order": "desc"}
    )
    seen = {e["id"] for e in first["items"]} | {e["id"] for e in _items(rest)}
    assert len(seen) == 6
    by_type = [e["event"] for e in _items(client.get("/api/events", params={"sort": "event"}))]
    assert by_type == sorted(by_type)


def test_event_rows_carry_place_and_citation(client, ids):
    [event] = _items(client.get("/api/events", params={"type": "CONSULT"}))
    assert event["place_name"] == "København" and event["place_lat"] == pytest.approx(55.6761)
    assert event["actor_name"] == "Aarhus Kommune" and event["recipient_name"] == "demonstranter"
    assert event["document_title"] == HOSPITAL_TITLE
    assert event["document_url"] == "https://example.org/test/sygehus"


@pytest.mark.parametrize(
    "params",
    [
        {"type": "RIOT"},
        {"since": "14-03-2026"},
        {"since": "0"},
        {"country": "DK"},
        {"limit": MAX_PAGE_SIZE + 1},
        {"limit": 0},
        {"offset": -1},
        {"sort": "password"},
        {"actor": "x" * 201},
    ],
)
def test_bad_event_filters_are_422_with_a_reason(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == next(iter(params))


def test_filter_values_are_data_not_sql(client):
    for hostile in ("' OR 1=1 --", "%", "_", '"; DROP TABLE events; --'):
        assert _items(client.get("/api/events", params={"actor": hostile})) == []
    assert client.get("/api/stats").json()["events"] == 8


# actors, quotes, stories


def test_actors_have_event_counts(client):
    actors = {a["name"]: a for a in _items(client.get("/api/actors"))}
    crowd = actors["demonstranter"]
    assert crowd["as_actor"] == 2  # PROTEST in the hospital article and one in Odense
    assert crowd["as_recipient"] == 4  # COERCE, REQUEST, CONSULT, and Odense's COERCE
    assert crowd["events"] == 6
    assert actors["Jens Madsen"]["mentions"] == 1 and actors["Jens Madsen"]["events"] == 0
    germans = _items(client.get("/api/actors", params={"country": "DEU"}))
    assert [a["name"] for a in germans] == ["Tyskland"]
    police = _items(client.get("/api/actors", params={"sector": "cop", "name": "politi"}))
    assert {a["name"] for a in police} == {"Østjyllands Politi", "Politiet"}


def test_an_actor_is_one_row_whatever_sector_it_acts_in(tmp_path):
    """ "Russia" mentioned as a country and acting as its army is one actor with both counts."""
    analysis = build_analysis("Angreb", "Rusland angreb i nat Kharkiv.", "2026-02-10", 1)
    russia = Actor(name="Russia", country="RUS")
    army = russia.model_copy(update={"sector": "MIL", "sectors": ["MIL"]})
    mention = analysis.entities[0].model_copy(update={"text": "Rusland", "actor": russia})
    attack = analysis.events[0].model_copy(update={"event": "ASSAULT", "actor": army})
    analysis = analysis.model_copy(update={"entities": [mention], "events": [attack]})
    db = str(tmp_path / "actors.db")
    with Store(db) as store:
        store.add(analysis)
    app = create_app(db)
    with TestClient(app) as actors:
        rows = [a for a in _items(actors.get("/api/actors")) if a["name"] == "Russia"]
        assert [(a["sector"], a["as_actor"], a["mentions"]) for a in rows] == [("MIL", 1, 1)]
        military = _items(actors.get("/api/actors", params={"sector": "mil"}))
        assert [a["name"] for a in military] == ["Russia"]
    app.state.store.close()


def test_quotes_by_speaker(client, ids):
    [quote] = _items(client.get("/api/quotes", params={"speaker": "madsen"}))
    assert quote["speaker"] == "Jens Madsen" and quote["channel"] == "TV2"
    assert quote["document_id"] == ids["hospital"]
    assert quote["text"] == "Vi bad dem flere gange om at gå hjem"
    all_quotes = client.get("/api/quotes").json()
    assert all_quotes["total"] == 3  # hospital, Odense, budget; not the near-duplicate copy


def test_stories_group_near_duplicates(client, ids):
    [story] = _items(client.get("/api/stories"))
    assert story["id"] == ids["odense"] and story["copy_count"] == 1
    assert story["copies"][0]["id"] == ids["copy"] and story["copies"][0]["similarity"] >= 0.8


# aggregates


def test_events_per_day_by_type(client):
    days = {d["date"]: d for d in client.get("/api/aggregates/daily").json()}
    assert days["2026-03-14"]["by_type"] == {"COERCE": 1, "PROTEST": 1, "REQUEST": 1}
    assert days["2026-03-15"]["total"] == 2
    assert days["2026-02-01"]["total"] == 2
    only_accuse = client.get("/api/aggregates/daily", params={"type": "ACCUSE"}).json()
    assert only_accuse == [{"date": "2026-03-15", "total": 1, "by_type": {"ACCUSE": 1}}]


def test_month_dates_are_counted_per_month_not_on_the_first_day(tmp_path):
    """ "i januar" dates an event to the month: the daily timeline must not show it on the 1st."""
    analysis = build_analysis("Strejke i januar", "Lærerne strejkede i januar.", "2026-02-10", 2)
    month = EventDate(date=dt.date(2026, 1, 1), precision="month", expression="i januar")
    analysis.events[1] = analysis.events[1].model_copy(update={"date": month})
    db = str(tmp_path / "months.db")
    with Store(db) as store:
        store.add(analysis)
    app = create_app(db)
    with TestClient(app) as months:
        days = months.get("/api/aggregates/daily").json()
        assert [(d["date"], d["total"]) for d in days] == [("2026-02-10", 1)]
        periods = months.get("/api/aggregates/periods").json()
        assert periods == [
            {"date": "2026-01-01", "precision": "month", "total": 1, "by_type": {"PROTEST": 1}}
        ]
        listed = months.get("/api/events").json()["items"]
        assert sorted(e["date_precision"] for e in listed) == ["day", "month"]
    app.state.store.close()


def test_events_per_country_and_place(client):
    countries = {c["country"]: c for c in client.get("/api/aggregates/countries").json()}
    assert countries["DEU"]["total"] == 1 and countries["DEU"]["numeric"] == "276"
    assert countries["DNK"]["total"] == 6 and countries["DNK"]["name"] == "Denmark"
    places = client.get("/api/aggregates/places").json()
    assert sum(p["total"] for p in places if p["name"] == "Aarhus") == 5  # 3 here, 2 in Odense's
    [berlin] = [p for p in places if p["name"] == "Berlin"]
    assert berlin["by_type"] == {"ACCUSE": 1} and berlin["lat"] == pytest.approx(52.5244)
    types = {t["type"]: t["count"] for t in client.get("/api/aggregates/types").json()}
    assert types == {"COERCE": 2, "PROTEST": 2, "REQUEST": 1, "CONSULT": 1, "ACCUSE": 1}


def test_network_edges_point_from_actor_to_recipient(client):
    network = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in network["nodes"]}
    edges = {
        (names[e["source"]], names[e["target"]], e["event"]): e["count"] for e in network["edges"]
    }
    assert edges[("Tyskland", "Danmarks regering", "ACCUSE")] == 1
    assert edges[("Østjyllands Politi", "demonstranter", "COERCE")] == 1
    assert ("demonstranter", "Region Midtjylland", "PROTEST") in edges
    filtered = client.get("/api/network", params={"country": "DEU"}).json()
    assert len(filtered["edges"]) == 1


# POST /api/analyze


def new_store(path) -> str:
    """An empty store: a read-only app never makes one."""
    Store(str(path)).close()
    return str(path)


def _fake_analyzer(document: Document) -> Analysis:
    return Analysis(document=document, pipeline="fake", summary=document.text[:20])


@pytest.fixture
def analyze_client(tmp_path):
    app = create_app(new_store(tmp_path / "analyze.db"), analyzer=_fake_analyzer)
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


def test_analyze_plain_text_with_title_and_date(analyze_client):
    response = analyze_client.post(
        "/api/analyze",
        content="Politiet anholdt tirsdag to mænd.".encode(),
        params={"title": "Anholdelser", "published": "2026-03-10"},
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["analysis"]["document"]["title"] == "Anholdelser"
    assert body["analysis"]["document"]["published"] == "2026-03-10"
    assert body["full_text"] == "Anholdelser\n\nPolitiet anholdt tirsdag to mænd."
    assert body["stored"] is None


def test_analyze_json_does_not_store_on_a_read_only_server(analyze_client):
    before = analyze_client.get("/api/stats").json()["documents"]
    response = analyze_client.post(
        "/api/analyze", json={"text": "Et helt nyt referat.", "title": "Ny"}
    )
    assert response.status_code == 200
    assert analyze_client.get("/api/stats").json()["documents"] == before
    refused = analyze_client.post("/api/analyze?store=true", json={"text": "Et referat."})
    assert refused.status_code == 403 and "read-only" in refused.json()["detail"]


def test_analyze_stores_when_the_server_is_writable(store_url, ids):
    app = create_app(store_url, read_only=False, analyzer=_fake_analyzer)
    with TestClient(app) as writable:
        response = writable.post("/api/analyze?store=true", json={"text": "Et helt nyt referat."})
        assert response.status_code == 200
        stored = response.json()["stored"]
        assert stored["status"] == "stored"
        assert writable.get(f"/api/documents/{stored['document_id']}").status_code == 200
    app.state.store.close()


@pytest.mark.parametrize(
    ("content", "content_type", "status", "words"),
    [
        (b"x" * (MAX_BODY_BYTES + 1), "text/plain", 413, "limit"),
        (b"text=hej", "application/x-www-form-urlencoded", 415, "text/plain or application/json"),
        (b"\xff\xfe\x00", "text/plain", 400, "UTF-8"),
        (b"{not json", "application/json", 400, "JSON"),
        (b"   \n ", "text/plain", 422, "empty"),
        (json.dumps({"text": "hej", "evil": 1}).encode(), "application/json", 422, "evil"),
        (json.dumps({"title": "uden tekst"}).encode(), "application/json", 422, "text"),
        (json.dumps({"text": "hej", "published": 0}).encode(), "application/json", 422, "date"),
        (json.dumps(["text"]).encode(), "application/json", 422, "body"),
    ],
)
def test_analyze_rejects_bad_input_with_a_clear_4xx(
    analyze_client, content, content_type, status, words
):
    response = analyze_client.post(
        "/api/analyze", content=content, headers={"Content-Type": content_type}
    )
    assert response.status_code == status, response.text
    assert words.lower() in response.text.lower()


def test_analyze_drops_nul_characters(analyze_client):
    response = analyze_client.post(
        "/api/analyze", json={"text": "Hej\x00 med dig", "title": "\x00"}
    )
    assert response.status_code == 200
    assert response.json()["full_text"] == "Hej med dig"


def test_analyze_body_limit_holds_without_content_length(analyze_client):
    def chunks():
        for _ in range(MAX_BODY_BYTES // 1024 + 2):
            yield b"a" * 1024

    response = analyze_client.post(
        "/api/analyze", content=chunks(), headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 413


# the page and its safety


@pytest.fixture
def page_client(tmp_path):
    app = create_app(new_store(tmp_path / "page.db"))
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


def test_the_page_and_its_vendored_libraries_are_served(page_client):
    page = page_client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/js/main.js" in page.text
    for path in (
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/cytoscape/cytoscape.min.js",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/vendor/world-atlas/countries-50m.json",
        "/static/js/main.js",
        "/docs",
    ):
        assert page_client.get(path).status_code == 200, path
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from another host


def test_responses_carry_a_strict_content_security_policy(page_client):
    headers = page_client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert page_client.get("/api/stats").headers["x-frame-options"] == "DENY"


def test_the_page_never_builds_markup_from_strings():
    from kronist.api.app import WEB_DIR

    for script in (WEB_DIR / "js").glob("*.js"):
        code = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{script.name} uses {sink}"


def test_an_empty_store_serves_empty_answers(tmp_path):
    app = create_app(new_store(tmp_path / "empty.db"))
    with TestClient(app) as empty:
        assert empty.get("/api/events").json() == {
            "total": 0,
            "limit": 100,
            "offset": 0,
            "items": [],
        }
        assert empty.get("/api/network").json() == {"nodes": [], "edges": []}
        assert empty.get("/api/aggregates/daily").json() == []
        assert empty.get("/api/stats").json()["read_only"] is True
    app.state.store.close()


def test_store_fixture_is_what_the_tests_assume(store_url, ids):
    with Store(store_url) as store:
        assert store.stats()["documents"] == 4 and store.stats()["near_duplicates"] == 1


def test_serve_runs_uvicorn_on_a_read_only_app(monkeypatch, tmp_path):
    import uvicorn

    from kronist.api import serve

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    serve(new_store(tmp_path / "serve.db"), "127.0.0.1", 8765)
    [(app, options)] = calls
    assert options["host"] == "127.0.0.1" and options["port"] == 8765
    assert app.state.read_only is True
    app.state.store.close()
