"""An event's confidence follows what the coder knew: roles found, trigger, asserted or claimed."""

import datetime as dt

from event_coding import only

from kronist.events.candidate import Candidate
from kronist.events.confidence import event_confidence, role_evidence
from kronist.model import Actor, EventDate

POLICE = Actor(name="police", country="DNK", sector="COP", sectors=["COP"])


def test_a_fully_told_event_is_more_certain_than_the_same_event_claimed_in_a_quote(code):
    told = only(code("Iran angreb i går Irak med raketter."), "ASSAULT")
    claimed = only(
        code("»Iran angreb i går Irak«, siger Mette Frederiksen.", quotes=(("Iran", "Mette"),)),
        "ASSAULT",
    )
    assert claimed.modality == "claimed"
    assert 0 < claimed.confidence < told.confidence <= 1


def test_an_event_without_an_actor_is_less_certain(code):
    with_actor = only(code("Politiet anholdt i går tre mænd i Odense."), "COERCE")
    without = only(code("I går blev der anholdt tre mænd i Odense."), "COERCE")
    assert without.confidence < with_actor.confidence


def _candidate(**fields) -> Candidate:
    base = {
        "event": "COERCE",
        "mode": "arrest",
        "sentence": 0,
        "paragraph": 0,
        "trigger": 1,
        "start": 0,
        "end": 16,
        "anchor": "Politiet anholdt demonstranterne",
        "kind": "verb",
        "actor": POLICE,
        "actor_text": "Politiet",
        "recipient": Actor(name="demonstrators", country="DNK", sector="CVL"),
        "recipient_text": "demonstranterne",
        "date": EventDate(date=dt.date(2026, 3, 1), precision="day", expression="lørdag"),
        "mentions": [0, 2],
    }
    return Candidate(**(base | fields))


def test_each_gap_lowers_the_score_from_one():
    full = event_confidence(_candidate())
    assert full == 1.0
    lowered = {
        "noun trigger": _candidate(kind="noun"),
        "recoded type": _candidate(origin="ASSAULT"),
        "claimed": _candidate(modality="claimed", asserted_by="Jens Madsen"),
        "hypothetical": _candidate(modality="hypothetical"),
        "negated": _candidate(negated=True),
        "told once": _candidate(mentions=[0]),
        "undated": _candidate(date=EventDate()),
        "actor from elsewhere": _candidate(actor_text="Østjyllands Politi"),
        "no actor": _candidate(actor=None, actor_text=None),
    }
    for gap, candidate in lowered.items():
        assert event_confidence(candidate) < full, gap
    assert event_confidence(_candidate(actor=None, actor_text=None)) < event_confidence(
        _candidate(actor_text="Østjyllands Politi")
    )


def test_role_evidence_reads_the_event_words():
    anchor = "Politiet anholdt demonstranterne"
    assert role_evidence(POLICE, "Politiet", anchor) == "resolved"
    assert role_evidence(Actor(name="SAS"), "Politiet", anchor) == "named"
    assert role_evidence(POLICE, None, anchor) == "inferred"
    assert role_evidence(None, None, anchor) == "missing"
