"""kronist.nlp.docs.per_span: a value computed once for each span of a Doc and argument."""

from __future__ import annotations

import pytest
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


def test_morph_values_read_the_features_as_morph_get_does():
    from spacy.tokens import Doc

    from kronist.nlp.docs import morph_values

    nlp = spacy.blank("da")
    morphs = ["Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "Number=Plur,Sing", ""]
    doc = Doc(nlp.vocab, words=["blev", "de", "."], morphs=morphs)
    for token in doc:
        for field in ("Tense", "VerbForm", "Voice", "Number", "Case"):
            assert morph_values(token, field) == token.morph.get(field), (token.text, field)
    assert morph_values(doc[0], "Tense") == ["Past"]
    assert morph_values(doc[1], "Number") == ["Plur", "Sing"]


def test_punct_or_number_is_read_for_the_whole_doc_as_tokens_tell_it():
    from kronist.nlp.docs import punct_or_number

    doc = spacy.blank("da")("Han sagde: »Tre af 25 mænd, ti.« 3,5 % og 1.000 kr. -- ok!")
    assert punct_or_number(doc) == [t.is_punct or t.like_num for t in doc]
    flags = dict(zip([t.text for t in doc], punct_or_number(doc), strict=True))
    assert flags["25"] and flags["»"] and flags[","] and not flags["mænd"]


def test_span_tokens_are_the_spans_tokens_made_when_asked_for():
    import gc
    import weakref

    from kronist.nlp.docs import SpanTokens

    doc = spacy.blank("da")("Politiet anholdt i går tre mænd i Aarhus, oplyser politiet.")
    span = doc[2:9]
    tokens = SpanTokens(span)
    expected = list(span)
    assert len(tokens) == len(expected) == 7
    assert [t.i for t in tokens] == [t.i for t in expected]
    for index in range(-7, 7):
        assert tokens[index].i == expected[index].i
    for part in (slice(None, -1), slice(2, 5), slice(5, 20), slice(None, None, 2), slice(-3, None)):
        assert [t.i for t in tokens[part]] == [t.i for t in expected[part]]
    for outside in (7, -8):
        with pytest.raises(IndexError):
            tokens[outside]
    kept = weakref.ref(doc)
    del doc, span, expected
    gc.collect()
    assert kept() is None  # the sequence does not keep its Doc
