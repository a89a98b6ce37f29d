"""Speech tags opened by "som": "– ..., som en erfaren politiker formulerede det." The subject
stands before its verb; the verb is a speech verb, or any verb with "det" (the words quoted)."""

from __future__ import annotations

import pytest

from kronist.pipeline import analyze

pytestmark = pytest.mark.usefixtures("with_actors")  # the whole pipeline, dictionary too


def quotes_of(body: str):
    return analyze(
        "Klimaet\n\nKlimadebatten står stille.\n\n" + body, published="2025-03-04"
    ).quotes


def test_som_and_a_speech_verb_tag_a_quote():
    [quote] = quotes_of("»Vi skal handle nu,« som klimaminister Lars Aagaard sagde i sidste uge.")
    assert quote.speaker == "klimaminister Lars Aagaard"


def test_som_a_speaker_and_a_verb_with_det_tag_a_dash_quote():
    [quote] = quotes_of(
        "– Alle vil gerne have grøn omstilling, bare andre betaler, som en erfaren "
        "folketingspolitiker tørt formulerede det over for mig."
    )
    assert quote.speaker == "en erfaren folketingspolitiker"
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("DNK", "LEG")


def test_som_with_a_first_person_is_no_tag():
    found = quotes_of("– Alle vil gerne have grøn omstilling, som jeg skrev det i sidste uge.")
    assert all(q.speaker is None or q.speaker.lower() != "jeg" for q in found)
