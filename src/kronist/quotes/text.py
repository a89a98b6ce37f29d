"""Character-level helpers: tokens with offsets, paragraphs and sentence ends over plain text.

The quote finder works on `doc.text` directly so that it behaves the same with the blank
fallback pipeline and with the trained one.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import NamedTuple

# A word keeps inner apostrophes, dots and hyphens ("USA's", "bl.a", "F16-kampfly") and the
# hyphen of a shared compound part ("økonomi- og indenrigsminister"); a short parenthesis is one
# token ("(S)"); anything else is a one-character token.
TOKEN_RE = re.compile(r"\([\w.]{1,6}\)|\w[\w'’.\-]*\w-(?=[ \t]+[^\W\d_])|\w[\w'’.\-]*\w|\w|[^\w\s]")
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")
SENTENCE_END_RE = re.compile(r"[.!?;](?=[\s»«\"”“'’)]|$)|\n")
MAX_SENTENCE_CHARS = 2000
PUNCTUATION = set(".,:;!?»«\"“”„'’‘()-–—…")


class Token(NamedTuple):
    """A word or mark of the text with its offsets (a tuple: a region has hundreds, made anew
    for each reading)."""

    text: str
    start: int
    end: int
    lower: str  # text.lower(), asked for again and again

    @property
    def is_punct(self) -> bool:
        return self.text in PUNCTUATION

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    # made in the comprehension, not by a function per token: a region has hundreds of them
    return [
        Token(word := match.group(), match.start(), match.end(), word.lower())
        for match in TOKEN_RE.finditer(text, start, end)
    ]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are separated by blank lines."""
    spans = []
    position = 0
    for gap in PARAGRAPH_BREAK_RE.finditer(text):
        spans.append((position, gap.start()))
        position = gap.end()
    spans.append((position, len(text)))
    return [strip_span(text, s, e) for s, e in spans if text[s:e].strip()]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_end(text: str, start: int, limit: int) -> int:
    """End (exclusive, after the punctuation) of the sentence running from `start`, at most
    MAX_SENTENCE_CHARS on (text without sentence ends would otherwise be read to its end once
    per quote in it). A dot before a lower-case word ends an abbreviation, not a sentence
    ("adm. direktør")."""
    limit = min(limit, start + MAX_SENTENCE_CHARS)
    for match in SENTENCE_END_RE.finditer(text, start, limit):
        if match.group() == "." and ABBREVIATION_DOT_RE.match(text, match.end()):
            continue
        return match.end()
    return limit


ABBREVIATION_DOT_RE = re.compile(r"[ 	]+[a-zæøå]")


def paragraph_of(spans: list[tuple[int, int]], position: int) -> int | None:
    """Index of the first span that holds `position`, ends included (spans sorted and not
    overlapping, as paragraphs are; found by bisection)."""
    index = bisect.bisect_right(spans, (position, math.inf)) - 1  # the last starting at or before
    found = None
    while index >= 0 and spans[index][1] >= position:  # back over spans touching at `position`
        if spans[index][0] <= position:
            found = index
        index -= 1
    return found


QUOTE_PLACEHOLDER = "…"


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span blanked to one placeholder character and spaces (same length),
    so that words inside quotes are not read as attributions."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = " "
        if end > start:
            chars[start] = QUOTE_PLACEHOLDER
    return "".join(chars)
