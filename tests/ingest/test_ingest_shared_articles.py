"""Every real article in the shared folder reads to a document (skipped without the folder)."""

import datetime as dt
import re

import pytest

from kronist.ingest import ReadError, read_paths

DATE_HEADER = re.compile(r"^(?:date|published):\s*(\S+)\s*$", re.IGNORECASE | re.MULTILINE)


def _expected_date(raw: str):
    head = raw.split("\n\n", 1)[0]
    match = DATE_HEADER.search(head)
    if not match or match.group(1).lower() == "unknown":
        return None, None
    value = match.group(1)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date.fromisoformat(value + "-01"), "month"
    return dt.date.fromisoformat(value), "day"


def test_shared_articles_read(shared):
    folders = [shared / "examples", shared / "dev" / "articles"]
    files = sorted(path for folder in folders if folder.is_dir() for path in folder.glob("*.txt"))
    if not files:
        pytest.skip("no shared articles")
    items = list(read_paths(files))
    assert not [item for item in items if isinstance(item, ReadError)]
    assert [item.path for item in items] == [str(path) for path in files]
    for path, document in zip(files, items, strict=True):
        assert document.title.strip() and "[title from URL slug]" not in document.title
        assert len(document.text) > 200
        assert "\n\n" in document.text
        expected = _expected_date(path.read_text(encoding="utf-8"))
        assert (document.published, document.published_precision) == expected, path.name
