"""Small helpers shared by the ingest tests."""

from __future__ import annotations

from kronist.ingest import ReadError
from kronist.model import Document


def documents(items) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def errors(items, *, fatal: bool | None = None) -> list[ReadError]:
    found = [item for item in items if isinstance(item, ReadError)]
    return found if fatal is None else [error for error in found if error.fatal == fatal]


def only_error(items) -> ReadError:
    """The single item of a file that could not be read at all."""
    items = list(items)
    assert len(items) == 1, items
    assert isinstance(items[0], ReadError), items
    assert items[0].fatal
    return items[0]
