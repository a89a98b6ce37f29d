"""Danish country names, adjectives (inflected) and inhabitant nouns."""

from __future__ import annotations

from kronist.actors.countries import country_lexicon


def test_country_names_come_from_cldr_and_the_alias_file():
    names = country_lexicon("da").names
    assert names["Tyskland"] == "DEU"  # CLDR
    assert names["Holland"] == "NLD"  # alias file
    assert names["Grønland"] == "GRL"


def test_adjectives_in_every_inflection():
    countries = country_lexicon("da")
    for word in ("amerikansk", "amerikanske", "Amerikanske", "amerikanskes"):
        assert countries.adjective(word) == "USA"
    assert countries.adjective("irakisk-kurdiske") == "IRQ"
    assert countries.adjective("fantastisk") is None


def test_inhabitant_nouns_in_every_inflection():
    countries = country_lexicon("da")
    for word in ("iraker", "irakere", "irakerne", "irakernes"):
        assert countries.inhabitant(word) == "IRQ"
    assert countries.inhabitant("nordmændene") == "NOR"


def test_a_country_is_a_location_with_an_actor_without_sector(analyse):
    found = analyse("Rusland og Tyrkiet forhandler om en våbenhvile i Syrien.")
    russia = found.one("Rusland", "LOC")
    assert (russia.actor.name, russia.actor.country, russia.actor.sector) == (
        "Russia",
        "RUS",
        None,
    )
    assert found.one("Syrien").actor.country == "SYR"


def test_genitive_country_and_nationality_adjective(analyse):
    found = analyse("Iraks regering kritiserer de islandske fiskere.", "2020-01-01")
    assert found.one("Iraks", "LOC").actor.country == "IRQ"
    assert found.one("islandske", "MISC").actor.country == "ISL"


def test_an_inhabitant_noun_is_a_civilian_of_that_country(analyse):
    found = analyse("En amerikaner og to briter blev såret ved angrebet.", "2020-01-01")
    assert found.actor("En amerikaner") == ("USA", "CVL")
    assert found.actor("to briter") == ("GBR", "CVL")


def test_cities_are_placed_in_their_country(analyse):
    found = analyse("Der var uro i både Bagdad, Kabul og København i går.")
    assert [found.one(city).actor.country for city in ("Bagdad", "Kabul", "København")] == [
        "IRQ",
        "AFG",
        "DNK",
    ]
