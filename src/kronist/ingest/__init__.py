"""Ingest: files (plain-text articles, JSON/JSONL, HTML pages, RSS/Atom feeds, WARC archives,
gzipped or not) to `kronist.model.Document` records, with clear errors for what cannot be read.

    for item in read_paths(["artikler/", "feed.xml", "-"]):
        if isinstance(item, ReadError):
            print(item)  # fatal=False: a warning about the document that follows
        else:
            store(item)
"""

from kronist.ingest.errors import IngestError, ReadError
from kronist.ingest.readers import (
    DEFAULT_MAX_BYTES,
    candidates,
    count_candidates,
    read_file,
    read_paths,
    read_stdin,
)
from kronist.ingest.text_article import read_text_article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestError",
    "ReadError",
    "candidates",
    "count_candidates",
    "read_file",
    "read_paths",
    "read_stdin",
    "read_text_article",
]
