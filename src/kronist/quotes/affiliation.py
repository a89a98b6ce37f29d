"""A speaker's organisation from the sentences before the quote.

News names an organisation, then quotes someone of it by role alone: "Kinas udenrigsministerium
opfordrer til ro. »...«, siger talsmand Zhao Lijian." / "Human Rights Watch kræver en
undersøgelse. »...«, siger organisationens direktør." A speaker whose actor lacks a sector, and
whose phrase holds a role that belongs to an organisation (`inherit` or `generic` in roles.tsv),
takes the country and sector of the latest organisation named shortly before, outside quotes.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TypeVar

from kronist.actors import names_a_country
from kronist.lang import read_yaml
from kronist.model import Actor, Entity
from kronist.quotes.article import Article, in_quote
from kronist.quotes.attribution import Attribution
from kronist.quotes.lexicon import words_of
from kronist.quotes.speakers import (
    WORD_RE,
    actor_for_phrase,
    gender_agrees,
    in_actor_dictionary,
    referent_in,
    refers_to_a_person,
)
from kronist.quotes.text import paragraph_of

T = TypeVar("T")

AFFILIATION_PARAGRAPHS = 2  # how far back the organisation may be named
AFFILIATION_REACH = 3_000  # and how many characters back at most, however long a paragraph
NOT_AFFILIATIONS = ("JRN", "CVL")  # media relay speech ("til DR"), crowds are no employers
ORGANISATION_LABELS = ("ORG", "NOM")
MIN_COMPOUND_PART = 3
WITHOUT_COUNTRY = ("IGO", "NGO")  # international bodies belong to no country
STATE = Actor(name="", sector="GOV", sectors=["GOV"])  # a country that speaks is its government


def with_affiliation(article: Article, attribution: Attribution) -> Attribution:
    """`attribution` with its speaker's missing sector (and country) taken from the latest
    organisation named before it, when its phrase says the speaker belongs to one; or, for a
    body known by its sector alone ("hæren", "en talsperson for hæren"), with the country of
    the latest body of that sector named before it ("Israels hær")."""
    actor = attribution.speaker_actor
    if actor is not None and actor.sector:
        return with_country_of_same_sector(article, attribution, actor)
    if actor is not None and names_a_country(actor, article.lang):
        return replace(attribution, speaker_actor=with_role(actor, STATE))  # "Kina afviser"
    stated = (
        role_in_relative_clause(article, attribution)
        or role_stated_after(article, attribution)
        or resident_after_name(article, attribution)
    )
    if stated is not None:  # what the text says of the person beats where the story is set
        told = not names_own_country(
            article, attribution, actor
        )  # "danske Sara Jensen, der bor i Beirut"
        return replace(attribution, speaker_actor=with_role(actor, stated, stated_country=told))
    sectors = compound_sectors(attribution.speaker or "", article.lang)
    if sectors:
        role = Actor(name="", sector=sectors[0], sectors=list(sectors))
        return replace(attribution, speaker_actor=with_role(actor, role))
    own = organisation_in_phrase(article, attribution)
    if own is not None and own.actor is not None:
        return replace(attribution, speaker_actor=member_of(actor, own.actor))
    if attribution.start is None:
        return attribution
    since = attribution.start
    if not names_a_member(attribution.speaker or "", article.lang):
        titled = member_title_before(article, attribution)
        if titled is None:
            return attribution
        since = titled  # "Formanden, Grete Christensen, er klar. »...«, siger hun."
    elif names_its_organisation(article, attribution):
        return attribution  # "generalsekretær for X": X, even unknown, is the organisation
    organisation = latest_entity(
        article, since, lambda e: is_organisation(e) or acts_as_a_state(article, e)
    )
    if organisation is None or organisation.actor is None:
        return attribution
    employer = organisation.actor
    if names_a_country(employer, article.lang):
        employer = with_role(employer, STATE)
    return replace(attribution, speaker_actor=member_of(actor, employer))


def with_country_of_same_sector(
    article: Article, attribution: Attribution, actor: Actor
) -> Attribution:
    if actor.country or actor.sector in WITHOUT_COUNTRY or attribution.start is None:
        return attribution
    if actor.wikidata or in_actor_dictionary(actor.name, article.lang):
        return attribution  # the dictionary says where it belongs: Reuters, of no one country
    same = latest_entity(article, attribution.start, lambda e: has_country_in(e, actor.sector))
    country = same.actor.country if same is not None and same.actor else most_named(article)
    if country is None:
        return attribution
    return replace(attribution, speaker_actor=actor.model_copy(update={"country": country}))


def most_named(article: Article) -> str | None:
    """The country the article's actors belong to most often: where a body of a state, named
    by its sector alone ("hærens talsmand", "politiet"), is when none of its kind is named."""
    if "most_named" not in article.memo:
        counts = Counter(e.actor.country for e in article.entities if e.actor and e.actor.country)
        ranked = counts.most_common(2)
        clear = ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        article.memo["most_named"] = ranked[0][0] if clear else None
    return article.memo["most_named"]


def has_country_in(entity: Entity, sector: str | None) -> bool:
    actor = entity.actor
    return actor is not None and bool(actor.country) and sector in {actor.sector, *actor.sectors}


def compound_sectors(phrase: str, lang: str) -> tuple[str, ...]:
    """The sectors of the body a compound role names in its first part: "hospitalsdirektør"
    (HLH), "skoleleder" (EDU), "fagforeningsformand" (LAB)."""
    roles = role_lexicon(lang)
    if roles is None:
        return ()
    for word in WORD_RE.findall(phrase.lower()):
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            head = roles.lookup(word[cut:])
            if head is None or not head.role.inherits:
                continue
            for body in (word[:cut], word[: cut - 1] if word[cut - 1] == "s" else None):
                found = roles.lookup(body) if body else None
                if found is not None and found.role.sectors:
                    return found.role.sectors
    return ()


def role_in_relative_clause(article: Article, attribution: Attribution) -> Actor | None:
    """ "siger Ahmed Nasser, der arbejder som læge på hospitalet": the role or body a relative
    clause right after the speaker phrase, or after an earlier mention of the speaker, names."""
    if attribution.end is None or attribution.pronoun:
        return None
    found = relative_clause_role(article, attribution.end)
    if found is not None:
        return found
    key = ("relative", speaker_key(article, attribution))
    if key not in article.memo:
        mentions = mentions_of_speaker(article, attribution)
        roles = (relative_clause_role(article, e.end) for e in mentions)
        article.memo[key] = next((r for r in roles if r is not None), None)
    return article.memo[key]


def names_own_country(article: Article, attribution: Attribution, actor: Actor | None) -> bool:
    """Whether the speaker phrase itself gives the person's country by a nationality word or a
    country name ("danske Sara Jensen", "Libanons minister"): where the person lives or works
    then tells no other nationality."""
    if actor is None or not actor.country or attribution.start is None:
        return False
    return any(
        e.label in ("MISC", "LOC")
        and e.actor is not None
        and e.actor.country == actor.country
        and attribution.start <= e.start
        and e.end <= (attribution.end or 0)
        for e in article.entities
    )


def relative_clause_role(article: Article, end: int) -> Actor | None:
    rest = article.masked[end : article.paragraph_end(end)]
    match = re.match(r"\s*,\s*(\w+)\s+([^,.;:!?]+)", rest)
    if match is None or match.group(1).lower() not in words_of(article.lang, "relative"):
        return None
    clause = match.group(2)
    if match.group(1).lower() in words_of(article.lang, "possessive_relative"):
        return family_of_someone(clause, article.lang)
    found = actor_for_phrase(clause, article.lang)
    if opens_with(clause, words_of(article.lang, "resident_verb")):
        country = found.country if found is not None else None
        return Actor(name="civilians", country=country, sector="CVL", sectors=["CVL"])
    return found if found is not None and found.sector else None


def family_of_someone(clause: str, lang: str) -> Actor | None:
    """ "siger Sarah Miller, hvis datter går på skolen": the school is the daughter's; the
    speaker is family of someone the story is about, a civilian."""
    words = clause.lower().split()
    if words and words[0] in words_of(lang, "kin_noun"):
        return Actor(name="civilians", sector="CVL", sectors=["CVL"])
    return None


def resident_after_name(article: Article, attribution: Attribution) -> Actor | None:
    """ "Karen Sørensen bor 800 meter fra møllen. »...«, siger hun.": a speaker whose name is
    the subject of a `resident_verb` outside quotes lives there, a civilian."""
    if attribution.pronoun:
        return None
    return once_per_person(article, attribution, _resident_after)


def _resident_after(article: Article, mentions: list[Entity]) -> Actor | None:
    for mention in mentions:
        if mention.label != "PER" or in_quote(article, mention.start):
            continue
        rest = article.masked[mention.end : article.paragraph_end(mention.end)]
        clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0].strip()
        if clause and opens_with(clause, words_of(article.lang, "resident_verb")):
            found = actor_for_phrase(clause, article.lang)
            country = found.country if found is not None else None
            return Actor(name="civilians", country=country, sector="CVL", sectors=["CVL"])
    return None


def opens_with(clause: str, phrases: frozenset[str]) -> bool:
    words = clause.lower().split()
    return any(words[: len(phrase.split())] == phrase.split() for phrase in phrases)


def role_stated_after(article: Article, attribution: Attribution) -> Actor | None:
    """ "», siger Rania Khalil. Hun er sygeplejerske på hospitalet.": the role a sentence gives
    the speaker by a pronoun and a copula — the sentence right after the speech tag, or any
    sentence whose pronoun the entities' coreference ties to the speaker."""
    if attribution.verb_start is None or not attribution.speaker or attribution.pronoun:
        return None
    index = article.region_index(attribution.verb_start)
    if index is not None and index + 1 < len(article.regions):
        found = copula_role(article, *article.regions[index + 1], attribution)
        if found is not None:
            return found
    key = ("copula", speaker_key(article, attribution), attribution.speaker)
    if key not in article.memo:
        regions = coreferent_regions(article, attribution)
        roles = (copula_role(article, start, end, attribution) for start, end in regions)
        article.memo[key] = next((r for r in roles if r is not None), None)
    return article.memo[key]


def coreferent_regions(article: Article, attribution: Attribution) -> list[tuple[int, int]]:
    """Sentences right after one naming the speaker ("Rania Khalil står ved sengen. Hun er
    sygeplejerske."), and sentences opening with a pronoun the entities tie to the speaker."""
    found = []
    for mention in mentions_of_speaker(article, attribution):
        index = article.region_index(mention.start)
        if index is None:
            continue
        if index + 1 < len(article.regions):
            found.append(article.regions[index + 1])
        if mention.label == "NOM" and article.regions[index][0] == mention.start:
            found.append(article.regions[index])
    return found


def speaker_key(article: Article, attribution: Attribution) -> str:
    """Who the speaker is, for the article's memo: its entity's referent, else its words."""
    speaker = speaker_entity(article, attribution)
    if speaker is None:
        return attribution.speaker or ""
    return referents(article).get(speaker.id, speaker.id)


def entities_by_id(article: Article) -> dict[str, Entity]:
    if "by_id" not in article.memo:
        article.memo["by_id"] = {e.id: e for e in article.entities}
    return article.memo["by_id"]


def speaker_entity(article: Article, attribution: Attribution) -> Entity | None:
    entity = entities_by_id(article).get(attribution.speaker_entity or "")
    if entity is None:
        entity = mentions_by(article, "text").get(attribution.speaker or "", [None])[0]
    return entity


def referents(article: Article) -> dict[str, str]:
    """Entity id -> id of the entity it finally refers to, built once per article."""
    if "referents" not in article.memo:
        by_id = entities_by_id(article)  # once, not once per entity (quadratic on a long text)
        article.memo["referents"] = {e.id: referent_in(e, by_id).id for e in article.entities}
    return article.memo["referents"]


def mentions_by(article: Article, key: str) -> dict[str, list[Entity]]:
    """Entities grouped by their text or by their referent's id, built once per article."""
    name = f"mentions_by_{key}"
    if name not in article.memo:
        groups: dict[str, list[Entity]] = {}
        ids = referents(article)
        for entity in article.entities:
            group = entity.text if key == "text" else ids[entity.id]
            groups.setdefault(group, []).append(entity)
        article.memo[name] = groups
    return article.memo[name]


def once_per_person(
    article: Article, attribution: Attribution, find: Callable[[Article, list[Entity]], T]
) -> T | None:
    """`find(article, mentions)` over the speaker's mentions, asked once per person: a person
    quoted again and again is looked up once, not once per quote."""
    mentions = mentions_of_speaker(article, attribution)
    if not mentions:
        return None
    key = (find.__name__, mentions[0].id)
    if key not in article.memo:
        article.memo[key] = find(article, mentions)
    return article.memo[key]


def mentions_of_speaker(article: Article, attribution: Attribution) -> list[Entity]:
    """The entities naming the speaker: the same name, or tied to it by coreference."""
    speaker = speaker_entity(article, attribution)
    if speaker is None:
        return []
    target_id = referents(article)[speaker.id]
    key = ("mentions of", target_id)  # a person quoted again and again is looked up once
    found = article.memo.get(key)
    if found is None:
        target = entities_by_id(article)[target_id]
        same = {e.id: e for e in mentions_by(article, "referent").get(target_id, [])}
        same.update({e.id: e for e in mentions_by(article, "text").get(target.text, [])})
        found = article.memo[key] = sorted(same.values(), key=lambda e: e.start)
    return found


def copula_role(article: Article, start: int, end: int, attribution: Attribution) -> Actor | None:
    """ "Hun er sygeplejerske ...", "Han arbejder som læge ...": the role a sentence about a
    person (by pronoun) gives them."""
    text = article.masked[start:end]
    words = text.split()
    if len(words) < 3 or not refers_to_a_person(words[0].strip(",."), article.lang):
        return None
    if not gender_agrees(
        words[0], attribution.speaker or "", attribution.speaker_actor, article.lang
    ):
        return None
    verb = words[1].lower()
    if verb in copula_verbs(article.lang):
        predicate = words[2:]
    elif words[2].lower() in words_of(article.lang, "role_as"):
        predicate = words[3:]  # "arbejder som", "fungerer som"
    else:
        return None
    predicate = re.split(r"[,;.:]| og ", " ".join(predicate), maxsplit=1)[0]
    found = actor_for_phrase(predicate, article.lang) if predicate.strip() else None
    return found if found is not None and found.sector else None


def with_role(person: Actor | None, role: Actor, stated_country: bool = False) -> Actor:
    """The person in the role; `stated_country`: the role's country, told of this person ("der
    flygtede fra Afghanistan"), wins over the one the person was placed in."""
    if person is None:
        return role
    country = (role.country or person.country) if stated_country else person.country or role.country
    return person.model_copy(
        update={
            "country": country,
            "sector": role.sector,
            "sectors": list(role.sectors or [role.sector]),
        }
    )


@cache
def copula_verbs(lang: str) -> frozenset[str]:
    data = read_yaml(lang, "actor_grammar.yaml") or {}
    return frozenset(str(word).lower() for word in data.get("copula_verbs") or [])


def member_of(person: Actor | None, organisation: Actor) -> Actor:
    if person is None:
        return organisation.model_copy(update={"wikidata": None})
    return person.model_copy(
        update={
            "country": organisation.country or person.country,
            "sector": organisation.sector,
            "sectors": list(organisation.sectors or [organisation.sector]),
        }
    )


TITLE_BEFORE_NAME = re.compile(r"(\w+)\s*,?\s*$")


def member_title_before(article: Article, attribution: Attribution) -> int | None:
    """Where an earlier mention of the speaker is named with a member's title right before the
    name and nothing else ("Formanden, Grete Christensen", "talsmand Ole Berg"), outside
    quotes: the speaker belongs to the organisation named before that mention."""
    return once_per_person(article, attribution, _member_title_before)


def _member_title_before(article: Article, mentions: list[Entity]) -> int | None:
    for mention in mentions:
        if mention.label != "PER" or in_quote(article, mention.start):
            continue
        start = max(article.text.rfind("\n", 0, mention.start) + 1, mention.start - 40)
        match = TITLE_BEFORE_NAME.search(article.text, start, mention.start)
        if match is not None and names_a_member(match.group(1), article.lang):
            return match.start(1)
    return None


def names_a_member(phrase: str, lang: str) -> bool:
    """Whether the phrase holds a role someone has in an organisation ("talsmand",
    "generalsekretær") or a word for the organisation itself ("organisationens"). An expert or
    analyst (a `topic` role) comments on the organisations in the news, and is none of theirs."""
    roles = role_lexicon(lang)
    if roles is None:
        return False
    for word in WORD_RE.findall(phrase):
        match = roles.lookup(word)
        if match is not None and match.role.topic:
            return False
        if match is not None and (match.role.inherits or match.role.generic):
            return True
    return False


def organisation_in_phrase(article: Article, attribution: Attribution) -> Entity | None:
    """The organisation a person's speaker phrase names after the person ("X fra Amnesty
    International", "X, Dansk Flygtningehjælp"), when its actor has a sector."""
    if attribution.start is None or attribution.end is None:
        return None
    inside = [
        e
        for e in article.entities
        if attribution.start < e.start < attribution.end and is_organisation(e)
    ]
    return inside[0] if inside else None


def names_its_organisation(article: Article, attribution: Attribution) -> bool:
    """Whether the speaker phrase itself names an organisation or body (an ORG entity inside
    it: "direktør i Dansk Byggeri X", "generalsekretær for Røde Kors")."""
    start, end = attribution.start or 0, attribution.end or 0
    return any(e.label == "ORG" and start < e.start and e.end <= end for e in article.entities)


def latest_entity(
    article: Article, position: int, wanted: Callable[[Entity], bool]
) -> Entity | None:
    """The last `wanted` entity before `position`, outside quotes, in its paragraph or the
    ones just before; in the sentence that names the last one, its subject first ("Ungarn
    afviser kritikken fra EU-Kommissionen": Hungary, who acts, not the Commission)."""
    paragraph = paragraph_of(article.paragraphs, position) or 0
    first = article.paragraphs[max(paragraph - AFFILIATION_PARAGRAPHS, 0)][0]
    entities, starts = _entities_by_start(article)
    in_sentence: list[Entity] = []  # walking back from `position`: the last one's sentence
    sentence = None
    first = max(first, position - AFFILIATION_REACH)
    for index in range(bisect.bisect_right(starts, position) - 1, -1, -1):
        entity = entities[index]
        if entity.start < first:
            break
        if sentence is not None and article.sentence_index(entity.start) != sentence:
            break
        if entity.end > position or not wanted(entity) or in_quote(article, entity.start):
            continue
        sentence = article.sentence_index(entity.start)
        in_sentence.insert(0, entity)
    if not in_sentence:
        return None
    subjects = [e for e in in_sentence if is_subject(article, e)]
    main = [e for e in subjects if is_subject(article, e, main_clause=True)]
    return (main or subjects or in_sentence)[-1]


def _entities_by_start(article: Article) -> tuple[list[Entity], list[int]]:
    found = article.memo.get("entities by start")
    if found is None:
        entities = sorted(article.entities, key=lambda e: e.start)
        found = article.memo["entities by start"] = (entities, [e.start for e in entities])
    return found


def is_subject(article: Article, entity: Entity, main_clause: bool = False) -> bool:
    """Whether the entity is a subject; `main_clause`: of the sentence's own verb, not of a
    clause inside it ("Landbrugsorganisationen X kræver, at regeringen indfører ...": X)."""
    span = article.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "appos" and root.head is not root:
        root = root.head  # "Landbrugsorganisationen Unión Agraria kræver": the name in apposition
    if root.dep_ != "nsubj":
        return False
    return not main_clause or root.head.dep_ == "ROOT"


def acts_as_a_state(article: Article, entity: Entity) -> bool:
    """A country that is its clause's subject speaks or acts as its government ("Israel afviser
    kritikken. »...«, siger talsmand David Mencer"); one named as a place ("i Gaza") employs
    nobody."""
    if entity.actor is None or not names_a_country(entity.actor, article.lang):
        return False
    return is_subject(article, entity)


def is_organisation(entity: Entity) -> bool:
    actor = entity.actor
    return (
        entity.label in ORGANISATION_LABELS
        and actor is not None
        and actor.sector is not None
        and actor.sector not in NOT_AFFILIATIONS
    )


@cache
def role_lexicon(lang: str):
    """The actors stage's role lexicon (roles.tsv), when that stage is there."""
    try:
        lexicon = importlib.import_module("kronist.actors.lexicon")
    except ImportError:
        return None
    return lexicon.RoleLexicon(lang)
