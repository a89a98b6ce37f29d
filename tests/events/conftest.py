"""Fixtures: `code` runs the event coder on invented Danish text; `nlp` is each pipeline."""

from __future__ import annotations

import pytest
from event_coding import blank_pipeline, pipelines, run_coder, trained_pipeline

from kronist.nlp import blank_pipeline as fallback_pipeline
from kronist.nlp import has_trained_model, load_pipeline


@pytest.fixture(scope="module", params=["fallback", "trained"])
def nlp(request):
    """The fallback pipeline (tokens, sentences, lookup lemmas) or the installed trained one."""
    if request.param == "fallback":
        return fallback_pipeline("da")
    if not has_trained_model("da"):
        pytest.skip("no trained pipeline installed")
    return load_pipeline("da")


@pytest.fixture(params=pipelines())
def code(request):
    """code(text, title="", quotes=((opening, speaker), ...)) -> list[Event]."""
    nlp = blank_pipeline() if request.param == "blank" else trained_pipeline()
    return lambda text, title="", quotes=(): run_coder(nlp, text, title, quotes)
