"""The local engine: all cores of one machine (a process pool), writing as results arrive.

Splits are analysed in parallel, but their results are taken in input order, so de-duplication
is `Store.add`'s, document after document, and every table is written in input order.

Workers start as copies of this process once it has loaded the pipeline (`fork`), where that is
safe: on Linux, with no other thread of Python's running here and no Spark JVM started from here.
They then have nothing to load, where a worker started afresh (`spawn`, the fallback, and always
with `KRONIST_BATCH_START=spawn`) imports and loads everything again before its first document.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from kronist.batch.inputs import Split
from kronist.batch.neardup import InputOrderDedup
from kronist.batch.output import LocalSink
from kronist.batch.tables import error_sort_key, error_summary
from kronist.batch.worker import DocumentResult, ErrorResult, Result, process_split, warm_up


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_local(
    splits: list[Split],
    output: Path,
    workers: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Analyse and write every split; the counts of what was written. `progress(done, total)`
    hears of each split analysed."""
    sink = LocalSink(output)
    dedup = InputOrderDedup()
    errors: list[dict] = []
    near_duplicates = undated = 0
    for done, results in enumerate(_split_results(splits, workers), start=1):
        if progress is not None:
            progress(done, len(splits))
        for result in results:
            if isinstance(result, ErrorResult):
                errors.append(result.row)
                continue
            decision = _decide(dedup, result)
            if not decision.keep:
                errors.append(decision.error)
                continue
            near_duplicates += decision.duplicate_of is not None
            undated += result.document["published"] is None
            _write_document(sink, result, decision.duplicate_of, decision.similarity)
    for row in sorted(errors, key=error_sort_key):
        sink.write("errors", row)
    sink.close()
    counts = {"near_duplicates": near_duplicates, "undated": undated}
    return {**sink.counts, **counts, **error_summary(errors)}


def _split_results(splits: list[Split], workers: int) -> Iterator[list[Result]]:
    if workers <= 1 or len(splits) <= 1:
        warm_up()
        yield from map(process_split, splits)
        return
    with worker_pool(workers) as pool:
        yield from pool.map(process_split, splits)


def start_method() -> str:
    """The start method of the workers: "fork" where they can safely start as copies of this
    process, else "spawn"."""
    if os.environ.get("KRONIST_BATCH_START", "").strip().lower() == "spawn":
        return "spawn"
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return "spawn"  # macOS: system libraries that do not survive a fork; Windows: no fork
    # A lock that another Python thread holds would stay locked in the copies. (The thread
    # pools of native libraries, OpenBLAS's and jemalloc's, restart themselves in a fork.)
    if threading.active_count() > 1 or _jvm_started():
        return "spawn"
    return "fork"


def _jvm_started() -> bool:
    """Whether this process started a JVM for Spark (its gateway outlives `SparkContext.stop`)."""
    pyspark = sys.modules.get("pyspark")
    context = getattr(pyspark, "SparkContext", None)
    return context is not None and (
        getattr(context, "_gateway", None) is not None
        or getattr(context, "_active_spark_context", None) is not None
    )


@contextmanager
def worker_pool(workers: int, method: str | None = None) -> Iterator[ProcessPoolExecutor]:
    """A pool of `workers` processes with the pipeline loaded. With "fork" it is loaded here
    first (once; the copies share its memory until they write to it); with "spawn" each worker
    loads it in the pool's initializer."""
    chosen = method or start_method()
    initializer = warm_up
    if chosen == "fork":
        warm_up()
        if method is None and start_method() != "fork":
            chosen = "spawn"  # loading started a thread after all: the copies would inherit it
        else:
            initializer = _forked
    context = multiprocessing.get_context(chosen)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer) as pool:
        yield pool


def _forked() -> None:
    """A forked worker's start: its output goes to the real stdout and stderr again, not to a
    wrapper of the parent's (a progress display's, say)."""
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    warm_up()  # already done in the parent: costs nothing


def _decide(dedup: InputOrderDedup, result: DocumentResult):
    minhash = result.document["minhash"]
    return dedup.decide(
        result.id, result.content_hash, minhash, result.band_keys, result.order, result.path
    )


def _write_document(
    sink: LocalSink, result: DocumentResult, duplicate_of: str | None, similarity: float | None
) -> None:
    links = {"duplicate_of": duplicate_of, "similarity": similarity}
    sink.write("documents", result.document | links)
    for table in ("entities", "quotes"):
        for row in result.rows[table]:
            sink.write(table, row)
    for row in result.rows["events"]:
        sink.write("events", row | {"document_duplicate_of": duplicate_of})
