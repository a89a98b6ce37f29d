"""Rules that look beyond one trigger: content of promises, implicit and inherited actors,
who protests, stative descriptions, habitual patterns, reciprocal recipients."""

from event_coding import countries, only


def test_promise_takes_its_recipient_from_the_promised_act(code):
    event = only(code("Tyskland lover at sende kampvogne til Ukraine."), "AGREE")
    assert countries(event) == ("DEU", "UKR")
    assert not [
        e for e in code("Tyskland lover at sende kampvogne til Ukraine.") if e.event == "AID"
    ]


def test_promise_of_retaliation_is_a_threat(code):
    event = only(code("Rusland lover at svare igen på sanktionerne."), "THREATEN")
    assert event.mode == "violence"


def test_agentless_charge_is_made_by_the_police(code):
    event = only(code("I går blev en 30-årig mand sigtet for drab."), "ACCUSE")
    assert event.actor is not None and event.actor.sector == "COP"
    assert event.recipient_text == "en 30-årig mand"


def test_officials_protest_verbally(code):
    event = only(code("Sverige protesterer mod Ruslands beslutning."), "ACCUSE")
    assert event.mode == "disapprove"
    assert countries(event) == ("SWE", "RUS")


def test_relative_clause_describing_a_state_is_no_event(code):
    events = code("Hamas, der er støttet af Iran, angreb Israel i nat.")
    assert not [e for e in events if e.event == "SUPPORT"]
    assert countries(only(events, "ASSAULT")) == ("PSE", "ISR")


def test_a_series_of_attacks_is_background(code):
    assert not code("Rusland har gennemført en række angreb mod Ukraine.")


def test_perpetrator_is_the_actor_of_an_attack_told_without_one(code):
    events = code("Et skyderi i Malmø kostede to liv. Politiet leder efter gerningsmanden.")
    event = only(events, "ASSAULT")
    assert event.actor_text == "gerningsmanden"


def test_reaction_in_one_sentence_targets_the_other_party(code):
    events = code("Danmark aflyser mødet, efter at Rusland afviste forslaget.")
    reject = [e for e in events if e.event == "REJECT" and e.actor.country == "RUS"]
    assert reject and reject[0].recipient.country == "DNK"


def test_headline_in_present_tense_is_dated_by_the_body(code):
    events = code(
        "Rusland angreb natten til tirsdag Ukraine med droner.", title="Rusland angriber Ukraine"
    )
    event = only(events, "ASSAULT")
    assert event.date.date is not None and event.date.date.isoformat() == "2024-03-12"


def test_an_international_body_is_not_a_country(code):
    events = code("Nato opfordrer Rusland til at stoppe. USA opfordrer Rusland til at stoppe.")
    assert len([e for e in events if e.event == "REQUEST"]) == 2


def test_different_kinds_of_accusation_stay_apart(code):
    events = code("Rusland kritiserer Ukraine. Rusland beskylder Ukraine for at lyve.")
    assert {e.mode for e in events if e.event == "ACCUSE"} == {"disapprove", "allege"}


def test_a_country_that_acts_is_its_state(code):
    assault = only(code("Rusland angreb Ukraine i nat."), "ASSAULT")
    assert assault.actor.sector == "MIL"
    request = only(code("Tyskland opfordrer Rusland til at stoppe."), "REQUEST")
    assert (request.actor.sector, request.recipient.sector) == ("GOV", "GOV")


def test_deaths_in_an_accident_are_no_assault(code):
    events = code("To personer blev dræbt i en trafikulykke. Politiet efterforsker ulykken.")
    assert not [e for e in events if e.event in {"ASSAULT", "ACCUSE"}]


def test_two_parties_agreeing_are_actor_and_recipient(code):
    event = only(code("Israel og Hamas er blevet enige om en våbenhvile."), "AGREE")
    assert countries(event) == ("ISR", "PSE")


def test_a_resignation_is_from_the_own_government(code):
    event = only(code("I dag trådte statsministeren tilbage."), "RETREAT")
    assert event.mode == "resign"
    assert countries(event) == ("DNK", "DNK")


def test_accepting_a_fine_is_no_threat(code):
    events = code("Danmark har accepteret at betale en bøde til Tyskland.")
    assert not [e for e in events if e.event == "THREATEN"]


def test_an_announced_punishment_is_a_threat_by_who_announces_it(code):
    events = code(
        "I går sagde statsministeren, at demonstranterne vil blive straffet for angrebet."
    )
    threat = only(events, "THREATEN")
    assert threat.actor is not None and threat.actor.country == "DNK"


def test_a_crowd_of_civilians_attacking_is_a_riot():
    from kronist.pipeline import analyze

    analysis = analyze(
        "Hundredvis af vrede irakere forsøgte tirsdag at storme den amerikanske ambassade.",
        published="2019-12-31",
    )
    riot = next(e for e in analysis.events if e.event == "PROTEST")
    assert riot.mode == "riot" and riot.actor.country == "IRQ"
    assert not [e for e in analysis.events if e.event == "ASSAULT"]


def test_a_killing_by_a_party_or_the_press_is_no_figure_of_speech():
    from kronist.pipeline import analyze

    [event] = analyze("Politikeren blev dræbt af en journalist.", published="2025-03-12").events
    assert event.event == "ASSAULT"
    [event] = analyze("Venstre angriber regeringen.", published="2025-03-12").events
    assert event.event == "ACCUSE"  # an attack by a party is with words
