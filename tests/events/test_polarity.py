"""Negation and modality."""

from event_coding import only
from tests.conftest import events_of


def test_ikke_negates(code):
    event = only(code("Rusland angreb ikke Ukraine i nat."), "ASSAULT")
    assert event.negated


def test_no_plans_to_evacuate_is_a_negated_retreat(code):
    event = only(
        code("USA oplyser, at der ikke er nogen planer om at evakuere ambassaden."), "RETREAT"
    )
    assert event.negated
    assert event.mode == "withdraw"
    assert event.actor is not None and event.actor.country == "USA"


def test_nobody_was_arrested(code):
    event = only(code("Ingen blev anholdt under demonstrationen."), "COERCE")
    assert event.negated


def test_negation_in_another_clause_does_not_count(code):
    event = only(code("Politiet kan ikke afvise, at Rusland angreb Ukraine."), "ASSAULT")
    assert not event.negated


def test_refusing_verb_negates_its_infinitive(code):
    events = code("Rusland nægter at have angrebet Ukraine.")
    assert only(events, "ASSAULT").negated


def test_future_modality(code):
    event = only(code("Danmark vil sende 100 soldater til Letland."), "MOBILIZE")
    assert event.modality == "future"


def test_planned_modality(code):
    event = only(code("Sverige planlægger at sende soldater til Norge."), "MOBILIZE")
    assert event.modality == "planned"


def test_not_accepting_is_a_rejection(code):
    event = only(code("Ukraine accepterer ikke Ruslands krav."), "REJECT")
    assert not event.negated


def test_not_interested_is_a_rejection_and_interest_alone_is_nothing(code):
    assert only(code("Danmark er ikke interesseret i at sælge øen."), "REJECT")
    assert not code("Danmark er interesseret i at købe øen.")


def test_event_noun_in_an_adverbial_is_a_fact(code):
    event = only(
        code("Soldaterne har haft mulighed for at ringe hjem efter det russiske angreb."),
        "ASSAULT",
    )
    assert event.modality == "asserted"


def test_plans_of_an_attack_are_planned(code):
    event = only(code("Rusland har planer om et angreb på Ukraine."), "ASSAULT")
    assert event.modality == "planned"


def test_not_less_than_sets_a_floor_and_denies_nothing(code):
    event = only(code("Rusland angreb byen, og ikke under 300 blev såret."), "ASSAULT")
    assert not event.negated
    assert event.injured == 300


def test_refusing_to_recognise_or_support_is_a_rejection(code):
    event = only(code("Ukraine vil ikke anerkende Ruslands annektering."), "REJECT")
    assert not event.negated
    assert not [e for e in code("Tyskland støtter ikke Israel.") if e.event == "SUPPORT"]


def test_a_negation_on_another_verb_does_not_deny_the_event_noun(code):
    """ "har ikke kommenteret angrebet" denies the comment, not the attack; "ingen angreb" and
    a negated light verb deny the event."""
    assert not [e for e in code("Rusland har ikke kommenteret angrebet.") if e.negated]
    assert only(code("Israel har ikke gennemført angreb i Gaza."), "ASSAULT").negated


def test_a_whether_clause_is_hypothetical(code):
    """ "undersøger, om Ukraine angreb broen" asks whether it happened."""
    event = only(code("Rusland undersøger, om Ukraine angreb broen."), "ASSAULT")
    assert event.modality == "hypothetical"
    assert event.actor.country == "UKR"  # "om" opens the clause, it governs no "Ukraine"


def test_hearsay_is_claimed_not_future(code):
    """ "skal have dræbt" reports what is said to have happened; "skal" alone is the future."""
    assert (
        only(code("Russiske soldater skal have dræbt ti civile i Ukraine."), "ASSAULT").modality
        == "claimed"
    )
    assert only(code("Rusland har angiveligt angrebet Ukraine."), "ASSAULT").modality == "claimed"
    assert only(code("Rusland skal angribe Ukraine."), "ASSAULT").modality == "future"


def test_a_denial_with_no_act_named_is_a_rejection(code):
    """ "nægter at have angrebet" tells the attack, negated; "afviser at have haft noget med
    angrebet at gøre" names no act after it, so the denial itself is the event."""
    assert only(code("Rusland nægter at have angrebet Ukraine."), "ASSAULT").negated
    events = code("Rusland afviser at have haft noget med angrebet at gøre.")
    assert only(events, "REJECT").actor.country == "RUS"


def test_any_attack_is_no_attack_that_happened(code):
    """ "et hårdt svar på ethvert angreb": a free-choice determiner makes the noun hypothetical,
    inside an adverbial as anywhere."""
    events = code("Iran lover Israel et hårdt svar på ethvert angreb.")
    assert not [e for e in events if e.event == "ASSAULT" and e.modality == "asserted"]
    assert [e.event for e in events if e.modality == "asserted"] == ["THREATEN"]


def test_an_attack_feared_or_threatened_is_no_attack_that_happened(code):
    for text in (
        "Truslen om et russisk angreb har fået Sverige til at søge medlemskab af Nato.",
        "Frygten for et russisk angreb på Ukraine vokser.",
    ):
        events = code(text)
        assert not [e for e in events if e.event == "ASSAULT" and e.modality == "asserted"], text


def test_a_feared_or_possible_attack_is_no_event():
    from kronist.pipeline import analyze

    for text in (
        "Regeringen frygter, at Rusland vil angribe Estland.",
        "Et muligt israelsk angreb på Iran vil destabilisere regionen.",
        "Et eventuelt russisk angreb på Estland vil blive besvaret.",
    ):
        events = analyze(text, published="2025-03-04").events
        assert not [e for e in events if e.event == "ASSAULT"], text


def test_another_countrys_future_attack_is_a_prediction_not_a_threat():
    from kronist.pipeline import analyze

    events = analyze("USA mener, at Iran vil angribe Israel.", published="2025-03-04").events
    assert not [e for e in events if e.event in ("THREATEN", "ASSAULT")]
    events = analyze("Iran siger, at landet vil angribe Israel.", published="2025-03-04").events
    assert [(e.event, e.actor.country) for e in events] == [("THREATEN", "IRN")]


def test_what_someone_should_do_is_not_told_as_done():
    from kronist.pipeline import analyze

    text = "Ifølge Amnesty International bør myndighederne straks løslade fangerne."
    analysis = analyze(text, published="2025-03-12")
    assert analysis.events == []
    assert [e.modality for e in analysis.unrealized] == ["hypothetical"]


def test_a_negation_of_several_words_negates_the_act(code):
    [event] = code("Danmark er ude af stand til at ratificere traktaten med Norge.")
    assert event.negated


def test_must_is_no_event_told(code):
    """ "Danmark må sende flere soldater": what must happen has not happened (like "bør")."""
    must = only(code("Danmark må sende flere soldater til Estland."), "MOBILIZE")
    assert must.modality == "hypothetical"
    had_to = only(code("Danmark har måttet sende flere soldater til Estland."), "MOBILIZE")
    assert had_to.modality == "asserted"


def test_a_sentence_opening_with_its_verb_before_a_comma_is_a_condition(code):
    """ "Skulle SF trække sig, vil regeringen miste flertallet": V1 and a comma make a
    condition, as "hvis" does; a told act stays told."""
    condition = only(code("Skulle Rusland angribe Ukraine, vil Nato svare igen."), "ASSAULT")
    assert condition.modality == "hypothetical"
    told = only(code("Rusland angreb Ukraine, og Nato svarede igen."), "ASSAULT")
    assert told.modality == "asserted"


def test_a_hostile_act_promised_on_a_condition_is_a_threat_by_its_doer(code):
    for text, doer, target in (
        ("Hvis forhandlingerne bryder sammen, vil Israel genoptage angrebene.", "ISR", None),
        ("USA vil indføre sanktioner mod Iran, hvis Iran genoptager berigelsen.", "USA", "IRN"),
        (
            "Skulle Rusland angribe igen, vil Sverige indføre nye sanktioner mod Rusland.",
            "SWE",
            "RUS",
        ),
        ("Israel vil angribe Hamas igen, medmindre de løslader gidslerne.", "ISR", "PSE"),
    ):
        events = code(text)
        threat = only(events, "THREATEN")
        assert threat.actor.country == doer, text
        assert (threat.recipient and threat.recipient.country) == target, text
        assert not [e for e in events if e.event != "THREATEN" and e.modality == "asserted"], text


def test_what_a_conditional_clause_only_tells_about_is_no_threat():
    text = (
        "En bøde fra Arbejdsretten vil typisk ligge på nogle hundrede kroner i timen, hvis "
        "blokaden af havnen kendes ulovlig."
    )
    assert not events_of(text, "SANCTION")
    assert not events_of(text, "THREATEN")


def test_the_relative_whose_opens_no_condition():
    text = (
        "Kvinden, hvis søn blev dræbt af politiet i Minneapolis i maj, kræver en ny undersøgelse."
    )
    (killing,) = events_of(text, "ASSAULT")
    assert killing.modality == "asserted"


def test_an_adverb_after_the_governing_verb_keeps_its_modality():
    text = "Eksperter frygter også, at Rusland vil angribe Estland."
    assert not [e for e in events_of(text, "ASSAULT") if e.modality != "hypothetical"]
