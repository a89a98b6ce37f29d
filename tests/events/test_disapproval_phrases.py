"""Disapproval in the phrases news uses beyond "kritiserer": regretting another's decision,
finding something unacceptable, wondering at it, a reprimand, a case brought to court, and
the preposition of what it is about found across an article. Sentences written for the test."""

from __future__ import annotations

from tests.conftest import events_of


def test_regretting_anothers_decision_disapproves_of_it():
    (accusation,) = events_of(
        "Danmark beklager Israels beslutning om at udvide bosættelserne.", "ACCUSE"
    )
    assert (accusation.actor.country, accusation.recipient.country) == ("DNK", "ISR")


def test_regretting_alone_is_still_an_apology():
    assert not events_of("Ministeren beklager hændelsen.", "ACCUSE")


def test_finding_it_unacceptable_that_another_acted_is_disapproval():
    text = "Udenrigsministeren finder det dybt uacceptabelt, at Rusland har anholdt journalisten."
    (accusation,) = events_of(text, "ACCUSE")
    assert accusation.recipient.country == "RUS"


def test_the_preposition_before_an_article_and_a_country_adjective_is_found():
    (accusation,) = events_of("Tyskland undrer sig over den amerikanske beslutning.", "ACCUSE")
    assert (accusation.actor.country, accusation.recipient.country) == ("DEU", "USA")


def test_a_reprimand_voted_is_disapproval_of_its_recipient():
    (accusation,) = events_of("Folketinget har vedtaget en næse til justitsministeren.", "ACCUSE")
    assert "LEG" in accusation.actor.sectors
    assert "GOV" in accusation.recipient.sectors


def test_giving_voice_to_dissatisfaction_with_a_neighbour_is_disapproval():
    text = "Frankrig har givet udtryk for stor utilfredshed med Italiens nye migrationslov."
    (accusation,) = events_of(text, "ACCUSE")
    assert (accusation.actor.country, accusation.recipient.country) == ("FRA", "ITA")


def test_a_case_brought_against_a_state_is_an_allegation():
    text = "EU-Kommissionen har indledt en sag mod Polen ved EU-Domstolen."
    (case,) = events_of(text, "ACCUSE")
    assert (case.mode, case.recipient.country) == ("allege", "POL")


def test_calling_a_plan_a_betrayal_disapproves_of_its_maker():
    (accusation,) = events_of("Ukraine kalder den russiske fredsplan for et bedrag.", "ACCUSE")
    assert (accusation.actor.country, accusation.recipient.country) == ("UKR", "RUS")


def test_calling_a_decision_stupid_is_disapproval():
    text = 'Canadas premierminister kalder de amerikanske toldsatser "meget dumme".'
    (criticism,) = events_of(text, "ACCUSE")
    assert criticism.actor.country == "CAN"


def test_a_chamber_of_commerce_is_business():
    text = "Det amerikanske handelskammer opfordrer Trump til at indlede forhandlinger med Kina."
    (request,) = events_of(text, "REQUEST")
    assert (request.actor.country, request.actor.sector) == ("USA", "BUS")
