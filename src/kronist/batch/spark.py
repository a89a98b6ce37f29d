"""The Spark engine: the same per-document code path, distributed by Apache Spark (PySpark).

The splits are parallelized and each Spark partition runs `worker.process_splits` (the pipeline
is loaded once per Python worker, and Spark reuses its Python workers across tasks). Each result
becomes one row of a staged DataFrame (the document's rows as nested lists), persisted once: the
rest runs in Spark without Python. The store's de-duplication is done with joins on MinHash band
keys, and every table is written sorted, so the output does not depend on task scheduling.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa

from kronist import dedup
from kronist.batch.inputs import Split
from kronist.batch.neardup import exact_duplicate_error, id_conflict_error
from kronist.batch.output import MANIFEST, BatchError
from kronist.batch.tables import (
    ITEM_COLUMN,
    ORDER_COLUMNS,
    PARTITION_COLUMNS,
    as_tuple,
    error_sort_key,
    error_summary,
    item_schema,
    schema,
)
from kronist.batch.worker import DocumentResult, Result, process_splits

ORDER = list(ORDER_COLUMNS)
LOG_CONFIG = Path(__file__).with_name("spark-log4j2.properties")
# A session kronist starts keeps Spark's own output to errors: kronist shows the progress.
QUIET_SPARK = {
    "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}",
    "spark.ui.showConsoleProgress": "false",
}
ANALYSIS_TABLES = ("entities", "quotes", "events")

# --- session -------------------------------------------------------------------------------------


def spark_session(master: str | None, workers: int | None):
    """The active SparkSession, or a new one (the caller stops what it started).

    Without `master`: the one spark-submit configured, else `local[workers]` (all cores).
    """
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        if master and master != active.sparkContext.master:
            raise BatchError(
                f"a Spark session on {active.sparkContext.master} is already running; "
                f"cannot start one on {master}"
            )
        return active, False
    if master is None and not SparkConf().contains("spark.master"):
        master = f"local[{workers or '*'}]"
    builder = SparkSession.builder.appName("kronist batch")
    for key, value in QUIET_SPARK.items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        # Local Python workers must be this interpreter (the one kronist is installed in).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session, True


def is_local_master(spark) -> bool:
    return spark.sparkContext.master.startswith("local")


# --- Arrow -> Spark types ------------------------------------------------------------------------


def spark_type(arrow: pa.DataType):
    from pyspark.sql import types as T

    if pa.types.is_struct(arrow):
        return spark_schema(pa.schema(list(arrow)))
    if pa.types.is_list(arrow):
        return T.ArrayType(spark_type(arrow.value_type))
    simple = {
        pa.string(): T.StringType(),
        pa.int32(): T.IntegerType(),
        pa.int64(): T.LongType(),
        pa.float64(): T.DoubleType(),
        pa.bool_(): T.BooleanType(),
        pa.date32(): T.DateType(),
        pa.binary(): T.BinaryType(),
    }
    return simple[arrow]


def spark_schema(arrow_schema: pa.Schema):
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, spark_type(f.type), True) for f in arrow_schema])


def _struct(table_schema: pa.Schema) -> pa.DataType:
    return pa.struct(list(table_schema))


# One row per result: an error, or a document with its key columns and all its rows.
STAGE_SCHEMA = pa.schema(
    [
        pa.field("input_file", pa.int32()),
        pa.field("input_record", pa.int64()),
        pa.field("error", _struct(schema("errors"))),
        pa.field("id", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("path", pa.string()),
        pa.field("signature", pa.list_(pa.int64())),
        pa.field("band_keys", pa.list_(pa.string())),
        pa.field("document", _struct(schema("documents"))),
        *(pa.field(t, pa.list_(_struct(item_schema(t)))) for t in ANALYSIS_TABLES),
    ]
)


def stage_row(result: Result) -> tuple:
    """A worker's result as a STAGE_SCHEMA row (runs in the Python workers)."""
    if not isinstance(result, DocumentResult):
        row = result.row
        error = as_tuple(row, schema("errors"))
        return (row["input_file"], row["input_record"], error, *[None] * 6, [], [], [])
    signature = dedup.from_bytes(result.document["minhash"]).tolist()
    return (
        *result.order,
        None,
        result.id,
        result.content_hash,
        result.path,
        signature,
        result.band_keys,
        as_tuple(result.document, schema("documents")),
        *(_items(result.rows[t], item_schema(t)) for t in ANALYSIS_TABLES),
    )


def _items(rows: list[dict[str, Any]], table_schema: pa.Schema) -> list[tuple]:
    return [as_tuple(row | {ITEM_COLUMN: item}, table_schema) for item, row in enumerate(rows)]


# --- the job -------------------------------------------------------------------------------------


def run_spark(
    spark, splits: list[Split], output: str, partitions: int, progress=None
) -> dict[str, int]:
    """Analyse and write every split on Spark. The joins, windows and writes after the analysis
    use as many partitions as the input has (Spark's default of 200 is for big shuffles, not for
    a few documents); `progress(done, total)` hears of Spark's tasks as they finish."""
    from pyspark import StorageLevel

    slices = max(1, min(len(splits), partitions))
    shuffle = "spark.sql.shuffle.partitions"
    previous = spark.conf.get(shuffle)
    spark.conf.set(shuffle, str(slices))
    watcher = TaskProgress(spark.sparkContext, progress) if progress else None
    results = spark.sparkContext.parallelize(splits, slices).mapPartitions(process_splits)
    stage = spark.createDataFrame(
        results.map(stage_row), spark_schema(STAGE_SCHEMA), verifySchema=False
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        return _write_tables(stage, output)
    finally:
        stage.unpersist()
        spark.conf.set(shuffle, previous)
        if watcher:
            watcher.stop()


class TaskProgress:
    """Reports the tasks of the Spark jobs started since it was made, from a polling thread."""

    def __init__(self, context, progress, interval: float = 0.5) -> None:
        import threading

        self.context = context
        self.progress = progress
        self.interval = interval
        self.known_jobs = set(context.statusTracker().getJobIdsForGroup())
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _counts(self) -> tuple[int, int]:
        """Completed and all tasks of the stages that have started (a cached stage that a later
        job skips never starts, and a stage shared by jobs counts once)."""
        tracker = self.context.statusTracker()
        stage_ids = set()
        for job_id in tracker.getJobIdsForGroup():
            job = tracker.getJobInfo(job_id) if job_id not in self.known_jobs else None
            stage_ids.update(job.stageIds if job else ())
        done = total = 0
        for stage_id in stage_ids:
            stage = tracker.getStageInfo(stage_id)
            if stage and stage.numActiveTasks + stage.numCompletedTasks + stage.numFailedTasks:
                done += stage.numCompletedTasks
                total += stage.numTasks
        return done, total

    def _run(self) -> None:
        while not self.stopped.wait(self.interval):
            done, total = self._counts()
            if total:
                self.progress(done, total)

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()
        done, total = self._counts()
        if total:
            self.progress(total, total)


def _write_tables(stage, output: str) -> dict[str, int]:
    from pyspark.sql import functions as F

    # The first job runs the analysis (and fills the cache).
    errors = [r.asDict() for r in stage.where("error IS NOT NULL").select("error.*").collect()]
    ranked = _rank_copies(stage.where("error IS NULL")).cache()
    errors += _not_kept_errors(ranked)
    kept = ranked.where("hash_rank = 1 AND id_rank = 1")
    links = _first_copies(_best_copies(kept))
    placed = (
        kept.select(*ORDER, "id")
        .join(links, "id", "left")
        .select(*ORDER, F.col("parent").alias("duplicate_of"), "similarity")
        .cache()
    )
    counts = _counts(stage, placed)
    _write_documents(stage, placed, output)
    for table in ("entities", "quotes"):
        _write_analysis_table(stage, placed, output, table)
    _write_events(stage, placed, output, empty=counts["events"] == 0)
    errors.sort(key=error_sort_key)
    _write_errors(stage.sparkSession, errors, output)
    placed.unpersist()
    ranked.unpersist()
    return counts | {"errors": len(errors)} | error_summary(errors)


def _rank_copies(documents):
    """hash_rank: 1 for the first document with its text; id_rank: 1 for the first of those
    with its id. The store keeps the documents ranked 1 and 1."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    keys = documents.select(*ORDER, "id", "content_hash", "path", "signature", "band_keys")
    by_hash = Window.partitionBy("content_hash").orderBy(*ORDER)
    ranked = keys.withColumn("hash_rank", F.row_number().over(by_hash)).withColumn(
        "first_id", F.first("id").over(by_hash)
    )
    by_id = Window.partitionBy("id", F.col("hash_rank") == 1).orderBy(*ORDER)
    return ranked.withColumn("id_rank", F.row_number().over(by_id))


def _not_kept_errors(ranked) -> list[dict[str, Any]]:
    rows = ranked.where("hash_rank > 1 OR id_rank > 1").select(
        *ORDER, "path", "id", "first_id", "hash_rank"
    )
    return [
        exact_duplicate_error((r.input_file, r.input_record), r.path, r.id, r.first_id)
        if r.hash_rank > 1
        else id_conflict_error((r.input_file, r.input_record), r.path, r.id)
        for r in rows.collect()
    ]


def _best_copies(kept):
    """(id, parent, similarity): each document's best earlier copy sharing a band key."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    bands = kept.select(*ORDER, "id", F.explode("band_keys").alias("band_key"))
    a, b = bands.alias("a"), bands.alias("b")
    earlier = (F.col("a.input_file") < F.col("b.input_file")) | (
        (F.col("a.input_file") == F.col("b.input_file"))
        & (F.col("a.input_record") < F.col("b.input_record"))
    )
    pairs = (
        a.join(b, "band_key")
        .where(earlier)
        .select(
            F.col("a.id").alias("parent"),
            F.col("a.input_file").alias("parent_file"),
            F.col("a.input_record").alias("parent_record"),
            F.col("b.id").alias("id"),
        )
        .distinct()
    )
    signatures = kept.select("id", "signature")
    parent_signatures = signatures.select(
        F.col("id").alias("parent"), F.col("signature").alias("parent_signature")
    )
    same = "zip_with(signature, parent_signature, (x, y) -> x = y)"
    scored = (
        pairs.join(signatures, "id")
        .join(parent_signatures, "parent")
        .withColumn(
            "similarity",
            F.expr(f"size(filter({same}, z -> z))").cast("double") / F.lit(dedup.NUM_PERM),
        )
        .where(F.col("similarity") >= dedup.THRESHOLD)
    )
    best = Window.partitionBy("id").orderBy(F.desc("similarity"), "parent_file", "parent_record")
    return (
        scored.withColumn("rank", F.row_number().over(best))
        .where("rank = 1")
        .select("id", "parent", "similarity")
    )


def _first_copies(links):
    """Follow every link to the first copy (pointer jumping: the chain halves each round)."""
    from pyspark.sql import functions as F

    while True:
        parents = links.select(F.col("id").alias("parent"), F.col("parent").alias("grandparent"))
        step = links.join(parents, "parent", "left")
        if step.where(F.col("grandparent").isNotNull()).isEmpty():
            return links
        links = step.select(
            "id", F.coalesce("grandparent", "parent").alias("parent"), "similarity"
        ).localCheckpoint()


def _counts(stage, placed) -> dict[str, int]:
    """What will be written, counted in one job."""
    from pyspark.sql import functions as F

    undated = F.col("document.published").isNull().cast("int").alias("undated")
    sizes = stage.select(*ORDER, *(F.size(t).alias(t) for t in ANALYSIS_TABLES), undated)
    totals = [F.coalesce(F.sum(t), F.lit(0)).alias(t) for t in (*ANALYSIS_TABLES, "undated")]
    row = (
        placed.join(sizes, ORDER)
        .agg(
            F.count(F.lit(1)).alias("documents"),
            F.count("duplicate_of").alias("near_duplicates"),
            *totals,
        )
        .first()
    )
    return {name: int(value) for name, value in row.asDict().items()}


def _rows_of(stage, table: str):
    """A table's rows with the columns that sort them: input_file, input_record, item."""
    from pyspark.sql import functions as F

    return stage.select(*ORDER, F.explode(table).alias("row")).select(*ORDER, "row.*")


def _write_documents(stage, placed, output: str) -> None:
    """Sorted across files too (range partitioning): `load_batch` reads them file by file."""
    documents = (
        stage.where("error IS NULL")
        .select("document.*")
        .drop("duplicate_of", "similarity")
        .join(placed, ORDER)
        .orderBy(*ORDER)
        .select(*schema("documents").names)
    )
    _write(documents, output, "documents")


def _write_analysis_table(stage, placed, output: str, table: str) -> None:
    rows = (
        _rows_of(stage, table)
        .join(placed.select(*ORDER), ORDER, "left_semi")
        .repartition(*ORDER)
        .sortWithinPartitions(*ORDER, ITEM_COLUMN)
        .select(*schema(table).names)
    )
    _write(rows, output, table)


def _write_events(stage, placed, output: str, empty: bool) -> None:
    from pyspark.sql import functions as F

    partitions = list(PARTITION_COLUMNS["events"])
    duplicate_of = placed.select(*ORDER, F.col("duplicate_of").alias("document_duplicate_of"))
    events = (
        _rows_of(stage, "events")
        .drop("document_duplicate_of")
        .join(duplicate_of, ORDER)
        .repartition(*partitions)
        .sortWithinPartitions(*partitions, *ORDER, ITEM_COLUMN)
        .select(*schema("events").names)
    )
    # No events: one empty file with the columns (Spark writes no file for an empty partitioned
    # table, and readers could not tell the schema).
    _write(events, output, "events", None if empty else partitions)


def _write_errors(spark, rows: list[dict[str, Any]], output: str) -> None:
    tuples = [as_tuple(row, schema("errors")) for row in rows]
    frame = spark.createDataFrame(tuples, spark_schema(schema("errors")), verifySchema=False)
    _write(frame.coalesce(1), output, "errors")


def _write(frame, output: str, table: str, partition_by: list[str] | None = None) -> None:
    writer = frame.write.mode("overwrite").option("compression", "snappy")
    if partition_by:
        writer = writer.partitionBy(*partition_by)
    writer.parquet(f"{output.rstrip('/')}/{table}")


# --- files beside the tables (local folder or any Hadoop filesystem) -----------------------------


class HadoopFiles:
    """Small file operations through Spark's Hadoop filesystem (HDFS, S3A, file:...)."""

    def __init__(self, spark, root: str) -> None:
        self.jvm = spark.sparkContext._jvm
        self.root = root.rstrip("/")
        path = self.jvm.org.apache.hadoop.fs.Path(self.root)
        self.fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())

    def _path(self, name: str = ""):
        return self.jvm.org.apache.hadoop.fs.Path(f"{self.root}/{name}" if name else self.root)

    def check_overwritable(self) -> None:
        root = self._path()
        if not self.fs.exists(root):
            return
        if not self.fs.getFileStatus(root).isDirectory():
            raise BatchError(f"{self.root} is a file, not a folder")
        if len(self.fs.listStatus(root)) > 0 and not self.fs.exists(self._path(MANIFEST)):
            raise BatchError(
                f"{self.root} is not empty and is not a kronist batch result: choose another folder"
            )
        self.fs.delete(self._path(MANIFEST), False)

    def write_text(self, name: str, text: str) -> None:
        stream = self.fs.create(self._path(name), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()
