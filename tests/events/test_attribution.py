"""Who did it: events with nobody behind them are kept apart from the coded events, and a
threat or demand is aimed at the party its content names."""

import pytest
from event_coding import countries, only

from kronist.pipeline import analyze


def test_an_event_nobody_is_said_to_have_done_is_kept_apart():
    analysis = analyze("Mindst 12 mennesker blev dræbt i Kabul tirsdag.", published="2026-03-05")
    assert not [e for e in analysis.events if e.event == "ASSAULT"]
    kept = only(analysis.unattributed, "ASSAULT")
    assert kept.killed == 12
    assert kept.place is not None and kept.place.country == "AFG"


def test_an_event_with_a_doer_is_coded():
    analysis = analyze("Taliban dræbte 12 mennesker i Kabul tirsdag.", published="2026-03-05")
    assert only(analysis.events, "ASSAULT").killed == 12
    assert not analysis.unattributed


def test_a_warning_is_aimed_at_the_other_party_its_content_names(code):
    events = code("Ulf Kristersson advarede fredag om, at Sverige vil udvise russiske diplomater.")
    threat = only(events, "THREATEN")
    assert (threat.actor.country, threat.recipient.country) == ("SWE", "RUS")


def test_a_warning_with_no_other_party_is_no_threat(code):
    events = code("Ulf Kristersson advarede fredag om, at vinteren i Sverige bliver hård.")
    assert not [e for e in events if e.event == "THREATEN"]


def test_an_international_organisation_acting_abroad_has_no_country():
    analysis = analyze(
        "Amnesty International opfordrer de saudiske myndigheder til at løslade aktivisten.",
        published="2024-03-14",
    )
    request = only(analysis.events, "REQUEST")
    assert (request.actor.country, request.actor.sector) == (None, "NGO")
    assert request.recipient.country == "SAU"


def test_the_verb_pattern_with_the_nearest_complement_wins(code):
    events = code("Soldater åbnede ild mod demonstranterne ved grænsen til Irak.")
    assert only(events, "ASSAULT").mode == "firearms"
    assert not [e for e in events if e.event == "RETREAT"]


def test_accepting_a_penalty_is_a_concession_and_promising_violence_a_threat(code):
    events = code("Rusland accepterede tirsdag at betale en bøde til Ukraine.")
    assert only(events, "CONCEDE").actor.country == "RUS"
    assert not [e for e in events if e.event in {"AGREE", "THREATEN"}]
    events = code("Rusland lover at angribe Ukraine.")
    assert only(events, "THREATEN").recipient.country == "UKR"


def test_who_receives_or_pays_is_the_recipient_of_the_event_noun(code):
    threat = only(code("Irak har modtaget trusler fra Iran."), "THREATEN")
    assert (threat.actor.country, threat.recipient.country) == ("IRN", "IRQ")
    events = code("Rusland accepterede tirsdag at betale en bøde.")
    assert not [e for e in events if e.event == "SANCTION"]  # what it accepted, no event of its own


def test_who_is_evacuated_or_withdrawn_is_who_retreats(code):
    retreat = only(code("Mette Frederiksen blev evakueret fra Kabul tirsdag."), "RETREAT")
    assert retreat.actor.country == "DNK"


def test_sinking_and_boarding_ships_are_attacks(code):
    assert only(code("Iranske soldater bordede tirsdag et skib fra Norge."), "ASSAULT")
    assert only(code("Ukraine har sænket et russisk krigsskib."), "ASSAULT").actor.country == "UKR"


def test_a_state_asking_with_nobody_named_asks_nobody():
    analysis = analyze("Ukraine beder om flere luftforsvarssystemer.", published="2024-03-14")
    request = only(analysis.events, "REQUEST")
    assert request.actor.country == "UKR" and request.recipient is None


def test_a_call_on_two_parties_is_one_event_each(code):
    events = code("USA har opfordret Israel og Hamas til at acceptere aftalen.")
    requests = [e for e in events if e.event == "REQUEST"]
    assert sorted(e.recipient.country for e in requests) == ["ISR", "PSE"]


def test_what_a_demand_asks_for_is_no_event_of_its_own(code):
    events = code("Iran krævede onsdag en undskyldning fra USA.")
    assert only(events, "REQUEST").actor.country == "IRN"
    assert not [e for e in events if e.event == "CONCEDE"]


def test_what_an_accusation_accuses_of_is_its_content(code):
    events = code("Rusland anklager Ukraine for at have angrebet et atomkraftværk.")
    assert countries(only(events, "ACCUSE")) == ("RUS", "UKR")
    assert not [e for e in events if e.event == "ASSAULT"]


def test_an_impersonal_man_in_a_report_is_the_reporter(code):
    event = only(code("Rusland har oplyst, at man vil anfægte valgresultatet."), "REJECT")
    assert event.actor.country == "RUS"
    assert not [e for e in code("Man vil anfægte valgresultatet.") if e.event == "REJECT"]


def test_fighting_between_two_parties_is_an_attack_of_the_first_on_the_second(code):
    event = only(code("Kampene mellem Israel og Hamas fortsatte tirsdag."), "ASSAULT")
    assert countries(event) == ("ISR", "PSE")
    assert not code("Kampen mod inflationen fortsætter i Tyskland.")
    clash = only(code("Der var sammenstød mellem Rusland og Ukraine ved grænsen."), "ASSAULT")
    assert countries(clash) == ("RUS", "UKR")


def test_man_after_og_is_the_sentences_first_party_and_a_warning_needs_no_act(code):
    events = code(
        "Rusland har kritiseret Ukraine - og man advarede om, at forholdet til Tyskland er på spil."
    )
    assert countries(only(events, "THREATEN")) == ("RUS", "DEU")


def test_a_joint_signing_is_one_event_with_the_partner_as_recipient(code):
    events = code("Danmark og Tyskland har underskrevet en aftale om forsvar.")
    assert countries(only(events, "SUPPORT")) == ("DNK", "DEU")


def test_a_joint_agreement_is_one_event_a_joint_offer_one_per_country(code):
    agreement = code("Israel og Hamas blev enige om en våbenhvile.")
    assert [countries(e) for e in agreement if e.event == "AGREE"] == [("ISR", "PSE")]
    offer = code("Sverige og Norge har tilbudt Ukraine hjælp.")
    assert sorted(countries(e) for e in offer if e.event == "AGREE") == [
        ("NOR", "UKR"),
        ("SWE", "UKR"),
    ]


def test_parties_that_act_on_each_other_are_each_others_recipients(code):
    accusations = code("Rusland og Ukraine beskylder hinanden for at bryde aftalen.")
    assert sorted(countries(e) for e in accusations if e.event == "ACCUSE") == [
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    ]
    exchange = code("Rusland og Ukraine udvekslede 200 krigsfanger.")
    assert sorted(countries(e) for e in exchange if e.event == "RETREAT") == [
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    ]


def test_a_source_between_a_light_verb_and_its_noun_is_no_party(code):
    events = code("Iran står ifølge USA bag angrebet på Israel.")
    assert countries(only(events, "ASSAULT")) == ("IRN", "ISR")


def test_troops_pulled_out_of_a_country_leave_that_country(code):
    event = only(code("USA trækker 100 soldater ud af Irak."), "RETREAT")
    assert countries(event) == ("USA", "IRQ")


def test_deaths_at_protests_with_no_shooter_named_are_put_on_the_police():
    analysis = analyze(
        "Mindst 12 mennesker er blevet dræbt under demonstrationerne i Iran.",
        published="2022-10-02",
    )
    attack = only(analysis.events, "ASSAULT")
    assert (attack.actor.country, attack.actor.sector) == ("IRN", "COP")
    assert attack.killed == 12
    kept = analyze("Tre blev dræbt under et angreb i Kabul.", published="2022-10-02")
    assert not [e for e in kept.events if e.event == "ASSAULT"]


def test_wanting_someone_out_is_a_demand_on_them(code):
    event = only(code("Irak vil have de amerikanske soldater ud af landet."), "REQUEST")
    assert countries(event) == ("IRQ", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "Et jordskælv har ramt Nepal.\n\nNepals premierminister har appelleret til omverdenen "
        "om hjælp.",
        "Iran slår hårdt ned på demonstranterne.\n\nAmnesty opfordrer det internationale samfund "
        "til at gribe ind.",
    ],
)
def test_an_appeal_to_the_world_at_large_is_addressed_to_no_country(text):
    """ "omverdenen", "det internationale samfund": the appeal goes to no one state, not to the
    country the story is about."""
    from kronist.pipeline import analyze

    appeal = only(analyze(text, published="2026-03-05").events, "REQUEST")
    assert appeal.recipient is not None and appeal.recipient.country is None


def test_a_lawyers_client_appeals():
    text = (
        "En 34-årig mand blev i dag idømt fire års fængsel ved Retten i Aarhus for vold.\n\n"
        "Forsvarer Jens Aagaard oplyser, at hans klient ankede dommen til landsretten."
    )
    appeal = only(analyze(text, published="2026-03-05").events, "REJECT")
    assert (appeal.actor.country, appeal.actor.sector) == ("DNK", "CVL")


def test_naming_another_party_as_behind_an_attack_is_an_allegation_by_whoever_says_so(code):
    for text in (
        "Israel står bag angrebet, mener Iran.",
        "Iran siger, at Israel står bag angrebet.",
        "Ifølge Iran er det Israel, der står bag angrebet.",
    ):
        events = code(text)
        assert countries(only(events, "ACCUSE")) == ("IRN", "ISR"), text
        assert countries(only(events, "ASSAULT"))[0] == "ISR", text


def test_a_party_saying_it_is_behind_an_attack_accuses_nobody(code):
    events = code("Hamas siger, at Hamas står bag angrebet på Israel.")
    assert not [e for e in events if e.event == "ACCUSE"]
