"""Why an event was missed or spurious: the error classes `kronist eval` counts.

Missed gold events (not optional, not matched):
- `wrong roles`: an unmatched extracted event of an acceptable type tells it with other countries;
- `wrong type`: an unmatched extracted event with the same actor and recipient countries but a
  type the gold event does not accept, told in words of the gold anchor;
- `merged away`: an extracted event that fits it was already matched to another gold event (the
  coder made one event where the article tells two);
- `trigger not fired`: a word of the gold anchor is in the event lexicon for its type;
- `no trigger`: none is.

For `wrong roles` pairs the side at fault is counted too (actor/recipient missing, wrong or
extra). Spurious extracted events (unmatched): the other side of `wrong roles` and `wrong
type`, then `duplicate` (it fits a gold event another extracted event already matched, or
repeats a matched extracted event), `negated or unreal` (negated, hypothetical, future), and
`non-event` (the rest).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kronist.model import Event

MISSED_CLASSES = ("wrong roles", "wrong type", "merged away", "trigger not fired", "no trigger")
SPURIOUS_CLASSES = ("wrong roles", "wrong type", "duplicate", "negated or unreal", "non-event")
REAL_MODALITIES = frozenset({"asserted", "claimed"})
ROLE_FAULTS = tuple(
    f"{side} {fault}" for side in ("actor", "recipient") for fault in ("missing", "wrong", "extra")
)


@dataclass
class ErrorClasses:
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    roles: Counter[str] = field(default_factory=Counter)  # what a `wrong roles` pair got wrong

    def add(self, other: ErrorClasses) -> None:
        for mine, theirs in ((self.missed, other.missed), (self.spurious, other.spurious)):
            for name, examples in theirs.items():
                mine.setdefault(name, []).extend(examples)
        self.roles.update(other.roles)

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            "missed": {name: len(self.missed.get(name, [])) for name in MISSED_CLASSES},
            "spurious": {name: len(self.spurious.get(name, [])) for name in SPURIOUS_CLASSES},
            "roles": {name: self.roles[name] for name in ROLE_FAULTS},
        }


def _pairs(
    missed: list[dict[str, Any]], spurious: list[Event], fits
) -> list[tuple[dict[str, Any], Event]]:
    """The pairs `pair` will make, without taking them."""
    free = list(spurious)
    found = []
    for gold in missed:
        event = next((e for e in free if fits(gold, e)), None)
        if event is not None:
            free.remove(event)
            found.append((gold, event))
    return found


def _role_faults(gold: dict[str, Any], event: Event) -> list[str]:
    """ "actor missing" (gold names a country, the event none), "actor wrong" (another
    country), "actor extra" (the event names a country gold does not); the same for recipients."""
    faults = []
    for side, actor in (("actor", event.actor), ("recipient", event.recipient)):
        wanted, found = _gold_country(gold.get(side)), _country(actor)
        if wanted == found:
            continue
        if found is None:
            faults.append(f"{side} missing")
        elif wanted is None:
            faults.append(f"{side} extra")
        else:
            faults.append(f"{side} wrong")
    return faults


def _types(gold: dict[str, Any]) -> set[str]:
    return {gold["event"], *gold.get("also_accept", [])}


def _country(actor) -> str | None:
    return actor.country if actor is not None else None


def _gold_country(side: dict[str, Any] | None) -> str | None:
    return side.get("country") if side else None


def _same_countries(gold: dict[str, Any], event: Event) -> bool:
    return _country(event.actor) == _gold_country(gold.get("actor")) and _country(
        event.recipient
    ) == _gold_country(gold.get("recipient"))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def describe_gold(gold: dict[str, Any]) -> str:
    actor = _gold_country(gold.get("actor")) or "-"
    recipient = _gold_country(gold.get("recipient")) or "-"
    return f"{gold['event']} {actor}->{recipient}: {gold.get('anchor', '')[:80]}"


def describe_event(event: Event) -> str:
    actor = _country(event.actor) or "-"
    recipient = _country(event.recipient) or "-"
    return f"{event.event} {actor}->{recipient}: {event.anchor[:80]}"


def classify_errors(
    gold_events: list[dict[str, Any]],
    events: list[Event],
    matched: list[tuple[dict[str, Any], Event]],
    knows_trigger: Callable[[str, str], bool] | None = None,
) -> ErrorClasses:
    """Sort the unmatched gold and extracted events of one document into error classes.

    `matched` pairs every matched gold event (optional ones too) with its extracted event;
    `knows_trigger(word, event_type)` tells whether the event lexicon has the word for the type.
    """
    used_gold = {id(g) for g, _ in matched}
    used_events = {id(e) for _, e in matched}
    missed = [g for g in gold_events if id(g) not in used_gold and not g.get("optional")]
    spurious = [e for e in events if id(e) not in used_events]
    result = ErrorClasses()

    def pair(name: str, fits: Callable[[dict[str, Any], Event], bool]) -> None:
        for gold in list(missed):
            event = next((e for e in spurious if fits(gold, e)), None)
            if event is not None:
                missed.remove(gold)
                spurious.remove(event)
                result.missed.setdefault(name, []).append(describe_gold(gold))
                result.spurious.setdefault(name, []).append(describe_event(event))

    for gold, event in _pairs(missed, spurious, lambda g, e: e.event in _types(g)):
        result.roles.update(_role_faults(gold, event))
    pair("wrong roles", lambda g, e: e.event in _types(g))
    pair(
        "wrong type",
        lambda g, e: _same_countries(g, e) and bool(_words(e.anchor) & _words(g.get("anchor", ""))),
    )
    matched_events = [e for _, e in matched]
    for gold in missed:
        if any(e.event in _types(gold) and _same_countries(gold, e) for e in matched_events):
            name = "merged away"
        elif knows_trigger is not None and any(
            knows_trigger(word, t) for word in _words(gold.get("anchor", "")) for t in _types(gold)
        ):
            name = "trigger not fired"
        else:
            name = "no trigger"
        result.missed.setdefault(name, []).append(describe_gold(gold))
    matched_gold = [g for g, _ in matched]
    for event in spurious:
        if any(event.event in _types(g) and _same_countries(g, event) for g in matched_gold) or any(
            event.event == e.event and _same_countries_events(event, e) for e in matched_events
        ):
            name = "duplicate"
        elif event.negated or event.modality not in REAL_MODALITIES:
            name = "negated or unreal"
        else:
            name = "non-event"
        result.spurious.setdefault(name, []).append(describe_event(event))
    return result


def _same_countries_events(a: Event, b: Event) -> bool:
    return _country(a.actor) == _country(b.actor) and _country(a.recipient) == _country(b.recipient)


# --- attributes of matched events -------------------------------------------------------------

ATTRIBUTE_FAULTS = {
    "location": ("none", "other country", "country only", "finer", "other place"),
    "date": ("none", "earlier", "later"),
    "killed": ("none", "fewer", "more"),
    "injured": ("none", "fewer", "more"),
}


def attribute_fault(name: str, gold: dict[str, Any], event: Event) -> str | None:
    """How a matched event's attribute disagrees with gold, as one of `ATTRIBUTE_FAULTS[name]`."""
    if name == "location":
        return _place_fault(gold["location"], event)
    if name == "date":
        found = event.date.date
        if found is None:
            return "none"
        return "earlier" if found.isoformat() < gold["date"] else "later"
    if name in ("killed", "injured"):
        found = getattr(event, name)
        if found is None:
            return "none"
        return "fewer" if found < gold[name] else "more"
    return None


def _place_fault(gold: dict[str, Any], event: Event) -> str:
    place = event.place
    if place is None:
        return "none"
    if gold.get("country") and place.country != gold["country"]:
        return "other country"
    ours_country, gold_country = _names_country(place.name), _names_country(gold.get("name"))
    if ours_country and not gold_country:
        return "country only"
    if gold_country and not ours_country:
        return "finer"
    return "other place"


def _names_country(name: str | None) -> bool:
    """The place name is a country's English name ("Iraq", "Denmark")."""
    return bool(name) and name.lower() in _english_country_names()


@cache
def _english_country_names() -> frozenset[str]:
    import pycountry

    from kronist.actors.countries import country_lexicon

    names = {name.lower() for name in country_lexicon("da").english.values()}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names.add(value.lower())
    return frozenset(names)
