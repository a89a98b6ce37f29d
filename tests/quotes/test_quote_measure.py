"""The quote stage with the real pipeline and actors stage, and its measurement on the shared
gold articles (skipped when the shared folder is absent)."""

from __future__ import annotations

import pytest

from kronist.evaluation import read_article
from kronist.model import Document
from kronist.quotes import find_quotes
from kronist.quotes.measure import measure, speaker_agrees


def test_speaker_text_agreement_allows_containment():
    assert speaker_agrees("Paw Kaltoft (han)", "politiinspektør Paw Kaltoft fra Københavns Politi")
    assert not speaker_agrees("Mette Frederiksen", "Jakob Ellemann")


def test_article_file_header_lines_are_not_text(tmp_path):
    path = tmp_path / "001.txt"
    path.write_text(
        "Overskrift [title from URL slug]\ndate: 2024-05\nsource: https://x.dk/a\n\nBrødtekst.\n",
        encoding="utf-8",
    )
    document = read_article(path)
    assert document.title == "Overskrift"
    assert document.text == "Brødtekst."


@pytest.mark.slow
def test_speaker_actor_from_the_actors_stage(with_actors):
    from kronist.actors import find_actors
    from kronist.nlp import load_pipeline

    document = Document(
        title="Forsvar",
        text="»Vi sender to fregatter«, siger forsvarsminister Troels Lund Poulsen (V) til DR.",
    )
    doc = load_pipeline("da")(document.full_text)
    [quote] = find_quotes(doc, find_actors(doc, None, "da"), "da")
    assert quote.speaker == "forsvarsminister Troels Lund Poulsen (V)"
    assert quote.channel == "DR"
    assert quote.speaker_actor is not None
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("DNK", "GOV")


@pytest.mark.slow
def test_measure_on_shared_gold(shared, with_actors, capsys):
    score = measure(shared)
    assert score.gold > 0
    assert score.matched / score.gold >= 0.8
    assert score.speaker / score.matched >= 0.7
    assert "quote recall" in capsys.readouterr().out
