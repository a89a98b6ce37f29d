"""One event per real-world event."""

from event_coding import only


def test_headline_and_body_tell_one_event(code):
    events = code(
        "Rusland angreb natten til torsdag Kyiv med droner.\n\nAngrebet ramte flere boligblokke.",
        title="Russisk angreb mod Ukraine",
    )
    assault = only(events, "ASSAULT")
    assert len(assault.mentions) >= 2
    assert assault.sentence == 0


def test_attacks_on_different_days_stay_apart(code):
    events = code("Rusland angreb Ukraine tirsdag. Rusland angreb også Ukraine i februar 2022.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_actor_filled_from_a_later_mention(code):
    events = code(
        "Et skyderi i Malmø kostede to liv. Politiet mener, at skyderiet blev udført "
        "af gerningsmanden alene."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


def test_casualties_from_the_next_sentence(code):
    events = code("Israel angreb Hamas i weekenden. 12 blev dræbt, og 30 blev såret søndag.")
    assault = only(events, "ASSAULT")
    assert (assault.killed, assault.injured) == (12, 30)


def test_opposite_directions_are_two_events(code):
    events = code("Rusland angreb Ukraine. Ukraine angreb Rusland dagen efter.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_ids_are_deterministic(code):
    events = code("Rusland angreb Ukraine. Danmark fordømmer angrebet.")
    assert [e.id for e in events] == [f"t-ev{n}" for n in range(1, len(events) + 1)]


def test_an_armed_group_without_a_country_is_not_another_countrys_army(code):
    events = code("Israel angreb Gaza tirsdag. Samme dag angreb militsen soldater i Gaza.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_attacks_on_different_named_weekdays_stay_apart(code):
    events = code(
        "En bilbombe dræbte torsdag fem mennesker i Kabul.\n\n"
        "Mandag blev 16 dræbt i et bombeangreb i Kabul."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_a_definite_event_noun_refers_back_whatever_place_it_names(code):
    events = code(
        "Rusland angreb Ukraine med droner natten til tirsdag.\n\n"
        "Angrebet ramte også en fabrik i Polen, oplyser Ukraine."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


def test_a_day_named_but_not_placed_is_kept_when_mentions_merge(code):
    events = code(
        "En bilbombe eksploderede torsdag i Kabul. Mindst fem mennesker blev dræbt.\n\n"
        "Mandag blev 16 dræbt ved et bombeangreb i Kabul."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 2
