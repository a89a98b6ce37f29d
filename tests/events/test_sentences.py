"""Mending false sentence breaks of a parser trained on little data."""

from event_coding import blank_pipeline

from kronist.events.syntax import sentence_groups


def _doc_with_breaks(text: str, starts: set[str]):
    nlp = blank_pipeline()
    doc = nlp.make_doc(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.text in starts
    return doc


def test_break_at_a_comma_is_mended():
    doc = _doc_with_breaks("Sveriges statsminister , Ulf Kristersson , takker Norge .", {","})
    assert [span.text for _, span in sentence_groups(doc)] == [doc.text]


def test_lone_opening_quote_joins_the_next_sentence():
    doc = _doc_with_breaks("» Vi angriber ikke . « Siger han .", {"Vi", "Siger"})
    groups = sentence_groups(doc)
    assert groups[0][1].text.startswith("» Vi angriber")
    assert groups[0][0] == 0


def test_real_sentences_stay_apart_and_keep_their_index():
    doc = _doc_with_breaks("Rusland angreb . Ukraine svarede igen .", {"Ukraine"})
    groups = sentence_groups(doc)
    assert [index for index, _ in groups] == [0, 1]
