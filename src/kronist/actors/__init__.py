"""Mentions & actors: entities and actor-like noun phrases resolved to canonical actors.

    find_actors(doc, published, lang)  -> list[Entity]   every named and nominal actor mention
    actor_for_text(text, published)    -> Actor | None   one free phrase ("USA's ambassade")
    actor_for_span(span, published)    -> Actor | None   the same, of a phrase of a parsed doc
    dictionary.entity_patterns(lang)   -> list[dict]     EntityRuler patterns for the pipeline

The stage reads the parse it is given: with a statistical NER it uses `doc.ents`; with the blank
fallback pipeline it finds names through the actor dictionary, country and place names, role
nouns and capitalisation alone.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from kronist.actors.resolve import actor_for_span, actor_for_text, find_mentions, to_entities
from kronist.lang import LANG_ROOT
from kronist.model import Actor, Entity

__all__ = [
    "actor_for_span",
    "actor_for_text",
    "find_actors",
    "is_unnamed",
    "names_a_body",
    "names_a_capital",
    "names_a_country",
]


def find_actors(doc: Doc, published: dt.date | None = None, lang: str = "da") -> list[Entity]:
    """Entities of `doc` (named and nominal), each with its canonical actor where known.
    A language without actor data (no `lang/<lang>/actors.yaml`) yields no entities."""
    if not (LANG_ROOT / lang / "actors.yaml").is_file():
        return []
    return to_entities(doc, find_mentions(doc, published, lang))


def is_unnamed(actor: Actor) -> bool:
    """An actor known by its kind alone, with no name or country ("jihadister" -> rebels)."""
    from kronist.actors.mentions import SECTOR_NOUNS

    return actor.country is None and actor.name in SECTOR_NOUNS.values()


def names_a_country(actor: Actor, lang: str = "da") -> bool:
    """ "Danmark" as an actor (its state), not a person or body placed in Denmark."""
    from kronist.actors.countries import country_lexicon

    return bool(actor.country) and country_lexicon(lang).english_name(actor.country) == actor.name


def names_a_capital(actor: Actor) -> bool:
    """ "Moskva kritiserer Washington": a capital that acts or is addressed stands for its
    country's government (the city's English name is the capital GeoNames gives the country)."""
    if not actor.country or not actor.name:
        return False
    from kronist.actors.places import capital_of

    return actor.name.split(",")[0] == capital_of(actor.country)


def names_a_body(phrase: str, lang: str = "da") -> bool:
    """Whether the phrase's first role noun is an institution ("ambassaden", "Ruslands
    ministerium"), not a person ("talsmand for ministeriet"): no "han" or "hun" can mean it."""
    if not (LANG_ROOT / lang / "roles.tsv").is_file():
        return False
    from kronist.actors.mentions import resources

    roles = resources(lang).roles
    for word in phrase.split():
        match = roles.lookup(word.strip(",.;:»«\"'"))
        if match is not None:
            return match.role.kind == "body"
    return False
