"""Exports of stored events: PLOVER-style JSONL or JSON, flat CSV and Parquet, or a preset's
columns (ACLED, GDELT: `kronist.presets`) in any of these formats.

JSONL and JSON records carry the PLOVER fields (id, date, actor, recipient, event, mode,
context, event_loc, event_text, text_info, cite_info) plus kronist's own (negated, modality,
asserted_by, killed, injured, quote_id, cameo_root, confidence, num_mentions, num_articles,
num_sources). CSV and Parquet carry the flat event row with the store-wide counts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kronist.flat import STORY_COLUMNS
from kronist.presets import Preset, get_preset

FORMATS = ("jsonl", "json", "csv", "parquet")
SUFFIXES = {".jsonl": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
PARQUET_BATCH = 5000


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if not any(row.get(f"{prefix}_{key}") for key in ("name", "country", "sector", "text")):
        return None
    return {
        "name": row.get(f"{prefix}_name"),
        "country": row.get(f"{prefix}_country"),
        "sector": row.get(f"{prefix}_sector"),
        "text": row.get(f"{prefix}_text"),
    }


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row as a PLOVER JSON record."""
    date = row.get("date")
    return {
        "id": row["id"],
        "date": date.isoformat() if date else None,
        "date_precision": row.get("date_precision"),
        "actor": _actor(row, "actor"),
        "recipient": _actor(row, "recipient"),
        "event": row["event"],
        "mode": row.get("mode"),
        "context": row.get("context") or [],
        "event_loc": None
        if not (row.get("place_name") or row.get("place_country"))
        else {
            "name": row.get("place_name"),
            "country": row.get("place_country"),
            "lat": row.get("place_lat"),
            "lon": row.get("place_lon"),
            "geonames_id": row.get("place_geonames_id"),
        },
        "event_text": row.get("anchor"),
        "text_info": {
            "document_id": row.get("document_id"),
            "sentence": row.get("sentence"),
            "start": row.get("start_char"),
            "end": row.get("end_char"),
        },
        "cite_info": {
            "title": row.get("document_title"),
            "url": row.get("document_url"),
            "source": row.get("document_source"),
            "published": _iso(row.get("document_published")),
        },
        "negated": row.get("negated"),
        "modality": row.get("modality"),
        "asserted_by": row.get("asserted_by"),
        "killed": row.get("killed"),
        "injured": row.get("injured"),
        "quote_id": row.get("quote_id"),
        "cameo_root": row.get("cameo_root"),
        "confidence": row.get("confidence"),
        **{key: row.get(key) for key in STORY_COLUMNS},
    }


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def flat_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row with every value a plain scalar (lists as JSON text)."""
    out = {}
    for key, value in row.items():
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False)
        out[key] = _iso(value)
    return out


def format_for(output: Path, requested: str | None, preset: str | None = None) -> str:
    """The export format: the one asked for, else the file's suffix, else CSV for a preset and
    JSONL otherwise."""
    if requested:
        return requested
    return SUFFIXES.get(output.suffix.lower(), "csv" if preset else "jsonl")


def write_events(
    rows: Iterable[dict[str, Any]], output: Path, fmt: str, preset: str | None = None
) -> int:
    """Write stored event rows to `output`; returns how many records were written (a preset
    leaves out the events its dataset would not hold)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    output.parent.mkdir(parents=True, exist_ok=True)
    if preset is not None:
        return _write_preset(iter(rows), output, fmt, get_preset(preset))
    if fmt == "parquet":
        return _write_parquet(map(_parquet_row, rows), output, export_arrow_schema())
    if fmt == "csv":
        return _write_csv(map(flat_record, rows), output, None)
    writer = _write_jsonl if fmt == "jsonl" else _write_json
    return writer(map(plover_record, rows), output, None)


def _write_preset(rows: Iterator[dict[str, Any]], output: Path, fmt: str, preset: Preset) -> int:
    records = preset.records(rows)
    if fmt == "parquet":
        return _write_parquet(records, output, preset.arrow_schema())
    writer = {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv}[fmt]
    return writer(records, output, preset.column_names)


def _write_jsonl(records: Iterator[dict[str, Any]], output: Path, _columns) -> int:
    count = 0
    with output.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=_iso) + "\n")
            count += 1
    return count


def _write_json(records: Iterator[dict[str, Any]], output: Path, _columns) -> int:
    """One JSON array, written record by record."""
    count = 0
    with output.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for record in records:
            handle.write(",\n " if count else "\n ")
            handle.write(json.dumps(record, ensure_ascii=False, default=_iso))
            count += 1
        handle.write("\n]\n" if count else "]\n")
    return count


def _write_csv(records: Iterator[dict[str, Any]], output: Path, columns) -> int:
    count = 0
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer: csv.DictWriter | None = None
        if columns is not None:
            writer = csv.DictWriter(handle, fieldnames=list(columns))
            writer.writeheader()
        for record in records:
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(record))
                writer.writeheader()
            writer.writerow(record)
            count += 1
        if writer is None:
            handle.write(",".join(export_arrow_schema().names) + "\n")
    return count


def event_arrow_schema():
    """The Parquet schema of an event row, derived from the store's table."""
    import pyarrow as pa
    from sqlalchemy import Boolean, Date, Float, Integer

    from kronist.store.schema import event_columns

    def arrow_type(column) -> pa.DataType:
        for sql_type, arrow in (
            (Boolean, pa.bool_()),
            (Integer, pa.int64()),
            (Float, pa.float64()),
            (Date, pa.date32()),
        ):
            if isinstance(column.type, sql_type):
                return arrow
        return pa.string()

    fields = [pa.field(c.name, arrow_type(c)) for c in event_columns()]
    fields += [
        pa.field("document_title", pa.string()),
        pa.field("document_url", pa.string()),
        pa.field("document_source", pa.string()),
        pa.field("document_published", pa.date32()),
    ]
    return pa.schema(fields)


def export_arrow_schema():
    """The Parquet schema of an exported event: the event row, its document's citation and
    duplicate link, when it was stored, and the store-wide counts."""
    import pyarrow as pa

    extra = [
        pa.field("document_duplicate_of", pa.string()),
        pa.field("document_ingested_at", pa.timestamp("us", tz="UTC")),
        *(pa.field(name, pa.int64()) for name in STORY_COLUMNS),
    ]
    return pa.schema(list(event_arrow_schema()) + extra)


def _parquet_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "context": json.dumps(row.get("context") or [])}


def _write_parquet(records: Iterator[dict[str, Any]], output: Path, schema) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(output, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            count += 1
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count
