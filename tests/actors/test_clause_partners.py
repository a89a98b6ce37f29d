"""Who a phrase can be, from the clause it stands in: an inverted subject and its object are two
phrases, not one name; an object pronoun is not its own verb's subject. Sentences written for
the test."""

from __future__ import annotations

from tests.conftest import actor_of, events_of

from kronist.pipeline import analyze


def test_a_country_after_an_inverted_organisation_subject_is_the_object():
    analysis = analyze("I en erklæring opfordrer EU Kina til at hjælpe.", published="2025-03-04")
    assert any(e.text == "Kina" and e.actor.country == "CHN" for e in analysis.entities)
    (request,) = [e for e in analysis.events if e.event == "REQUEST"]
    assert "IGO" in request.actor.sectors and request.recipient.country == "CHN"


def test_a_place_glued_to_a_company_name_stays_part_of_the_name():
    analysis = analyze("Rederiet siger, at Maersk Hangzhou blev ramt.", published="2025-03-04")
    assert not any(e.text == "Hangzhou" for e in analysis.entities)


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb():
    text = (
        "Den russiske ambassadør blev tirsdag kaldt til samtale. "
        "Udenrigsministeren bad ham om at forklare droneflyvningerne."
    )
    (request,) = events_of(text, "REQUEST")
    assert (request.actor.country, request.recipient.country) == ("DNK", "RUS")


def test_an_object_pronoun_is_not_whom_its_subject_pronoun_is():
    text = "Statsministeren mødte Zelenskyj i Kyiv. Hun lovede ham flere våben."
    (promise,) = events_of(text, "AGREE")
    assert (promise.actor.country, promise.recipient.country) == ("DNK", "UKR")


def test_an_unknown_town_in_a_story_abroad_is_not_placed_at_home():
    text = (
        "Russiske styrker angreb mandag byen Kupjansk med artilleri. "
        "Ukraines hær siger, at angrebet blev slået tilbage."
    )
    town = actor_of(text, "Kupjansk")
    assert town is None or town.country != "DNK"


def test_an_unknown_name_in_a_story_at_home_is_still_at_home():
    text = "Borgmester Jens Hansen fra Vestervig kritiserer regeringen."
    assert actor_of(text, "Jens Hansen").country == "DNK"


def test_a_farm_lobby_or_union_sets_its_sentence_at_home():
    text = (
        "Kina indfører told på amerikansk soja. USA truer med nye sanktioner mod Kina. "
        "Landbrug & Fødevarer kræver, at regeringen hjælper de berørte virksomheder."
    )
    assert actor_of(text, "regeringen", published="2025-03-07").country == "DNK"
