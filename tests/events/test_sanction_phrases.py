"""Sanctions told as blacklists, stops and declarations, and who imposes them when the text
leaves it to the place; attackers named by what they did ("selvmordsbomber"). Sentences written
for the test."""

from __future__ import annotations

import pytest
from tests.conftest import events_of


def test_a_diplomat_declared_unwanted_in_a_capital_is_expelled_by_that_state():
    (expulsion,) = events_of("Ambassadøren er blevet erklæret uønsket i Moskva.", "SANCTION")
    assert (expulsion.mode, expulsion.actor.country) == ("expel", "RUS")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # blacklisting companies is a sanction on their country
        ("USA har sortlistet fem kinesiske virksomheder.", ("USA", "CHN")),
        # a stop for arms sales is an embargo on the buyer
        ("USA indfører stop for våbensalg til Saudi-Arabien.", ("USA", "SAU")),
        # an export stop named by a noun is a sanction
        ("Kinas eksportstop mod Japan rammer især bilindustrien.", ("CHN", "JPN")),
    ],
)
def test_sanctions_told_as_blacklists_and_stops(text, countries):
    (sanction,) = events_of(text, "SANCTION")
    assert (sanction.actor.country, sanction.recipient.country) == countries


def test_a_suicide_bomber_is_the_attacker_not_an_event_of_its_own():
    text = "En selvmordsbomber sprængte sig selv i luften ved en moské i Peshawar."
    (attack,) = events_of(text, "ASSAULT")
    assert (attack.mode, attack.actor.country, attack.actor.sector) == (
        "suicide-attack",
        "PAK",
        "UAF",
    )


def test_a_stop_and_search_zone_is_coercion_by_the_police():
    (zone,) = events_of("Politiet har rejst en visitationszone på Nørrebro.", "COERCE")
    assert (zone.mode, zone.actor.sector) == ("restrict", "COP")


def test_a_ban_on_staying_given_to_young_men_is_coercion_of_them():
    (ban,) = events_of("Politiet har udstedt et opholdsforbud til fem unge.", "COERCE")
    assert (ban.actor.sector, ban.recipient.sector) == ("COP", "CVL")


def test_an_investigation_set_going_is_one_opened():
    (inquiry,) = events_of("Politiet har sat en stor efterforskning i gang.", "ACCUSE")
    assert (inquiry.mode, inquiry.actor.sector) == ("investigate", "COP")


def test_an_embassy_opened_in_a_country_sets_up_relations_with_it():
    (support,) = events_of("Danmark har åbnet en ambassade i Kyiv.", "SUPPORT")
    assert (support.actor.country, support.recipient.country) == ("DNK", "UKR")
    assert not events_of("Ambassaden i Kyiv åbner igen mandag.", "SUPPORT")


def test_money_paid_out_to_a_country_is_aid():
    (aid,) = events_of("EU har udbetalt 4 milliarder euro til Ukraine.", "AID")
    assert aid.recipient.country == "UKR"


def test_brokering_an_exchange_is_no_agreement_of_the_broker():
    text = "Qatar har formidlet en aftale om udveksling af fanger."
    assert not any(e.actor.country == "QAT" for e in events_of(text, "AGREE"))


def test_closing_another_countrys_consulate_is_aimed_at_that_country():
    (closing,) = events_of("Polen har onsdag lukket Ruslands konsulat i Poznan.", "SANCTION")
    assert closing.recipient.country == "RUS"
    (own,) = events_of("USA lukker sin ambassade i Kyiv.", "SANCTION")
    assert own.recipient.country == "UKR"


def test_an_unfriendly_act_is_disapproval():
    text = (
        "Polen har onsdag udvist tre russiske diplomater.\n\n"
        'Rusland kalder udvisningen "en uvenlig handling".'
    )
    (criticism,) = events_of(text, "ACCUSE", "2025-05-14")
    assert (criticism.actor.country, criticism.recipient.country) == ("RUS", "POL")


def test_opposing_a_deal_or_blocking_a_measure_is_aimed_at_its_maker():
    (opposed,) = events_of("Tyrkiet sætter sig imod Sveriges optagelse i NATO.", "REJECT")
    assert opposed.recipient.country == "SWE"
    events = events_of("Polen modsætter sig EU's migrationsaftale.", "AGREE")
    assert not events  # the deal refused is no agreement told
    (blocked,) = events_of("Ungarn blokerer for EU's nye sanktioner mod Rusland.", "REJECT")
    assert blocked.recipient.name == "European Union"


def test_a_promise_of_attacks_or_sanctions_is_a_threat():
    (attacks,) = events_of("Houthierne lover flere angreb på skibe i Rødehavet.", "THREATEN")
    assert attacks.mode == "violence" and attacks.actor.country == "YEM"
    (sanctions,) = events_of("USA lover nye sanktioner mod Iran.", "THREATEN")
    assert sanctions.recipient.country == "IRN"
    assert events_of("Danmark lover Ukraine flere kampfly.", "AGREE")  # help stays a promise


def test_countermeasures_announced_and_parties_suspended():
    (threat,) = events_of("Rusland varsler modsvar, hvis Finland optages i NATO.", "THREATEN")
    assert threat.actor.country == "RUS"
    (ban,) = events_of("Juntaen i Mali har suspenderet alle politiske partier.", "COERCE")
    assert ban.mode == "restrict"
