"""Web archives (WARC, plain or gzipped): every archived HTML page becomes a document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO

from kronist.ingest.decoding import declared_charset, decode_text
from kronist.ingest.errors import IngestError
from kronist.ingest.web import page_to_document
from kronist.model import Document

PAGE_RECORD_TYPES = frozenset({"response", "resource"})
HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_pages(
    stream: BinaryIO, *, max_bytes: int, path: str | None = None
) -> Iterator[tuple[int, Document | IngestError, list[str]]]:
    """(record number, document or error, warnings) for every HTML page in the archive.

    A page without article text is an error for that page only (a crawl holds many index and
    section pages). Raises IngestError when the stream is not a WARC file.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if _is_html_page(record):
                yield number, *_page_document(record, max_bytes, path)
    except ArchiveLoadFailed as error:
        raise IngestError(f"not a valid WARC file ({error})") from None


def _is_html_page(record) -> bool:
    if record.rec_type not in PAGE_RECORD_TYPES:
        return False
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return False
    content_type = (headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(HTML_TYPES)


def _page_document(
    record, max_bytes: int, path: str | None
) -> tuple[Document | IngestError, list[str]]:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return IngestError(f"page {uri} is larger than {max_bytes:,} bytes: skipped"), []
    try:
        charset = _charset(record) or declared_charset(payload)
        markup, encoding_warning = decode_text(payload, charset)
        document, warnings = page_to_document(
            markup, url=uri, fallback_date=_warc_date(record), path=path
        )
    except IngestError as error:
        return IngestError(f"{error} at {uri}: skipped"), []
    return document, [encoding_warning, *warnings] if encoding_warning else warnings


def _charset(record) -> str | None:
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers else None
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def _warc_date(record) -> dt.date | None:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
