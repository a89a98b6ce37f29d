"""Text no article should have (thousands of quote marks, no spaces, no sentence ends) costs time
linear in its length, and ordinary text is tokenised and split exactly as before.

The timing test compares CPU time (least of a few runs) for a text and one four times as long:
linear cost gives about 4, quadratic 16; the bound is generous for a busy machine."""

from __future__ import annotations

import sys
import time

import pytest
from tests.conftest import REPO

from kronist.budget import UNLIMITED
from kronist.nlp import load_pipeline
from kronist.nlp.components import MAX_SENTENCE_TOKENS
from kronist.nlp.tokenizer import MAX_WORD_CHARS
from kronist.pipeline import analyze

sys.path.insert(0, str(REPO / "benchmarks"))
from pathological import PATHOLOGICAL  # noqa: E402

ORDINARY = (
    "Statsminister Mette Frederiksen mødte mandag NATO's generalsekretær i Bruxelles. "
    "»Vi står sammen med Ukraine,« sagde hun bl.a. på et pressemøde kl. 14.\n\n"
    "- Det er en alvorlig situation, siger forsvarsministeren til Ritzau den 31. december. "
    "Se mere på https://example.dk/nyheder/2026/03/14/politiet-anholdt-tolv-demonstranter "
    "(S) og (V) stemte for; 3,5 mia. kr. går til forsvaret."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("da")


def token_texts(doc) -> list[str]:
    return [t.text_with_ws for t in doc]


def test_ordinary_text_is_tokenised_as_by_spacy_alone(nlp):
    bounded, plain = nlp.tokenizer, nlp.tokenizer.tokenizer
    assert token_texts(bounded(ORDINARY)) == token_texts(plain(ORDINARY))


@pytest.mark.parametrize("mark", ["»", "—", '"', "(", "x"])
def test_a_run_of_thousands_of_marks_keeps_its_text(nlp, mark):
    text = f"Overskrift\n\nFør {mark * 5000} efter  og\nslut"
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= MAX_WORD_CHARS
    texts = [t.text for t in doc]
    assert texts[texts.index("efter") :] == ["efter", " ", "og", "\n", "slut"]
    assert doc[texts.index("efter") - 1].whitespace_ == " "


def test_words_up_to_the_limit_are_left_whole(nlp):
    word = "x" * MAX_WORD_CHARS
    assert [t.text for t in nlp.tokenizer(f"{word} {word}")] == [word, word]


def test_a_text_without_sentence_ends_is_cut_into_bounded_sentences(nlp):
    doc = nlp("og politiet anholdt tre mænd i Aarhus " * 400)
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc)


def test_over_long_sentences_are_cut_after_a_full_stop(nlp):
    text = "»Iran angreb« siger Trump. " * 300
    doc = nlp(text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    for sentence in list(doc.sents)[1:]:
        assert doc[sentence.start - 1].text in {".", "«", "»"} or sentence.start == 0


def test_sentence_hints_still_hold_in_long_documents(nlp):
    doc = nlp("Mødet begynder kl. 14 i Aarhus. " * 300)
    for token in doc:
        if token.i and doc[token.i - 1].text == "kl.":
            assert not token.is_sent_start


def test_speech_dashes_by_the_thousand_do_not_overflow_the_stack():
    analysis = analyze(PATHOLOGICAL["speech_dashes"](60_000), budget=UNLIMITED)
    assert len(analysis.quotes) > 1000


def cpu_seconds(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        analyze(text, budget=UNLIMITED)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
def test_analysis_time_grows_linearly(kind):
    analyze("Politiet anholdt tirsdag tre demonstranter i Aarhus.")  # load everything first
    make, chars = PATHOLOGICAL[kind], 5_000
    small, large = cpu_seconds(make(chars), 1), cpu_seconds(make(4 * chars), 1)
    if large > 10 * max(small, 0.05):  # a busy machine: measure again, keeping the least
        small = min(small, cpu_seconds(make(chars), 2))
        large = min(large, cpu_seconds(make(4 * chars), 2))
    assert large <= 10 * max(small, 0.05), f"{kind}: {small:.2f} s for n, {large:.2f} s for 4n"
