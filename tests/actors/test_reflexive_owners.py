"""A phrase owned by a reflexive possessive ("sin", "sit", "sine") is the clause subject's;
role nouns of health workers and military leaders. Sentences written for the test."""

from __future__ import annotations

import pytest
from tests.conftest import actor_of


def test_a_ministers_boss_makes_the_minister_of_his_country():
    actor = actor_of("Erdogan har fyret sin finansminister.", "sin finansminister")
    assert (actor.country, actor.sector) == ("TUR", "GOV")


def test_a_movements_followers_are_of_its_country():
    actor = actor_of("Hamas opfordrer sine tilhængere til at protestere.", "sine tilhængere")
    assert actor.country == "PSE"


def test_a_phrase_naming_its_own_country_keeps_it():
    text = "Netanyahu har mødt sin amerikanske kollega."
    assert actor_of(text, "sin amerikanske kollega").country == "USA"


def test_health_workers_and_a_military_leader_have_their_sectors():
    assert actor_of("Sundhedsmedarbejdere i Gaza strejker.", "Sundhedsmedarbejdere").sector == "HLH"
    text = "Sudans militærleder mødtes med FN's udsending."
    assert actor_of(text, "Sudans militærleder").sector == "MIL"


def test_a_commander_in_the_group_named_before_is_that_group():
    text = (
        "Oprørsgruppen HTS har indtaget byen Hama. "
        "Vi har befriet byen, siger en kommandant i gruppen."
    )
    actor = actor_of(text, "en kommandant i gruppen")
    assert (actor.name, actor.sector) == ("Hayat Tahrir al-Sham", "REB")


@pytest.mark.parametrize(
    "text, mention, sector",
    [
        ("Foreningen kræver, at kommunen griber ind.", "Foreningen", "SOC"),
        ("Fabrikken i Kalundborg afviser kritikken.", "Fabrikken", "BUS"),
        ("Demonstranter plyndrede flere butikker i Lilongwe.", "flere butikker", "BUS"),
        ("Militsfolk angreb landsbyen i nat.", "Militsfolk", "REB"),
        ("Patienterne på hospitalet blev evakueret.", "Patienterne på hospitalet", "CVL"),
    ],
)
def test_associations_factories_and_shops_are_actors_of_their_sectors(text, mention, sector):
    assert actor_of(text, mention).sector == sector
