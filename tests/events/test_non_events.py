"""What is told but is no event between actors: states, contents, internal affairs."""

import pytest
from event_coding import only
from tests.conftest import events_of


def test_a_meeting_with_nobody_named_is_no_event(code):
    assert not [
        e for e in code("Demonstranterne mødtes på pladsen tirsdag.") if e.event == "CONSULT"
    ]


def test_a_meeting_with_a_named_party_is_one(code):
    event = only(code("Mette Frederiksen mødtes tirsdag med Olaf Scholz i Berlin."), "CONSULT")
    assert event.recipient is not None and event.recipient.country == "DEU"


def test_asking_ones_own_people_is_internal(code):
    events = code("USA har i flere omgange bedt sine rådgivere om at undersøge sagen.")
    assert not [e for e in events if e.event == "REQUEST"]


def test_what_a_veto_is_against_is_its_content(code):
    events = code("Tyskland har nedlagt veto mod Ruslands støtte til Iran.")
    assert only(events, "REJECT").actor.country == "DEU"
    assert not [e for e in events if e.event == "SUPPORT"]


def test_what_an_agreement_is_about_is_its_content(code):
    events = code("USA og Rusland indgik tirsdag en aftale om tilbagetrækning af soldater.")
    assert not [e for e in events if e.event == "RETREAT"]


def test_a_present_passive_in_a_relative_clause_is_a_state(code):
    events = code("Hamas, som støttes af Iran, angreb Israel tirsdag.")
    assert not [e for e in events if e.event == "SUPPORT"]
    assert only(events, "ASSAULT").actor.country == "PSE"


def test_preparing_an_act_is_planned(code):
    event = only(code("Israel gør klar til at udvise 20 diplomater fra Iran."), "SANCTION")
    assert event.modality == "planned"


def test_cancelling_ones_own_visit_is_no_internal_affair(code):
    events = code("USA aflyser sit besøg i Danmark, oplyser regeringen.")
    assert [e for e in events if e.event == "REJECT"]


def test_what_a_country_has_standing_is_a_state_not_an_act(code):
    assert not code("USA har 2.500 soldater udstationeret i Irak.")
    assert not code("I øjeblikket har USA 2.500 soldater udstationeret i Irak.")
    assert only(code("USA har i dag udstationeret 2.500 soldater i Irak."), "MOBILIZE")
    assert only(code("I går har Rusland angrebet Ukraine."), "ASSAULT")
    assert only(code("Rusland har natten til tirsdag angrebet Ukraine."), "ASSAULT")


def test_what_a_country_named_by_a_noun_has_had_standing_is_a_state():
    from kronist.pipeline import analyze

    text = (
        "Mange indbyggere er etniske russere, og landet har siden 2017 haft Nato-soldater fra "
        "blandt andet Storbritannien og Danmark udstationeret."
    )
    assert not analyze(text, published="2020-09-16").events


def test_an_opportunity_to_act_is_no_act(code):
    events = code("Rusland havde lejlighed til at angribe Ukraine.")
    assert only(events, "ASSAULT").modality == "hypothetical"


def test_an_attack_on_a_policy_is_an_accusation(code):
    events = code("Ukraine gik til angreb på Ruslands nye politik.")
    assert only(events, "ACCUSE").actor.country == "UKR"
    assert not [e for e in events if e.event == "ASSAULT"]
    assert only(code("Rusland gik til angreb på Ukraine."), "ASSAULT")


def test_a_word_the_lexicon_excludes_is_no_event_noun(code):
    assert not code("Ukraine indledte en charmeoffensiv over for Tyskland.")


def test_a_verbs_reading_that_is_no_event_shadows_the_event(code):
    assert not code("Danmark vil skyde 2 milliarder kroner ind i forsvaret.")
    assert only(code("Rusland skød mod Ukraine."), "ASSAULT")


def test_a_ban_restricts_political_freedom_only_on_politics_or_people(code):
    assert not code("Tyskland vil forbyde salg af engangsplastik.")
    assert only(code("Rusland forbyder alle demonstrationer i Moskva."), "COERCE")
    assert only(code("Rusland har forbudt Ukraine at holde valg."), "COERCE")


def test_sitting_in_prison_is_a_state(code):
    assert not code("Manden sidder fængslet i Iran.")
    assert only(code("Iran fængslede manden i januar."), "COERCE")


def test_evacuations_from_a_disaster_and_product_recalls_are_no_retreats(code):
    assert not code("Borgerne i Danmark blev evakueret, da branden bredte sig.")
    assert not code("Tyskland har trukket sit produkt tilbage fra markedet.")
    assert only(code("Rusland har trukket sine soldater tilbage fra Kherson."), "RETREAT")


def test_a_conditional_clause_is_hypothetical(code):
    event = only(code("Hvis Rusland angriber Ukraine, vil Sverige reagere."), "ASSAULT")
    assert event.modality == "hypothetical"


def test_a_yes_no_question_tells_no_event(code):
    assert only(code("Vil Rusland angribe Ukraine?"), "ASSAULT").modality == "hypothetical"
    assert only(code("Rusland vil angribe Ukraine."), "ASSAULT").modality == "future"


def test_everyday_readings_of_event_words_are_no_events(code):
    """Present participles describe ("en krævende turnering", "stormende bifald"); "demonstrere,
    at/hvad" shows; "love sig selv" is private; "i fængslet" is a place, not an imprisonment; a
    bare stem inside a clause is the noun ("pres på vælgerne"), not the imperative; asking the
    public for witnesses is police work, not an event between actors."""
    for text in (
        "Danmark spillede en krævende kamp mod Sverige.",
        "Olaf Scholz fik stormende bifald i Berlin.",
        "Sverige demonstrerede, hvad man kan opnå med hårdt arbejde.",
        "Mette Frederiksen lovede sig selv, at hun ville vinde.",
        "Ifølge Rusland var forholdene i fængslet dårlige.",
        "Ifølge Rusland så man stemmekøb og pres på vælgerne i Ukraine.",
        "Politiet efterlyser vidner til branden.",
        "Aftalen vil åbne et rigt marked for danske varer i Tyskland.",
    ):
        assert not code(text), text


def test_a_right_or_difficulty_to_act_is_no_act(code):
    events = code("Ukraine har ret til at kræve erstatning af Rusland.")
    assert all(e.modality == "hypothetical" for e in events)
    assert events


def test_a_meeting_of_two_private_people_is_no_event(code):
    from kronist.pipeline import analyze

    private = analyze("Brandauer mødte Karin i Berlin i går.", published="2024-03-14")
    assert not [e for e in private.events if e.event == "CONSULT"]
    leader = analyze("Den syriske leder ankom i går til Abu Dhabi.", published="2024-03-14")
    assert [e.event for e in leader.events] == ["CONSULT"]  # named by a role: a public party
    assert only(code("Danmark mødtes med Sverige i går."), "CONSULT").recipient.country == "SWE"


def test_what_a_demand_wants_done_is_its_content(code):
    """ "kræver den tiltalte udvist": the expulsion is what is demanded, not an expulsion; with
    a clause of its own ("og har angrebet") the act is told."""
    events = code("Ukraine kræver den tiltalte udvist af Rusland.")
    assert [e.event for e in events] == ["REQUEST"]
    events = code("Rusland kræver våbenhvile og har angrebet Ukraine.")
    assert {e.event for e in events} == {"REQUEST", "ASSAULT"}


MATCH_REPORT = (
    "FC Nordby slår Sydby i derbyet\n\n"
    "Sydby angreb fra start, men efter pausen scorede Nordby to gange på straffespark.\n\n"
    "Sydbys træner kritiserede dommeren efter kampen.\n\n"
    "Politiet anholdt efter kampen syv fans for hærværk."
)


def test_a_match_report_tells_only_the_acts_of_state_bodies():
    """Attacks and criticism in a game are play; an arrest after it is an event."""
    from kronist.pipeline import analyze

    events = analyze(MATCH_REPORT, published="2026-11-30").events
    assert [e.event for e in events] == ["COERCE"]


def test_one_sports_word_does_not_make_a_match_report():
    from kronist.pipeline import analyze

    text = "Rusland angreb Ukraine i nat, oplyser landsholdet af ukrainske soldater."
    assert [e.event for e in analyze(text, published="2026-11-30").events] == ["ASSAULT"]


def test_a_passive_done_by_a_thing_leaves_no_actor_out():
    """Roads blocked by fallen trees are no protest; by tractors they are (a vehicle stands for
    its drivers)."""
    from kronist.pipeline import analyze

    def events(text):
        return [e.event for e in analyze(text, published="2026-11-30").events]

    assert events("Flere veje er spærret af væltede træer.") == []
    assert events("Motorvejen blev blokeret af traktorer.") == ["PROTEST"]


def test_a_party_attacks_with_words_an_armed_group_with_arms():
    from kronist.pipeline import analyze

    def types(text):
        return [e.event for e in analyze(text, published="2026-11-30").events]

    assert types("Venstre angriber regeringen for dens økonomiske politik.") == ["ACCUSE"]
    assert types("Hizbollah angreb Israel med raketter.") == ["ASSAULT"]


def test_a_company_sending_ships_mobilises_no_forces():
    from kronist.pipeline import analyze

    def types(text):
        return [e.event for e in analyze(text, published="2026-11-30").events]

    assert types("Mærsk sender flere skibe gennem Suezkanalen.") == []
    assert types("Danmark sender en fregat til Rødehavet.") == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Stormen Bodil dræbte to personer i Danmark.",
        "Orkanen Milton dræbte 16 mennesker i Florida.",
        "En gaseksplosion i en boligblok i Lyon dræbte tre mennesker.",
    ],
)
def test_a_disaster_that_kills_is_no_attack(text):
    from kronist.pipeline import analyze

    assert analyze(text, published="2025-03-04").events == []


def test_declining_to_comment_is_no_rejection():
    from kronist.pipeline import analyze

    for text in ("Israel nægter at kommentere sagen.", "Ministeriet afviser at udtale sig."):
        assert analyze(text, published="2025-03-10").events == [], text


def test_years_of_support_or_repeated_warnings_are_background():
    assert not events_of("Sverige har i mange år støttet Ukraine med våben.", "SUPPORT")
    assert not events_of("Sverige har i mange år støttet Ukraine med våben.", "AID")
    assert not events_of("Kina har gentagne gange advaret USA mod at blande sig.", "THREATEN")


def test_an_act_told_as_earlier_is_not_dated_today():
    (launch,) = events_of("Nordkorea har tidligere affyret missiler mod Japan.", "ASSAULT")
    assert launch.date.date is None
