"""How sure the coder is of an event, from what it knew when it coded it.

`event_confidence` multiplies one factor per kind of evidence, so an event that is fully told
(a verb, both sides named and resolved to a country or sector, asserted, told more than once,
dated by the text) scores 1.0 and each gap lowers it:

- who did it: an actor named in the sentence and resolved (1.0), named but not resolved
  (0.85), filled in from elsewhere in the article - an earlier event, the perpetrator, the
  implicit police of "blev anholdt" (0.75), nobody (0.55);
- to whom: the same for the recipient (1.0 / 0.95 / 0.9 / 0.9); protests and mobilizations
  need no recipient;
- the trigger: a verb pattern (1.0) or an event noun (0.85), and 0.9 more when a PLOVER rule
  recoded the type (a crowd's "angreb" is a riot);
- asserted or not: asserted by the article (1.0), claimed inside a quote (0.8), planned or
  future (0.75), threatened (0.7), hypothetical (0.6); negated events 0.9 more (negation scope
  is the coder's least certain call);
- how it is told: in more than one sentence (1.0) or one (0.95); a date read from the text
  (1.0) or none or the publication day (0.95).
"""

from __future__ import annotations

from kronist.events.candidate import Candidate
from kronist.model import Actor

ACTOR_FACTORS = {"resolved": 1.0, "named": 0.85, "inferred": 0.75, "missing": 0.55}
RECIPIENT_FACTORS = {"resolved": 1.0, "named": 0.95, "inferred": 0.9, "missing": 0.9}
NO_RECIPIENT_TYPES = frozenset({"PROTEST", "MOBILIZE"})
TRIGGER_FACTORS = {"verb": 1.0, "noun": 0.85}
RECODED_FACTOR = 0.9
MODALITY_FACTORS = {
    "asserted": 1.0,
    "claimed": 0.8,
    "planned": 0.75,
    "future": 0.75,
    "threatened": 0.7,
    "hypothetical": 0.6,
}
NEGATED_FACTOR = 0.9
SINGLE_MENTION_FACTOR = 0.95
UNDATED_FACTOR = 0.95


def role_evidence(actor: Actor | None, text: str | None, anchor: str) -> str:
    """How a side of the event is known: resolved, named, inferred or missing. A side is named
    when its words are among the event's words (the anchor spans the sentence's actor, trigger
    and recipient); one taken from elsewhere in the article is inferred."""
    named = bool(text) and text.lower() in anchor.lower()
    if actor is None:
        return "named" if named else "missing"
    if not named:
        return "inferred"
    return "resolved" if actor.country or actor.sector else "named"


def event_confidence(event: Candidate) -> float:
    """A number in (0, 1]: how fully the text told the coder this event (see the module)."""
    score = ACTOR_FACTORS[role_evidence(event.actor, event.actor_text, event.anchor)]
    recipient = role_evidence(event.recipient, event.recipient_text, event.anchor)
    if not (recipient == "missing" and event.event in NO_RECIPIENT_TYPES):
        score *= RECIPIENT_FACTORS[recipient]
    score *= TRIGGER_FACTORS.get(event.kind, TRIGGER_FACTORS["noun"])
    if event.origin is not None:
        score *= RECODED_FACTOR
    score *= MODALITY_FACTORS.get(event.modality, MODALITY_FACTORS["hypothetical"])
    if event.negated:
        score *= NEGATED_FACTOR
    if len(set(event.mentions or [event.sentence])) < 2:
        score *= SINGLE_MENTION_FACTOR
    if event.date.date is None or event.date_inferred:
        score *= UNDATED_FACTOR
    return round(score, 2)
