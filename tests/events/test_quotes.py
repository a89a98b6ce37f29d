"""Events inside quotes are the speaker's claims, unless they are the speaker's own act."""

from event_coding import countries, only


def test_event_in_quote_is_claimed_by_the_speaker(code):
    text = "»Iran angreb Irak i nat«, siger Mette Frederiksen."
    event = only(code(text, quotes=(("Iran angreb", "Mette Frederiksen"),)), "ASSAULT")
    assert event.asserted_by == "Mette Frederiksen"
    assert event.quote_id == "q0"
    assert event.modality == "claimed"
    assert countries(event) == ("IRN", "IRQ")


def test_first_person_in_quote_is_the_speaker(code):
    text = "»Vi fordømmer angrebet på det kraftigste«, siger Ulf Kristersson."
    event = only(code(text, quotes=(("Vi fordømmer", "Ulf Kristersson"),)), "ACCUSE")
    assert event.actor is not None and event.actor.country == "SWE"
    assert event.asserted_by is None
    assert event.modality == "asserted"


def test_reported_speech_outside_quotes_is_fact(code):
    event = only(code("Mette Frederiksen siger, at Rusland angreb Ukraine."), "ASSAULT")
    assert event.asserted_by is None
    assert event.modality == "asserted"


def test_headline_speaker_before_colon(code):
    events = code(
        "Forsvaret forbereder sig.", title="Mette Frederiksen: Vi sender soldater til Letland"
    )
    assert only(events, "MOBILIZE").actor.country == "DNK"
