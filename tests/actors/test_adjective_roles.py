"""Country adjective + role noun."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        (
            "Soldaterne skød mod den amerikanske ambassade i nat.",
            "den amerikanske ambassade",
            ("USA", "GOV"),
        ),
        (
            "Angrebet ramte de irakiske væbnede styrker hårdt.",
            "de irakiske væbnede styrker",
            ("IRQ", "MIL"),
        ),
        (
            "I fredags blev en amerikansk statsborger dræbt ved angrebet.",
            "en amerikansk statsborger",
            ("USA", "CVL"),
        ),
        (
            "Russiske soldater rykkede ind i landsbyen om morgenen.",
            "Russiske soldater",
            ("RUS", "MIL"),
        ),
        ("Den tyske regering vil sende flere våben.", "Den tyske regering", ("DEU", "GOV")),
        (
            "Ifølge en talsmand fra det amerikanske udenrigsministerium er ingen kommet til skade.",
            "en talsmand fra det amerikanske udenrigsministerium",
            ("USA", "GOV"),
        ),
    ],
)
def test_adjective_gives_the_country(analyse, sentence, phrase, expected):
    assert analyse(sentence, "2020-01-01").actor(phrase, "NOM") == expected


def test_the_adjective_is_also_a_misc_entity(analyse):
    found = analyse("Den svenske politiker kritiserede forslaget.", "2020-01-01")
    assert found.one("svenske", "MISC").actor.country == "SWE"


def test_former_officials(analyse):
    found = analyse("Den tidligere amerikanske præsident holdt tale i går.", "2020-01-01")
    assert found.actor("Den tidligere amerikanske præsident", "NOM") == ("USA", "ELI")


def test_a_plural_role_before_a_definite_noun_is_a_phrase_of_its_own(analyse):
    """ "opfordrer 50 forskere regeringen": "forskere" ends like an adjective ("militante"),
    but no adjective stands bare before a definite noun."""
    found = analyse("I går opfordrede 50 forskere regeringen til at handle.", "2025-03-12")
    assert found.texts("NOM") == ["50 forskere", "regeringen"]
