"""The Spark engine on local[2] writes what the local engine writes."""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from tests.batch.batch_corpus import KEPT, read_rows, sorted_rows

from kronist.batch import load_batch, run_batch
from kronist.batch.tables import TABLES

pytest.importorskip("pyspark")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("java") or os.environ.get("JAVA_HOME")),
        reason="Spark needs a Java runtime (java on PATH or JAVA_HOME)",
    ),
]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("kronist tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def outputs(spark, corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp("spark")
    local = run_batch([corpus], folder / "lokal", engine="local", workers=1)
    on_spark = run_batch(
        [corpus], folder / "spark", engine="spark", master="local[2]", partitions=2
    )
    return folder / "lokal", folder / "spark", local, on_spark


def test_spark_writes_the_same_rows_as_the_local_engine(outputs):
    local, on_spark, local_result, spark_result = outputs
    for table in TABLES:
        assert sorted_rows(on_spark, table) == sorted_rows(local, table), table
    assert len(read_rows(on_spark, "documents")) == KEPT
    counts = ("documents", "events", "quotes", "entities", "errors", "warnings", "near_duplicates")
    assert [getattr(spark_result, c) for c in counts] == [getattr(local_result, c) for c in counts]


def test_spark_links_the_wire_copy_like_the_store(outputs):
    _, on_spark, _, _ = outputs
    linked = {d["id"]: d["duplicate_of"] for d in read_rows(on_spark, "documents")}
    assert linked["brand-odense-bureau"] == "brand-odense"
    assert [k for k, v in linked.items() if v] == ["brand-odense-bureau"]


def test_spark_records_failures_in_the_errors_table(outputs):
    _, on_spark, _, _ = outputs
    errors = read_rows(on_spark, "errors")
    assert [(e["input_file"], e["input_record"], e["stage"]) for e in errors] == [
        (0, 4, "read"),
        (0, 6, "dedup"),
        (0, 8, "read"),
        (0, 9, "analyze"),
        (1, 3, "read"),
        (3, 1, "read"),
    ]


def test_spark_output_does_not_depend_on_partitioning(outputs, corpus, tmp_path):
    _, on_spark, _, _ = outputs
    again = tmp_path / "igen"
    run_batch([corpus], again, engine="spark", master="local[2]", partitions=3)
    for table in TABLES:
        assert read_rows(again, table) == read_rows(on_spark, table), table


def test_a_spark_result_loads_into_the_store(outputs, tmp_path):
    _, on_spark, _, _ = outputs
    counts = load_batch(on_spark, str(tmp_path / "kronist.db"))
    assert (counts["stored"], counts["near_duplicates"], counts["failed"]) == (KEPT, 1, 0)
