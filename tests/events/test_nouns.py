"""Event nouns: modifiers, "mod X", support verbs, and nouns that need an actor."""

from event_coding import countries, only


def test_demonym_modifier_is_the_actor_and_mod_the_recipient(code):
    event = only(code("Otte blev såret i et russisk droneangreb mod Ukraine."), "ASSAULT")
    assert countries(event) == ("RUS", "UKR")
    assert event.injured == 8


def test_genitive_is_the_actor(code):
    event = only(code("Ruslands angreb på Ukraine fortsætter."), "ASSAULT")
    assert countries(event) == ("RUS", "UKR")


def test_who_steps_up_or_goes_on_with_attacks_makes_them(code):
    for text in (
        "Rusland har intensiveret angrebene mod Ukraine.",
        "Israel fortsætter angrebene mod Hamas.",
    ):
        event = only(code(text), "ASSAULT")
        assert event.actor is not None and event.actor.country in ("RUS", "ISR"), text


def test_support_verb_subject_is_the_actor(code):
    event = only(code("Hamas gennemførte et angreb mod Israel."), "ASSAULT")
    assert countries(event) == ("PSE", "ISR")


def test_under_attack_subject_is_the_recipient(code):
    event = only(code("Ukraine er under russisk angreb."), "ASSAULT")
    assert countries(event) == ("RUS", "UKR")


def test_standalone_noun_needs_no_actor(code):
    event = only(code("Et skyderi i Malmø kostede to liv."), "ASSAULT")
    assert event.actor is None


def test_non_standalone_noun_without_actor_is_dropped(code):
    assert not [e for e in code("Der var tale om en anholdelse.") if e.event == "COERCE"]


def test_crowd_violence_is_a_riot(code):
    event = only(code("Ambassaden blev angrebet af demonstranter i går."), "PROTEST")
    assert event.mode == "riot"


def test_af_phrase_after_an_attack_noun_is_the_actor(code):
    event = only(code("Et angreb af Rusland mod Ukraine kostede tre liv."), "ASSAULT")
    assert countries(event) == ("RUS", "UKR")


def test_country_adjective_before_a_compound_makes_it_a_noun(code):
    event = only(
        code("Natten til onsdag ramte det iranske missilangreb en base i Irak."), "ASSAULT"
    )
    assert event.actor is not None and event.actor.country == "IRN"


def test_a_place_in_a_phrase_is_not_who_the_relative_clause_tells_of(code):
    events = code("USA lavede i sidste uge et angreb i Bagdad, der dræbte en general.")
    attack = only(events, "ASSAULT")
    assert attack.actor is not None and attack.actor.country == "USA"


def test_a_noun_no_verb_can_be_is_a_trigger_whatever_the_tagger_says(code):
    event = only(
        code("Det amerikanske militærs drab på generalen skete i sidste uge i Irak."), "ASSAULT"
    )
    assert event.anchor.lower().find("drab") >= 0


def test_who_claimed_the_attack_in_a_relative_clause_is_its_actor(code):
    event = only(
        code("Mindst 16 blev dræbt ved et bombeangreb i Kabul, som Hamas har taget skylden for."),
        "ASSAULT",
    )
    assert event.actor is not None and event.actor.country == "PSE"


def test_coordinated_subjects_of_a_light_verb_each_act(code):
    events = code("Rusland og Kina gennemførte angreb mod Ukraine.")
    assert sorted(countries(e) for e in events if e.event == "ASSAULT") == [
        ("CHN", "UKR"),
        ("RUS", "UKR"),
    ]


def test_a_participle_made_a_noun_across_an_adverb_is_a_person_not_a_charge():
    from kronist.pipeline import analyze

    text = "Kommunen havde godkendt den nu tiltalte som dagplejefar."
    events = analyze(text, published="2025-03-12").events
    assert [e.event for e in events if e.event == "ACCUSE"] == []


def test_a_verb_form_after_an_inflected_adjective_is_a_noun():
    from kronist.pipeline import analyze

    text = "Marco Jensen er Europas mest komplette angriber."  # a striker, not an attack
    assert analyze(text, published="2025-03-12").events == []
    [event] = analyze("De russiske styrker angriber Kyiv.", published="2025-03-12").events
    assert event.event == "ASSAULT"


def test_a_noun_that_looks_like_a_light_verb_lends_no_actor_to_an_event_noun():
    """ "leder" is the noun (a leader), not "lede" (to lead an attack): the killing to be
    avenged was not done by Iran's leader."""
    from kronist.pipeline import analyze

    events = analyze(
        "Irans øverste leder har lovet at hævne drabet.", published="2026-12-01"
    ).events
    assert not [e for e in events if e.event == "ASSAULT" and e.actor and e.actor.country == "IRN"]


def test_a_light_verb_belongs_to_the_nearer_noun_not_to_an_event_noun_in_its_complement():
    """ "iværksat en undersøgelse af drabene": the UN opened an inquiry, it did not kill; a
    light verb's own words ("påtaget sig ansvaret for angrebet") still reach the event noun."""
    from kronist.pipeline import analyze

    inquiry = "FN har iværksat en undersøgelse af drabene i Iran."
    events = analyze(inquiry, published="2026-12-01").events
    assert [e.event for e in events] == ["ACCUSE"]
    claim = "Houthi-bevægelsen har påtaget sig ansvaret for angrebet på skibet."
    attack = next(e for e in analyze(claim, published="2026-12-01").events)
    assert attack.event == "ASSAULT" and attack.actor is not None
