"""What the quotes stage learnt of its speakers, given back to the entities that name them.

The actors stage places a person the dictionary does not know where the story is set; the
quotes stage reads what the text says of a speaker ("siger Ahmad Rahimi, der flygtede fra
Afghanistan", "Hun er sygeplejerske i Gaza"). The entities naming such a speaker, and those
referring to them, take the country and sector the quote found.
"""

from __future__ import annotations

from collections.abc import Sequence

from kronist.model import Actor, Entity, Quote
from kronist.quotes.speakers import referent_in


def speakers_as_told(entities: Sequence[Entity], quotes: Sequence[Quote]) -> list[Entity]:
    """`entities`, with each unknown speaker's actor as its quotes tell it."""
    told: dict[str, Actor] = {}
    by_id = {entity.id: entity for entity in entities}
    for quote in quotes:
        entity = by_id.get(quote.speaker_entity or "")
        if entity is not None and _told_more(entity, quote.speaker_actor):
            told[referent_in(entity, by_id).id] = quote.speaker_actor
    if not told:
        return list(entities)
    return [_as_told(entity, told.get(referent_in(entity, by_id).id)) for entity in entities]


def _told_more(entity: Entity, speaker: Actor | None) -> bool:
    """A person the dictionary does not know, whose quote gives another country."""
    actor = entity.actor
    return (
        entity.label in ("PER", "NOM")
        and actor is not None
        and actor.wikidata is None
        and speaker is not None
        and speaker.name == actor.name
        and bool(speaker.country)
        and speaker.country != actor.country
    )


def _as_told(entity: Entity, speaker: Actor | None) -> Entity:
    if speaker is None or entity.actor is None or entity.actor.name != speaker.name:
        return entity
    update = {"country": speaker.country}
    if not entity.actor.sector:
        update |= {"sector": speaker.sector, "sectors": list(speaker.sectors)}
    return entity.model_copy(update={"actor": entity.actor.model_copy(update=update)})
