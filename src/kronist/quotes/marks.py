"""Spans of text between quotation marks: »…« (and «…»), “…”, „…“, "…" and '…'.

A mark opens when it stands before a word (after a space, a line start or an opening bracket)
and closes when it stands after a word (before a space, punctuation or the end), so that
apostrophes inside words ("USA's", "'90'erne") are not taken for quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

GUILLEMETS = "»«"
DOUBLE = "“”„"
STRAIGHT = '"'
SINGLE = "'‘’‚"
OPEN_CONTEXT = set("([{—–-/:»«\"“”„'‘’‚")
MAX_SINGLE_QUOTE_CHARS = 400


@dataclass(frozen=True)
class MarkedSpan:
    start: int  # inner text, without the marks
    end: int
    open_at: int  # position of the opening mark
    close_end: int  # position after the closing mark (= end when the quote runs unclosed)
    family: str  # guillemets | double | straight | single
    closed: bool = True


def opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()


def closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def single_opens(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return opens(text, i) and after.isalnum()


def single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return closes(text, i) and (before.isalnum() or before in ".!?,…")


FAMILIES = ((GUILLEMETS, "guillemets"), (DOUBLE, "double"), (STRAIGHT, "straight"))


def find_marked_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkedSpan]:
    """All quotation-mark spans, outermost only, in text order. A quote left open at the end of
    a paragraph and closed in the next one ("»... \n\n ...«") runs on into it."""
    spans: list[MarkedSpan] = []
    running: tuple[str, str] | None = None
    for start, end in paragraphs:
        lo = start
        if running is not None:
            tail = run_on(text, start, end, *running)
            if tail is not None:
                spans.append(tail)
                lo = tail.close_end
        found = [
            s
            for marks, family in FAMILIES
            for s in spans_in_paragraph(text, lo, end, marks, family)
        ]
        found += spans_in_paragraph(text, lo, end, SINGLE, "single")
        spans += found
        unclosed = [s for s in found if not s.closed]
        running = next(((m, f) for m, f in FAMILIES if unclosed and f == unclosed[-1].family), None)
    return outermost(spans)


def run_on(text: str, lo: int, hi: int, marks: str, family: str) -> MarkedSpan | None:
    """The rest of a quote begun in the paragraph before: this paragraph up to the first closing
    mark of the family, when no opening mark comes before it."""
    for k in mark_positions(text, lo, hi, marks):
        if opens(text, k) and not closes(text, k):
            return None
        if closes(text, k):
            return MarkedSpan(lo, k, lo, k + 1, family) if k > lo else None
    return None


def spans_in_paragraph(text: str, lo: int, hi: int, marks: str, family: str) -> list[MarkedSpan]:
    single = family == "single"
    opener = single_opens if single else opens
    find_closer = _closer_finder(text, lo, hi, marks, family)
    spans = []
    resume = lo  # after the last quote found: marks inside it are not looked at
    for i in mark_positions(text, lo, hi, marks):
        if i < resume or not opener(text, i):
            continue
        close = find_closer(i)
        if close is not None:
            spans.append(MarkedSpan(i + 1, close, i, close + 1, family))
            resume = close + 1
        elif i == lo and not single:
            # "»..." opening a paragraph and never closed: a quote running on to the end,
            # as in multi-paragraph quotes where only the last paragraph closes
            spans.append(MarkedSpan(i + 1, hi, i, hi, family, closed=False))
            return spans
    return spans


def mark_positions(text: str, lo: int, hi: int, marks: str) -> list[int]:
    """Where any of the marks stands in text[lo:hi] (a regular expression finds them: looking
    at every character in Python cost more than the rest of the quote finder)."""
    return [found.start() for found in _any_of(marks).finditer(text, lo, hi)]


@cache
def _any_of(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


def _closer_finder(text: str, lo: int, hi: int, marks: str, family: str):
    """`find(i)`: the first mark after text[i + 1] that closes the quote opened at i, or None.

    The closing marks are listed once per paragraph and looked up by bisection, so that a
    paragraph of many marks that never close costs linear time, not quadratic."""
    closer = single_closes if family == "single" else closes
    positions: dict[str, list[int]] = {mark: [] for mark in marks}
    for k in mark_positions(text, lo, hi, marks):
        if closer(text, k):
            positions[text[k]].append(k)
    if family == "guillemets":  # »…« closes with «, «…» with »
        by_opening = {"»": positions["«"], "«": positions["»"]}
    else:
        merged = sorted(k for found in positions.values() for k in found)
        by_opening = dict.fromkeys(marks, merged)

    def find(i: int) -> int | None:
        found = by_opening[text[i]]
        index = bisect_right(found, i + 1)
        if index == len(found):
            return None
        k = found[index]
        if family == "single" and k - i > MAX_SINGLE_QUOTE_CHARS:
            return None
        return k

    return find


def outermost(spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Drop spans nested in (or overlapping) an earlier, longer span."""
    kept: list[MarkedSpan] = []
    for span in sorted(spans, key=lambda s: (s.open_at, -s.close_end)):
        if kept and span.open_at < kept[-1].close_end:
            continue
        kept.append(span)
    return kept
