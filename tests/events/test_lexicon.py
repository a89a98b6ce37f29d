"""The event lexicons: well-formed, and every PLOVER type reachable from ordinary Danish."""

import re
from pathlib import Path

import pytest
from event_coding import countries, only

from kronist.events.lexicon import NOT_AN_EVENT, load_lexicon
from kronist.model import PLOVER_EVENT_TYPES

MANUAL_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}


def test_lexicon_rows_use_plover_types_and_modes():
    lexicon = load_lexicon("da")
    for pattern in (*lexicon.verbs, *lexicon.nouns):
        if pattern.event == NOT_AN_EVENT:
            continue
        assert pattern.event in PLOVER_EVENT_TYPES
        if pattern.mode:
            assert pattern.mode in MANUAL_MODES.get(pattern.event, set()), pattern
    for pattern in lexicon.verbs:
        for option in ("negated_as", "hostile_content_as"):
            if option in pattern.options:
                assert pattern.options[option] in PLOVER_EVENT_TYPES


def test_every_row_has_its_columns():
    folder = Path(__file__).resolve().parents[2] / "src/kronist/lang/da"
    for name in ("event_verbs.tsv", "event_nouns.tsv"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].rstrip()
            if line.strip():
                assert len(re.split("\t", line)) >= 4, f"{name}: {line!r}"


COVERAGE = [
    ("Danmark lover at hjælpe Ukraine med genopbygningen.", "AGREE", ("DNK", "UKR")),
    ("Mette Frederiksen mødtes med Olaf Scholz i Berlin.", "CONSULT", ("DNK", "DEU")),
    ("Tyskland støtter Ukraine i konflikten.", "SUPPORT", ("DEU", "UKR")),
    ("Rusland undskylder over for Norge.", "CONCEDE", ("RUS", "NOR")),
    ("Sverige samarbejder med Norge om grænsekontrollen.", "COOPERATE", ("SWE", "NOR")),
    ("USA sender våben til Ukraine.", "AID", ("USA", "UKR")),
    ("Rusland trækker sine soldater tilbage fra grænsen.", "RETREAT", ("RUS", None)),
    ("Ukraine opfordrer Tyskland til at levere flere kampvogne.", "REQUEST", ("UKR", "DEU")),
    ("Kina kritiserer USA for toldsatserne.", "ACCUSE", ("CHN", "USA")),
    ("Ukraine afviser Ruslands krav om forhandlinger.", "REJECT", ("UKR", "RUS")),
    ("Iran truer Israel med gengældelse.", "THREATEN", ("IRN", "ISR")),
    ("Tusindvis af demonstranter demonstrerede mod regeringen.", "PROTEST", ("DNK", "DNK")),
    ("USA indfører nye sanktioner mod Iran.", "SANCTION", ("USA", "IRN")),
    ("Rusland samler tropper ved grænsen til Ukraine.", "MOBILIZE", ("RUS", None)),
    ("Politiet anholdt en 30-årig mand i nat.", "COERCE", ("DNK", "DNK")),
    ("Israel bombede Hamas i Gaza.", "ASSAULT", ("ISR", "PSE")),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), COVERAGE)
def test_each_plover_type_from_a_plain_sentence(code, text, event_type, expected):
    events = [e for e in code(text) if e.event == event_type]
    assert events, f"no {event_type} in {text!r}"
    assert countries(events[0]) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Otte blev såret i et russisk droneangreb mod Kyiv.", "ASSAULT", "drone"),
        ("Et skyderi i Malmø kostede to liv.", "ASSAULT", "firearms"),
        ("En demonstration foran Christiansborg samlede 500 mennesker.", "PROTEST", "demo"),
        ("Sygeplejerskerne gik i strejke mandag.", "PROTEST", "strike"),
        ("Ministeren trådte tilbage i går.", "RETREAT", "resign"),
    ],
)
def test_modes(code, text, event_type, mode):
    events = [e for e in code(text) if e.event == event_type]
    assert events and events[0].mode == mode


def test_everyday_words_are_not_events(code):
    assert not code("Han sendte et signal til vælgerne og talte om økonomien.")
    assert not code("Kampen mellem FC København og Brøndby endte uafgjort.")


def test_a_deponent_verb_has_only_its_own_forms(code):
    """ "enes" (agree) + "te" is "eneste", an adjective: "hver eneste dag" is no agreement,
    while the verb's forms still are."""
    assert not code("Vores soldater mangler granater hver eneste dag, sagde generalen i Kyiv.")
    assert only(code("Israel og Hamas enedes søndag om en våbenhvile."), "AGREE")
    assert only(code("Rusland og Ukraine enes om en fangeudveksling."), "AGREE")


def test_crowd_control(code):
    event = only(code("Politiet anvendte tåregas mod demonstranterne."), "ASSAULT")
    assert event.mode == "crowd-control"
    assert event.recipient_text == "demonstranterne"


def test_a_bare_event_word_is_not_enough(code):
    assert not code("Holdet angreb fra start og vandt kampen.")


PARTICLES = {"ud", "ind", "fri", "op", "ned", "af", "til", "på", "igen", "tilbage", "hjem", "frem"}


def test_a_particle_belongs_to_every_verb_of_its_line():
    """E.g. "frigive|sætte fri" reads as "frigive or sætte, with fri": a particle verb that is
    an alternative of other verbs needs a line of its own."""
    lexicon = load_lexicon("da")
    for pattern in lexicon.verbs:
        if len(pattern.verbs.words) < 2 or len(pattern.requires) != 1:
            continue
        (slot,) = pattern.requires
        if slot.words <= PARTICLES and len(slot.words) == 1 and not slot.prefixes:
            # the same verb twice (infinitive and a past the lemmatizer may leave alone)
            assert pattern.verbs.words in ({"skyde", "skød"}, {"slå", "slog"}), pattern


def test_modality_cues_are_found_by_their_first_word_in_the_files_order():
    lexicon = load_lexicon("da")
    for first in {cue[0] for cue, _value in lexicon.modality}:
        expected = tuple(c for c in lexicon.modality if c[0][0] == first)
        assert lexicon.modality_cues(first) == expected
    assert lexicon.modality_cues("kommer")[0] == (("kommer", "til", "at"), "future")
    assert lexicon.modality_cues("demonstranter") == ()


def test_a_persons_name_fills_a_patterns_word_only_as_written():
    """ "siger Jan Nilsson": "Jan" is no inflection of "ja" (sige ja = AGREE)."""
    from kronist.pipeline import analyze

    text = "»Vi sænker priserne«, siger underdirektør Jan Nilsson til Ritzau."
    assert [e.event for e in analyze(text, published="2025-03-12").events] == []
    [agree] = analyze("Regeringen siger ja til aftalen.", published="2025-03-12").events
    assert agree.event == "AGREE"
