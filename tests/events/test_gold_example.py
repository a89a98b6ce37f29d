"""The whole pipeline on the shared example article against its gold events (skipped without
the shared folder). Slow: it runs the trained pipeline and every stage."""

from __future__ import annotations

import pytest

from kronist.evaluation import load_gold, read_article, score_events
from kronist.pipeline import analyze


@pytest.mark.slow
def test_baghdad_embassy_events(shared):
    gold = load_gold(shared / "gold/baghdad-embassy.json")
    document = read_article(shared / "examples/baghdad-embassy.txt").model_copy(
        update={"published": gold.published, "published_precision": gold.published_precision}
    )
    events = analyze(document).events
    score = score_events(gold.events, events)
    tp, fp, fn = score.true_positives, score.false_positives, score.false_negatives
    assert 2 * tp / (2 * tp + fp + fn) >= 0.8, (score.missed, score.spurious)
    by_gold = {
        gold_id: next(e for e in events if e.id == event_id) for gold_id, event_id in score.matched
    }
    strikes = by_gold.get("us-strikes")
    assert strikes is not None and (strikes.killed, strikes.injured) == (25, 51)
    assert by_gold["no-evacuation"].negated
