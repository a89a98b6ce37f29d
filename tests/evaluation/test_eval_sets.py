"""kronist's own evaluation sets (eval/invented, eval/fresh, eval/fresh2): every gold file loads,
names an article that exists, codes PLOVER types only, and quotes words its article contains."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronist.evaluation import load_gold, read_article
from kronist.model import PLOVER_EVENT_TYPES

REPO = Path(__file__).resolve().parents[2]
SETS = ["invented", "fresh", "fresh2"]
PLOVER = set(PLOVER_EVENT_TYPES)


def gold_files(name: str) -> list[Path]:
    return sorted((REPO / "eval" / name / "gold").glob("*.json"))


@pytest.mark.parametrize("name", SETS)
def test_every_gold_file_names_its_article_and_codes_plover(name):
    files = gold_files(name)
    assert len(files) >= 20
    for path in files:
        gold = load_gold(path)
        article = read_article(REPO / "eval" / name / "articles" / gold.document)
        text = article.full_text
        for event in gold.events:
            assert {event["event"], *event.get("also_accept", [])} <= PLOVER, path.name
        for quote in gold.quotes:
            assert quote["opens_with"] in text, (path.name, quote["opens_with"])
