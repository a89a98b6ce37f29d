"""A batch result on disk: one folder per table of Parquet files, and a manifest (`batch.json`).

    OUTPUT/documents/part-00000.parquet
    OUTPUT/entities/part-00000.parquet
    OUTPUT/quotes/part-00000.parquet
    OUTPUT/events/year=2025/month=3/part-00000.parquet    (Hive-style partitions: Spark's layout)
    OUTPUT/errors/part-00000.parquet
    OUTPUT/batch.json

Partition columns live in the folder names only, as Spark writes them; an unknown date goes to
`year=__HIVE_DEFAULT_PARTITION__`. DuckDB (`read_parquet('OUTPUT/events/**/*.parquet',
hive_partitioning=true)`), Spark (`spark.read.parquet`) and pyarrow/pandas read the folders.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from kronist.batch.tables import PARTITION_COLUMNS, TABLES, schema

MANIFEST = "batch.json"
FORMAT = "kronist-batch"
FORMAT_VERSION = 1
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
ROWS_PER_FILE = {"documents": 20_000}
DEFAULT_ROWS_PER_FILE = 500_000
BATCH_ROWS = 2_000


class BatchError(RuntimeError):
    """A batch cannot run or be loaded (bad output folder, not a batch result, missing engine)."""


def is_remote(output: str | Path) -> bool:
    return "://" in str(output)


def prepare_output(output: Path) -> None:
    """Make `output` ready to be (over)written: empty or a previous batch result, never anything
    else (a mistyped path must not wipe a folder of other files)."""
    if output.exists() and not output.is_dir():
        raise BatchError(f"{output} is a file, not a folder")
    if output.is_dir() and any(output.iterdir()) and not (output / MANIFEST).is_file():
        raise BatchError(
            f"{output} is not empty and is not a kronist batch result: choose another folder"
        )
    for table in TABLES:
        shutil.rmtree(output / table, ignore_errors=True)
    (output / MANIFEST).unlink(missing_ok=True)
    output.mkdir(parents=True, exist_ok=True)


def manifest(counts: dict[str, int], inputs: list[str]) -> str:
    from kronist import __version__

    record = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kronist": __version__,
        "tables": {table: list(PARTITION_COLUMNS.get(table, ())) for table in TABLES},
        "inputs": inputs,
        "counts": counts,
    }
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def read_manifest(output: Path) -> dict[str, Any]:
    path = output / MANIFEST
    if not path.is_file():
        raise BatchError(f"{output} is not a kronist batch result (no {MANIFEST})")
    record = json.loads(path.read_text(encoding="utf-8"))
    if record.get("format") != FORMAT or record.get("format_version", 0) > FORMAT_VERSION:
        raise BatchError(f"{path}: not a batch result this kronist can read")
    return record


def partition_folder(values: tuple[Any, ...], names: tuple[str, ...]) -> str:
    return "/".join(
        f"{name}={HIVE_NULL if value is None else value}"
        for name, value in zip(names, values, strict=True)
    )


class _RollingWriter:
    """Parquet files part-00000, part-00001, ... of at most `rows_per_file` rows each."""

    def __init__(self, folder: Path, file_schema: pa.Schema, rows_per_file: int) -> None:
        self.folder = folder
        self.schema = file_schema
        self.rows_per_file = rows_per_file
        self.buffer: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = None
        self.files = 0
        self.rows_in_file = 0

    def append(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        while self.buffer:
            if self.writer is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                path = self.folder / f"part-{self.files:05d}.parquet"
                self.writer = pq.ParquetWriter(path, self.schema)
                self.files += 1
                self.rows_in_file = 0
            room = self.rows_per_file - self.rows_in_file
            chunk, self.buffer = self.buffer[:room], self.buffer[room:]
            self.writer.write_table(pa.Table.from_pylist(chunk, schema=self.schema))
            self.rows_in_file += len(chunk)
            if self.rows_in_file >= self.rows_per_file:
                self.writer.close()
                self.writer = None

    def close(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class LocalSink:
    """Writes the tables row by row, in the order rows arrive (the local engine's input order)."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.writers: dict[tuple[str, str], _RollingWriter] = {}
        self.counts = dict.fromkeys(TABLES, 0)

    def write(self, table: str, row: dict[str, Any]) -> None:
        names = PARTITION_COLUMNS.get(table, ())
        folder = partition_folder(tuple(row[n] for n in names), names) if names else ""
        writer = self.writers.get((table, folder))
        if writer is None:
            file_schema = file_schema_of(table)
            rows = ROWS_PER_FILE.get(table, DEFAULT_ROWS_PER_FILE)
            writer = _RollingWriter(self.output / table / folder, file_schema, rows)
            self.writers[(table, folder)] = writer
        writer.append(row)
        self.counts[table] += 1

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()
        for table in TABLES:
            if not self.counts[table]:
                write_empty(self.output / table, table)


def file_schema_of(table: str) -> pa.Schema:
    """The columns stored inside the files (partition columns are folder names)."""
    full = schema(table)
    names = PARTITION_COLUMNS.get(table, ())
    return pa.schema([f for f in full if f.name not in names])


def write_empty(folder: Path, table: str) -> None:
    """An empty table is one file with the schema, so readers still know the columns."""
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(schema(table).empty_table(), folder / "part-00000.parquet")
