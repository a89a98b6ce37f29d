"""The entities naming a speaker take what the quotes stage read of that speaker."""

from __future__ import annotations

from kronist.model import Actor, Entity, Quote
from kronist.quotes import speakers_as_told


def entity(entity_id: str, text: str, actor: Actor, label="PER", refers_to=None) -> Entity:
    return Entity(
        id=entity_id,
        text=text,
        label=label,
        start=0,
        end=len(text),
        sentence=0,
        actor=actor,
        refers_to=refers_to,
    )


def quote_by(entity_id: str, actor: Actor) -> Quote:
    return Quote(
        id="q1",
        text="...",
        start=0,
        end=3,
        sentence=0,
        speaker_entity=entity_id,
        speaker_actor=actor,
    )


PLACED = Actor(name="Ahmad Rahimi", country="DNK")  # placed where the story is set
TOLD = Actor(name="Ahmad Rahimi", country="AFG", sector="CVL", sectors=["CVL"])


def test_a_speaker_and_the_mentions_referring_to_it_take_the_country_the_quote_found():
    entities = [
        entity("e1", "Ahmad Rahimi", PLACED),
        entity("e2", "han", PLACED, label="NOM", refers_to="e1"),
        entity("e3", "Danmark", Actor(name="Denmark", country="DNK"), label="LOC"),
    ]
    found = speakers_as_told(entities, [quote_by("e2", TOLD)])
    assert [(e.actor.country, e.actor.sector) for e in found] == [
        ("AFG", "CVL"),
        ("AFG", "CVL"),
        ("DNK", None),
    ]


def test_a_person_the_dictionary_knows_keeps_its_actor():
    known = Actor(name="Ahmad Rahimi", country="DNK", wikidata="Q1")
    [kept] = speakers_as_told([entity("e1", "Ahmad Rahimi", known)], [quote_by("e1", TOLD)])
    assert kept.actor == known


def test_a_quote_of_another_actor_changes_nothing():
    other = Actor(name="Afghanistan", country="AFG", sector="GOV", sectors=["GOV"])
    [kept] = speakers_as_told([entity("e1", "Ahmad Rahimi", PLACED)], [quote_by("e1", other)])
    assert kept.actor == PLACED


def test_the_analysis_gives_the_speakers_entities_what_the_text_told():
    from kronist.pipeline import analyze

    text = (
        "Kampe i Sudan\n\n"
        "Kampene i Sudan fortsætter, og i Khartoum er tusinder flygtet fra Sudans hovedstad.\n\n"
        "Flådens talsmand, kaptajn Idris Osman, siger: »Vi holder havnen.«"
    )
    analysis = analyze(text, published="2025-03-10")
    [person] = [e for e in analysis.entities if e.text == "Idris Osman"]
    speaker = analysis.quotes[-1].speaker_actor
    assert (person.actor.country, person.actor.sector) == (speaker.country, speaker.sector)
    assert speaker.country == "SDN"


def test_a_police_chief_speaks_for_the_police_of_the_story():
    from kronist.pipeline import analyze

    text = (
        "Politiet i Khartoum oplyser, at 12 plyndrere er anholdt.\n\n"
        "- Vi har situationen under kontrol, siger en politichef."
    )
    [quote] = analyze(text, published="2025-03-04").quotes
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("SDN", "COP")
