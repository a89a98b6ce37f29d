"""RSS and Atom feeds read from their bytes (never fetched): one document per entry."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

from kronist.ingest.errors import IngestError
from kronist.ingest.fields import host_of, make_document
from kronist.ingest.web import html_fragment_to_text
from kronist.model import Document

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def parse_feed(data: bytes):
    """The parsed feed. Raises IngestError when the bytes are not an RSS or Atom feed."""
    import feedparser  # only needed for feeds

    # A stream, so feedparser neither fetches a URL nor opens a file named by the content.
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.version and not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo_exception") else ""
        raise IngestError(f"not an RSS or Atom feed{reason}")
    return feed


def feed_entries(
    feed, path: str | None = None
) -> Iterator[tuple[int, Document | IngestError, list[str]]]:
    """(entry number, document or the error for that entry, warnings) for every entry."""
    source = feed.feed.get("title") or host_of(feed.feed.get("link", "")) or None
    language = feed.feed.get("language")
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield number, *entry_document(entry, source, language, path)
        except IngestError as error:
            yield number, error, []


def entry_document(
    entry, source: str | None, language: str | None, path: str | None
) -> tuple[Document, list[str]]:
    return make_document(
        title=_detail_text(entry.get("title", ""), entry.get("title_detail")),
        text=_entry_text(entry),
        published=_entry_date(entry),
        url=entry.get("link"),
        source=source,
        language=language,
        path=path,
        meta=_entry_meta(entry),
    )


def _entry_text(entry) -> str:
    if entry.get("content"):
        content = entry.content[0]
        return _detail_text(content.get("value", ""), content)
    return _detail_text(entry.get("summary", ""), entry.get("summary_detail"))


def _detail_text(value: str, detail) -> str:
    is_html = not detail or detail.get("type", "text/html") in HTML_TYPES
    return html_fragment_to_text(value) if is_html else value.strip()


def _entry_date(entry) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None


def _entry_meta(entry) -> dict[str, str]:
    meta = {
        "entry_id": entry.get("id"),
        "author": entry.get("author"),
        "categories": ", ".join(tag.get("term", "") for tag in entry.get("tags", [])),
    }
    return {key: value for key, value in meta.items() if value}
