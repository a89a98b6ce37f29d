"""The local engine: all cores of one machine (a process pool), writing as results arrive.

Splits are analysed in parallel, but their results are taken in input order, so de-duplication
is `Store.add`'s, document after document, and every table is written in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
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
    # spawn: workers start clean (no threads or JVM inherited from the caller) and load the
    # pipeline once each in the initializer.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up) as pool:
        yield from pool.map(process_split, splits)


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
