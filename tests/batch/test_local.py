"""The local engine on a small corpus: tables, errors, de-duplication, determinism, loading."""

from __future__ import annotations

import io
import json
import sys
import threading
from pathlib import Path

import pytest
from tests.batch.batch_corpus import KEPT, read_rows, sorted_rows

from kronist.batch import BatchError, load_batch, run_batch
from kronist.batch.local import start_method, worker_pool
from kronist.store import Store

pytestmark = pytest.mark.slow  # runs the linguistic pipeline


@pytest.fixture(scope="module")
def local_output(corpus, tmp_path_factory):
    output = tmp_path_factory.mktemp("local") / "ud"
    result = run_batch([corpus], output, engine="local", workers=1)
    return output, result


def test_documents_are_written_in_input_order_with_their_analysis(local_output):
    output, result = local_output
    documents = read_rows(output, "documents")
    assert result.documents == len(documents) == KEPT
    orders = [(d["input_file"], d["input_record"]) for d in documents]
    assert orders == sorted(orders)
    assert [d["id"] for d in documents][:3] == ["aarhus-demo", "rusland-kritik", "brand-odense"]
    first = json.loads(documents[0]["analysis"])
    assert first["document"]["title"] == documents[0]["title"]
    assert result.events == len(read_rows(output, "events"))
    assert result.quotes == len(read_rows(output, "quotes"))


def test_the_wire_copy_is_linked_to_the_first_copy(local_output):
    output, result = local_output
    linked = {d["id"]: d["duplicate_of"] for d in read_rows(output, "documents")}
    assert linked["brand-odense-bureau"] == "brand-odense"
    assert sum(1 for v in linked.values() if v) == result.near_duplicates == 1
    for event in read_rows(output, "events"):
        assert event["document_duplicate_of"] == linked[event["document_id"]]


def test_records_that_fail_are_in_the_errors_table_and_the_batch_goes_on(local_output):
    output, result = local_output
    errors = [
        (Path(e["path"]).name, e["input_record"], e["stage"], e["fatal"])
        for e in read_rows(output, "errors")
    ]
    assert errors == [
        ("a-artikler.jsonl", 4, "read", True),  # broken JSON
        ("a-artikler.jsonl", 6, "dedup", False),  # exact copy of line 2
        ("a-artikler.jsonl", 8, "read", True),  # no text
        ("a-artikler.jsonl", 9, "analyze", True),  # a language without a pipeline
        ("b-arkiv.parquet", 3, "read", True),  # an empty row
        ("d-rapport.pdf", 1, "read", True),  # not an article format
    ]
    by_stage = {e["stage"]: e for e in read_rows(output, "errors")}
    assert by_stage["analyze"]["document_id"] == "fremmed"
    assert "zz" in by_stage["analyze"]["reason"]
    assert (result.errors, result.warnings, result.duplicates) == (5, 1, 1)


def test_running_again_writes_the_same_files(local_output, corpus, tmp_path):
    output, _ = local_output
    again = tmp_path / "igen"
    run_batch([corpus], again, engine="local", workers=1)
    files = sorted(p.relative_to(output) for p in output.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in files:
        assert (output / name).read_bytes() == (again / name).read_bytes(), name


def test_the_output_folder_is_overwritten(local_output, corpus):
    output, _ = local_output
    (output / "events" / "gammel.parquet").write_bytes(b"old")
    run_batch([corpus], output, engine="local", workers=1)
    assert not (output / "events" / "gammel.parquet").exists()


def test_load_puts_the_batch_in_the_store_with_the_stores_links(local_output, tmp_path):
    output, result = local_output
    db = str(tmp_path / "kronist.db")
    counts = load_batch(output, db)
    assert counts == {
        "documents": KEPT,
        "stored": KEPT,
        "near_duplicates": 1,
        "duplicates": 0,
        "failed": 0,
    }
    with Store(db) as store:
        stored = {d["id"]: d["duplicate_of"] for d in store.documents(limit=100)}
        assert store.stats()["events"] == result.events
    assert stored == {d["id"]: d["duplicate_of"] for d in read_rows(output, "documents")}
    again = load_batch(output, db)  # idempotent
    assert again["duplicates"] == KEPT and again["stored"] == 0


def test_load_refuses_a_folder_that_is_not_a_batch_result(tmp_path):
    with pytest.raises(BatchError, match="not a kronist batch result"):
        load_batch(tmp_path, str(tmp_path / "kronist.db"))


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_process_pool_writes_the_same_rows(local_output, corpus, tmp_path, monkeypatch, method):
    """Workers forked from this process, the pipeline loaded, or started afresh (spawn)."""
    if method == "spawn":
        monkeypatch.setenv("KRONIST_BATCH_START", "spawn")
    elif start_method() != "fork":
        pytest.skip("workers cannot be forked here (not Linux, or other threads running)")
    assert start_method() == method
    output, _ = local_output
    pooled = tmp_path / "pulje"
    run_batch([corpus], pooled, engine="local", workers=2, partitions=4)
    for table in ("documents", "entities", "quotes", "events", "errors"):
        assert read_rows(pooled, table) == read_rows(output, table), table
    assert sorted_rows(pooled, "events") == sorted_rows(output, "events")
    files = sorted(p.relative_to(output) for p in output.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(pooled) for p in pooled.rglob("*") if p.is_file())


FORKED_BATCH = """
import sys
from pathlib import Path
from kronist.batch import run_batch
from kronist.batch.local import start_method
print(start_method())
run_batch([Path(sys.argv[1])], Path(sys.argv[2]), engine="local", workers=2, partitions=4)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_fresh_process_forks_its_workers_and_writes_the_same_rows(local_output, corpus, tmp_path):
    """In a process of its own (no test runner's threads) the pool is forked, and its rows are
    the one-worker run's."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "KRONIST_BATCH_START"}
    forked = tmp_path / "forked"
    run = subprocess.run(
        [sys.executable, "-c", FORKED_BATCH, str(corpus), str(forked)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.splitlines()[0] == "fork"
    output, _ = local_output
    for table in ("documents", "entities", "quotes", "events", "errors"):
        assert read_rows(forked, table) == read_rows(output, table), table


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_only_while_no_other_thread_runs(monkeypatch):
    monkeypatch.delenv("KRONIST_BATCH_START", raising=False)
    if threading.active_count() > 1:
        pytest.skip("the test runner itself runs other threads")
    assert start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        other.join()
    assert start_method() == "fork"
    monkeypatch.setenv("KRONIST_BATCH_START", "spawn")
    assert start_method() == "spawn"


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_forked_worker_writes_to_the_real_stderr_and_has_the_pipeline(monkeypatch):
    monkeypatch.delenv("KRONIST_BATCH_START", raising=False)
    if start_method() != "fork":
        pytest.skip("workers cannot be forked here")
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a wrapper, as a progress display sets
    with worker_pool(1) as pool:
        stderr_is_real, warm = pool.submit(_child_state).result()
    assert stderr_is_real and warm


def _child_state() -> tuple[bool, bool]:
    from kronist.batch import worker

    return sys.stderr is sys.__stderr__, worker._warm
