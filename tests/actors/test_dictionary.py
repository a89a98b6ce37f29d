"""The curated actor dictionary: dated roles, aliases and Danish spellings, EntityRuler patterns."""

from __future__ import annotations

import datetime as dt

from tests.actors.conftest import country_sector

from kronist.actors.dictionary import actor_dictionary, entity_patterns


def actor_of(name: str, day: str | None):
    entry = actor_dictionary("da").find(name)
    assert entry is not None, name
    return entry.actor_at(dt.date.fromisoformat(day) if day else None)


def test_trump_is_government_only_while_president():
    assert actor_of("Trump", "2019-12-31").sector == "GOV"
    assert actor_of("Trump", "2023-03-01").sector != "GOV"
    assert actor_of("Donald Trump", "2025-05-24").sector == "GOV"


def test_a_defence_minister_is_government_and_military_in_office():
    esper = actor_of("Mark Esper", "2020-01-05")
    assert (esper.country, esper.sectors) == ("USA", ["GOV", "MIL"])
    assert actor_of("Esper", "2022-01-01").sectors == ["ELI"]


def test_danish_prime_minister_from_june_2019():
    assert actor_of("Mette Frederiksen", "2020-11-05").sector == "GOV"
    assert actor_of("Mette Frederiksen", "2018-01-01").sector != "GOV"


def test_an_organisation_can_change_sector():
    assert actor_of("Taleban", "2020-02-01").sector == "REB"
    assert actor_of("Taleban", "2021-11-02").sectors == ["GOV", "MIL"]


def test_a_role_can_carry_its_own_country():
    rutte = actor_of("Mark Rutte", "2025-03-01")
    assert (rutte.country, rutte.sector) == (None, "IGO")
    assert actor_of("Mark Rutte", "2020-03-01").country == "NLD"


def test_unknown_date_takes_the_latest_role():
    assert actor_of("Lars Løkke Rasmussen", None).sector == "GOV"


def test_channels_are_organisations_without_actor(analyse):
    found = analyse("Ministeren skrev om aftenen på Twitter, at aftalen var i hus.")
    assert found.one("Twitter").actor is None


def test_danish_spellings_of_zelenskyj(analyse):
    text = (
        "Volodymyr Zelenskyj talte tirsdag i parlamentet. Senere sagde Zelenskij, at Ukraine "
        "har brug for flere våben. Zelensky besøger snart Berlin."
    )
    found = analyse(text, "2023-06-01")
    for spelling in ("Volodymyr Zelenskyj", "Zelenskij", "Zelensky"):
        entity = found.one(spelling, "PER")
        assert entity.actor.name == "Volodymyr Zelenskyy"
        assert (entity.actor.country, entity.actor.sector) == ("UKR", "GOV")


def test_entity_patterns_carry_aliases_and_genitives():
    patterns = entity_patterns("da")
    by_pattern = {p["pattern"]: p for p in patterns}
    assert by_pattern["Kataib Hizbollah"]["label"] == "ORG"
    assert by_pattern["Trumps"] == {"label": "PER", "pattern": "Trumps", "id": "Donald Trump"}
    assert by_pattern["Irak"]["label"] == "LOC"
    assert by_pattern["USA's"]["id"] == "USA"


def test_undated_text_takes_the_role_the_text_gives_beside_the_name(analyse):
    """Vestager was a Danish minister before she became an EU commissioner (no country): an
    undated article that calls her minister speaks of the minister, in every mention."""
    text = (
        "Økonomi- og indenrigsminister Margrethe Vestager (R) siger, at sagen er alvorlig. "
        "Senere på dagen gentog Vestager sin kritik."
    )
    found = analyse(text)
    assert [country_sector(e) for e in found.all("Margrethe Vestager")] == [("DNK", "GOV")]
    assert [country_sector(e) for e in found.all("Vestager")] == [("DNK", "GOV")]


def test_undated_text_without_a_title_keeps_the_latest_role(analyse):
    found = analyse("Margrethe Vestager siger, at sagen er alvorlig.")
    assert found.actor("Margrethe Vestager") == (None, "IGO")


def test_a_dated_text_keeps_the_role_of_its_day(analyse):
    text = "Økonomi- og indenrigsminister Margrethe Vestager siger, at sagen er alvorlig."
    assert analyse(text, "2019-06-01").actor("Margrethe Vestager") == (None, "IGO")


def test_regional_international_bodies_have_no_country(analyse):
    found = analyse("Den vestafrikanske samarbejdsorganisation Ecowas fordømmer angrebet i Mali.")
    assert found.actor("Ecowas") == (None, "IGO")


def test_arbejderpartiet_in_danish_news_is_norways():
    from tests.conftest import events_of

    text = "Sylvi Listhaug kritiserer Arbejderpartiet for en uansvarlig økonomisk politik."
    (criticism,) = events_of(text, "ACCUSE")
    assert (criticism.recipient.country, criticism.recipient.sector) == ("NOR", "PTY")
