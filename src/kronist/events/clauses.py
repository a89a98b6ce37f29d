"""Clauses of a sentence, and which of them can tell when and where an event happened.

A sentence is cut at clause punctuation followed by an opener word (`lang/<lang>/clauses.yaml`:
"at", "som", "da", "og" ...), at a complementizer "at" and, with a tagger, at "og"/"men" before a
finite verb. A piece after punctuation without an opener goes on with the main clause ("Angrebet,
som ramte basen, skete onsdag": "skete onsdag" is main again).

`bound_to_event` keeps the items (time expressions, places) that belong to an event told at
given offsets: those of its own clause and of a relative clause right after its words; failing
those, those of a clause of simultaneity beside a main clause ("da ..."), of a clause of cause
right after a toll ("er dræbt, efter at et marked søndag blev ramt"; a reaction "efter at" is
later: "Hæren svarede igen, efter at oprørerne mandag havde angrebet"), or of the clause that
governs an "at"-, "og"- or "da"-clause. Items of other events' clauses are never taken
("gengældelse for, at USA i sidste uge lavede et angreb" does not date the retaliation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from spacy.tokens import Span

from kronist.lang import read_yaml
from kronist.nlp.docs import morph_values, per_span, token_lowers, token_texts

Item = TypeVar("Item")

MAIN_KINDS = frozenset({"main", "coordinated", "contrast", "independent"})
SHARING_KINDS = frozenset({"complement", "coordinated", "simultaneous"})
RELATIVE_GAP = 3  # characters between an event's words and a relative clause about them (", ")
NOT_FINITE = frozenset({"VERB", "AUX", "ADV", "PART"})


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence: character offsets in the sentence and how it was opened."""

    start: int
    end: int
    kind: str  # main, complement, relative, simultaneous, cause, coordinated, contrast, other


@dataclass(frozen=True)
class _Grammar:
    openers: dict[tuple[str, ...], str]
    punctuation: frozenset[str]
    verb_coordinators: frozenset[str]
    independent_punctuation: frozenset[str]


@cache
def _grammar(lang: str) -> _Grammar:
    data = read_yaml(lang, "clauses.yaml")
    openers = {
        tuple(word.casefold().split()): kind
        for kind, words in data["clause_openers"].items()
        for word in words
    }
    return _Grammar(
        openers=openers,
        punctuation=frozenset(data["clause_punctuation"]),
        verb_coordinators=frozenset(w.casefold() for w in data.get("verb_coordinators", ())),
        independent_punctuation=frozenset(data.get("independent_punctuation", ())),
    )


@cache
def opener_words(lang: str = "da") -> frozenset[str]:
    """Every word of the clause openers ("efter at", "da", "fordi" ...)."""
    return frozenset(word for opener in _grammar(lang).openers for word in opener)


def sentence_clauses(sentence: Span, lang: str = "da") -> list[Clause]:
    """The clauses of `sentence`, in order, with offsets relative to the sentence start."""
    return _clauses(sentence, lang)


@per_span  # the place and the date of every event in the sentence ask
def _clauses(sentence: Span, lang: str) -> list[Clause]:
    grammar = _grammar(lang)
    words = _Words.of(sentence)
    starts = [(0, "main")]
    for i, (text, lower) in enumerate(zip(words.texts, words.lowers, strict=True)):
        if (
            text not in grammar.punctuation
            and lower != "at"
            and lower not in grammar.verb_coordinators
        ):
            continue  # only clause punctuation, "at" and a verb coordinator open a clause
        opened = _clause_opened_at(words, i, grammar)
        if opened is not None and opened[0] > starts[-1][0]:
            starts.append(opened)
    clauses = []
    offset = sentence.start_char
    for number, (first, kind) in enumerate(starts):
        last = starts[number + 1][0] if number + 1 < len(starts) else len(words.texts)
        end_token = sentence[last - 1]
        start = sentence[first].idx - offset
        end = end_token.idx + len(end_token) - offset
        clauses.append(Clause(start, end, kind))
    return clauses


@dataclass(frozen=True)
class _Words:
    """A sentence's token texts and lowercase forms, read off the Doc's arrays: a Token object
    is made only for the few words whose part of speech is asked."""

    sentence: Span
    texts: list[str]
    lowers: list[str]

    @classmethod
    def of(cls, sentence: Span) -> _Words:
        start, end = sentence.start, sentence.end
        doc = sentence.doc
        return cls(sentence, token_texts(doc)[start:end], token_lowers(doc)[start:end])


def _clause_opened_at(words: _Words, i: int, grammar: _Grammar) -> tuple[int, str] | None:
    """(first token, kind) of a clause that token i opens or ends the opener of, if any."""
    if words.texts[i] in grammar.punctuation:
        if i + 1 >= len(words.texts):
            return None
        kind = _opener_kind(words.lowers, i + 1, grammar)
        if kind is None and words.texts[i] in grammar.independent_punctuation:
            kind = "independent"  # "I 2019 blev han anholdt; i dag kræver han ...": two times
        return i + 1, kind or "main"
    after_punctuation = i > 0 and words.texts[i - 1] in grammar.punctuation
    if after_punctuation:
        return None
    word = words.lowers[i]
    if word == "at":
        return _opener_before(words.lowers, i, grammar) or (
            (i, "complement") if _complementizer(words.sentence, i) else None
        )
    if word in grammar.verb_coordinators and _finite_verb_follows(words.sentence, i):
        return i, grammar.openers.get((word,), "coordinated")
    return None


def _opener_kind(lowers: list[str], i: int, grammar: _Grammar) -> str | None:
    for length in (3, 2, 1):
        words = tuple(lowers[i : i + length])
        if len(words) == length and words in grammar.openers:
            return grammar.openers[words]
    return None


def _opener_before(lowers: list[str], i: int, grammar: _Grammar) -> tuple[int, str] | None:
    """ "efter at", "samtidig med at" without a comma: the clause opens at the opener."""
    for length in (3, 2):
        first = i - length + 1
        if first < 0:
            continue
        words = tuple(lowers[first : i + 1])
        if words in grammar.openers:
            return first, grammar.openers[words]
    return None


def _complementizer(tokens: Span, i: int) -> bool:
    """ "siger at de ..." (a clause follows), not "planer om at angribe" (an infinitive)."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if following.pos_:
        return following.pos_ not in NOT_FINITE
    return following.text[:1].isupper() or following.like_num


def _finite_verb_follows(tokens: Span, i: int) -> bool:
    """ "og advarer regeringen": a finite verb right after the coordinator (tagger needed)."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    return following.pos_ in ("VERB", "AUX") and "Fin" in morph_values(following, "VerbForm")


def bound_to_event(
    items: Sequence[Item],
    clauses: list[Clause],
    start: int,
    end: int,
    position: Callable,
    with_cause: bool = False,
    with_report: bool = False,
    own_only: bool = False,
) -> list[Item]:
    """The items (at `position(item)`, offsets in the sentence) that can belong to the event told
    at [start, end): see the module docstring. `with_cause`: a clause of cause right after the
    event's main clause is shared too (a toll told after what caused it). `with_report`: so is
    the speech tag after it (", siger hæren tirsdag" roughly dates the news; its place is only
    where the teller was). `own_only`: the items of the event's own clauses only."""
    if not clauses:
        return list(items)
    own = clauses_at(clauses, start, max(start, end - 1))
    after = max(own) + 1
    if any(clauses[i].kind == "main" for i in own):  # one main clause, however interrupted
        own |= {i for i, c in enumerate(clauses) if c.kind == "main"}
    if (
        after < len(clauses)
        and clauses[after].kind == "relative"
        and clauses[after].start - end <= RELATIVE_GAP
    ):
        own.add(after)
    found = _inside(items, clauses, own, position)
    if found or own_only:
        return found
    sharing = _sharing_clauses(clauses, own, with_cause, with_report)
    return _inside(items, clauses, sharing, position)


def _sharing_clauses(
    clauses: list[Clause], own: set[int], with_cause: bool, with_report: bool
) -> set[int]:
    kinds = {clauses[i].kind for i in own}
    beside = {"simultaneous", "report"} if with_report else {"simultaneous"}
    sharing = {
        i
        for i in (min(own) - 1, max(own) + 1)
        if 0 <= i < len(clauses) and clauses[i].kind in beside
    }
    if kinds & MAIN_KINDS:
        sharing |= {i for i, c in enumerate(clauses) if c.kind == "simultaneous"}
        cause = max(own) + 1  # "Mindst 28 er dræbt, efter at et marked søndag blev ramt"
        if with_cause and cause < len(clauses) and clauses[cause].kind == "cause":
            sharing.add(cause)
    if kinds & SHARING_KINDS:
        governing = next(
            (i for i in range(min(own) - 1, -1, -1) if clauses[i].kind in MAIN_KINDS), None
        )
        if governing is not None:
            sharing.add(governing)
            if clauses[governing].kind == "main":
                sharing |= {i for i, c in enumerate(clauses) if c.kind == "main"}
    return sharing


def clauses_at(clauses: list[Clause], start: int, end: int) -> set[int]:
    """Indexes of the clauses that the offsets [start, end] run through."""
    first = next((i for i, c in enumerate(clauses) if c.end > start), len(clauses) - 1)
    last = next((i for i, c in enumerate(clauses) if c.end > end), len(clauses) - 1)
    return set(range(first, last + 1))


def _inside(
    items: Sequence[Item], clauses: list[Clause], chosen: set[int], position: Callable
) -> list[Item]:
    return [item for item in items if clauses_at(clauses, position(item), position(item)) <= chosen]
