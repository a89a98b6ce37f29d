"""Exports of stored events: PLOVER-style JSONL, flat CSV and Parquet.

JSONL records carry the PLOVER fields (id, date, actor, recipient, event, mode, context,
event_loc, event_text, text_info, cite_info) plus kronist's own (negated, modality, asserted_by,
killed, injured, quote_id, cameo_root). CSV and Parquet carry the flat event row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

FORMATS = ("jsonl", "csv", "parquet")
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


def write_events(rows: Iterable[dict[str, Any]], output: Path, fmt: str) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    output.parent.mkdir(parents=True, exist_ok=True)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
    return writer(iter(rows), output)


def _write_jsonl(rows: Iterator[dict[str, Any]], output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_csv(rows: Iterator[dict[str, Any]], output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer: csv.DictWriter | None = None
        for row in rows:
            record = flat_record(row)
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(record))
                writer.writeheader()
            writer.writerow(record)
            count += 1
        if writer is None:
            handle.write(",".join(_event_columns()) + "\n")
    return count


def _event_columns() -> list[str]:
    from kronist.store.schema import events

    return [c.name for c in events.c]


def event_arrow_schema():
    """The Parquet schema of an event row, derived from the store's table."""
    import pyarrow as pa
    from sqlalchemy import Boolean, Date, Float, Integer

    from kronist.store.schema import events

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

    fields = [pa.field(c.name, arrow_type(c)) for c in events.c]
    fields += [
        pa.field("document_title", pa.string()),
        pa.field("document_url", pa.string()),
        pa.field("document_source", pa.string()),
        pa.field("document_published", pa.date32()),
    ]
    return pa.schema(fields)


def _write_parquet(rows: Iterator[dict[str, Any]], output: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = event_arrow_schema()
    count = 0
    with pq.ParquetWriter(output, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append({**row, "context": json.dumps(row.get("context") or [])})
            count += 1
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count
