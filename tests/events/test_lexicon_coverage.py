"""Lexicon coverage from the PLOVER checklist (issue 13): one invented sentence per row family
added from the manual and the CAMEO -> PLOVER table, coded through the real coder, and the
look-alikes those rows must not code."""

import pytest
from event_coding import countries

# text, event, mode, (actor country, recipient country); None = not asserted
COVERED = [
    # ASSAULT: attempts (CAMEO 185 attempt to assassinate), shooting down, sabotage (1712)
    ("Attentatforsøget på Olaf Scholz chokerede Tyskland.", "ASSAULT", "targeted", (None, "DEU")),
    ("Et mordforsøg i Kabul kostede to livet.", "ASSAULT", None, (None, None)),
    ("Ruslands nedskydning af flyet blev fordømt.", "ASSAULT", None, ("RUS", None)),
    ("Ruslands sabotageaktion ramte Tyskland.", "ASSAULT", "destroy", ("RUS", "DEU")),
    # COERCE: detention, a siege (191 restrict movement)
    (
        "Ruslands tilbageholdelse af ukrainske soldater fortsætter.",
        "COERCE",
        "arrest",
        ("RUS", "UKR"),
    ),
    ("Ruslands belejring af byen varer ved.", "COERCE", "restrict", ("RUS", None)),
    # SANCTION: trade bans (163 embargo)
    (
        "Ruslands eksportforbud mod Ukraine trådte i kraft.",
        "SANCTION",
        "discontinue",
        ("RUS", "UKR"),
    ),
    # PROTEST: a protest meeting is a rally, not a consultation
    ("I går holdt demonstranter et protestmøde i Gaza.", "PROTEST", "demo", (None, None)),
    # MOBILIZE: a war exercise of one country (CAMEO 152)
    ("Rusland afholdt en krigsøvelse ved grænsen.", "MOBILIZE", None, ("RUS", None)),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "expected"), COVERED)
def test_covered(code, text, event_type, mode, expected):
    events = [e for e in code(text) if e.event == event_type]
    assert events, f"no {event_type} in {text!r}: {code(text)}"
    event = events[0]
    assert event.mode == mode
    actor, recipient = countries(event)
    if expected[0] is not None:
        assert actor == expected[0]
    if expected[1] is not None:
        assert recipient == expected[1]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an attempted suicide is no attempted murder ("selvmordsforsøg" ends in "mordforsøg")
        ("Selvmordsforsøget chokerede Danmark.", "ASSAULT"),
        # a protest meeting is no consultation
        ("I går holdt demonstranter et protestmøde i Gaza.", "CONSULT"),
    ],
)
def test_not_covered(code, text, event_type):
    assert not [e for e in code(text) if e.event == event_type]
