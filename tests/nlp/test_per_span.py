"""kronist.nlp.docs.per_span: a value computed once for each span of a Doc and argument."""

from __future__ import annotations

import spacy

from kronist.nlp.docs import per_span


def test_a_span_value_is_computed_once_per_span_and_argument():
    calls: list[tuple[int, int, str]] = []

    @per_span
    def words(span, case: str) -> list[str]:
        calls.append((span.start, span.end, case))
        return [t.text.lower() if case == "lower" else t.text for t in span]

    nlp = spacy.blank("da")
    doc = nlp("Politiet anholdt tre mænd i Aarhus tirsdag.")
    first = words(doc[0:3], "lower")
    assert words(doc[0:3], "lower") is first  # the same span again: remembered
    assert first == ["politiet", "anholdt", "tre"]
    assert words(doc[0:3], "as written") == ["Politiet", "anholdt", "tre"]
    assert words(doc[3:6], "lower") == ["mænd", "i", "aarhus"]
    other = nlp("Politiet anholdt tre mænd i Aarhus tirsdag.")
    assert words(other[0:3], "lower") is not first  # another Doc has its own values
    assert len(calls) == 4
