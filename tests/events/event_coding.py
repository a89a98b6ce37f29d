"""Helpers for event-coder tests: invented Danish sentences with hand-made entities.

Each test sentence is coded twice when possible: with the blank fallback pipeline (tokens,
sentences, lookup lemmas: the linear rules) and with the project's trained pipeline when it is
installed (the dependency rules), so both readers keep the same behaviour.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import spacy
from spacy.language import Language

from kronist.events import code_events
from kronist.model import Actor, Document, Entity, Event, Quote

ACTORS = {
    "USA": Actor(name="United States", country="USA"),
    "Rusland": Actor(name="Russia", country="RUS"),
    "Ukraine": Actor(name="Ukraine", country="UKR"),
    "Danmark": Actor(name="Denmark", country="DNK"),
    "Sverige": Actor(name="Sweden", country="SWE"),
    "Norge": Actor(name="Norway", country="NOR"),
    "Iran": Actor(name="Iran", country="IRN"),
    "Irak": Actor(name="Iraq", country="IRQ"),
    "Kina": Actor(name="China", country="CHN"),
    "Tyskland": Actor(name="Germany", country="DEU"),
    "Israel": Actor(name="Israel", country="ISR"),
    "Hamas": Actor(name="Hamas", country="PSE", sector="REB", sectors=["REB"]),
    "Nato": Actor(name="NATO", sector="IGO", sectors=["IGO"]),
    "russiske": Actor(name="Russia", country="RUS"),
    "russisk": Actor(name="Russia", country="RUS"),
    "ukrainske": Actor(name="Ukraine", country="UKR"),
    "amerikanske": Actor(name="United States", country="USA"),
    "Ruslands": Actor(name="Russia", country="RUS"),
    "politiet": Actor(name="police", country="DNK", sector="COP", sectors=["COP"]),
    "Politiet": Actor(name="police", country="DNK", sector="COP", sectors=["COP"]),
    "demonstranter": Actor(name="demonstrators", sector="CVL", sectors=["CVL"]),
    "demonstranterne": Actor(name="demonstrators", sector="CVL", sectors=["CVL"]),
    "Demonstranterne": Actor(name="demonstrators", sector="CVL", sectors=["CVL"]),
    "statsministeren": Actor(name="Prime Minister", country="DNK", sector="GOV", sectors=["GOV"]),
    "Mette Frederiksen": Actor(
        name="Mette Frederiksen", country="DNK", sector="GOV", sectors=["GOV"]
    ),
    "Ulf Kristersson": Actor(name="Ulf Kristersson", country="SWE", sector="GOV", sectors=["GOV"]),
    "Olaf Scholz": Actor(name="Olaf Scholz", country="DEU", sector="GOV", sectors=["GOV"]),
    "regeringen": Actor(name="government", country="DNK", sector="GOV", sectors=["GOV"]),
    "en 30-årig mand": Actor(name="man", country="DNK", sector="CVL", sectors=["CVL"]),
    "gerningsmanden": Actor(name="perpetrator", sector="CVL", sectors=["CVL"]),
    "soldater": Actor(name="soldiers", sector="MIL", sectors=["MIL"]),
    "iranske": Actor(name="Iran", country="IRN"),
    "militsen": Actor(name="militia", sector="REB", sectors=["REB"]),
    "Bagdad": Actor(name="Baghdad", country="IRQ"),
    "Gaza": Actor(name="Gaza", country="PSE"),
    "Kabul": Actor(name="Kabul", country="AFG"),
}
PLACES = frozenset({"Bagdad", "Gaza", "Kabul"})
PERSONS = {"Mette Frederiksen", "Ulf Kristersson", "Olaf Scholz"}
GENITIVES = {"Ruslands"}  # they own the next noun ("Ruslands støtte")
PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


@cache
def blank_pipeline() -> Language:
    from kronist.nlp import blank_pipeline as fallback

    return fallback("da")


def pipelines() -> list[str]:
    from kronist.nlp import model_path

    names = ["blank"]
    if (model_path("da") / "config.cfg").is_file():
        names.append("trained")
    return names


@cache
def trained_pipeline() -> Language:
    return spacy.load(__import__("kronist.nlp", fromlist=["model_path"]).model_path("da"))


def find_entities(text: str) -> list[Entity]:
    entities: list[Entity] = []
    taken: set[int] = set()
    for surface in sorted(ACTORS, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if taken & set(range(match.start(), match.end())):
                continue
            taken |= set(range(match.start(), match.end()))
            entities.append(
                Entity(
                    id=f"e{match.start()}",
                    text=surface,
                    label="PER" if surface in PERSONS else "LOC" if surface in PLACES else "NOM",
                    start=match.start(),
                    end=match.end(),
                    sentence=0,
                    actor=ACTORS[surface],
                    genitive=surface in GENITIVES,
                )
            )
    return sorted(entities, key=lambda e: e.start)


def find_quotes(
    text: str, quotes: tuple[tuple[str, str], ...], entities: list[Entity]
) -> list[Quote]:
    found = []
    for number, (opening, speaker) in enumerate(quotes):
        start = text.index(opening)
        end = text.index("«", start) if "«" in text[start:] else len(text)
        speaker_actor = ACTORS.get(speaker)
        found.append(
            Quote(
                id=f"q{number}",
                text=text[start:end],
                start=start,
                end=end,
                sentence=0,
                speaker=speaker,
                speaker_actor=speaker_actor,
            )
        )
    return found


def only(events: list[Event], event_type: str) -> Event:
    matching = [e for e in events if e.event == event_type]
    assert len(matching) == 1, f"expected one {event_type}, got {events}"
    return matching[0]


def countries(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor.country if event.actor else None,
        event.recipient.country if event.recipient else None,
    )


def run_coder(
    nlp: Language, text: str, title: str = "", quotes: tuple[tuple[str, str], ...] = ()
) -> list[Event]:
    document = Document(
        id="t", title=title, text=text, published=PUBLISHED, published_precision="day"
    )
    doc = nlp(document.full_text)
    entities = find_entities(document.full_text)
    return code_events(doc, document, entities, find_quotes(document.full_text, quotes, entities))
