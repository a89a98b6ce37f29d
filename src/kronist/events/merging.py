"""One event per real-world event: headline, lead and body often tell the same one.

Two candidates are the same event when they have the same type, no conflicting actor or
recipient country (nor a person and a company as targets, nor, in a country's own affairs,
speakers of different kinds: the police and a minister), no conflicting date or place, and
the same polarity, and neither's recipient is the other's actor (the accused accusing in
turn); a later definite event noun ("angrebet", "drabet") refers back to the last compatible
event of its type whatever day or place its sentence names, unless it names another year. A
later mention is folded into the most recent compatible earlier one; then an event told
without a doer joins the nearest one of its type that names one, unless a date, day or toll
sets them apart (`fold_actorless`).
An event told only in the headline, of a type the body tells with parties that did not let the
two merge, is the body's event told loosely ("Iran angriber USA" over a body in which militias
fire on American bases in Iraq): the body's telling stands (`without_loose_headlines`).
"""

from __future__ import annotations

from kronist.actors.dictionary import one_body
from kronist.events.candidate import VERBAL, Candidate
from kronist.events.sectors import STATE, sectors_of
from kronist.events.syntax import WEEKDAYS
from kronist.model import Actor, Place

# Types whose modes are different acts (an allegation is not a complaint); for the others a
# mode is a detail that two mentions may tell differently ("drone- og missilangreb").
KINDS_MAY_DIFFER = frozenset({"ASSAULT"})
PEOPLE = frozenset({"CVL", "CRM"})  # private persons, told by turns as civilians or offenders
POLITICS = frozenset({"GOV", "PTY", "OPP", "LEG"})
ONE_KIND = (PEOPLE, POLITICS)
MODE_DISTINCT = frozenset({"ACCUSE", "SANCTION", "COERCE", "RETREAT", "REQUEST", "REJECT"})


def merge_candidates(candidates: list[Candidate], lang: str = "da") -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.sentence, c.start)):
        matching = (k for k in reversed(kept) if same_event(k, candidate, lang))
        of_the_day = _of_the_day_told(candidate, kept, lang)
        target = of_the_day or next(matching, None)
        if (
            of_the_day is None
            and target is not None
            and target.subordinate
            and target.sentence < candidate.sentence
        ):
            target = _main_event_of_its_sentence(target, matching)
        if target is None:
            candidate.mentions = [candidate.sentence]
            kept.append(candidate)
        else:
            target.absorb(candidate)
    return kept


def _of_the_day_told(candidate: Candidate, kept: list[Candidate], lang: str) -> Candidate | None:
    """ "Ingen kom til skade ved angrebet lørdag aften": a definite event noun that names the
    day refers back to the last event of its type told of that day, past a later one told of
    no day of it (the navy's answer told between)."""
    if not (candidate.anaphoric and candidate.days_told):
        return None
    return next(
        (
            k
            for k in reversed(kept)
            if k.days_told & candidate.days_told and same_event(k, candidate, lang)
        ),
        None,
    )


def without_loose_headlines(events: list[Candidate], body_start: int) -> list[Candidate]:
    """Drop the events told only in the headline (the tokens before `body_start`) whose type
    the body tells too."""
    body_types = {e.event for e in events if e.trigger >= body_start}
    return [e for e in events if not (_only_in_headline(e, body_start) and e.event in body_types)]


def _only_in_headline(event: Candidate, body_start: int) -> bool:
    return event.trigger < body_start and set(event.mentions) <= {event.sentence}


def _main_event_of_its_sentence(found: Candidate, earlier) -> Candidate:
    """ "Israel angreb ..., efter at Hizbollah affyrede raketter. Syv blev dræbt i angrebene":
    a later sentence goes on about the news its sentence told, not the cause told beside it."""
    for other in earlier:
        if other.sentence != found.sentence:
            break
        if not other.subordinate:
            return other
    return found


def fold_actorless(events: list[Candidate]) -> list[Candidate]:
    """An event told without a doer ("Mindst fem blev dræbt", "eksplosionen") joins the
    nearest event of its type whose doer is named, when nothing the text says sets them apart
    (the recipient's country, a date or day told for both, the death toll told for both); the
    places the two sentences name may differ ("i Bagdad", "ved lufthavnen")."""
    kept: list[Candidate] = []
    for event in events:
        if event.actor is not None or event.implicit_actor is not None:
            kept.append(event)
            continue
        target = min(
            (
                other
                for other in events
                if other is not event
                and other.actor is not None
                and other.merged_into is None
                and _may_be_one(other, event)
            ),
            key=lambda other: abs(other.sentence - event.sentence),
            default=None,
        )
        if target is None:
            kept.append(event)
        else:
            target.absorb(event)
    return kept


def _may_be_one(named: Candidate, nameless: Candidate) -> bool:
    if not _types_agree(named, nameless) or named.negated != nameless.negated:
        return False
    targets = (named.recipient or named.victim, nameless.recipient or nameless.victim)
    if not _actors_agree(*targets):
        return False
    told = named.date.date and nameless.date.date
    if (
        told
        and not (named.date_inferred or nameless.date_inferred)
        and not _dates_agree(named, nameless)
    ):
        return False
    if _different_days_named(named, nameless):
        return False
    tolls = (named.killed, nameless.killed)
    return None in tolls or tolls[0] == tolls[1] or _within_floor(named, nameless)


def _within_floor(named: Candidate, nameless: Candidate) -> bool:
    """A toll told as a floor ("mindst 25", "drabet": at least one) is no other toll than a
    count not below it."""
    pairs = ((named, nameless), (nameless, named))
    return any(
        a.toll_kinds[0] == "floor" and b.killed >= a.killed
        for a, b in pairs  # type: ignore[operator]
    )


def same_event(a: Candidate, b: Candidate, lang: str = "da") -> bool:
    if not _types_agree(a, b) or a.negated != b.negated or _one_unreal(a, b):
        return False
    if not _actors_agree(a.actor, b.actor, lang) or not _actors_agree(
        a.recipient, b.recipient, lang
    ):
        return False
    if _two_named_speakers(a, b, lang) or _kinds_apart(a.recipient, b.recipient, a.event):
        return False
    if _two_kinds_of_speaker(a, b):
        return False
    told = a.date.date and b.date.date and not (a.date_inferred or b.date_inferred)
    if a.answers and b.answers and a.answers != b.answers:
        return False  # "afviser kritikken" and "afviser kravet" answer two statements
    if b.anaphoric:
        # "angrebet", "drabet": the definite noun tells an event already told, unless it is
        # told in another year ("Angrebet i 2015 ...")
        return not (told and a.date.date.year != b.date.date.year)
    if told and not _dates_agree(a, b):
        return False
    if _different_days_named(a, b):
        return False
    if a.event in MODE_DISTINCT and a.mode and b.mode and a.mode != b.mode:
        return False
    if not _places_agree(a.place, b.place):
        return False
    return not _crossed(a, b) and not _turned(a, b, lang)


def _turned(a: Candidate, b: Candidate, lang: str) -> bool:
    """ "Hæren giver RSF skylden ... RSF beskylder til gengæld hæren": the one acted on acts
    in turn (one event's recipient is the other's actor, and their actors are not one body):
    two events."""
    for first, second in ((a, b), (b, a)):
        target, doer = first.recipient, second.actor
        if target is None or doer is None or first.actor is None:
            continue
        if _one_named(target, doer, lang) and not _one_named(first.actor, doer, lang):
            return True
    return False


def _one_named(a: Actor, b: Actor, lang: str) -> bool:
    return bool(a.name and b.name) and (a.name == b.name or one_body(lang, a.name, b.name))


def _two_named_speakers(a: Candidate, b: Candidate, lang: str) -> bool:
    """ "Venstre kritiserer regeringen. Enhedslisten kritiserer også regeringen": two named
    parties of one country make two statements, however alike."""
    if a.event not in VERBAL or not (a.actor_named and b.actor_named):
        return False
    first, second = a.actor, b.actor
    if first is None or second is None:
        return False
    return bool(first.name and second.name) and not _one_named(first, second, lang)


def _kinds_apart(a: Actor | None, b: Actor | None, event: str) -> bool:
    """ "idømt en 34-årig mand fængsel" and "givet Carlsberg en bøde": a private person and a
    body of society (a company, a union) are two targets, however alike the act. Not for
    attacks, whose victims are told by turns as civilians, soldiers or fighters."""
    if a is None or b is None or event in KINDS_MAY_DIFFER:
        return False
    first, second = sectors_of(a), sectors_of(b)
    if not first or not second or (first | second) & STATE:
        return False
    return (first <= PEOPLE) != (second <= PEOPLE) and first.isdisjoint(second)


def _two_kinds_of_speaker(a: Candidate, b: Candidate) -> bool:
    """ "Politiet accepterer ikke hærværk" and "Ministeren afviser kravet": in a country's own
    affairs, statements by actors of different kinds (police and government) are two."""
    if a.event not in VERBAL or a.actor is None or b.actor is None:
        return False
    if {a.recipient_country, b.recipient_country} - {a.actor_country, None}:
        return False  # between states, a country's voices speak for it
    first, second = _kinds(sectors_of(a.actor)), _kinds(sectors_of(b.actor))
    return bool(first and second) and first.isdisjoint(second)


def _kinds(sectors: set[str]) -> set[frozenset[str]]:
    """The kinds of actor the sectors name: a minister, a party and a member of parliament are
    one kind (a politician told by turns by office, party or seat), as are a civilian and an
    offender (a person); the police, a court, an army or a company each its own."""
    return {
        next((kind for kind in ONE_KIND if sector in kind), frozenset({sector}))
        for sector in sectors
    }


def _one_unreal(a: Candidate, b: Candidate) -> bool:
    """ "undersøger, om raketterne blev affyret fra Iran" is a question, not the attack told."""
    return (a.modality == "hypothetical") != (b.modality == "hypothetical")


def _types_agree(a: Candidate, b: Candidate) -> bool:
    """Same type; or a bare "angreb" and the riot it turned out to be (protesters' assault)."""
    if a.event == b.event:
        return True
    for plain, recoded in ((a, b), (b, a)):
        if plain.event == recoded.origin and plain.kind == "noun" and plain.actor is None:
            return True
    return False


def _actors_agree(a: Actor | None, b: Actor | None, lang: str = "da") -> bool:
    """No conflict: one side unknown, the same country (not its state and a group of its
    society: a minister and a trade union), or an actor without a country whose
    kind fits the other ("soldaterne" ~ ISR/MIL, "demonstranter" ~ IRQ/CVL); an armed group
    without a country is not a country's army, and an international body is never a country."""
    if a is None or b is None:
        return True
    if a.country and b.country:
        return a.country == b.country and not _state_and_society(a, b)
    if a.country or b.country:
        countryless, placed = (b, a) if a.country else (a, b)
        sectors = sectors_of(countryless)
        if "IGO" in sectors:
            return False
        return not sectors or bool(sectors & (sectors_of(placed) or STATE))
    return not (a.name and b.name) or one_body(lang, a.name, b.name)


def _state_and_society(a: Actor, b: Actor) -> bool:
    """A minister and a trade union of one country are two actors, not one told twice."""
    first, second = sectors_of(a), sectors_of(b)
    if not first or not second:
        return False
    return (first <= STATE and not second & STATE) or (second <= STATE and not first & STATE)


def _crossed(a: Candidate, b: Candidate) -> bool:
    """A's actor is B's recipient and the other way round: two events, not one."""
    return bool(
        a.actor_country
        and a.recipient_country
        and a.actor_country != a.recipient_country
        and a.actor_country == b.recipient_country
        and a.recipient_country == b.actor_country
    )


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    first, second = a.date, b.date
    if first.precision == second.precision:
        return first.date == second.date
    coarse = first if _rank(first.precision) > _rank(second.precision) else second
    fine = second if coarse is first else first
    assert coarse.date is not None and fine.date is not None
    if coarse.precision == "year":
        return coarse.date.year == fine.date.year
    if coarse.precision == "month":
        return (coarse.date.year, coarse.date.month) == (fine.date.year, fine.date.month)
    return abs((coarse.date - fine.date).days) <= 6


def _different_days_named(a: Candidate, b: Candidate) -> bool:
    """ "torsdag" and "mandag": two days even when the publication date cannot place them."""
    first = (a.date.expression or "").lower().split()
    second = (b.date.expression or "").lower().split()
    days_a, days_b = set(first) & WEEKDAYS, set(second) & WEEKDAYS
    return bool(days_a and days_b and not days_a & days_b)


def _rank(precision: str | None) -> int:
    return {"day": 0, "week": 1, "month": 2, "year": 3}.get(precision or "", 4)


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.name and b.name and a.name != b.name:
        return bool(a.country and a.country == b.country)
    return True
