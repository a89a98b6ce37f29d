"""The stage against the shared gold annotations (skipped when shared/ is absent)."""

from __future__ import annotations

import pytest

from kronist.actors.measure import gold_pairs, measure, shared_dir


@pytest.mark.slow
def test_gold_entities_are_found_and_resolved():
    if not gold_pairs(shared_dir()):
        pytest.skip("shared/ gold data not available")
    tally = measure()
    assert tally.found / tally.gold >= 0.85
    assert tally.country_ok / tally.country_scored >= 0.85
    assert tally.sector_ok / tally.sector_scored >= 0.8
