"""The per-document code path of every engine: read a split, analyse its documents and turn each
into table rows. The pipeline is loaded once per process and kept (module-level cache): a
process-pool initializer or the first record of a Spark partition loads it, not every document.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kronist.batch.inputs import Split, read_split
from kronist.batch.tables import (
    analysis_tables,
    document_record,
    error_record,
    minhash_of,
)
from kronist.dedup import signature
from kronist.ingest import ReadError
from kronist.model import Analysis, Document

WARM_UP_TEXT = "Politiet anholdt tirsdag to mænd i Aarhus. »Vi efterforsker sagen«, siger politiet."
_warm = False


@dataclass
class DocumentResult:
    order: tuple[int, int]
    id: str
    content_hash: str
    path: str | None
    band_keys: list[str]
    document: dict[str, Any]  # the documents row
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # entities/quotes/events


@dataclass
class ErrorResult:
    row: dict[str, Any]  # the errors row


Result = DocumentResult | ErrorResult


def warm_up() -> None:
    """Load the pipeline, the stages' lookup tables and the MinHash's permutations in this
    process now, once (a short analysis triggers what the stages load lazily); later calls cost
    nothing."""
    global _warm
    if _warm:
        return
    from kronist.pipeline import analyze

    _warm = True
    # A failure here is not fatal: each document's own failure goes to the errors table.
    with contextlib.suppress(Exception):
        analyze(WARM_UP_TEXT, published="2025-01-01", title="Opvarmning")
    with contextlib.suppress(Exception):
        signature(WARM_UP_TEXT)  # builds the MinHash's permutations once, before any fork


def process_split(split: Split) -> list[Result]:
    return list(iter_split(split))


def process_splits(splits: Iterable[Split]) -> Iterator[Result]:
    """A Spark partition's work: every split it holds, one document after another."""
    warm_up()
    for split in splits:
        yield from iter_split(split)


def iter_split(split: Split) -> Iterator[Result]:
    for number, item in read_split(split):
        order = (split.file, number)
        if isinstance(item, ReadError):
            reason = item.message
            yield ErrorResult(error_record(order, item.path, "read", reason, fatal=item.fatal))
        else:
            yield analyse(item, order)


def analyse(document: Document, order: tuple[int, int]) -> Result:
    from kronist.budget import OverBudget
    from kronist.pipeline import analyze

    try:
        analysis = analyze(document)
    except OverBudget as error:  # too long, or out of time: the reason is the message
        return ErrorResult(error_record(order, document.path, "analyze", str(error), document.id))
    except Exception as error:  # one bad document must not stop the batch
        reason = f"{type(error).__name__}: {error}"
        return ErrorResult(error_record(order, document.path, "analyze", reason, document.id))
    return document_result(analysis, order)


def document_result(analysis: Analysis, order: tuple[int, int]) -> DocumentResult:
    document = analysis.document
    minhash, band_keys = minhash_of(analysis)
    return DocumentResult(
        order=order,
        id=document.id,
        content_hash=document.content_hash,
        path=document.path,
        band_keys=band_keys,
        document=document_record(analysis, minhash, order),
        rows=analysis_tables(analysis),
    )
