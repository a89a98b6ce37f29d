"""The actors stage from parse to entities: names, their actors at the article's date, nominal
phrases, coreference and the article's place, in that order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kronist.actors.context import assign_context_countries
from kronist.actors.coref import resolve_coreference
from kronist.actors.dictionary import genitive_bases
from kronist.actors.mentions import (
    Mention,
    Resources,
    named_actor,
    nominal_actor,
    resources,
    sentence_index,
    strip_genitive,
)
from kronist.actors.named import find_named, party_letter_after, person_actor
from kronist.actors.phrases import PhraseBuilder, forces_of_an_armed_group
from kronist.model import Actor, Entity
from kronist.nlp.docs import alpha_or_space, span_as_doc, span_text, token_texts

MP_SECTORS = ["LEG", "PTY"]  # a politician named with a party letter and no other role
LABEL_PREFERENCE = {"NOM": 0, "PER": 1, "ORG": 2, "LOC": 3, "MISC": 4}


def find_mentions(
    doc: Doc, published: dt.date | None, lang: str, home_country: bool = True
) -> list[Mention]:
    res = resources(lang)
    named = _without_places_inside_names(doc, find_named(doc, res))
    for mention in named:
        _resolve_named(doc, mention, res, published)
    _places_in_their_country(doc, named, res)
    _cities_of_the_story(named, res)
    _home_offices_placed_abroad(doc, named, res)
    adjectives = _country_adjectives(doc, named, res)
    phrases = PhraseBuilder(doc, res, named, published).build()
    if published is None:
        _roles_the_text_gives(named)
    mentions = [*named, *adjectives, *phrases]
    mentions += resolve_coreference(doc, mentions, res, published)
    _inherit_from_owners(mentions, res)
    _counterparts_hold_the_subjects_office(doc, mentions)
    _owned_by_the_subject(doc, mentions, res)
    _names_take_what_their_phrase_inherited(mentions)
    assign_context_countries(doc, mentions, sentence_index(doc), res, home=home_country)
    _share_country_with_names(mentions, res.grammar.home_country)
    _follow_antecedents(mentions)
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _places_in_their_country(doc: Doc, named: list[Mention], res: Resources) -> None:
    """ "Tapa i Estland": a town the text places in a country is in that country, even when
    the gazetteer's town of that name lies elsewhere."""
    by_start = {m.start: m for m in named}
    within = res.grammar.container_prepositions
    for mention in named:
        if not mention.is_place or mention.actor is None or mention.end >= len(doc):
            continue
        container = by_start.get(mention.end + 1)
        if doc[mention.end].lower_ not in within or container is None:
            continue
        country = container.actor.country if container.actor is not None else None
        if container.kind == "country" and country and country != mention.actor.country:
            mention.actor = mention.actor.model_copy(update={"country": country})
            mention.country = country


def _cities_of_the_story(named: list[Mention], res: Resources) -> None:
    """ "Carmen López fra Valencia" in a story about Spain: a city name that large cities of
    several countries share is the one in a country the article names."""
    countries = {m.country for m in named if m.kind == "country" and m.country}
    cities = res.gazetteer.index.cities
    if not countries or cities is None:
        return
    for mention in named:
        place = mention.place
        if place is None or place.kind != "city" or place.country in countries:
            continue
        other = cities.homonym_in(place.name, countries)
        if other is not None and mention.actor is not None:
            mention.place = other
            mention.actor = mention.actor.model_copy(update={"country": other.country})
            mention.country = other.country


def _home_offices_placed_abroad(doc: Doc, named: list[Mention], res: Resources) -> None:
    """ "Udenrigsministeriet i Managua", "Forsvarsministeriet i Moskva": a home office known by
    its bare title is that office of the country whose place follows it."""
    by_start = {m.start: m for m in named}
    for mention in named:
        title = mention.entry.title if mention.entry is not None else None
        role = res.roles.lookup(title, title) if title else None
        if role is None or not role.role.home_office or mention.end + 1 >= len(doc):
            continue
        place = by_start.get(mention.end + 1)
        if doc[mention.end].lower_ != "i" or place is None or place.actor is None:
            continue
        country = place.actor.country
        placed = place.is_place or place.kind == "country"
        if placed and country and country != mention.actor.country:
            mention.entry = None
            mention.actor = nominal_actor(country, list(mention.actor.sectors), res.countries)
            mention.country = country


def _without_places_inside_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """ "Maersk Hangzhou", "Air Berlin": a place name right after an organisation's name is
    part of that name (a ship, a company), not a place the text names. After a finite verb
    they are two phrases, subject and object of a V2 clause ("I en erklæring opfordrer EU
    Kina til at ...")."""
    ordered = sorted(named, key=lambda m: m.start)
    inside = {
        id(after)
        for before, after in zip(ordered, ordered[1:], strict=False)
        if before.label == "ORG"
        and not before.is_place
        and before.kind != "country"
        and after.start == before.end
        and (after.is_place or after.kind == "country")
        and not _after_a_finite_verb(doc, before.start)
    }
    return [m for m in named if id(m) not in inside]


def _after_a_finite_verb(doc: Doc, start: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.pos_ in {"VERB", "AUX"}
        and "VerbForm=Fin" in str(before.morph)
    )


def to_entities(doc: Doc, mentions: list[Mention]) -> list[Entity]:
    sentence_of = sentence_index(doc)
    emitted = [m for m in mentions if m.emit]
    ids = {id(m): f"e{number}" for number, m in enumerate(emitted, start=1)}
    entities = []
    for mention in emitted:
        span = doc[mention.start : mention.end]
        antecedent = _emitted_antecedent(mention, ids)
        entities.append(
            Entity(
                id=ids[id(mention)],
                text=span_text(span),
                label=mention.label,
                start=span.start_char,
                end=span.end_char,
                sentence=sentence_of[mention.start],
                actor=mention.actor,
                refers_to=ids[id(antecedent)] if antecedent is not None else None,
                genitive=mention.genitive,
            )
        )
    return entities


def actor_for_text(
    text: str,
    published: dt.date | None = None,
    lang: str = "da",
    entities: Sequence[Entity] | None = None,
) -> Actor | None:
    """The actor a free phrase names: "en talsmand fra det amerikanske udenrigsministerium"
    -> USA GOV, "Iraks premierminister Adel Abdul Mahdis kontor" -> IRQ GOV, "Trump" -> ...

    Given the article's `entities`, a phrase that is (or contains) one of them takes its actor,
    with the article's coreference and context ("demonstranterne" in Baghdad -> IRQ CVL).
    """
    if entities:
        actor = _actor_from_entities(text, entities)
        if actor is not None:
            return actor
    from kronist.nlp import load_pipeline

    return _actor_named_in(load_pipeline(lang)(text), published, lang)


def actor_for_span(span: Span, published: dt.date | None = None, lang: str = "da") -> Actor | None:
    """`actor_for_text` of a phrase of an article already parsed: read off the article's own
    parse of its words, without running the pipeline over the phrase a second time."""
    return _actor_named_in(span_as_doc(span), published, lang)


def _actor_named_in(doc: Doc, published: dt.date | None, lang: str) -> Actor | None:
    """The actor of the longest mention in a parsed phrase (nouns before names on ties)."""
    mentions = find_mentions(doc, published, lang, home_country=False)
    candidates = [m for m in mentions if m.actor is not None and m.kind != "adjective"]
    if not candidates:
        return None
    best = max(candidates, key=lambda m: (m.end - m.start, -LABEL_PREFERENCE.get(m.label, 9)))
    return best.actor


def _actor_from_entities(text: str, entities: Sequence[Entity]) -> Actor | None:
    wanted = _words(text)
    with_actor = [e for e in entities if e.actor is not None]
    same = [e for e in with_actor if _words(e.text) == wanted]
    if same:
        return same[-1].actor
    inside = [
        e
        for e in with_actor
        if e.label not in ("LOC", "MISC") and _contains(wanted, _words(e.text))
    ]
    if not inside:
        return None
    return max(inside, key=lambda e: len(_words(e.text))).actor


def _words(text: str) -> list[str]:
    return [strip_genitive(word) for word in re.findall(r"\w+", text.lower())]


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return size > 0 and any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _roles_the_text_gives(named: list[Mention]) -> None:
    """Without a date, a dictionary person's role is the one the text gives them beside their
    name ("økonomi- og indenrigsminister Margrethe Vestager"), for every mention of them; with no
    such role noun the latest role stays."""
    sectors: dict[str, set[str]] = {}
    for mention in named:
        phrase = mention.described_by
        if mention.entry is None or not mention.entry.roles or phrase is None or not phrase.role:
            continue
        sectors.setdefault(mention.entry.name, set()).update(phrase.role.role.sectors)
    for mention in named:
        wanted = sectors.get(mention.entry.name) if mention.entry is not None else None
        actor = mention.entry.actor_in_role(wanted) if wanted else None
        if actor is not None:
            mention.actor = actor
            mention.titles = mention.entry.titles_in_role(wanted)


def _inherit_from_owners(mentions: list[Mention], res: Resources) -> None:
    """ "personalet på ambassaden": once "ambassaden" is resolved, the staff are its people."""
    for mention in mentions:
        role = mention.role.role if mention.role else None
        owner = mention.owner
        if role is None or owner is None or owner.actor is None:
            continue
        if forces_of_an_armed_group(role.sectors, owner.actor):
            mention.actor = owner.actor  # "en kommandant i gruppen": the group HTS named before
            continue
        if not role.inherits:
            continue
        if mention.actor is not None and mention.actor.sectors:
            if not mention.actor.country and owner.actor.country:  # the owner was resolved since
                mention.actor = mention.actor.model_copy(update={"country": owner.actor.country})
            continue
        country = (mention.actor.country if mention.actor else None) or owner.actor.country
        mention.actor = nominal_actor(country, list(owner.actor.sectors), res.countries)


def _counterparts_hold_the_subjects_office(doc: Doc, mentions: list[Mention]) -> None:
    """ "Lindholt mødtes med sin ukrainske kollega, Andrij Melnytjenko": a colleague holds the
    office of the clause's subject (its sector), in the country the phrase names; the name
    beside it takes that (`_names_take_what_their_phrase_inherited`)."""
    colleagues = [
        m
        for m in mentions
        if m.role is not None and m.role.role.counterpart and m.actor and not m.actor.sectors
    ]
    if not colleagues:
        return
    covering = _covering(mentions)
    for mention in colleagues:
        holder = _clause_subject(doc, mention, covering)
        if holder is None or holder is mention or not holder.actor.sectors:
            continue
        sectors = list(holder.actor.sectors)
        mention.actor = mention.actor.model_copy(update={"sector": sectors[0], "sectors": sectors})


def _owned_by_the_subject(doc: Doc, mentions: list[Mention], res: Resources) -> None:
    """ "Erdogan har fyret sin finansminister", "Hamas opfordrer sine tilhængere": a phrase
    owned by a reflexive possessive that names no country of its own is of the country of the
    clause's subject."""
    possessives = res.grammar.reflexive_possessives
    owned = [
        m
        for m in mentions
        if m.kind == "role"
        and doc[m.start].lower_ in possessives
        and m.actor is not None
        and not m.has_own_country
    ]
    if not owned:
        return
    covering = _covering(mentions)
    for mention in owned:
        holder = _clause_subject(doc, mention, covering)
        country = holder.actor.country if holder is not None and holder is not mention else None
        if country:
            mention.actor = nominal_actor(country, list(mention.actor.sectors), res.countries)
            mention.country = country
            mention.has_own_country = True


def _covering(mentions: list[Mention]) -> dict[int, Mention]:
    """For each token inside a mention with an actor, that mention."""
    return {i: m for m in mentions if m.actor is not None for i in range(m.start, m.end)}


def _clause_subject(doc: Doc, mention: Mention, covering: dict[int, Mention]) -> Mention | None:
    """The subject of the clause a phrase stands in: from the parse, up from the phrase to its
    verb ("mødtes med sin kollega"); without one, the sentence's first actor before it."""
    if not doc.has_annotation("DEP"):
        sentence = doc[mention.start].sent
        before = (covering.get(i) for i in range(sentence.start, mention.start))
        return next((m for m in before if m is not None and m.actor.sectors), None)
    verb = doc[mention.end - 1].head
    while verb.dep_ in ("obl", "nmod", "obj", "appos") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return covering.get(subject.i) if subject is not None else None


def _names_take_what_their_phrase_inherited(mentions: list[Mention]) -> None:
    """ "bevægelsens militære talsmand, Yahya al-Mahdi": once "bevægelsens" is the Houthi
    movement named before, its spokesman's name is of that movement too; "sin ukrainske
    kollega, X": X holds the office the colleague phrase was given. The name's later mentions
    follow it."""
    repeats: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.refers_to is not None:
            repeats.setdefault(id(mention.refers_to), []).append(mention)
    for name in mentions:
        phrase = name.described_by
        if phrase is None or name.actor is None or phrase.actor is None:
            continue
        office = phrase.role is not None and phrase.role.role.counterpart
        for mention in (name, *repeats.get(id(name), ())):
            update = _missing_from(mention.actor, phrase.actor, office)
            if update:
                mention.actor = mention.actor.model_copy(update=update)


def _missing_from(actor: Actor | None, phrase: Actor, office: bool) -> dict:
    """What a name's actor lacks that its role phrase's has: country and sector for an unknown
    name ("Yahya al-Mahdi"); the office a colleague phrase was given (`office`) for a name its
    adjective placed ("sin ukrainske kollega, X")."""
    if actor is None or actor.sectors:
        return {}
    sectors = list(phrase.sectors)
    if not actor.country and phrase.country:
        sector = sectors[0] if sectors else None
        return {"country": phrase.country, "sector": sector, "sectors": sectors}
    if office and actor.country == phrase.country and sectors:
        return {"sector": sectors[0], "sectors": sectors}
    return {}


def _share_country_with_names(mentions: list[Mention], home: str | None = None) -> None:
    """A name in apposition to a role phrase whose country came from the article's place gets
    that country too: "En talsmand for indenrigsministeriet, Qari Saeed Khosty". A role phrase
    telling no country, of an organisation the dictionary does not know and the article puts
    at home ("Lise Holm, cheføkonom hos Boligøkonomisk Videncenter"), gives the name home."""
    for mention in mentions:
        phrase = mention.described_by
        if phrase is None or mention.actor is None or mention.actor.country:
            continue
        if phrase.actor is not None and phrase.actor.country and phrase.inferred:
            mention.actor = mention.actor.model_copy(update={"country": phrase.actor.country})
            mention.inferred = True
        elif home and not (phrase.actor and phrase.actor.country) and _at_home(phrase, home):
            mention.actor = mention.actor.model_copy(update={"country": home})
            mention.inferred = True


def _at_home(phrase: Mention, home: str) -> bool:
    """The role phrase's organisation is a name the article placed in the home country."""
    owner = phrase.owner
    return (
        owner is not None
        and owner.label == "ORG"
        and owner.actor is not None
        and owner.actor.country == home
    )


def _follow_antecedents(mentions: list[Mention]) -> None:
    """A pronoun copied its antecedent's actor before the antecedent was placed ("Mahsa Amini
    ... Hun blev anholdt"): it takes the country the antecedent ended with."""
    for mention in sorted(mentions, key=lambda m: m.start):
        antecedent = mention.refers_to
        if antecedent is None or mention.actor is None or mention.actor.country:
            continue
        final = antecedent.actor
        if final is not None and final.country and final.name == mention.actor.name:
            mention.actor = final


def _emitted_antecedent(mention: Mention, ids: dict[int, str]) -> Mention | None:
    antecedent = mention.refers_to
    while antecedent is not None and id(antecedent) not in ids:
        antecedent = antecedent.refers_to
    return antecedent


def _resolve_named(doc: Doc, mention: Mention, res: Resources, day: dt.date | None) -> None:
    if mention.entry is not None:
        mention.actor = mention.entry.actor_at(day)
        mention.titles = mention.entry.titles_at(day)
        return
    if mention.kind in ("country", "place", "city"):
        mention.actor = named_actor(mention, res.countries, day)
        return
    if mention.kind == "surname":
        return
    owner = _known_before_hyphen(doc, mention, res, day)
    if owner is not None:
        mention.actor = owner
    elif mention.label == "ORG":
        mention.actor = _organisation_from_words(doc, mention, res)
    elif mention.label == "PER":
        mention.actor = person_actor(doc, mention)
        party = mention.party or party_letter_after(doc, mention.end, res)
        if party is not None:
            mention.actor = mention.actor.model_copy(
                update={"country": party.country, "sector": MP_SECTORS[0], "sectors": MP_SECTORS}
            )
    elif mention.label == "LOC":
        mention.actor = Actor(
            name=strip_genitive(doc[mention.start : mention.end].text)
            if mention.genitive
            else doc[mention.start : mention.end].text
        )


def _known_before_hyphen(
    doc: Doc, mention: Mention, res: Resources, day: dt.date | None
) -> Actor | None:
    """ "Hizbollah-bevægelse", "Wagner-gruppen", "Kataib Hizbollah-faciliteter" tagged as one
    name: the known actor before the hyphen, whose body, group or sites the common noun after
    it names ("FN-ambassadør" is where the ambassador is posted, not whose)."""
    prefix, _, suffix = doc[mention.start : mention.end].text.rpartition("-")
    if not prefix or not suffix.isalpha() or not suffix.islower():
        return None
    role = res.roles.lookup(suffix, suffix)
    if role is not None and role.role.foreign:
        return None
    entry = res.dictionary.find(prefix)
    return entry.actor_at(day) if entry is not None else None


def _organisation_from_words(doc: Doc, mention: Mention, res: Resources) -> Actor:
    """An unknown organisation whose name says what it is: "Stockholms Politi"; one whose name
    says it is international belongs to no country ("Den internationale Røde Kors- og Røde
    Halvmåne-bevægelse")."""
    span = doc[mention.start : mention.end]
    name = strip_genitive(span.text) if mention.genitive else span.text
    if _international(span, res):
        return Actor(name=name, sector="NGO", sectors=["NGO"])
    last = span[-1]
    role = res.roles.lookup(last.text, last.lemma_)
    if role is None:
        return Actor(name=name)
    if len(span) < 2:  # "Sydbank": a compound whose head says what kind of body it is
        return _compound_body(name, last, role)
    country = None
    first = span[0].text
    for candidate in (first, *genitive_bases(first)):
        hits = res.gazetteer.index.get((candidate.lower(),), [])
        countries = [hit.country for _, hit in hits if hit.country]
        if countries:
            country = countries[0]
            break
    country = country or res.countries.adjective(first)
    sectors = list(role.role.sectors)
    return Actor(
        name=name, country=country, sector=sectors[0] if sectors else None, sectors=sectors
    )


def _compound_body(name: str, token, role) -> Actor:
    if role.role.kind != "body" or token.lower_.startswith(role.role.lemma):
        return Actor(name=name)
    sectors = list(role.role.sectors)
    return Actor(name=name, sector=sectors[0] if sectors else None, sectors=sectors)


def _international(span: Span, res: Resources) -> bool:
    """A name saying it is international and naming no country ("Dansk Institut for
    Internationale Studier" is Danish)."""
    if not any(token.lower_ in res.grammar.international_words for token in span):
        return False
    return not any(res.countries.adjective(t.text) or t.text in res.countries.names for t in span)


def _country_adjectives(doc: Doc, named: list[Mention], res: Resources) -> list[Mention]:
    """Country adjectives as MISC mentions ("amerikanske", "islandsk"), as DaNE labels them."""
    taken = {i for m in named for i in range(m.start, m.end)}
    found = []
    for i, (text, (alpha, _space)) in enumerate(
        zip(token_texts(doc), alpha_or_space(doc), strict=True)
    ):
        if i in taken or not alpha:
            continue
        country = res.countries.adjective(text)
        if country is None:
            continue
        actor = Actor(name=res.countries.english_name(country), country=country)
        found.append(Mention(i, i + 1, "MISC", "adjective", actor=actor, country=country))
    return found
