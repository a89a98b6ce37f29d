"""The tables of a batch result: their Arrow schemas and the rows of one analysed document.

Columns are the store's columns (`kronist.flat` rows, the store's table definitions, the event
export's schema), so a column means the same thing in the store, an export and a batch result.
Two columns place a document in the input: `input_file` (the file's number in the sorted input
listing) and `input_record` (the record's number in that file, from 1: the line of a JSONL file,
the row of a Parquet file, the article's number in any other file). Input order is the order of
(`input_file`, `input_record`); it decides which copy of a near-duplicate is the first.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pyarrow as pa

from kronist import dedup
from kronist.export import event_arrow_schema
from kronist.flat import document_row, entity_row, event_row, quote_row
from kronist.model import Analysis

TABLES = ("documents", "entities", "quotes", "events", "errors")
PARTITION_COLUMNS = {"events": ("year", "month")}
ORDER_COLUMNS = ("input_file", "input_record")
# Which list of the analysis a row came from, and its place there: sorts rows within a document.
ITEM_COLUMN = "item"
# Stages in the order they meet a record; errors of one record sort in this order.
STAGES = ("read", "analyze", "dedup")

_ORDER_FIELDS = [pa.field("input_file", pa.int32()), pa.field("input_record", pa.int64())]


def _arrow_type(column: Any) -> pa.DataType:
    from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary

    for sql_type, arrow in (
        (Boolean, pa.bool_()),
        (Integer, pa.int64()),
        (Float, pa.float64()),
        (Date, pa.date32()),
        (DateTime, pa.timestamp("us", tz="UTC")),
        (LargeBinary, pa.binary()),
        (JSON, pa.string()),  # JSON text, as in the event export
    ):
        if isinstance(column.type, sql_type):
            return arrow
    return pa.string()


def _store_fields(table: Any, skip: tuple[str, ...] = ()) -> list[pa.Field]:
    return [pa.field(c.name, _arrow_type(c)) for c in table.c if c.name not in skip]


@cache
def schema(table: str) -> pa.Schema:
    """The Arrow schema of one output table (partition columns included)."""
    from kronist.store import schema as store

    if table == "documents":
        return pa.schema(_ORDER_FIELDS + _store_fields(store.documents, skip=("ingested_at",)))
    if table == "entities":
        return pa.schema(_store_fields(store.entities))
    if table == "quotes":
        return pa.schema(_store_fields(store.quotes))
    if table == "events":
        extra = [
            pa.field("document_duplicate_of", pa.string()),
            pa.field("year", pa.int32()),
            pa.field("month", pa.int32()),
        ]
        return pa.schema(list(event_arrow_schema()) + extra)
    if table == "errors":
        return pa.schema(
            _ORDER_FIELDS
            + [
                pa.field("path", pa.string()),
                pa.field("document_id", pa.string()),
                pa.field("stage", pa.string()),
                pa.field("fatal", pa.bool_()),
                pa.field("reason", pa.string()),
            ]
        )
    raise KeyError(table)


@cache
def item_schema(table: str) -> pa.Schema:
    """Entities, quotes, events: a row with its place in the document's list (sorts rows)."""
    return pa.schema([pa.field(ITEM_COLUMN, pa.int32()), *schema(table)])


def document_record(analysis: Analysis, minhash: bytes, order: tuple[int, int]) -> dict[str, Any]:
    """The documents row; `duplicate_of` and `similarity` are filled in by de-duplication."""
    return {
        "input_file": order[0],
        "input_record": order[1],
        **document_row(analysis),
        "duplicate_of": None,
        "similarity": None,
        "minhash": minhash,
        "analysis": analysis.model_dump_json(),
    }


def event_record(analysis: Analysis, row: dict[str, Any]) -> dict[str, Any]:
    document = analysis.document
    date = row["date"]
    return {
        **row,
        "context": json.dumps(row.get("context") or []),  # as in the Parquet event export
        "document_title": document.title,
        "document_url": document.url,
        "document_source": document.source,
        "document_published": document.published,
        "document_duplicate_of": None,
        "year": date.year if date else None,
        "month": date.month if date else None,
    }


def analysis_tables(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Rows of the entities, quotes and events tables for one analysis, in analysis order."""
    doc_id = analysis.document.id
    return {
        "entities": [entity_row(doc_id, e) for e in analysis.entities],
        "quotes": [quote_row(doc_id, q) for q in analysis.quotes],
        "events": [event_record(analysis, event_row(doc_id, e)) for e in analysis.events],
    }


def minhash_of(analysis: Analysis) -> tuple[bytes, list[str]]:
    """The document's MinHash signature (as the store keeps it) and its band keys."""
    signature = dedup.signature(analysis.document.full_text)
    return dedup.to_bytes(signature), dedup.band_keys(signature)


def error_record(
    order: tuple[int, int],
    path: str | None,
    stage: str,
    reason: str,
    document_id: str | None = None,
    fatal: bool = True,
) -> dict[str, Any]:
    return {
        "input_file": order[0],
        "input_record": order[1],
        "path": path,
        "document_id": document_id,
        "stage": stage,
        "fatal": fatal,
        "reason": reason,
    }


def error_sort_key(row: dict[str, Any]) -> tuple:
    return (row["input_file"], row["input_record"], STAGES.index(row["stage"]), row["reason"])


def as_tuple(row: dict[str, Any], table_schema: pa.Schema) -> tuple:
    return tuple(row.get(name) for name in table_schema.names)


def error_summary(rows: list[dict[str, Any]]) -> dict[str, int]:
    """failed: records that gave no document; warnings: the rest; duplicates: exact copies."""
    failed = sum(1 for row in rows if row["fatal"])
    duplicates = sum(1 for row in rows if row["stage"] == "dedup" and not row["fatal"])
    return {"failed": failed, "warnings": len(rows) - failed, "duplicates": duplicates}
