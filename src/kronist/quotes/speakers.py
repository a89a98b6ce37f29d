"""Tying speaker phrases to entities and canonical actors, and pronouns to earlier speakers."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from kronist.actors import names_a_body
from kronist.lang import read_tsv
from kronist.model import Actor, Entity
from kronist.nlp.features import first_name_gender
from kronist.quotes.attribution import Attribution
from kronist.quotes.lexicon import names_a_role, words_of

LABEL_RANK = {"PER": 0, "NOM": 1, "ORG": 2, "MISC": 3, "LOC": 4}


def entity_for_span(start: int, end: int, entities: Sequence[Entity]) -> Entity | None:
    """The entity that best names the speaker phrase text[start:end].

    A person named in the phrase wins; then the entity that begins the phrase (its head:
    "en talsmand fra ministeriet" is the spokesman, not the ministry); then the longest overlap.
    A name in the genitive owns the speaker and is not the speaker ("Trumps kampagneleder
    Susie Wiles", "Trumps talsmand"), whatever else the phrase holds.
    """
    overlapping = [e for e in entities if e.start < end and e.end > start]
    if not overlapping:
        return None

    def rank(entity: Entity) -> tuple:
        overlap = min(end, entity.end) - max(start, entity.start)
        covers_head = entity.start <= start < entity.end
        return (
            entity.genitive and entity.end < end,  # owns what follows it in the phrase
            entity.label != "PER",
            not covers_head,
            LABEL_RANK.get(entity.label, 9),
            actor_of(entity, entities) is None,
            -overlap,
        )

    return min(overlapping, key=rank)


def referent(entity: Entity, entities: Sequence[Entity]) -> Entity:
    """Follow `refers_to` links to the entity a mention stands for."""
    return referent_in(entity, {e.id: e for e in entities})


def referent_in(entity: Entity, by_id: dict[str, Entity]) -> Entity:
    """`referent`, with the entities by id."""
    seen = {entity.id}
    while entity.refers_to and entity.refers_to in by_id and entity.refers_to not in seen:
        entity = by_id[entity.refers_to]
        seen.add(entity.id)
    return entity


def antecedent_of(entity: Entity, entities: Sequence[Entity]) -> Entity:
    """The mention a pronoun refers to directly (its nearest coreferent)."""
    return next((e for e in entities if e.id == entity.refers_to), entity)


def actor_of(entity: Entity, entities: Sequence[Entity]) -> Actor | None:
    return entity.actor or referent(entity, entities).actor


def actor_lookup(name: str = "actor_for_text") -> Callable[..., Actor | None] | None:
    """`kronist.actors.actor_for_text` (or another of its lookups), when the actors stage
    provides it."""
    try:
        actors = importlib.import_module("kronist.actors")
    except ImportError:
        return None
    return getattr(actors, name, None)


@lru_cache(maxsize=4096)
def actor_for_phrase(text: str, lang: str) -> Actor | None:
    return _looked_up("actor_for_text", text, lang)


def actor_for_speaker(attribution: Attribution, lang: str, doc: Doc | None = None) -> Actor | None:
    """The actor the speaker phrase names. When the phrase is whole tokens of the parsed
    article `doc`, it is read off the article's parse (the pipeline does not run over it a
    second time); else the phrase is parsed on its own."""
    span = None
    if doc is not None and attribution.start is not None and attribution.end is not None:
        span = doc.char_span(attribution.start, attribution.end)
    if span is None or span.text != attribution.speaker:
        return actor_for_phrase(attribution.speaker, lang)
    return _looked_up("actor_for_span", span, lang)


def _looked_up(name: str, phrase: str | Span, lang: str) -> Actor | None:
    lookup = actor_lookup(name)
    if lookup is None:
        return None
    try:
        return lookup(phrase, published=None, lang=lang)
    except Exception:  # the actors stage is still being written; never fail a quote on it
        return None


def fuller(first: Actor | None, second: Actor | None) -> Actor | None:
    """The actor that says more (country and sector) of the two."""
    if first is None:
        return second
    if second is None:
        return first
    return second if _known(second) > _known(first) else first


def _known(actor: Actor) -> int:
    return (actor.country is not None) + (actor.sector is not None)


def attach_entity(
    attribution: Attribution, entities: Sequence[Entity], lang: str, doc: Doc | None = None
) -> None:
    """Fill speaker_entity and speaker_actor of an attribution from its speaker phrase (a
    phrase of `doc`, the parsed article, when given)."""
    if attribution.start is None or attribution.end is None or not attribution.speaker:
        return
    _through_a_name(attribution, entities)
    entity = entity_for_span(attribution.start, attribution.end, entities)
    actor = None
    if entity is not None:
        target = antecedent_of(entity, entities) if attribution.pronoun else entity
        attribution.speaker_entity = target.id
        actor = actor_of(entity, entities)
        if attribution.pronoun and target is not entity:
            attribution.antecedent = (target.start, target.end)
    if not attribution.pronoun and (actor is None or _known(actor) < 2):
        from_phrase = actor_for_speaker(attribution, lang, doc)
        if actor is not None and from_phrase is not None and not _known(from_phrase):
            from_phrase = None  # "people": the phrase tells less than the name it holds
        if not same_known_actor(actor, from_phrase, lang):
            if entity is not None and entity.refers_to:
                # "kommissionen" that the article ties to "EU-Kommissionen": what it refers
                # to beats the bare word's reading, unless that says more
                actor = fuller(actor, from_phrase)
            else:
                actor = fuller(from_phrase, actor)
        actor = _as_the_article_reads(actor, attribution, entities)
    attribution.speaker_actor = actor


def _as_the_article_reads(
    actor: Actor | None, attribution: Attribution, entities: Sequence[Entity]
) -> Actor | None:
    """The person a speaker phrase names as the article resolved them, where the article puts
    the place the phrase names in that person's country: "Carmen López fra Valencia" read alone
    is from Venezuela's Valencia; the article, about Spain, puts Valencia in Spain. A country
    the phrase names itself ("Irans FN-ambassadør") stands."""
    if actor is None or actor.country is None:
        return actor
    inside = [e for e in entities if attribution.start <= e.start and e.end <= attribution.end]
    places = {e.actor.country for e in inside if e.label == "LOC" and e.actor is not None}
    for entity in inside:
        known = entity.actor if entity.label == "PER" else None
        if known is None or known.name != actor.name or known.country == actor.country:
            continue
        if known.country in places:
            return actor.model_copy(update={"country": known.country})
    return actor


def _through_a_name(attribution: Attribution, entities: Sequence[Entity]) -> None:
    """A speaker phrase does not end inside a name: "Marie Dupont fra Læger uden Grænser" goes
    on over the lower-case word of the organisation's name."""
    start, end = attribution.start, attribution.end
    cut = next((e for e in entities if start < e.start < end < e.end and e.label != "NOM"), None)
    if cut is not None:
        attribution.speaker += cut.text[end - cut.start :]
        attribution.end = cut.end


def same_known_actor(first: Actor | None, second: Actor | None, lang: str = "da") -> bool:
    """Both name one dictionary actor: the entity's reading, made for the article's date (a
    NATO secretary-general with no country), beats the phrase's undated one (a prime minister
    of Norway)."""
    if first is None or second is None:
        return False
    if first.wikidata and second.wikidata:
        return first.wikidata == second.wikidata
    return first.name == second.name and in_actor_dictionary(first.name, lang)


@lru_cache(maxsize=4096)
def in_actor_dictionary(name: str, lang: str = "da") -> bool:
    """Whether the actors stage's dictionary knows the name (so an actor of that name is one
    person or body, not a name read off the text)."""
    try:
        dictionary = importlib.import_module("kronist.actors.dictionary")
    except ImportError:
        return False
    return dictionary.actor_dictionary(lang).find(name) is not None


def can_be_antecedent(
    pronoun: str, candidate: Attribution, entities: Sequence[Entity], lang: str = "da"
) -> bool:
    """Whether "han"/"hun" can refer to the speaker of `candidate`: not a group or a body, nor
    a person whose first name tells the other gender."""
    if candidate.pronoun or not candidate.speaker:
        return False
    if not refers_to_a_person(pronoun, lang):
        return True
    if candidate.speaker_entity:
        entity = next((e for e in entities if e.id == candidate.speaker_entity), None)
        if entity is not None and entity.label in ("ORG", "LOC", "MISC"):
            return False
    if names_a_group(candidate.speaker, lang) or names_a_body(candidate.speaker, lang):
        return False
    return gender_agrees(pronoun, candidate.speaker, candidate.speaker_actor, lang)


def refers_to_a_person(anaphor: str, lang: str = "da") -> bool:
    """ "han", "hun", "den 45-årige": can only mean one person."""
    words = anaphor.lower().split()
    if not words:
        return False
    if len(words) == 1:
        return words[0] in words_of(lang, "person_pronoun")
    return words[1].endswith(tuple(words_of(lang, "age_ending")))


def names_a_group(phrase: str, lang: str = "da") -> bool:
    """A one-word definite plural or neuter ("demonstranterne", "politiet", "naboernes") or a
    phrase counting more than one ("tre ministre", "flere beboere") names a group or a body,
    not one person."""
    words = phrase.split()
    if words and counts_more_than_one(words[0], lang):
        return True
    if len(words) != 1:
        return False
    word = words[0].lower()
    genitive = tuple(words_of(lang, "genitive_ending"))
    bare = word[:-1] if word.endswith(genitive) and len(word) > 3 else word
    return bare.endswith(tuple(words_of(lang, "group_ending")))


def counts_more_than_one(word: str, lang: str = "da") -> bool:
    word = word.lower()
    return word.isdigit() and word != "1" or word in plural_number_words(lang)


@lru_cache(maxsize=8)
def plural_number_words(lang: str) -> frozenset[str]:
    rows = read_tsv(lang, "numbers.tsv")
    return frozenset(row[0] for row in rows if len(row) > 1 and row[1].isdigit() and row[1] != "1")


def gender_agrees(pronoun: str, phrase: str, actor: Actor | None, lang: str = "da") -> bool:
    """False only when the pronoun ("hun") and the first name of the person the phrase or its
    actor names ("Anders Vestergaard") tell different genders."""
    wanted = pronoun_gender(pronoun, lang)
    if wanted is None:
        return True
    names = [first_name(phrase, lang)]
    if actor is not None and actor.name:
        names.append(first_name(actor.name, lang))
    found = {first_name_gender(name) for name in names if name} - {None}
    return not found or wanted in found


@lru_cache(maxsize=4096)
def first_name(phrase: str, lang: str = "da") -> str | None:
    """The first word of the first full name in a phrase ("Direktør Peter Holm" -> "Peter");
    None when the phrase names no one by two or more names ("Holm", "Formanden")."""
    for run in _capitalized_word_runs(phrase):
        skipped = function_words(lang)
        while run and (names_a_role(run[0].lower(), lang) or run[0].lower() in skipped):
            run = run[1:]
        if len(run) >= MIN_NAME_WORDS:
            return run[0]
    return None


def _capitalized_word_runs(phrase: str) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for word in _words(phrase):
        if word[:1].isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def pronoun_gender(pronoun: str, lang: str = "da") -> str | None:
    from kronist.actors.lexicon import grammar

    return grammar(lang).pronoun_genders.get(pronoun.lower())


def same_speaker(first: Attribution, second: Attribution) -> bool:
    """Whether two attributions name the same speaker: the same entity, the same known actor
    ("præsidenten" and "Trump" both resolved to one Wikidata item), or a shared name."""
    if first.speaker_entity and first.speaker_entity == second.speaker_entity:
        return True
    first_actor, second_actor = first.speaker_actor, second.speaker_actor
    if first_actor and second_actor and first_actor.wikidata and second_actor.wikidata:
        return first_actor.wikidata == second_actor.wikidata
    if not first.speaker or not second.speaker or first.pronoun or second.pronoun:
        return False
    first_words, second_words = _words(first.speaker), _words(second.speaker)
    first_name, second_name = _name_run(first_words), _name_run(second_words)
    return bool(first_name and first_name <= set(second_words)) or bool(
        second_name and second_name <= set(first_words)
    )


def _words(phrase: str) -> list[str]:
    return WORD_RE.findall(phrase)


def _name_run(words: list[str]) -> set[str]:
    """The first run of two or more capitalized words (a full name), else the first capitalized
    word after the first: the part of a speaker phrase that identifies a person."""
    runs: list[list[str]] = [[]]
    for word in words:
        if word[:1].isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) >= 2:
            return set(run)
    singles = [w for i, w in enumerate(words) if w[:1].isupper() and (i > 0 or len(words) == 1)]
    return {singles[0]} if singles else set()


WORD_RE = re.compile(r"\w[\w'’-]*")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4


def last_name_run(
    text: str, position: int, accept: Callable[[str], bool] = lambda _name: True
) -> tuple[int, int] | None:
    """Offsets of the last run of two to four capitalized words before `position` ("Borgmester
    Ib Lund") that `accept`s, a person's name when no entities are known; runs ending in a body
    word ("Københavns Politi") are skipped."""
    for run in reversed(capitalized_runs(text, position)):
        words = [m.group() for m in run]
        if names_a_role(words[-1].lower()):
            continue
        if words[0].lower() in function_words():
            if len(run) <= MIN_NAME_WORDS:
                continue
            run = run[1:]  # "Men Søren Hansen" at a sentence start
        if accept(text[run[0].start() : run[-1].end()]):
            return run[0].start(), run[-1].end()
    return None


def capitalized_runs(text: str, position: int) -> list[list[re.Match]]:
    """Runs of capitalized words separated by single spaces, before `position`."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for match in WORD_RE.finditer(text, 0, position):
        joined = current and text[current[-1].end() : match.start()] == " "
        if match.group()[:1].isupper() and (joined or not current):
            current.append(match)
            continue
        if MIN_NAME_WORDS <= len(current) <= MAX_NAME_WORDS:
            runs.append(current)
        current = [match] if match.group()[:1].isupper() else []
    if MIN_NAME_WORDS <= len(current) <= MAX_NAME_WORDS:
        runs.append(current)
    return runs


def function_words(lang: str = "da") -> frozenset[str]:
    kinds = ("pronoun", "clause", "adverb", "inversion", "conjunction", "time")
    kinds += ("indefinite", "determiner")
    return frozenset().union(*(words_of(lang, kind) for kind in kinds))


def last_person_entity(position: int, entities: Sequence[Entity]) -> Entity | None:
    persons = [e for e in entities if e.label == "PER" and e.end <= position]
    return max(persons, key=lambda e: e.start) if persons else None
