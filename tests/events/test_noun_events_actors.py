"""Who did what an event noun names: a passive verb that tells the same event, the subject of
a meeting fronted or owned by a reflexive possessive, and light verbs of announcing, starting
and ending. Sentences written for the test."""

from __future__ import annotations

from tests.conftest import events_of


def test_a_passive_verb_of_the_same_event_takes_its_noun_subject_and_agent():
    (sanction,) = events_of("Sanktionerne mod Rusland blev forlænget af EU mandag.", "SANCTION")
    assert "IGO" in sanction.actor.sectors
    assert sanction.recipient.country == "RUS"


def test_a_passive_verb_of_another_event_leaves_the_noun_its_own_event():
    text = "Demonstrationen i Minsk blev opløst af politiet."
    assert events_of(text, "PROTEST")


def test_a_fronted_meeting_was_held_by_the_main_clause_subject():
    text = "Efter mødet med Zelenskyj sagde Macron, at Europa står sammen."
    (meeting,) = events_of(text, "CONSULT")
    assert (meeting.actor.country, meeting.recipient.country) == ("FRA", "UKR")


def test_a_reflexive_possessive_gives_the_visit_to_the_subject():
    text = "Under sit besøg i Kyiv lovede Mette Frederiksen flere våben."
    visits = events_of(text, "CONSULT")
    assert [(v.actor.country, v.recipient.country) for v in visits] == [("DNK", "UKR")]


def test_after_an_attack_the_one_who_speaks_is_not_the_attacker():
    text = "Efter angrebet på Kyiv sagde Zelenskyj, at Ukraine har brug for luftforsvar."
    assert not any(e.actor.country == "UKR" for e in events_of(text, "ASSAULT"))


def test_announcing_sanctions_is_imposing_them():
    (sanction,) = events_of("EU annoncerede nye sanktioner mod Rusland.", "SANCTION")
    assert "IGO" in sanction.actor.sectors
    assert sanction.recipient.country == "RUS"


def test_ending_talks_is_holding_them():
    text = "Rusland og Ukraine afsluttede forhandlingerne i Istanbul uden resultat."
    talks = events_of(text, "CONSULT")
    assert {(t.actor.country, t.recipient.country) for t in talks} & {("RUS", "UKR")}


def test_a_light_verb_with_words_of_its_own_is_tried_after_another_that_fails():
    (meeting,) = events_of("Frankrig tog initiativ til et møde med Tyskland.", "CONSULT")
    assert (meeting.actor.country, meeting.recipient.country) == ("FRA", "DEU")


def test_a_noun_whose_last_consonant_doubles_before_its_ending_is_found():
    from kronist.events.lexicon import load_lexicon

    lexicon = load_lexicon("da")
    assert lexicon.noun_pattern("kritikken").event == "ACCUSE"  # kritik
    assert lexicon.noun_pattern("statskuppet").event == "COERCE"  # statskup
    assert lexicon.noun_pattern("bussen") is None


def test_criticism_that_comes_from_someone_is_theirs():
    (criticism,) = events_of("Kritikken kommer fra oppositionen.", "ACCUSE")
    assert "OPP" in criticism.actor.sectors


def test_a_demand_heard_from_protesters_is_theirs():
    (demand,) = events_of("Kravet om nyvalg lyder fra demonstranterne.", "REQUEST")
    assert "CVL" in demand.actor.sectors


def test_a_police_patrol_or_station_attacked_is_the_police():
    for text in (
        "Tre bevæbnede mænd skød tirsdag mod en politipatrulje i Malmø.",
        "To mænd kastede brandbomber mod en politistation i Malmø natten til søndag.",
    ):
        (attack,) = events_of(text, "ASSAULT")
        assert attack.recipient.sector == "COP", text


def test_a_place_after_a_preposition_in_the_subject_phrase_does_not_act():
    text = (
        "Protesterne begyndte, efter at et betontag på banegården i Novi Sad styrtede sammen og "
        "dræbte 15 mennesker."
    )
    assert not [e for e in events_of(text, "ASSAULT") if e.actor is not None]


def test_people_called_foreign_are_not_the_storys_country():
    text = (
        "Vucic beskylder udenlandske efterretningstjenester for at stå bag protesterne i Beograd."
    )
    (accusation,) = events_of(text, "ACCUSE")
    assert accusation.actor.country == "SRB"
    assert accusation.recipient.country is None
