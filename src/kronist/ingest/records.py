"""Articles as JSON records: one object per line (JSONL) or a JSON object or list of objects."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kronist.ingest.errors import IngestError
from kronist.ingest.fields import make_document
from kronist.model import Document

# Document field -> the record keys that may hold it, first match wins.
FIELD_KEYS = {
    "id": ("id",),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "published": ("published", "date"),
    "url": ("url",),
    "source": ("source",),
    "language": ("language", "lang"),
}
TEXT_KEYS = FIELD_KEYS["text"]
_KNOWN_KEYS = frozenset(key for keys in FIELD_KEYS.values() for key in keys)


def document_from_record(record: object, path: str | None = None) -> tuple[Document, list[str]]:
    """A Document from one decoded JSON value. Raises IngestError when it is not an article."""
    if not isinstance(record, dict):
        raise IngestError(f"expected a JSON object, got {_json_type(record)}")
    fields = {name: _first_value(record, keys) for name, keys in FIELD_KEYS.items()}
    if not _as_text(fields["text"]).strip():
        found = ", ".join(sorted(map(str, record))) or "none"
        raise IngestError(
            f"no article text: expected one of the fields {', '.join(TEXT_KEYS)} (found: {found})"
        )
    published = fields["published"]
    return make_document(
        id=_as_text(fields["id"]),
        title=_as_text(fields["title"]),
        text=_as_text(fields["text"]),
        published=published if published is None else _as_text(published),
        url=_as_text(fields["url"]),
        source=_as_text(fields["source"]),
        language=_as_text(fields["language"]),
        path=path,
        meta=_extra_fields(record),
    )


def json_records(text: str, path: str | None = None) -> Iterator[tuple[int, object]]:
    """The records of a JSON file: (item number, value) for an object or each item of a list.

    Raises IngestError when the text is not JSON.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise IngestError(f"not valid JSON ({error})") from None
    items = value if isinstance(value, list) else [value]
    yield from enumerate(items, start=1)


def parse_json_line(line: str) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise IngestError(f"not valid JSON ({error})") from None


def _first_value(record: dict, keys: tuple[str, ...]) -> object:
    for key in keys:
        if record.get(key) is not None:
            return record[key]
    return None


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)  # a body given as a list of paragraphs
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _extra_fields(record: dict) -> dict[str, str]:
    return {
        str(key): _meta_text(value)
        for key, value in record.items()
        if key not in _KNOWN_KEYS and value is not None
    }


def _meta_text(value: object) -> str:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    return _as_text(value)


def _json_type(value: object) -> str:
    names = {list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")
