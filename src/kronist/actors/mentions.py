"""Mentions: the working record of the actors stage, and the language resources it reads.

A `Mention` spans tokens of the spaCy Doc; `find_actors` turns the final mentions into
`kronist.model.Entity` records with character offsets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from kronist.actors.countries import CountryLexicon, country_lexicon
from kronist.actors.dictionary import ActorDictionary, Entry, actor_dictionary
from kronist.actors.gazetteer import Gazetteer, gazetteer
from kronist.actors.lexicon import Grammar, RoleLexicon, RoleMatch, grammar
from kronist.actors.places import Place
from kronist.model import Actor
from kronist.nlp.docs import per_doc

# English words for sector codes, used to name nominal actors ("Iraq civilians").
SECTOR_NOUNS = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "REB": "rebels",
    "CVL": "civilians",
    "JRN": "media",
    "BUS": "business",
    "IGO": "international organisation",
    "NGO": "non-governmental organisation",
    "LEG": "legislature",
    "JUD": "judiciary",
    "OPP": "opposition",
    "PTY": "political party",
    "EDU": "education",
    "HLH": "health",
    "REL": "religious",
    "CRM": "criminals",
    "UAF": "unidentified armed forces",
    "REF": "refugees",
    "SPY": "intelligence",
    "LAB": "labour",
    "AGR": "agriculture",
    "ELI": "former officials",
    "SOC": "civil society",
    "PRM": "paramilitary",
}


@dataclass(frozen=True)
class Resources:
    lang: str
    dictionary: ActorDictionary
    countries: CountryLexicon
    gazetteer: Gazetteer
    roles: RoleLexicon
    grammar: Grammar


@cache
def resources(lang: str) -> Resources:
    return Resources(
        lang=lang,
        dictionary=actor_dictionary(lang),
        countries=country_lexicon(lang),
        gazetteer=gazetteer(lang),
        roles=RoleLexicon(lang),
        grammar=grammar(lang),
    )


@dataclass(eq=False)
class Mention:
    start: int  # token indices into the Doc
    end: int
    label: str  # PER, ORG, LOC, MISC, NOM
    kind: str  # actor, channel, country, place, city, name, surname, adjective, role, pronoun
    actor: Actor | None = None
    entry: Entry | None = None
    party: Entry | None = None  # party named by its letter after a name: "(S)"
    genitive: bool = False
    country: str | None = None  # iso3 of a country, place or adjective mention
    place: Place | None = None
    role: RoleMatch | None = None  # head role noun of a nominal phrase
    titles: set[str] = field(default_factory=set)  # role nouns that can refer back to it
    refers_to: Mention | None = None
    owner: Mention | None = None  # what a role phrase belongs to ("fra ministeriet", "Iraks")
    described_by: Mention | None = None  # the role phrase a name stands in apposition to
    inferred: bool = False  # country guessed from where the article is set
    locative: bool = False  # a place named after "i", "på", ...
    destination: bool = False  # a place named after "til": where something goes, not where it is
    emit: bool = True  # becomes an Entity (role-name appositions are carried by the name)
    has_own_country: bool = False  # the phrase itself names a country (adjective, genitive ...)

    @property
    def is_place(self) -> bool:
        return self.kind in ("place", "city")


def named_actor(mention: Mention, countries: CountryLexicon, day: dt.date | None) -> Actor | None:
    """The actor of a dictionary, country or place mention."""
    if mention.entry is not None:
        return mention.entry.actor_at(day)
    if mention.kind == "country" and mention.country:
        return Actor(name=countries.english_name(mention.country), country=mention.country)
    if mention.place is not None:
        return Actor(name=mention.place.name, country=mention.place.country)
    return None


def nominal_actor(country: str | None, sectors: list[str], countries: CountryLexicon) -> Actor:
    """An actor known only by country and sector: "Iraq civilians", "United States government"."""
    noun = SECTOR_NOUNS.get(sectors[0], sectors[0].lower()) if sectors else "people"
    name = f"{countries.english_name(country)} {noun}" if country else noun
    return Actor(
        name=name, country=country, sector=sectors[0] if sectors else None, sectors=sectors
    )


@per_doc  # the stage's passes each ask (not to be changed: it is shared)
def sentence_index(doc: Doc) -> list[int]:
    """For each token, the index of its sentence."""
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        index[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)
    return index


def strip_genitive(text: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text[:-1] if text.endswith("s") else text
