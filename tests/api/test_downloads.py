"""Downloads of the current filter (the page's CSV / JSON / Parquet links), store-wide counts on
the event list, and actors counted by name and country."""

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from kronist.model import Actor, Analysis, Document, Entity, Event, EventDate

FILTERS = {"type": "COERCE", "country": "DNK"}


def _event_ids(client, params) -> set[str]:
    page = client.get("/api/events", params={**params, "limit": 500}).json()
    return {item["id"] for item in page["items"]}


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet"])
def test_a_download_holds_the_rows_of_the_filter(client, fmt):
    expected = _event_ids(client, FILTERS)
    assert expected and expected != _event_ids(client, {})
    response = client.get("/api/events/download", params={**FILTERS, "format": fmt})
    assert response.status_code == 200
    assert f"kronist-events.{fmt}" in response.headers["content-disposition"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert {row["event"] for row in rows} == {"COERCE"}
    elif fmt == "json":
        rows = response.json()
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in response.text.splitlines()]
    else:
        rows = pq.read_table(io.BytesIO(response.content)).to_pylist()
    assert {row["id"] for row in rows} == expected


def test_a_download_in_a_preset_keeps_the_filter(client):
    response = client.get(
        "/api/events/download", params={"type": "PROTEST", "format": "csv", "preset": "gdelt"}
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and {row["EventRootCode"] for row in rows} == {"14"}
    assert client.get("/api/events/download", params={"format": "xml"}).status_code == 422


def test_events_carry_how_many_articles_tell_them(client):
    items = client.get("/api/events", params={"text": "hændelse", "limit": 50}).json()["items"]
    assert items and all(item["num_articles"] == 2 for item in items)  # the Odense copy
    assert all(item["num_mentions"] >= item["num_articles"] for item in items)


def test_an_actor_is_counted_with_the_mentions_of_its_name(client, store_url):
    from kronist.store import Store

    russia = Actor(name="Russia", country="RUS")
    military = russia.model_copy(update={"sector": "MIL", "sectors": ["MIL"]})
    document = Document(title="Rusland angreb", text="Rusland angreb Kharkiv. Rusland nægter.")
    text = document.full_text
    entities = [
        Entity(
            id=f"e{n}", text="Rusland", label="LOC", start=at, end=at + 7, sentence=0, actor=russia
        )
        for n, at in enumerate(i for i in range(len(text)) if text.startswith("Rusland", i))
    ]
    event = Event(
        id=f"{document.id}-ev1",
        event="ASSAULT",
        actor=military,
        actor_text="Rusland",
        date=EventDate(),
        anchor="Rusland angreb",
        sentence=1,
        start=15,
        end=29,
    )
    with Store(store_url) as store:
        store.add(Analysis(document=document, pipeline="t", entities=entities, events=[event]))
    [found] = client.get("/api/actors", params={"name": "russia"}).json()["items"]
    assert found["as_actor"] == 1 and found["mentions"] == 3  # headline and two sentences
    assert found["sector"] == "MIL" and found["sectors"] == ["MIL"]
    by_sector = client.get("/api/actors", params={"sector": "MIL", "name": "russia"}).json()
    assert by_sector["total"] == 1
