"""Who in a speaker phrase speaks: not the owner named in the genitive ("Trumps advokat, X"),
not the country a compound expert knows about ("Kina-ekspert X"), and not an empty reading of
the phrase over the name it holds."""

from __future__ import annotations

import pytest
from tests.conftest import quote_speaker

from kronist.pipeline import analyze

pytestmark = pytest.mark.usefixtures("with_actors")  # the whole pipeline, dictionary too


def speaker(text: str, published: str = "2024-09-04"):
    return quote_speaker(text, published, only=True)


def test_a_person_in_the_genitive_owns_the_speaker_and_is_not_the_speaker():
    actor = speaker(
        "Retssag i New York\n\n"
        "Donald Trump er tiltalt i en ny sag.\n\n"
        "»Det er politisk forfølgelse,« siger Trumps advokat, Todd Blanche."
    )
    assert (actor.name, actor.country, actor.sector) == ("Todd Blanche", "USA", "JUD")


def test_a_genitive_spokesman_is_the_spokesman_not_his_employer():
    actor = speaker(
        "Valgkamp i USA\n\nDonald Trump står stærkt i målingerne.\n\n"
        "»Vi vinder i november,« siger Trumps talsmand, Steven Cheung."
    )
    assert actor.name == "Steven Cheung"
    assert actor.wikidata is None


def test_a_genitive_name_that_is_the_whole_phrase_still_speaks():
    actor = speaker(
        "Krig\n\nVolodymyr Zelenskyj besøger fronten.\n\n"
        "Budskabet fra Zelenskyjs kontor er klart.\n\n"
        "»Vi holder linjen,« siger Zelenskyjs."
    )
    assert actor is not None and actor.country == "UKR"


def test_an_expert_on_a_country_is_not_of_that_country():
    actor = speaker(
        "Krigen i Ukraine\n\n"
        "Rusland har sendt flere tropper mod Kharkiv i Ukraine.\n\n"
        "»Kina holder sig tilbage,« siger Kina-ekspert Peter Lund."
    )
    assert actor.country not in ("CHN", "RUS")


def test_an_analyst_is_no_member_of_the_state_the_news_is_about():
    actor = speaker(
        "Krigen i Ukraine\n\n"
        "Rusland har sendt flere tropper mod Kharkiv i Ukraine.\n\n"
        "»Putin vil presse Vesten,« siger analytiker Jens Holm."
    )
    assert (actor.country, actor.sector) != ("RUS", "GOV")


def test_a_correspondent_covering_a_country_is_not_of_that_country():
    actor = speaker(
        "Valgkamp i USA\n\nKamala Harris og Donald Trump står lige i målingerne.\n\n"
        "»Det bliver meget tæt,« siger DR's USA-korrespondent Henrik Mørk."
    )
    assert (actor.country, actor.sector) == ("DNK", "JRN")


def test_an_empty_reading_of_the_phrase_does_not_replace_the_named_person():
    actor = speaker(
        "Renten stiger igen\n\nBoligejere må betale mere.\n\n"
        "»Det var ventet,« siger Lise Holm, direktør i Boligøkonomisk Videncenter."
    )
    assert actor.name == "Lise Holm"


def test_a_participle_before_a_title_is_part_of_the_speaker_phrase():
    [quote] = analyze(
        "Eksporten falder\n\nDansk eksport faldt i marts.\n\n"
        "»Det går ud over eksporten,« siger Lars Berg, administrerende direktør i Nordea.",
        published="2025-03-04",
    ).quotes
    assert quote.speaker == "Lars Berg, administrerende direktør i Nordea"
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("DNK", "BUS")


def test_a_regional_council_chair_with_a_party_letter_speaks_for_the_region():
    actor = speaker(
        "Sygehuse mangler penge\n\nRegionerne mangler penge til sygehusene.\n\n"
        "»Vi finder pengene,« siger regionsrådsformand Jens Kjær (S).",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("DNK", "GOV")


def test_a_historian_is_a_scholar_and_not_of_the_country_he_studies():
    actor = speaker(
        "Krigen i Ukraine\n\nRusland har sendt flere tropper mod Kharkiv i Ukraine.\n\n"
        "»Putin tænker i imperier,« siger Rusland-historiker Karsten Holm.",
        published="2025-03-04",
    )
    assert actor.sector == "EDU"
    assert actor.country not in ("RUS", "UKR")


def test_a_possessive_relative_clause_tells_of_the_speakers_family_not_their_job():
    actor = speaker(
        "Skyderi på skole i Texas\n\nEn mand har skudt fire personer på en skole i Texas.\n\n"
        "»Det er et mareridt,« siger Linda Parker, hvis søn går på skolen.",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("USA", "CVL")


def test_a_sheriff_is_police():
    actor = speaker(
        "Skyderi på skole i Texas\n\nEn mand har skudt fire personer på en skole i Texas.\n\n"
        "»Gerningsmanden er anholdt,« siger den lokale sherif, Tom Baker.",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("USA", "COP")


def test_an_ambassador_to_the_un_is_of_the_country_that_posts_her():
    actor = speaker(
        "Krisen i Ukraine\n\nRusland har angrebet Kyiv med droner natten til søndag.\n\n"
        "»Det er et brud på folkeretten,« siger Danmarks FN-ambassadør, Karen Lindberg.",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("DNK", "GOV")


def test_a_speaker_named_as_living_somewhere_is_a_civilian():
    actor = speaker(
        "Strid om vindmøller\n\nByrådet vil opstille 40 vindmøller ved Skjern.\n\n"
        "Naboerne er utilfredse. Lene Holt bor 800 meter fra den nærmeste mølle.\n\n"
        "»Vi bliver aldrig spurgt,« siger hun.",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("DNK", "CVL")


def test_a_nationality_in_the_phrase_beats_the_place_the_speaker_lives():
    actor = speaker(
        "Danskere i Libanon\n\nIsrael bomber mål i Beirut, og mange danskere vil hjem.\n\n"
        "»Vi hører eksplosioner hver nat,« siger danske Mette Krogh, der bor i Beirut.",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("DNK", "CVL")


def test_a_general_staff_speaks_as_the_military():
    actor = speaker(
        "Krigen i Ukraine\n\nRusland har angrebet Ukraine med 300 droner natten til lørdag.\n\n"
        "»Vi skød 280 droner ned,« oplyser Ukraines generalstab på Telegram.",
        published="2025-03-04",
    )
    assert (actor.country, actor.sector) == ("UKR", "MIL")


def test_a_border_guard_is_police_or_military():
    actor = speaker(
        "Migranter ved grænsen\n\nHundreder af migranter forsøgte at krydse grænsen til Polen.\n\n"
        "»Vi stoppede 60 personer,« skriver den polske grænsevagt på X.",
        published="2025-03-04",
    )
    assert actor.country == "POL"
    assert {"COP", "MIL"} <= set(actor.sectors)


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("redningstjenesten", "GOV"),
        ("en militærtalsmand", "MIL"),
        ("oprørslederen", "REB"),
        ("en sundhedsarbejder", "HLH"),
        ("en sikkerhedskilde", "COP"),
        ("overgangsrådet", "GOV"),
    ],
)
def test_bodies_and_workers_of_war_news_have_their_sector(phrase, sector):
    actor = speaker(
        "Krigen i Ukraine\n\nRusland har angrebet Kharkiv i Ukraine med droner natten til "
        f"lørdag.\n\n»Vi har fundet tre døde i ruinerne,« siger {phrase}.",
        published="2025-03-04",
    )
    assert sector in {actor.sector, *actor.sectors}


def test_an_agency_the_dictionary_gives_no_country_gets_none_from_the_story():
    actor = speaker(
        "Våbenhvile i Gaza\n\nIsrael og Hamas er tæt på en aftale om våbenhvile i Gaza.\n\n"
        "»Aftalen kan komme i denne uge,« skriver nyhedsbureauet Reuters.",
        published="2025-03-04",
    )
    assert (actor.name, actor.country, actor.sector) == ("Reuters", None, "JRN")


def test_a_capitalised_place_compound_title_is_no_part_of_the_name():
    found = analyze(
        "Krigen i Ukraine\n\nRusland har sendt flere tropper mod Kharkiv i Ukraine.\n\n"
        "»Putin vil presse Vesten,« siger Ruslandsekspert Flemming Holm fra Aarhus Universitet.",
        published="2025-03-04",
    )
    assert "Flemming Holm" in [e.text for e in found.entities if e.label == "PER"]
    actor = found.quotes[0].speaker_actor
    assert (actor.name, actor.country, actor.sector) == ("Flemming Holm", "DNK", "EDU")
