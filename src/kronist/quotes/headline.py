"""Speaker-colon statements: "USA's forsvarsminister: Vi sender ekstra soldater ..." in a
headline, or "Trump: »...«" before a quote. The words before the colon are the speaker when
they form a short actor phrase (a person, a role or a body), not a genre label ("Analyse:") or a
topic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kronist.model import Entity
from kronist.quotes.lexicon import names_a_role, words_of
from kronist.quotes.speakers import actor_for_phrase
from kronist.quotes.text import sentence_end, strip_span

MAX_SPEAKER_WORDS = 6
MIN_STATEMENT_WORDS = 3
COLON_RE = re.compile(r"\s*:\s+")
WORD_RE = re.compile(r"\w[\w'’.-]*")


@dataclass
class ColonStatement:
    speaker_start: int
    speaker_end: int
    start: int  # the statement
    end: int


def headline_statement(
    text: str, headline: tuple[int, int], entities: Sequence[Entity], lang: str = "da"
) -> ColonStatement | None:
    """ "X: statement" at the start of the headline, when X is an actor phrase."""
    start, end = headline
    colon = COLON_RE.search(text, start, end)
    if colon is None:
        return None
    if not is_actor_phrase(text, start, colon.start(), entities, lang):
        return None
    statement_end = sentence_end(text, colon.end(), end)
    s, e = strip_span(text, colon.end(), statement_end)
    if len(WORD_RE.findall(text[s:e])) < MIN_STATEMENT_WORDS or text[s] in "»«\"“„'‘":
        return None  # a marked quote after the colon is found as a marked quote
    return ColonStatement(start, colon.start(), s, e)


def is_actor_phrase(
    text: str, start: int, end: int, entities: Sequence[Entity], lang: str = "da"
) -> bool:
    """Whether text[start:end] names someone who can speak: short, not a genre label, and a
    person/organisation entity, a role word, or a phrase the actor dictionary knows."""
    words = WORD_RE.findall(text[start:end])
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return False
    lowered = [w.lower() for w in words]
    if " ".join(lowered) in words_of(lang, "headline_label"):
        return False
    labels = {e.label for e in entities if e.start < end and e.end > start}
    if labels & {"PER", "ORG", "NOM"}:
        return True
    if labels & {"LOC", "MISC"}:
        return False
    if any(names_a_role(word, lang) for word in lowered):
        return True
    actor = actor_for_phrase(text[start:end], lang)
    return actor is not None and actor.sector is not None
