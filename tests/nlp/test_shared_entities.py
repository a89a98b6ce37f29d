"""Entities of the shared example article and dev articles (skipped without ../shared)."""

from __future__ import annotations

import pytest

from kronist.nlp import has_trained_model, load_pipeline
from kronist.train.scoring import article_recall, entity_recall

pytestmark = pytest.mark.skipif(not has_trained_model("da"), reason="no trained Danish model")


def test_example_article_entities_are_found(shared):
    result = article_recall(
        load_pipeline("da"),
        shared / "examples" / "baghdad-embassy.txt",
        shared / "gold" / "baghdad-embassy.json",
    )
    assert result["gold"] > 0
    assert result["found"] / result["gold"] >= 0.8, result["missed"]


def test_dev_entity_recall(shared):
    if not (shared / "dev" / "gold").is_dir():
        pytest.skip("no dev gold")
    result = entity_recall(shared, verbose=False)
    assert result["articles"] > 0
    assert result["recall"] >= 0.6
