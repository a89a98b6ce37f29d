"""A headline speaker named by a role word alone ("Ekspert: ...") is the person the body names
in that role, or the first speaker it names."""

from __future__ import annotations

import pytest

from kronist.pipeline import analyze

pytestmark = pytest.mark.usefixtures("with_actors")  # the whole pipeline, dictionary too


def headline_quote(text: str):
    quote = analyze(text, published="2025-03-04").quotes[0]
    assert quote.text.startswith("Rusland tester")
    return quote.speaker_actor


def test_a_role_only_headline_speaker_is_the_expert_the_body_names():
    actor = headline_quote(
        "Ekspert: Rusland tester NATO med droner\n\n"
        "Droner over polsk luftrum er et bevidst forsøg på at teste NATO.\n\n"
        "Det mener militæranalytiker Bo Vinther fra Forsvarsakademiet.\n\n"
        "»Rusland vil se, hvor grænsen går,« siger han."
    )
    assert (actor.country, actor.sector) == ("DNK", "MIL")
