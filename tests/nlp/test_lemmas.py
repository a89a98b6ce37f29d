"""Lemmas good enough for lexicon look-ups (sentences written for the tests)."""

from __future__ import annotations

import pytest

from kronist.nlp import has_trained_model, load_pipeline

pytestmark = pytest.mark.skipif(not has_trained_model("da"), reason="no trained Danish model")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("da")


def lemma_of(nlp, text: str, word: str) -> str:
    return next(t.lemma_ for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "lemmas"),
    [
        ("Ambassaden blev angrebet af militser i nat.", "angrebet", {"angribe", "angreb"}),
        ("To soldater blev dræbt ved grænsen.", "dræbt", {"dræbe"}),
        ("Regeringen sendte tropper til området.", "sendte", {"sende"}),
        ("Politiet anholdt demonstranterne på pladsen.", "demonstranterne", {"demonstrant"}),
        ("Demonstranterne råbte slagord foran ambassaden.", "Demonstranterne", {"demonstrant"}),
        ("Ministeren kritiserede beslutningen skarpt.", "kritiserede", {"kritisere"}),
        ("Oprørerne har erobret byen.", "Oprørerne", {"oprører"}),
    ],
)
def test_lemma(nlp, text, word, lemmas):
    assert lemma_of(nlp, text, word) in lemmas
