"""The other party of an event the sentence leaves implicit, from the article's cast.

News tells events between parties it has already introduced: in an article about Iran and the
United States, "Iran har svoret hævn" is aimed at the United States, and "Mindst 580 mennesker
er blevet såret" in Gaza was done by the other side of the conflict. An event of a type that has
a recipient but was told without one takes

1. a country named in its own sentence other than the actor's (not a news agency's), else
2. the country the actor's country meets most often as the other party of the article's events
   (of its hostile ones, for a hostile event: a neighbour's appeal is no fight; not for an
   opposition, a union or protesters: their quarrel is with their own state), else
3. the country the article names most often, which is the actor's own in a domestic story (the
   opposition accuses the government) - but a government or army is not taken to act on its
   own state ("Ukraine beder om flere våben" has no recipient) unless the article names no
   other country: then its accusation or rejection is aimed at someone at home (the
   country, no sector guessed: a minister criticises a decision), and countries taking positions
   side by side ("Tyskland stemte imod, mens Frankrig støttede forslaget") are not guessed to
   act on the story's main country.

A body of no country (the UN, an NGO) that demands, criticises, rejects, backs, threatens or
sanctions without naming whom addresses the state its sentence names, even as the place ("FN
opfordrer til våbenhvile i Sudan"), else the country the article names most often.

A resignation is from the resigner's own government. An assault told without an attacker but
with a victim takes the victim's most frequent opponent in the article's hostile events
(attacks, coercion, threats, sanctions), when there is one. Inferred parties carry the sector
their role implies and are marked as inferred.
"""

from __future__ import annotations

from collections import Counter

from kronist.events.candidate import Candidate
from kronist.events.lexicon import word_class
from kronist.events.mentions import ActorIndex
from kronist.events.sectors import civil_society, sectors_of
from kronist.model import Actor

# Types whose PLOVER definition has a target; mobilizing, retreating and conceding need none,
# and a meeting's other party must be named (coder: TWO_PARTY).
TARGETED = frozenset(
    {
        "AGREE",
        "SUPPORT",
        "COOPERATE",
        "AID",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "COERCE",
        "ASSAULT",
    }
)
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})  # who fights whom
AIMED = frozenset({"ACCUSE", "REJECT", "AGREE"})  # statements and promises aimed at someone
TOLD_AS_FACT = frozenset({"asserted", "claimed"})
NOT_PARTIES = frozenset({"JRN", "IGO"})  # news agencies relay; international bodies host
STATE_SECTORS = frozenset({"GOV", "MIL"})
LIST_REACH = 12  # tokens back over a list of names to its preposition
# What a body of no country (the UN, an NGO) says is addressed to the state it speaks of.
SAID_OF_A_STATE = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "SANCTION"})
RECIPIENT_SECTOR = {"ASSAULT": None, "COERCE": None, "PROTEST": "GOV"}
ACTOR_SECTOR = {"ASSAULT": "MIL"}


def fill_counterparts(
    events: list[Candidate], index: ActorIndex, country_name, lang: str = "da"
) -> None:
    """Give events without a recipient (or attacks without an attacker) the implied party.

    `country_name(iso3)` names a country ("IRN" -> "Iran")."""
    told = [e for e in events if e.modality in TOLD_AS_FACT and not e.negated]
    opponents = _opponents(told)  # who fights whom: what happened, not what may happen
    attackers = _opponents([e for e in told if e.event in HOSTILE])
    named = _named_countries(index)
    for event in events:
        if event.event == "RETREAT" and event.mode == "resign" and event.recipient is None:
            if event.actor_country:  # a minister resigns from their own government
                event.recipient = _inferred(event.actor_country, "GOV", country_name)
            continue
        if event.event not in TARGETED:
            continue
        if event.recipient is None and event.actor_country:
            beside = _side_by_side(event, events, index, lang)
            rivals = attackers if event.event in HOSTILE else opponents
            guess = not beside and not civil_society(event.actor)  # its quarrel: its own state
            country = (
                _other_in_sentence(event, index, lang, beside)
                or (guess and _most_common(rivals.get(event.actor_country), event.actor_country))
                or (guess and _most_common(_without(named, _partners(event)), exclude=None))
                or event.actor_country
            )
            sector = RECIPIENT_SECTOR.get(event.event, "GOV")
            if country == event.actor_country and _is_state(event.actor):
                if event.event not in AIMED or not _home(named, country):
                    continue  # "Ukraine beder om flere våben": a state does not ask itself
                sector = None  # a story of one country: the state's quarrel is at home
            event.recipient = _inferred(country, sector, country_name)
            event.recipient_text = None
        elif (
            event.recipient is None
            and event.actor is not None
            and event.event in SAID_OF_A_STATE
            and not _about_an_unclaimed_attack(event)
        ):
            beside = _side_by_side(event, events, index, lang)
            country = _other_in_sentence(event, index, lang, beside, places_too=True) or (
                _most_common(_without(named, beside), exclude=None)
            )
            if country:  # "FN opfordrer til våbenhvile i Sudan": addressed to Sudan's state
                event.recipient = _inferred(country, "GOV", country_name)
                event.recipient_text = None
        elif event.actor is None and event.event == "ASSAULT" and event.recipient_country:
            country = _most_common(
                attackers.get(event.recipient_country), exclude=event.recipient_country
            )
            if country:
                event.actor = _inferred(country, ACTOR_SECTOR["ASSAULT"], country_name)
                event.actor_text = None


def _about_an_unclaimed_attack(event: Candidate) -> bool:
    """ "FN fordømmer angrebet i Kabul": aimed at whoever attacked, whom no one named; not at
    the government of the country where it happened."""
    target = event.reacts_to.told_as if event.reacts_to is not None else None
    return target is not None and target.event in HOSTILE and target.actor is None


def _partners(event: Candidate) -> set[str]:
    return event.joint_countries - {event.actor_country}


def _without(named: Counter[str], partners: set[str]) -> Counter[str]:
    """ "Frankrig og Tyskland kritiserer beslutningen": partners are not each other's target."""
    return Counter({country: n for country, n in named.items() if country not in partners})


def _home(named: Counter[str], country: str) -> bool:
    """The article names this country more often than any other."""
    others = [n for other, n in named.items() if other != country]
    return named[country] > max(others, default=0) or not named


def _is_state(actor: Actor | None) -> bool:
    """A government or its armed forces ("Tyskland", "regeringen", "hæren")."""
    return bool(sectors_of(actor) & STATE_SECTORS)


def _inferred(country: str, sector: str | None, country_name) -> Actor:
    return Actor(
        name=country_name(country),
        country=country,
        sector=sector,
        sectors=[sector] if sector else [],
    )


def _opponents(events: list[Candidate]) -> dict[str, Counter[str]]:
    """For each country, how often each other country is the other party of its events."""
    found: dict[str, Counter[str]] = {}
    for event in events:
        a, b = event.actor_country, event.recipient_country
        if a and b and a != b and not (_relay(event.actor) or _relay(event.recipient)):
            found.setdefault(a, Counter())[b] += 1
            found.setdefault(b, Counter())[a] += 1
    return found


def _named_countries(index: ActorIndex) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entity in index.entities:
        actor = index.actor_of(entity)
        if actor is not None and actor.country and not _relay(actor):
            counts[actor.country] += 1
    return counts


def _side_by_side(
    event: Candidate, events: list[Candidate], index: ActorIndex, lang: str
) -> set[str]:
    """Countries acting in a clause set beside the event's ("Tyskland stemte imod, mens
    Frankrig og Italien støttede forslaget"): sides taking positions, not each other's targets."""
    return {
        other.actor_country
        for other in events
        if other is not event
        and other.sentence == event.sentence
        and other.actor_country
        and told_side_by_side(index.doc, event, other, lang)
    }


def told_side_by_side(doc, first: Candidate, second: Candidate, lang: str) -> bool:
    """A conjunction like "mens" stands between the two events' words."""
    low, high = sorted((first.trigger, second.trigger))
    parallel = word_class(lang, "parallel_conjunctions")
    return any(parallel.matches(doc[i].lower_) for i in range(low + 1, high))


def _other_in_sentence(
    event: Candidate, index: ActorIndex, lang: str, fellows: set[str], places_too: bool = False
) -> str | None:
    """The nearest country named in the event's sentence that is not the actor's, nor one
    taking its own stance beside it."""
    lo, hi = event.sentence_start, event.sentence_end
    best: tuple[int, str] | None = None
    for entity in index.entities:
        if not lo <= entity.start < hi:
            continue
        actor = index.actor_of(entity)
        if actor is None or not actor.country or actor.country == event.actor_country:
            continue
        if actor.country in event.joint_countries or actor.country in fellows:
            continue  # "USA og Australien fordømte": a partner, not the target
        if not places_too and (
            _named_as_a_location(entity, index, lang) or _named_as_an_origin(entity, index, lang)
        ):
            continue  # "piloter i Danmark, Norge og Sverige strejker": where, not against whom
        if _cited_as_a_source(entity, index, lang):
            continue  # "ifølge Sydkoreas militær": who tells it, not whom it was aimed at
        if _relay(actor):
            continue
        distance = abs(entity.start - event.start)
        if best is None or distance < best[0]:
            best = (distance, actor.country)
    return best[1] if best else None


def _named_as_a_location(entity, index: ActorIndex, lang: str) -> bool:
    """A country after "i" or in a list that one opens ("i Danmark, Norge og Sverige")."""
    span = _span_of(entity, index)
    if span is None:
        return False
    locatives = word_class(lang, "location_prepositions").words
    list_words = word_class(lang, "list_words").words
    for j in range(span.start - 1, max(-1, span.start - LIST_REACH), -1):
        token = index.doc[j]
        if token.lower_ in locatives:
            return True
        if token.lower_ not in list_words and not token.text[:1].isupper():
            return False
    return False


def _named_as_an_origin(entity, index: ActorIndex, lang: str) -> bool:
    """A country after "fra": where the actor or the weapon comes from."""
    span = _span_of(entity, index)
    if span is None or span.start == 0:
        return False
    return word_class(lang, "origin_prepositions").matches(index.doc[span.start - 1].lower_)


SOURCE_REACH = 3  # words from "ifølge" to the name it cites ("ifølge det sydkoreanske militær")


def _cited_as_a_source(entity, index: ActorIndex, lang: str) -> bool:
    """The first name after "ifølge", past its lower-case modifiers: the source cited."""
    span = _span_of(entity, index)
    if span is None:
        return False
    sources = word_class(lang, "source_markers")
    for j in range(span.start - 1, max(span.sent.start, span.start - SOURCE_REACH) - 1, -1):
        token = index.doc[j]
        if sources.matches(token.lower_):
            return True
        if not token.is_lower:
            return False  # "truer ifølge Reuters USA": another name stands between
    return False


def _span_of(entity, index: ActorIndex):
    return index.doc.char_span(entity.start, entity.end, alignment_mode="expand")


def _relay(actor: Actor | None) -> bool:
    if actor is None:
        return False
    return bool(sectors_of(actor) & NOT_PARTIES)


def _most_common(counts: Counter[str] | None, exclude: str | None) -> str | None:
    if not counts:
        return None
    for country, _ in counts.most_common():
        if country != exclude:
            return country
    return None
