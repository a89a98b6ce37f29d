"""The batch output layout: tables of Parquet files, events partitioned by year and month."""

from __future__ import annotations

import pyarrow.dataset as ds
import pytest
from tests.batch.batch_corpus import read_rows
from tests.conftest import build_analysis

from kronist.batch.output import BatchError, LocalSink, prepare_output
from kronist.batch.tables import schema
from kronist.batch.worker import document_result
from kronist.export import event_arrow_schema


@pytest.fixture
def written(tmp_path):
    analyses = [
        build_analysis("Demonstration i Aarhus", "Politiet anholdt ti.", "2025-03-04", 2),
        build_analysis("Strejke på havnen", "Havnearbejderne strejkede.", "2025-11-20", 3),
    ]
    sink = LocalSink(tmp_path)
    for number, analysis in enumerate(analyses, start=1):
        result = document_result(analysis, (0, number))
        sink.write("documents", result.document)
        for table in ("entities", "quotes", "events"):
            for row in result.rows[table]:
                sink.write(table, row)
    sink.close()
    return tmp_path, analyses


def test_events_are_partitioned_by_year_and_month_of_the_event_date(written):
    output, analyses = written
    folders = sorted(p.relative_to(output).as_posix() for p in output.glob("events/*/*"))
    assert folders == ["events/year=2025/month=11", "events/year=2025/month=3"]
    rows = read_rows(output, "events")
    assert len(rows) == 5
    for row in rows:
        assert (row["year"], row["month"]) == (row["date"].year, row["date"].month)
    assert {r["document_title"] for r in rows} == {a.document.title for a in analyses}


def test_every_table_has_the_columns_of_the_store_and_the_export(written):
    output, _ = written
    events = ds.dataset(output / "events", format="parquet", partitioning="hive").schema
    assert events.names[: len(event_arrow_schema())] == event_arrow_schema().names
    assert events.names[-2:] == ["year", "month"]
    for table in ("documents", "entities", "quotes", "errors"):
        assert ds.dataset(output / table, format="parquet").schema.names == schema(table).names


def test_an_empty_table_is_a_file_with_the_columns(written):
    output, _ = written
    errors = ds.dataset(output / "errors", format="parquet")
    assert errors.count_rows() == 0
    assert errors.schema.names == schema("errors").names


def test_duckdb_reads_the_partitioned_events(written):
    duckdb = pytest.importorskip("duckdb")
    output, _ = written
    query = (
        "SELECT year, month, count(*) FROM read_parquet(?, hive_partitioning = true) "
        "GROUP BY year, month ORDER BY month"
    )
    found = duckdb.execute(query, [str(output / "events/**/*.parquet")]).fetchall()
    assert found == [(2025, 3, 2), (2025, 11, 3)]


def test_a_folder_that_is_not_a_batch_result_is_never_overwritten(tmp_path):
    (tmp_path / "noter.txt").write_text("vigtigt", encoding="utf-8")
    with pytest.raises(BatchError, match="not a kronist batch result"):
        prepare_output(tmp_path)
    assert (tmp_path / "noter.txt").exists()


def test_a_previous_batch_result_is_replaced(written):
    output, _ = written
    (output / "batch.json").write_text("{}", encoding="utf-8")
    prepare_output(output)
    assert list(output.iterdir()) == []
