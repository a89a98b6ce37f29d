import csv
import json

import pyarrow.parquet as pq
import pytest
from tests.conftest import build_analysis

from kronist.export import write_events
from kronist.store import Store


@pytest.fixture
def filled_store(tmp_path):
    store = Store(str(tmp_path / "k.db"))
    store.add(build_analysis("Første", "Politiet anholdt to personer i Aarhus.", "2026-03-01", 2))
    store.add(build_analysis("Anden", "Demonstranter samledes i Odense.", "2026-04-01", 1))
    yield store
    store.close()


def test_jsonl_has_plover_fields(filled_store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert write_events(filled_store.iter_events(), out, "jsonl") == 3
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = records[0]
    for key in (
        "id",
        "date",
        "actor",
        "recipient",
        "event",
        "mode",
        "context",
        "event_loc",
        "event_text",
        "text_info",
        "cite_info",
        "negated",
        "asserted_by",
        "killed",
        "injured",
        "quote_id",
        "cameo_root",
    ):
        assert key in first
    coerce = next(r for r in records if r["event"] == "COERCE")
    assert coerce["cameo_root"] == "17"
    assert coerce["actor"]["country"] == "DNK" and coerce["actor"]["sector"] == "COP"
    assert coerce["event_loc"]["name"] == "Aarhus"
    assert coerce["cite_info"]["title"] == "Første"
    assert coerce["date"] == "2026-03-01"


def test_csv_reads_back(filled_store, tmp_path):
    out = tmp_path / "events.csv"
    write_events(filled_store.iter_events(), out, "csv")
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert {r["event"] for r in rows} == {"COERCE", "PROTEST"}
    assert rows[0]["context"] == "[]"
    assert rows[0]["place_lat"] == "56.16"


def test_parquet_reads_back_with_types(filled_store, tmp_path):
    out = tmp_path / "events.parquet"
    write_events(filled_store.iter_events(), out, "parquet")
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("negated").type) == "bool"
    assert sorted(table.column("injured").to_pylist()) == [0, 0, 1]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_empty_store_exports_an_empty_but_valid_file(tmp_path, fmt):
    store = Store(str(tmp_path / "empty.db"))
    out = tmp_path / f"events.{fmt}"
    assert write_events(store.iter_events(), out, fmt) == 0
    assert out.exists()
    if fmt == "parquet":
        assert pq.read_table(out).num_rows == 0


def test_unknown_format_is_refused(filled_store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        write_events(filled_store.iter_events(), tmp_path / "x.xml", "xml")
