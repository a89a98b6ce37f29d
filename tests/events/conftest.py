"""The `code` fixture: runs the event coder on invented Danish text with each pipeline."""

from __future__ import annotations

import pytest
from event_coding import blank_pipeline, pipelines, run_coder, trained_pipeline


@pytest.fixture(params=pipelines())
def code(request):
    """code(text, title="", quotes=((opening, speaker), ...)) -> list[Event]."""
    nlp = blank_pipeline() if request.param == "blank" else trained_pipeline()
    return lambda text, title="", quotes=(): run_coder(nlp, text, title, quotes)
