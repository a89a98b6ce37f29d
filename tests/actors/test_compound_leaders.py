"""Leaders named by what they lead: a head that takes its organisation's sector ("leder") takes
the one its compound names. Sentences written for the test."""

from __future__ import annotations

from tests.conftest import actor_of

from kronist.pipeline import analyze


def test_the_leader_of_a_militia_is_a_rebel():
    actor = actor_of("Militslederen Ahmed Zaki angreb i går Kabul.", "Ahmed Zaki")
    assert actor.sector == "REB"


def test_the_leader_of_a_gang_is_a_criminal_and_of_a_union_labour():
    assert actor_of("Bandelederen blev anholdt i går.", "Bandelederen").sector == "CRM"
    text = "Fagforeningslederen kræver, at regeringen griber ind."
    assert actor_of(text, "Fagforeningslederen").sector == "LAB"


def test_a_rebel_leader_named_with_his_title_is_a_rebel():
    text = "Oprørslederen Gulbuddin Hekmatyar angreb i går Kabul."
    assert actor_of(text, "Gulbuddin Hekmatyar").sector == "REB"


def test_a_word_that_only_ends_like_a_leader_is_none():
    analysis = analyze("Billederne viser lederen.", published="2025-03-04")
    assert not any(e.text == "Billederne" for e in analysis.entities)
