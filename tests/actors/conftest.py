"""Shared fixtures: the actors stage runs on the blank fallback pipeline and, when it has been
trained, on the shipped Danish pipeline; the rules must hold on both."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from kronist.actors import find_actors
from kronist.model import Entity
from kronist.nlp import load_pipeline, model_path


def _blank_pipeline():
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    return nlp


@pytest.fixture(scope="session", params=["blank", "trained"])
def nlp(request):
    if request.param == "blank":
        return _blank_pipeline()
    if not (model_path("da") / "config.cfg").is_file():
        pytest.skip("no trained Danish pipeline in this checkout")
    return load_pipeline("da")


@pytest.fixture(scope="session")
def blank_nlp():
    return _blank_pipeline()


class Found:
    """The entities of one text, with helpers to look them up by their words."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities

    def all(self, text: str) -> list[Entity]:
        return [e for e in self.entities if e.text == text]

    def one(self, text: str, label: str | None = None) -> Entity:
        matches = [e for e in self.all(text) if label is None or e.label == label]
        assert matches, f"no entity {text!r} ({label}) in {[e.text for e in self.entities]}"
        return matches[0]

    def by_id(self, entity_id: str) -> Entity:
        return next(e for e in self.entities if e.id == entity_id)

    def actor(self, text: str, label: str | None = None) -> tuple[str | None, str | None]:
        """(country, primary sector) of the entity with these words."""
        return country_sector(self.one(text, label))

    def texts(self, label: str | None = None) -> list[str]:
        return [e.text for e in self.entities if label is None or e.label == label]


def country_sector(entity: Entity) -> tuple[str | None, str | None]:
    assert entity.actor is not None, f"{entity.text!r} has no actor"
    return entity.actor.country, entity.actor.sector


@pytest.fixture
def analyse(nlp):
    """analyse(text, "2019-12-31") -> Found, on each pipeline in turn."""

    def run(text: str, day: str | None = None) -> Found:
        published = dt.date.fromisoformat(day) if day else None
        return Found(find_actors(nlp(text), published, "da"))

    return run
