"""Bytes to text: binary detection and the encoding fallback chain."""

from __future__ import annotations

import codecs
import re

from kronist.ingest.errors import IngestError

SNIFF_BYTES = 8192
# Share of control characters (other than tab, newlines, form feed) above which bytes are binary.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
MAX_LINES_NAMED = 5


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    return bool(head) and len(_CONTROL.findall(head)) / len(head) > MAX_CONTROL_SHARE


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode bytes as text; return the text and a warning when UTF-8 did not fit.

    Order: UTF-8 (a BOM is dropped; bytes that are valid UTF-8 are almost never anything else),
    the declared charset (from an HTML page or an HTTP header), UTF-16 when it starts with a BOM,
    then line by line: UTF-8, else cp1252, else latin-1 (which never fails), so that a file
    pasted together from two sources keeps its UTF-8 lines. Only the fallbacks earn a warning.
    """
    if looks_binary(data):
        raise IngestError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if declared and _is_known_codec(declared) and codecs.lookup(declared).name != "utf-8":
        try:
            return data.decode(declared).removeprefix("\ufeff"), None
        except UnicodeDecodeError:
            pass
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16"), None
    return _decode_lines(data.removeprefix(codecs.BOM_UTF8))


def _decode_lines(data: bytes) -> tuple[str, str]:
    lines, fallbacks, utf8_lines = [], {}, 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            lines.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            text, encoding = _decode_fallback(line)
            lines.append(text)
            fallbacks[number] = encoding
    return "".join(lines), _fallback_warning(fallbacks, utf8_lines)


def _decode_fallback(line: bytes) -> tuple[str, str]:
    for encoding in FALLBACK_ENCODINGS:
        try:
            return line.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _fallback_warning(fallbacks: dict[int, str], utf8_lines: int) -> str:
    encodings = ", ".join(dict.fromkeys(sorted(fallbacks.values(), key=FALLBACK_ENCODINGS.index)))
    if not utf8_lines:
        return f"not UTF-8: read as {encodings}"
    numbers = list(fallbacks)
    shown = ", ".join(map(str, numbers[:MAX_LINES_NAMED])) + (
        ", ..." if len(numbers) > MAX_LINES_NAMED else ""
    )
    lines = "line" if len(numbers) == 1 else "lines"
    return f"mixed encodings: {lines} {shown} not UTF-8, read as {encodings} (the rest as UTF-8)"


def _is_known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


_CHARSET_NAME = rb"""\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
_META_CHARSET = re.compile(rb"<meta[^>]+charset" + _CHARSET_NAME, re.IGNORECASE)
_XML_ENCODING = re.compile(rb"<\?xml[^>]+encoding" + _CHARSET_NAME, re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>` or `<?xml encoding>`)."""
    head = data[:SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii").lower() if match else None
