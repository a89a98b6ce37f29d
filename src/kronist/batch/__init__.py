"""Batch analysis beyond one process: many articles in, partitioned Parquet tables out.

    result = run_batch([Path("arkiv/")], Path("ud/"), engine="spark")   # or engine="local"
    load_batch(Path("ud/"), db="postgresql://...")                      # into the store

Both engines run the same per-document code (`kronist.batch.worker`) and the store's
de-duplication rules (`kronist.batch.neardup`), and write the same rows: documents (with the
whole analysis as JSON, `duplicate_of` and `similarity`), entities, quotes, events (partitioned
by year and month of the event date) and errors (records that could not be read or analysed,
and documents not kept). See `kronist.batch.output` for the layout.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronist.batch.inputs import MAX_SPLIT_BYTES, list_inputs, plan_splits, split_bytes_for
from kronist.batch.output import (
    MANIFEST,
    BatchError,
    is_remote,
    manifest,
    prepare_output,
    read_manifest,
)
from kronist.batch.tables import ORDER_COLUMNS

ENGINES = ("local", "spark")
Progress = Callable[[int, int], None]
SPLITS_PER_WORKER = 4  # several splits per worker even out documents of different lengths

__all__ = ["ENGINES", "BatchError", "BatchResult", "load_batch", "run_batch"]


@dataclass(frozen=True)
class BatchResult:
    documents: int  # documents written (exact duplicates and refused documents not counted)
    events: int
    quotes: int
    errors: int  # records that gave no document: unreadable, failed analysis, id conflicts
    seconds: float
    entities: int = 0
    warnings: int = 0  # notes about records that were kept (and exact duplicates left out)
    duplicates: int = 0  # exact duplicates left out
    near_duplicates: int = 0  # documents written with `duplicate_of` set
    undated: int = 0  # documents written without a publication date
    output: str = ""
    engine: str = ""


def run_batch(
    inputs: list[Path],
    output: Path | str,
    engine: str = "local",
    master: str | None = None,
    partitions: int | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    published: tuple[dt.date | None, str | None] = (None, None),
) -> BatchResult:
    """Analyse every article in `inputs` (files and folders) and write the tables to `output`.

    `engine="local"`: a process pool of `workers` processes (default: all cores).
    `engine="spark"`: Spark on `master` (default: the spark-submit master, else `local[*]`, or
    `local[workers]`). `partitions`: how many parts the input is cut into (default: a few per
    worker). `published`: (date, precision) for documents that carry no date of their own. The
    output folder is overwritten if it holds a previous batch result. `progress(done, total)`
    is called as parts of the input are analysed (local: splits; Spark: tasks of the jobs
    started so far).
    """
    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine!r} (use one of {', '.join(ENGINES)})")
    if (partitions is not None and partitions < 1) or (workers is not None and workers < 1):
        raise BatchError("--partitions and --workers must be at least 1")
    started = time.perf_counter()
    files = list_inputs(inputs, exclude=None if is_remote(output) else output)
    if not files:
        raise BatchError("no input files")
    if engine == "local":
        counts = _run_local(files, output, partitions, workers, progress, published)
    else:
        counts = _run_spark(files, output, master, partitions, workers, progress, published)
    seconds = time.perf_counter() - started
    return BatchResult(
        documents=counts["documents"],
        events=counts["events"],
        quotes=counts["quotes"],
        errors=counts["failed"],
        seconds=round(seconds, 3),
        entities=counts["entities"],
        warnings=counts["warnings"],
        duplicates=counts["duplicates"],
        near_duplicates=counts["near_duplicates"],
        undated=counts.get("undated", 0),
        output=str(output),
        engine=engine,
    )


def _plan(files, partitions: int | None, parallelism: int, published=(None, None)):
    target = partitions or SPLITS_PER_WORKER * parallelism
    date, precision = published
    splits = [
        dataclasses.replace(split, published=date, published_precision=precision)
        for split in plan_splits(files, split_bytes_for(files, target))
    ]
    total_bytes = sum(f.size for f in files)
    slices = partitions or max(target, math.ceil(total_bytes / MAX_SPLIT_BYTES))
    return splits, slices


def _run_local(
    files,
    output,
    partitions: int | None,
    workers: int | None,
    progress: Progress | None,
    published=(None, None),
) -> dict[str, int]:
    from kronist.batch.local import default_workers, run_local

    if is_remote(output):
        raise BatchError("the local engine writes to a local folder; use --engine spark for URLs")
    output = Path(output)
    workers = workers or default_workers()
    splits, _slices = _plan(files, partitions, workers, published)
    prepare_output(output)
    counts = run_local(splits, output, workers, progress)
    (output / MANIFEST).write_text(_manifest(counts, files), encoding="utf-8")
    return counts


def _run_spark(
    files,
    output,
    master: str | None,
    partitions: int | None,
    workers: int | None,
    progress: Progress | None,
    published=(None, None),
) -> dict[str, int]:
    from kronist.batch.spark import HadoopFiles, is_local_master, run_spark, spark_session

    try:
        spark, started_here = spark_session(master, workers)
    except ImportError as error:  # pyspark is an optional dependency
        message = f"the Spark engine needs pyspark: pip install 'kronist[spark]' ({error})"
        raise BatchError(message) from None
    try:
        parallelism = spark.sparkContext.defaultParallelism
        splits, slices = _plan(files, partitions, parallelism, published)
        if is_local_master(spark) and not is_remote(output):
            folder = Path(output).resolve()
            prepare_output(folder)
            counts = run_spark(spark, splits, folder.as_uri(), slices, progress)
            (folder / MANIFEST).write_text(_manifest(counts, files), encoding="utf-8")
        else:
            target = HadoopFiles(spark, str(output))
            target.check_overwritable()
            counts = run_spark(spark, splits, str(output), slices, progress)
            target.write_text(MANIFEST, _manifest(counts, files))
        return counts
    finally:
        if started_here:
            spark.stop()


def _manifest(counts: dict[str, int], files) -> str:
    return manifest(counts, [f.path for f in files])


def load_batch(output: Path, db: str | None = None) -> dict[str, int]:
    """Put a batch result into the store, document after document in input order, with
    `Store.add` (so the store's de-duplication and idempotency hold: loading twice adds nothing).

    Returns counts: documents (read from the batch), stored (new in the store, near-duplicates
    included), near_duplicates, duplicates (already in the store), failed.
    """
    from kronist.model import Analysis
    from kronist.store import Store

    output = Path(output)
    read_manifest(output)
    counts = dict.fromkeys(("documents", "stored", "near_duplicates", "duplicates", "failed"), 0)
    with Store(db) as store:
        for analysis_json in _analyses_in_input_order(output / "documents"):
            counts["documents"] += 1
            try:
                result = store.add(Analysis.model_validate_json(analysis_json))
            except Exception:  # e.g. an id the store already holds for another text
                counts["failed"] += 1
                continue
            if result.status == "duplicate":
                counts["duplicates"] += 1
            else:
                counts["stored"] += 1
                counts["near_duplicates"] += result.status == "near_duplicate"
        if counts["stored"]:
            store.optimize()  # the query planner's statistics, for the store's new size
    return counts


def _analyses_in_input_order(folder: Path) -> Iterator[str]:
    """The `analysis` column, in input order, one file in memory at a time (both engines write
    the documents in input order across files; a file whose rows overlap another's is refused)."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    order = list(ORDER_COLUMNS)
    fragments = []
    for fragment in ds.dataset(folder, format="parquet").get_fragments():
        keys = fragment.to_table(columns=order)
        if keys.num_rows:
            first = _key(keys, pc.min)
            last = _key(keys, pc.max)
            fragments.append((first, last, fragment))
    fragments.sort(key=lambda item: item[0])
    previous_last: Any = None
    for first, last, fragment in fragments:
        if previous_last is not None and first <= previous_last:
            raise BatchError(f"{folder}: documents files overlap in input order; rewrite the batch")
        previous_last = last
        table = fragment.to_table(columns=[*order, "analysis"])
        table = table.sort_by([(name, "ascending") for name in order])
        yield from table.column("analysis").to_pylist()


def _key(keys, reduce) -> tuple[int, int]:
    """The smallest (or largest) (input_file, input_record) in a table of keys."""
    import pyarrow.compute as pc

    file = reduce(keys.column("input_file")).as_py()
    records = keys.filter(pc.equal(keys.column("input_file"), file)).column("input_record")
    return file, reduce(records).as_py()
