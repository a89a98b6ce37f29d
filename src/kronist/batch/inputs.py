"""Batch inputs: the files to read, cut into splits that any worker can read on its own.

Files are listed in the order `kronist.ingest.read_paths` reads them (folders recursively,
sorted, hidden files skipped). JSONL and Parquet files are read here, record by record, so a big
file can be cut into several splits (line-aligned byte ranges of a JSONL file, row ranges of a
Parquet file); every other format goes whole to `kronist.ingest.read_file`. Every worker reads the
same absolute paths: on a cluster the inputs must be on a filesystem all workers mount.
"""

from __future__ import annotations

import datetime as dt
import gzip
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kronist.ingest import (
    DEFAULT_MAX_BYTES,
    IngestError,
    ReadError,
    candidates,  # the listing read_paths uses: same file order
    read_file,
)
from kronist.ingest.decoding import decode_text, looks_binary
from kronist.ingest.fields import with_default_published
from kronist.ingest.records import document_from_record, parse_json_line
from kronist.model import Document

Item = Document | ReadError
MIN_SPLIT_BYTES = 16_000
MAX_SPLIT_BYTES = 16_000_000
SCAN_BLOCK = 1 << 22
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Split:
    """A part of one input file: `start`/`stop` are byte offsets (JSONL) or rows (Parquet);
    `stop` -1 reads to the end. `first_record` is the number of the split's first record."""

    file: int
    path: str
    kind: str  # "jsonl", "parquet", "ingest" (any other format) or "unlisted" (a listing error)
    start: int = 0
    stop: int = -1
    first_record: int = 1
    message: str = ""
    published: dt.date | None = None  # for documents that carry no date (`--published`)
    published_precision: str | None = None


@dataclass(frozen=True)
class InputFile:
    number: int
    path: str
    kind: str
    size: int = 0
    message: str = ""


def list_inputs(inputs: Iterable[str | Path], exclude: str | Path | None = None) -> list[InputFile]:
    """The input files in reading order, with absolute paths; files under `exclude` (the output
    folder, when it lies inside an input folder) are left out."""
    absolute = ["-" if str(p) == "-" else os.path.abspath(p) for p in inputs]
    listed = candidates(absolute)
    if exclude is not None:
        skipped = Path(os.path.abspath(exclude))
        listed = (c for c in listed if not _is_under(c, skipped))
    files = []
    for number, candidate in enumerate(listed):
        if isinstance(candidate, ReadError):
            files.append(InputFile(number, candidate.path, "unlisted", message=candidate.message))
        elif candidate == "-":
            message = "standard input cannot be read by a batch job; give files or folders"
            files.append(InputFile(number, "-", "unlisted", message=message))
        else:
            size = _size(candidate)
            kind = file_kind(candidate) if size else "ingest"  # ingest reports missing/empty
            files.append(InputFile(number, str(candidate), kind, size))
    return files


def _is_under(candidate: object, folder: Path) -> bool:
    return isinstance(candidate, Path) and candidate.is_relative_to(folder)


def file_kind(path: str | Path) -> str:
    name = Path(path).name.lower()
    if name.endswith(".parquet"):
        return "parquet"
    if name.removesuffix(".gz").endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "ingest"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- planning ------------------------------------------------------------------------------------


def split_bytes_for(files: list[InputFile], target_splits: int) -> int:
    total = sum(f.size for f in files)
    return min(MAX_SPLIT_BYTES, max(MIN_SPLIT_BYTES, total // max(1, target_splits)))


def plan_splits(files: list[InputFile], split_bytes: int) -> list[Split]:
    """Splits of about `split_bytes` each (whole files where a file cannot be cut)."""
    splits: list[Split] = []
    for f in files:
        if f.kind == "unlisted":
            splits.append(Split(f.number, f.path, f.kind, message=f.message))
        elif f.size > split_bytes and f.kind == "jsonl" and not f.path.lower().endswith(".gz"):
            splits.extend(_jsonl_splits(f, split_bytes))
        elif f.size > split_bytes and f.kind == "parquet":
            splits.extend(_parquet_splits(f, split_bytes))
        else:
            splits.append(Split(f.number, f.path, f.kind))
    return splits


def _jsonl_splits(f: InputFile, split_bytes: int) -> list[Split]:
    try:
        with open(f.path, "rb") as stream:
            cuts = line_aligned_cuts(stream, f.size, split_bytes)
    except OSError:
        return [Split(f.number, f.path, f.kind)]  # the reader reports the error
    stops = [start for start, _line in cuts[1:]] + [-1]
    return [
        Split(f.number, f.path, f.kind, start, stop, line)
        for (start, line), stop in zip(cuts, stops, strict=True)
    ]


def line_aligned_cuts(stream, size: int, split_bytes: int) -> list[tuple[int, int]]:
    """(byte offset, line number) of the first line starting at or after every `split_bytes`."""
    cuts = [(0, 1)]
    base = newlines = 0
    target = split_bytes
    while target < size and (block := stream.read(SCAN_BLOCK)):
        counted = 0
        while target - 1 < base + len(block):
            newline = block.find(b"\n", max(0, target - 1 - base))
            if newline < 0:
                break
            newlines += block.count(b"\n", counted, newline + 1)
            counted = newline + 1
            start = base + newline + 1
            if start < size:
                cuts.append((start, newlines + 1))
            target = start + split_bytes
        newlines += block.count(b"\n", counted)
        base += len(block)
    return cuts


def _parquet_splits(f: InputFile, split_bytes: int) -> list[Split]:
    import pyarrow.parquet as pq

    try:
        rows = pq.ParquetFile(f.path).metadata.num_rows
    except Exception:  # a broken file: the reader reports it
        return [Split(f.number, f.path, f.kind)]
    parts = max(1, min(rows, math.ceil(f.size / split_bytes)))
    step = math.ceil(rows / parts) if rows else 1
    return [
        Split(f.number, f.path, f.kind, start, min(start + step, rows), start + 1)
        for start in range(0, max(rows, 1), step)
    ]


# --- reading -------------------------------------------------------------------------------------


def read_split(split: Split, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, Item]]:
    """(record number, Document or ReadError) for every record of the split, in file order.
    Warnings come before the document they are about, with its record number."""
    if split.kind == "unlisted":
        yield split.first_record, ReadError(split.path, split.message)
    else:
        for number, item in _read_items(split, max_bytes):
            if isinstance(item, Document):
                item = with_default_published(item, split.published, split.published_precision)
            yield number, item


def _read_items(split: Split, max_bytes: int) -> Iterator[tuple[int, Item]]:
    if split.kind == "jsonl":
        yield from _guarded(split, _read_jsonl(split, max_bytes))
    elif split.kind == "parquet":
        yield from _guarded(split, _read_parquet(split))
    else:
        yield from _read_other(split, max_bytes)


def _guarded(split: Split, items: Iterator[tuple[int, Item]]) -> Iterator[tuple[int, Item]]:
    """Errors opening or reading the file as kronist.ingest words them; the batch goes on."""
    number = split.first_record
    try:
        for number, item in items:
            yield number, item
    except FileNotFoundError:
        yield number, ReadError(split.path, "no such file or directory")
    except OSError as error:
        yield number, ReadError(split.path, f"cannot read: {(error.strerror or error)}".lower())
    except Exception as error:  # a parser library failing on odd input must not stop a batch
        yield number, ReadError(split.path, f"could not read ({type(error).__name__}: {error})")


def _read_jsonl(split: Split, max_bytes: int) -> Iterator[tuple[int, Item]]:
    compressed = split.path.lower().endswith(".gz")
    with gzip.open(split.path, "rb") if compressed else open(split.path, "rb") as stream:
        stream.seek(split.start)
        number = split.first_record - 1
        warned = False
        while split.stop < 0 or stream.tell() < split.stop:
            raw = stream.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                _skip_line(stream)
                message = f"line longer than the limit of {max_bytes} bytes"
                yield number, ReadError(split.path, message, line=number)
                continue
            if not raw.strip():
                continue
            if looks_binary(raw):  # not JSON Lines at all: stop, as kronist.ingest does
                yield number, ReadError(split.path, "binary file, not text", line=number)
                return
            text, warning = decode_text(raw)
            if warning and not warned:
                warned = True
                message = f"{warning} (from this line on)"
                yield number, ReadError(split.path, message, line=number, fatal=False)
            yield from ((number, item) for item in _jsonl_record(text, split.path, number))


def _skip_line(stream) -> None:
    while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
        pass


def _jsonl_record(text: str, path: str, number: int) -> Iterator[Item]:
    try:
        document, warnings = document_from_record(parse_json_line(text), path)
    except IngestError as error:
        yield ReadError(path, str(error), line=number)
        return
    for message in warnings:
        yield ReadError(path, message, line=number, fatal=False)
    yield document


def _read_parquet(split: Split) -> Iterator[tuple[int, Item]]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(split.path)
    first_row = 0
    for group in range(parquet.num_row_groups):
        rows = parquet.metadata.row_group(group).num_rows
        group_range = range(first_row, first_row + rows)
        first_row += rows
        if group_range.stop <= split.start:
            continue
        if 0 <= split.stop <= group_range.start:
            return
        records = parquet.read_row_group(group).to_pylist()
        for row, record in zip(group_range, records, strict=True):
            if row >= split.start and (split.stop < 0 or row < split.stop):
                items = _parquet_record(record, split.path, row + 1)
                yield from ((row + 1, item) for item in items)


def _parquet_record(record: dict, path: str, number: int) -> Iterator[Item]:
    try:
        document, warnings = document_from_record(record, path)
    except IngestError as error:
        yield ReadError(path, f"row {number}: {error}")
        return
    for message in warnings:
        yield ReadError(path, f"row {number}: {message}", fatal=False)
    yield document


def _read_other(split: Split, max_bytes: int) -> Iterator[tuple[int, Item]]:
    """A file for kronist.ingest: documents and errors numbered in order; warnings take the
    number of the document after them."""
    number = 0
    warnings: list[ReadError] = []
    for item in read_file(split.path, max_bytes=max_bytes):
        if isinstance(item, ReadError) and not item.fatal:
            warnings.append(item)
            continue
        number += 1
        yield from ((number, warning) for warning in warnings)
        warnings.clear()
        yield number, item
    yield from ((number + 1, warning) for warning in warnings)
