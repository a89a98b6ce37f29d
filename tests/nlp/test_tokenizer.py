"""Tokenisation and sentence splitting of Danish news text (sentences written for the tests)."""

from __future__ import annotations

import pytest

from kronist.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("da")


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text) if not t.is_space]


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "abbreviation", ["bl.a.", "f.eks.", "ca.", "kl.", "mio.", "mia.", "jf.", "dvs.", "hhv.", "pga."]
)
def test_abbreviations_stay_one_token(nlp, abbreviation):
    assert abbreviation in words(nlp, f"Det koster {abbreviation} meget, siger hun.")


def test_capitalised_abbreviation_at_sentence_start(nlp):
    assert words(nlp, "Bl.a. mødte ministeren borgmesteren.")[0] == "Bl.a."


def test_danish_quotes_are_split_off(nlp):
    assert words(nlp, "»Vi går ikke,« sagde han.")[:3] == ["»", "Vi", "går"]
    assert "«" in words(nlp, "»Vi går ikke,« sagde han.")
    assert words(nlp, "„Det er slut“, sagde hun.")[:2] == ["„", "Det"]


def test_speech_dash_is_its_own_token(nlp):
    assert words(nlp, "- Det var en katastrofe, siger hun.")[:2] == ["-", "Det"]


def test_dates_names_and_numbers(nlp):
    tokens = words(
        nlp,
        "Den 31. december mødte Abdul-Mahdi d. 3. januar USA's udsending om 1.200 soldater "
        "og 3,5 mio. kr.",
    )
    for token in ["31.", "december", "d.", "3.", "Abdul-Mahdi", "USA's", "1.200", "3,5", "mio."]:
        assert token in tokens


@pytest.mark.parametrize(
    "text",
    [
        "Mødet begyndte kl. 14 i Aarhus, og det varede til aften.",
        "Aftalen blev indgået den 31. december i Bruxelles efter lange forhandlinger.",
        "Hun kom d. 3. januar til Odense med bl.a. to ministre og ca. 300 soldater.",
        "Regeringen vil bruge 1,2 mia. kr. på forsvaret jf. aftalen fra sidste år.",
        "Politiet anholdt f.eks. to mænd pga. uroen på Nørrebro.",
    ],
)
def test_no_sentence_break_after_abbreviations_or_ordinals(nlp, text):
    assert sentences(nlp, text) == [text]


def test_blank_line_always_starts_a_sentence(nlp):
    text = "Soldater rykker ind i byen\n\n- Vi er bange, siger en kvinde\n\nhun bor tæt på grænsen."
    found = sentences(nlp, text)
    assert found[0] == "Soldater rykker ind i byen"
    assert found[1].startswith("- Vi er bange")
    assert found[-1].startswith("hun bor")


def test_ordinary_sentences_are_split(nlp):
    text = "Ministeren landede i Kyiv mandag. Hun mødte præsidenten tirsdag morgen."
    assert len(sentences(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "»Vi har ingen planer om at evakuere ambassaden,« siger talsmanden til Reuters.",
        "Demonstranterne, som var vrede over angrebene, kastede sten, og politiet svarede med "
        "tåregas mod de mange unge mænd og kvinder foran bygningen.",
        "„Det er en alvorlig situation“, siger ministeren, der besøgte lejren i går.",
    ],
)
def test_quotes_and_commas_do_not_split_a_sentence(nlp, text):
    assert sentences(nlp, text) == [text]


def test_closing_quote_stays_with_its_sentence(nlp):
    text = "Han tilføjede: »Vi følger udviklingen tæt.« Derefter forlod han salen."
    assert sentences(nlp, text) == [
        "Han tilføjede: »Vi følger udviklingen tæt.«",
        "Derefter forlod han salen.",
    ]
