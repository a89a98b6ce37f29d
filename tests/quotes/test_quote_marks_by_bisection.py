"""Quote marks are matched by bisection over the closing marks of a paragraph: the same spans as
the scan it replaced (kept here as the reference), in linear time on marks that never close."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kronist.quotes import marks
from kronist.quotes.marks import MAX_SINGLE_QUOTE_CHARS, MarkedSpan, find_marked_spans
from kronist.quotes.text import paragraph_of, paragraphs


def reference_spans(text: str, lo: int, hi: int, family_marks: str, family: str):
    """The former character-by-character scan for the closing mark."""
    single = family == "single"
    opener = marks.single_opens if single else marks.opens
    closer = marks.single_closes if single else marks.closes
    spans, i = [], lo
    while i < hi:
        if text[i] in family_marks and opener(text, i):
            close = None
            for k in range(i + 1, hi):
                if single and k - i > MAX_SINGLE_QUOTE_CHARS:
                    break
                if text[k] not in family_marks or not closer(text, k):
                    continue
                if family == "guillemets" and text[k] == text[i]:
                    continue
                if k > i + 1:
                    close = k
                    break
            if close is not None:
                spans.append(MarkedSpan(i + 1, close, i, close + 1, family))
                i = close + 1
                continue
            if i == lo and not single:
                spans.append(MarkedSpan(i + 1, hi, i, hi, family, closed=False))
                return spans
        i += 1
    return spans


FAMILIES = [
    (marks.GUILLEMETS, "guillemets"),
    (marks.DOUBLE, "double"),
    (marks.STRAIGHT, "straight"),
    (marks.SINGLE, "single"),
]
PIECES = st.sampled_from(["»", "«", "“", "”", "„", '"', "'", "’", " ", "Vi", "ja", ".", ",", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=60))
def test_bisection_finds_the_spans_the_scan_found(pieces):
    text = "".join(pieces)
    for family_marks, family in FAMILIES:
        expected = reference_spans(text, 0, len(text), family_marks, family)
        assert marks.spans_in_paragraph(text, 0, len(text), family_marks, family) == expected


def test_single_quotes_still_end_at_the_length_limit():
    text = "'Vi " + "a" * MAX_SINGLE_QUOTE_CHARS + " ja' sagde han"
    assert marks.spans_in_paragraph(text, 0, len(text), marks.SINGLE, "single") == []


def test_each_mark_of_a_paragraph_of_unclosed_quotes_is_looked_at_once(monkeypatch):
    calls = []
    original = marks.closes
    monkeypatch.setattr(marks, "closes", lambda text, i: calls.append(i) or original(text, i))
    text = "»Iran angreb, siger Trump. " * 2000
    find_marked_spans(text, [(1, len(text))])
    # the scan looked at every later mark for each of the 2,000 openers (2 million calls)
    assert len(calls) <= 2 * text.count("»")


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5)), max_size=8), st.integers(-1, 40))
def test_paragraph_of_finds_the_first_span_holding_a_position(steps, position):
    spans, at = [], 0
    for gap, length in steps:
        at += gap
        spans.append((at, at + length))
        at += length
    expected = next((i for i, (s, e) in enumerate(spans) if s <= position <= e), None)
    assert paragraph_of(spans, position) == expected


def test_paragraphs_of_a_real_text_are_found():
    text = "Overskrift\n\n»Vi kommer«, siger hun.\n\nDerefter gik han."
    spans = paragraphs(text)
    assert [paragraph_of(spans, text.index(word)) for word in ("Over", "siger", "gik")] == [0, 1, 2]
