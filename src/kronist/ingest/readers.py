"""Files and folders to Documents: format dispatch, size limits and error reporting.

Every file yields at least one item: its documents, or a fatal ReadError saying why it gave none.
Warnings (fatal=False) come before the document they are about. Nothing here raises for bad input.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath
from typing import BinaryIO

from kronist.ingest.decoding import declared_charset, decode_text, looks_binary
from kronist.ingest.errors import IngestError, ReadError
from kronist.ingest.feeds import feed_entries, parse_feed
from kronist.ingest.records import document_from_record, json_records, parse_json_line
from kronist.ingest.text_article import parse_text_article
from kronist.ingest.warc import warc_pages
from kronist.ingest.web import page_to_document
from kronist.model import Document

Item = Document | ReadError
DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"
STDIN_NAME = "<stdin>"

# Extension -> format. "sniff" looks at the content (plain text, or HTML/feed/JSON in disguise).
FORMAT_BY_SUFFIX = {
    "": "sniff",
    ".txt": "sniff",
    ".text": "sniff",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
}
# fmt: off
UNSUPPORTED_SUFFIXES = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".xls", ".xlsx", ".ods", ".csv", ".tsv",
    ".ppt", ".pptx", ".odp", ".epub", ".mobi", ".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2",
    ".xz", ".zst", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg",
    ".ico", ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".mkv", ".exe", ".dll", ".so",
    ".bin", ".db", ".sqlite", ".parquet", ".pkl", ".pyc", ".arc",
})
# fmt: on
# Formats read record by record: max_bytes limits one record, not the whole file.
STREAMED_FORMATS = frozenset({"jsonl", "warc"})
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|title|meta|link|script|style|main|article|section|"
    r"header|div|span|p|a|br|h[1-6]|ul|ol|li|table)\b[^<>]*>",
    re.IGNORECASE,
)


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Every Document or ReadError from files and folders (recursively, sorted, hidden skipped).

    `-` reads one plain-text article from standard input.
    """
    for candidate in candidates(paths):
        if isinstance(candidate, ReadError):
            yield candidate
        elif candidate == STDIN:
            yield from read_stdin(max_bytes=max_bytes)
        else:
            yield from read_file(candidate, max_bytes=max_bytes)


def count_candidates(paths: Iterable[str | Path]) -> int:
    """How many files (and unreadable folders) read_paths will report on: one progress step each."""
    return sum(1 for _ in candidates(paths))


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The documents in one file, in file order, with errors and warnings in between."""
    name = str(path)
    yield from _at_least_one_result(name, _read_file(Path(path), name, max_bytes))


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One plain-text article from standard input."""
    buffer = getattr(sys.stdin, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else sys.stdin.read(max_bytes + 1)
    if len(data) > max_bytes:
        message = f"standard input is larger than the limit of {_size(max_bytes)}"
        yield ReadError(STDIN_NAME, message)
        return
    try:
        text, warning = decode_text(data) if isinstance(data, bytes) else (data, None)
        if warning:
            yield ReadError(STDIN_NAME, warning, fatal=False)
        yield from _text_article(text, STDIN_NAME, path=None)
    except IngestError as error:
        yield ReadError(STDIN_NAME, str(error))


# --- walking -------------------------------------------------------------------------------------


def candidates(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadError]:
    if isinstance(paths, str | Path):  # one path, not an iterable of characters
        paths = [paths]
    for given in paths:
        if str(given) == STDIN:
            yield STDIN
        elif Path(given).is_dir():
            yield from _folder(Path(given))
        else:
            yield Path(given)  # a missing path too: read_file reports it


def _folder(folder: Path) -> Iterator[Path | ReadError]:
    """The files under a folder named on the command line; a message when there are none."""
    found = False
    for item in _walk(folder, ancestors=frozenset()):
        found = True
        yield item
    if not found:
        suffix = folder.suffix.lower()
        named_like_a_file = bool(suffix) and (
            suffix in FORMAT_BY_SUFFIX or suffix in UNSUPPORTED_SUFFIXES
        )
        kind = f"a folder (not a {folder.suffix} file)" if named_like_a_file else "a folder"
        yield ReadError(str(folder), f"is {kind} with no files in it: nothing to read")


def _walk(folder: Path, ancestors: frozenset[Path]) -> Iterator[Path | ReadError]:
    real = folder.resolve()
    if real in ancestors:  # a symlink back up the tree
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError(str(folder), f"cannot list folder: {_os_reason(error)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if _is_dir(entry):
            yield from _walk(path, ancestors | {real})
        else:
            yield path


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


# --- one file ------------------------------------------------------------------------------------


def _at_least_one_result(name: str, items: Iterator[Item]) -> Iterator[Item]:
    reported = False
    for item in items:
        reported = reported or isinstance(item, Document) or item.fatal
        yield item
    if not reported:
        yield ReadError(name, "no articles found")


def _read_file(path: Path, name: str, max_bytes: int) -> Iterator[Item]:
    try:
        status = path.stat()
    except FileNotFoundError:
        yield ReadError(name, "no such file or directory")
        return
    except OSError as error:
        yield ReadError(name, f"cannot read: {_os_reason(error)}")
        return
    size = status.st_size
    if path.is_dir():
        yield ReadError(name, "is a folder, not a file (read_paths reads folders)")
        return
    if not stat.S_ISREG(status.st_mode):
        yield ReadError(name, f"is {_special_kind(status.st_mode)}, not a file: not read")
        return
    if size == 0:
        yield ReadError(name, "empty file")
        return
    compressed, suffix, fmt = _format_of(path.name)
    if fmt is None:
        yield ReadError(name, f"unsupported format '{suffix}'")
        return
    try:
        if fmt in STREAMED_FORMATS:
            yield from _read_streamed(path, fmt, compressed, name, max_bytes)
        elif size > max_bytes:
            yield ReadError(name, _too_large(size, max_bytes))
        else:
            data = _read_bytes(path, compressed, max_bytes)
            yield from _read_data(data, fmt, name, max_bytes)
    except IngestError as error:
        yield ReadError(name, str(error))
    except OSError as error:
        yield ReadError(name, f"cannot read: {_os_reason(error)}")
    except Exception as error:  # a parser library failing on odd input must not stop a batch
        yield ReadError(name, f"could not read ({type(error).__name__}: {error})")


def _format_of(file_name: str) -> tuple[bool, str, str | None]:
    """(gzipped?, the inner extension, format or None when unsupported)."""
    lower = file_name.lower()
    compressed = lower.endswith(".gz")
    inner = lower.removesuffix(".gz") if compressed else lower
    suffix = PurePath(inner).suffix
    if suffix in FORMAT_BY_SUFFIX:
        return compressed, suffix, FORMAT_BY_SUFFIX[suffix]
    if suffix in UNSUPPORTED_SUFFIXES or inner.endswith(".tar"):
        return compressed, suffix, None
    return compressed, suffix, "sniff"  # an odd extension, e.g. a headline with a dot in it


def _read_bytes(path: Path, compressed: bool, max_bytes: int) -> bytes:
    if not compressed:
        return path.read_bytes()
    with _open_gzip(path) as stream:
        data = _gzip_guard(lambda: stream.read(max_bytes + 1))
    if len(data) > max_bytes:
        raise IngestError(f"decompressed content is larger than the limit of {_size(max_bytes)}")
    if not data:
        raise IngestError("empty file (after decompression)")
    return data


def _open_gzip(path: Path) -> BinaryIO:
    return gzip.open(path, "rb")  # type: ignore[return-value]


def _gzip_guard(read: Callable[[], bytes]) -> bytes:
    try:
        return read()
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise IngestError(f"not a valid gzip file ({error})") from None


def _read_data(data: bytes, fmt: str, name: str, max_bytes: int) -> Iterator[Item]:
    """Documents from the whole content of a file whose format is known or to be sniffed."""
    if looks_binary(data):
        raise IngestError("binary file, not text")
    if fmt == "sniff" and data[:64].lstrip().lower().startswith(b"warc/"):
        fmt = "warc"
    if fmt == "warc":
        yield from _read_warc(io.BytesIO(data), name, max_bytes)
        return
    if fmt == "feed":
        yield from _read_feed(data, name)
        return
    text, warning = decode_text(data, declared_charset(data))
    if not text.strip():
        raise IngestError("empty file (only whitespace)")
    if fmt == "sniff":
        fmt = _sniff(text)
        if fmt == "feed":
            yield from _read_feed(data, name)
            return
    if warning:
        yield ReadError(name, warning, fatal=False)
    yield from TEXT_READERS[fmt](text, name)


def _sniff(text: str) -> str:
    head = text.lstrip()[:4096]
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return "feed"
        # markup only when there are real HTML tags: "<Breaking> ..." is a headline
        return "html" if _HTML_TAG.search(head) else "text"
    if head.startswith(("{", "[")):
        first_line = head.split("\n", 1)[0]
        if _is_json_object(first_line) and "\n" in text.strip():
            return "jsonl"
        return "json" if _is_json(text) else "text"
    return "text"


def _is_json(text: str) -> bool:
    try:
        parse_json_line(text)
    except IngestError:
        return False
    return True


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(parse_json_line(line), dict)
    except IngestError:
        return False


# --- formats -------------------------------------------------------------------------------------


def _text_article(text: str, name: str, path: str | None) -> Iterator[Item]:
    document, warnings = parse_text_article(text, path)
    yield from _with_warnings(document, warnings, name)


def _read_text(text: str, name: str) -> Iterator[Item]:
    yield from _text_article(text, name, path=name)


def _read_html(text: str, name: str) -> Iterator[Item]:
    document, warnings = page_to_document(text, path=name)
    yield from _with_warnings(document, warnings, name)


def _read_json(text: str, name: str) -> Iterator[Item]:
    try:
        records = list(json_records(text))
    except IngestError as error:
        if "Extra data" not in str(error):
            raise
        yield from _read_jsonl_text(text, name)  # several objects: JSON Lines under a .json name
        return
    several = len(records) > 1
    for number, record in records:
        try:
            document, warnings = document_from_record(record, name)
        except IngestError as error:
            yield ReadError(name, f"item {number}: {error}" if several else str(error))
            continue
        yield from _with_warnings(document, warnings, name)


def _read_jsonl_text(text: str, name: str) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), start=1):
        yield from _jsonl_line(line, number, name)


def _jsonl_line(line: str, number: int, name: str) -> Iterator[Item]:
    if not line.strip():
        return
    try:
        document, warnings = document_from_record(parse_json_line(line), name)
    except IngestError as error:
        yield ReadError(name, str(error), line=number)
        return
    yield from _with_warnings(document, warnings, name, line=number)


def _read_feed(data: bytes, name: str) -> Iterator[Item]:
    for number, result, warnings in feed_entries(parse_feed(data), name):
        if isinstance(result, IngestError):
            yield ReadError(name, f"entry {number}: {result}")
        else:
            yield from _with_warnings(result, warnings, name)


TEXT_READERS: dict[str, Callable[[str, str], Iterator[Item]]] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
    "jsonl": _read_jsonl_text,
}


def _read_streamed(
    path: Path, fmt: str, compressed: bool, name: str, max_bytes: int
) -> Iterator[Item]:
    if fmt == "warc":  # warcio reads gzipped archives itself
        _check_warc_start(path)
        with path.open("rb") as stream:
            yield from _read_warc(stream, name, max_bytes)
        return
    opener = _open_gzip if compressed else lambda p: p.open("rb")
    with opener(path) as stream:
        yield from _read_jsonl_stream(stream, name, max_bytes)


def _check_warc_start(path: Path) -> None:
    with path.open("rb") as stream:
        gzipped = stream.read(2) == b"\x1f\x8b"
    if gzipped:
        with _open_gzip(path) as stream:
            start = _gzip_guard(lambda: stream.read(5))
    else:
        with path.open("rb") as stream:
            start = stream.read(5)
    if start != b"WARC/":
        raise IngestError("not a WARC file (it does not start with 'WARC/')")


def _read_jsonl_stream(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    warned = False
    for number, raw in _limited_lines(stream, max_bytes):
        if raw is None:
            yield ReadError(name, f"line is longer than the limit of {_size(max_bytes)}", number)
            continue
        if looks_binary(raw):
            yield ReadError(name, "binary file, not text", number)
            return
        line, warning = decode_text(raw)
        if warning and not warned:
            warned = True
            yield ReadError(name, f"{warning} (from this line on)", number, fatal=False)
        yield from _jsonl_line(line, number, name)


def _limited_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) with None for a line over max_bytes, which is skipped unread."""
    number = 0
    while True:
        line = _gzip_guard(lambda: stream.readline(max_bytes + 1))
        if not line:
            return
        number += 1
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield number, line
            continue
        while line and not line.endswith(b"\n"):
            line = _gzip_guard(lambda: stream.readline(1 << 20))
        yield number, None


def _read_warc(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    for _number, result, warnings in warc_pages(stream, max_bytes=max_bytes, path=name):
        if isinstance(result, IngestError):
            yield ReadError(name, str(result), fatal=False)  # one page of a crawl, not the file
        else:
            yield from _with_warnings(result, warnings, name)


def _with_warnings(
    document: Document, warnings: list[str], name: str, line: int | None = None
) -> Iterator[Item]:
    for warning in warnings:
        yield ReadError(name, warning, line=line, fatal=False)
    yield document


# --- messages ------------------------------------------------------------------------------------


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large: {_size(size)} ({size:,} bytes), the limit is {_size(max_bytes)}"


def _size(n: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    raise AssertionError("unreachable")


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _os_reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
