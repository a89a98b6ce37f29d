"""Words that point back to actors named before: "denne" and "sidstnævnte" (the one named
last), "begge" (a pair, or two of one side), and co-actors of no country. Sentences written
for the test."""

from __future__ import annotations

from tests.conftest import actor_of, events_of


def test_denne_is_the_one_named_last_not_the_subject_before_it():
    text = "Trump mødte Putin i Alaska. Denne afviste en våbenhvile."
    assert actor_of(text, "Denne").country == "RUS"
    (rejection,) = events_of(text, "REJECT")
    assert rejection.actor.country == "RUS"


def test_sidstnaevnte_is_the_one_named_last():
    text = "Oppositionen kritiserede statsministeren. Sidstnævnte afviste kritikken."
    (rejection,) = events_of(text, "REJECT")
    assert "GOV" in rejection.actor.sectors
    assert "OPP" in rejection.recipient.sectors


def test_denne_as_an_article_points_to_no_one():
    text = "Kinas regering kritiserede USA. Denne uge afviste regeringen forslaget."
    rejections = events_of(text, "REJECT")
    assert [e.actor.country for e in rejections] == ["CHN"]


def test_the_place_where_a_pair_met_is_not_one_of_them():
    text = "Putin og Zelenskyj mødtes i Istanbul. Begge afviser forslaget."
    rejections = events_of(text, "REJECT")
    assert sorted(e.actor.country for e in rejections) == ["RUS", "UKR"]


def test_begge_misread_as_the_verbs_article_still_stands_for_the_pair():
    text = "Trump og Putin mødtes i tre timer. Begge afviste bagefter forslaget."
    rejections = events_of(text, "REJECT")
    assert sorted(e.actor.country for e in rejections) == ["RUS", "USA"]


def test_begge_after_two_of_one_country_is_that_side():
    text = (
        "Mette Frederiksen og Lars Løkke Rasmussen blev kritiseret af oppositionen. "
        "Begge afviser kritikken."
    )
    (rejection,) = events_of(text, "REJECT")
    assert (rejection.actor.country, rejection.actor.sector) == ("DNK", "GOV")
    assert "OPP" in rejection.recipient.sectors


def test_a_named_co_actor_of_no_country_acts_too():
    text = "Tyskland og NATO fordømte angrebet på Kyiv."
    accusers = {e.actor.name for e in events_of(text, "ACCUSE")}
    assert len(accusers) == 2
    assert any("NATO" in name or "North Atlantic" in name for name in accusers)


def test_a_co_actor_whose_country_is_found_later_is_no_second_party():
    text = "Kystvagten og flådens dykkere i Bangladesh har reddet 40 passagerer."
    assert len(events_of(text, "AID")) == 1


def test_partners_meeting_a_third_party_each_meet_it():
    consults = events_of("Sverige og Finland mødtes med USA.", "CONSULT")
    assert sorted((e.actor.country, e.recipient.country) for e in consults) == [
        ("FIN", "USA"),
        ("SWE", "USA"),
    ]


def test_two_partners_meeting_are_each_others_party():
    (meeting,) = events_of("Putin og Xi mødtes i Moskva.", "CONSULT")
    assert {meeting.actor.country, meeting.recipient.country} == {"RUS", "CHN"}


def test_an_apology_given_to_a_neighbour_is_a_concession_to_it():
    (apology,) = events_of("Japan har givet en officiel undskyldning til Sydkorea.", "CONCEDE")
    assert (apology.actor.country, apology.recipient.country) == ("JPN", "KOR")


def test_a_call_on_ones_own_citizens_is_an_event_not_an_internal_affair():
    (call,) = events_of("Regeringen opfordrer sine borgere til at forlade Libanon.", "REQUEST")
    assert "CVL" in call.recipient.sectors


def test_asking_ones_own_advisers_stays_an_internal_affair():
    assert not events_of("Trump har bedt sine rådgivere om at finde en løsning.", "REQUEST")


def test_sanctions_from_two_bodies_are_each_ones():
    text = "Sanktionerne fra EU og USA har ramt russisk økonomi hårdt."
    sanctions = events_of(text, "SANCTION")
    assert len(sanctions) == 2
    assert {e.recipient.country for e in sanctions} == {"RUS"}


def test_partners_in_an_attack_are_not_each_others_target():
    attacks = events_of("Angrebet fra Rusland og Belarus kom om natten.", "ASSAULT")
    assert sorted(e.actor.country for e in attacks) == ["BLR", "RUS"]
    assert all(e.recipient is None for e in attacks)


def test_a_definite_noun_that_ends_an_events_word_refers_to_that_event():
    text = (
        "Kina sender krigsskibe mod Taiwan\n\n"
        "Kina har torsdag indledt en stor militærøvelse omkring Taiwan.\n\n"
        "Taiwans præsident siger, at Taiwan ikke vil lade sig skræmme af Kina.\n\n"
        "Japan har udtrykt bekymring over øvelsen."
    )
    (concern,) = [e for e in events_of(text, "ACCUSE") if e.actor.country == "JPN"]
    assert concern.recipient.country == "CHN"


def test_protests_told_before_are_not_made_anew_by_an_accusation_of_them():
    text = (
        "Titusinder af demonstranter gik lørdag på gaden i Beograd.\n\n"
        "Præsidenten beskylder udenlandske efterretningstjenester for at stå bag protesterne."
    )
    protests = events_of(text, "PROTEST", "2025-03-16")
    assert [p.actor.sector for p in protests] == ["CVL"]
    lone = "USA mistænker Kataib Hizbollah for at stå bag angrebet på basen."
    assert events_of(lone, "ASSAULT")  # an attack not told before is told here
