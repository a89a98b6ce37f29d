"""Helpers for quote tests: a blank Danish pipeline (tokens and sentences only), so the tests
show the stage works without a trained parser."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Doc

from kronist.model import Document, Entity, Quote
from kronist.quotes import find_quotes


@pytest.fixture(scope="session")
def nlp():
    pipeline = spacy.blank("da")
    pipeline.add_pipe("sentencizer")
    return pipeline


@pytest.fixture
def parse(nlp):
    def run(title: str, body: str) -> Doc:
        return nlp(Document(title=title, text=body).full_text)

    return run


@pytest.fixture
def quotes(parse):
    def run(title: str, body: str, entities: Sequence[Entity] = ()) -> list[Quote]:
        return find_quotes(parse(title, body), list(entities), "da")

    return run


@pytest.fixture
def with_actors():
    """Requested by tests that use the real actor dictionary."""


@pytest.fixture(autouse=True)
def without_actor_dictionary(request, monkeypatch):
    """Quote tests check the quote stage alone: the actor dictionary (another stage, slow to
    load) is switched off unless a test asks for `with_actors`."""
    if "with_actors" not in request.fixturenames:
        monkeypatch.setattr("kronist.quotes.speakers.actor_lookup", lambda name="": None)


@pytest.fixture(scope="session")
def nlp_tagged():
    """The installed trained pipeline (it tags verbs), for rules that need a tagger."""
    from kronist.nlp import has_trained_model, load_pipeline

    if not has_trained_model("da"):
        pytest.skip("no trained pipeline installed")
    return load_pipeline("da")
