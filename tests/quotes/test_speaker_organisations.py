"""Speakers named with the organisation they work for: the organisation decides their sector
and country ("siger X, cheføkonom hos Nykredit", "X, formand for Dansk Sygeplejeråd")."""

from __future__ import annotations

import pytest

from kronist.pipeline import analyze

pytestmark = pytest.mark.usefixtures("with_actors")  # the whole pipeline, dictionary too


def speaker_of(text: str) -> tuple[str | None, list[str]]:
    [quote] = analyze(text, published="2025-03-04").quotes
    actor = quote.speaker_actor
    assert actor is not None, quote.speaker
    return actor.country, sorted({actor.sector, *actor.sectors} - {None})


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("Tove Lind, cheføkonom hos Nykredit", "BUS"),
        ("Bent Holst, direktør for Dansk Byggeri", "BUS"),
        ("Grethe Krog, formand for Dansk Sygeplejeråd", "LAB"),
        ("Lars Vinkel, formand for Akademikerne", "LAB"),
        ("Susanne Brix, næstformand i FOA", "LAB"),
    ],
)
def test_a_danish_organisation_gives_its_people_their_sector(phrase, sector):
    text = (
        "Renten stiger igen\n\n"
        "Boligejere i hele landet må betale mere fra næste måned.\n\n"
        f"»Det kommer til at kunne mærkes,« siger {phrase}."
    )
    country, sectors = speaker_of(text)
    assert country == "DNK"
    assert sector in sectors


def test_an_airline_speaks_as_a_business():
    text = (
        "Aflysninger i lufthavnen\n\n"
        "Flere hundrede passagerer sidder fast i Kastrup.\n\n"
        "»Vi beklager over for vores kunder,« skriver SAS i en pressemeddelelse."
    )
    assert speaker_of(text) == ("DNK", ["BUS"])


def test_the_organisation_a_member_belongs_to_is_the_main_clause_subject_before():
    text = (
        "Bønder blokerer veje i Portugal\n\n"
        "Hundredvis af portugisiske bønder kørte tirsdag traktorer ind i Lissabon.\n\n"
        "Landbrugsorganisationen Terra Viva kræver, at regeringen hæver mælkeprisen.\n\n"
        "– Vi kan ikke leve af vores arbejde, siger organisationens formand, João Almeida."
    )
    assert speaker_of(text) == ("PRT", ["AGR"])


def test_a_person_titled_as_a_member_before_keeps_the_organisation_when_quoted_by_pronoun():
    text = (
        "Jordemødre strejker\n\n"
        "Jordemødre i hele landet strejker fra mandag.\n\n"
        "Fagforbundet FOA kræver højere løn. Formanden, Birte Lund, er klar til en lang "
        "konflikt.\n\n"
        "»Vi har ventet længe nok,« siger hun."
    )
    country, sectors = speaker_of(text)
    assert (country, "LAB" in sectors) == ("DNK", True)


def test_the_staff_of_an_unknown_organisation_placed_at_home_are_of_home():
    text = (
        "Boligpriserne stiger\n\n"
        "Boligpriserne i København er steget med ti procent på et år.\n\n"
        "»Det kommer til at fortsætte,« siger Lise Holm, direktør i Boligøkonomisk Videncenter."
    )
    country, _sectors = speaker_of(text)
    assert country == "DNK"
