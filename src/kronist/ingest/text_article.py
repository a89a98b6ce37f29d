"""The plain-text article format.

Line 1 is the headline. Right after it may come header lines `key: value` with a small set of
known keys (so that a body line such as "Det oplyser politiet: ..." is never taken for one), then
a blank line and the body paragraphs, separated by blank lines.
"""

from __future__ import annotations

import re

from kronist.ingest.errors import IngestError
from kronist.ingest.fields import make_document
from kronist.model import Document

HEADER_KEYS = frozenset({"date", "published", "source", "url", "truncated", "language", "author"})
_HEADER_LINE = re.compile(r"\s*([A-Za-z]+)\s*:\s*(.*?)\s*")
_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n(?:[ \t\f\v]*\n)*")
# The dev set marks headlines rebuilt from the page address; the marker is not part of the title.
_SLUG_TITLE_MARKER = re.compile(r"\s*\[title from URL slug\]\s*$", re.IGNORECASE)


def read_text_article(text: str, path: str | None = None) -> Document:
    """One article in the plain-text format. Raises IngestError when there is no text at all."""
    document, _warnings = parse_text_article(text, path)
    return document


def parse_text_article(text: str, path: str | None = None) -> tuple[Document, list[str]]:
    """Like read_text_article, also returning warnings (a header date that was not understood)."""
    lines = _normalize_newlines(text).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise IngestError("no article text")
    title, meta = _split_title(lines[0].strip())
    headers, body_start = _read_headers(lines, 1)
    meta.update(headers)
    body = _join_paragraphs("\n".join(lines[body_start:]))
    return make_document(
        title=title,
        text=body,
        published=headers.get("published", headers.get("date")),
        url=headers.get("url"),
        source=headers.get("source"),
        language=headers.get("language"),
        path=path,
        meta=meta,
    )


def _normalize_newlines(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _split_title(first_line: str) -> tuple[str, dict[str, str]]:
    title, markers = _SLUG_TITLE_MARKER.subn("", first_line)
    return title, ({"title_from_url": "yes"} if markers else {})


def _read_headers(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """Known `key: value` lines from `start` on; returns them and where the body begins."""
    headers: dict[str, str] = {}
    index = start
    while index < len(lines):
        match = _HEADER_LINE.fullmatch(lines[index])
        if not match or match.group(1).lower() not in HEADER_KEYS:
            break
        headers[match.group(1).lower()] = match.group(2)
        index += 1
    return headers, index


def _join_paragraphs(body: str) -> str:
    paragraphs = (paragraph.strip() for paragraph in _BLANK_LINES.split(body))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
