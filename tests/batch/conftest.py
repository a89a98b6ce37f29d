"""Fixtures of the batch tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.batch.batch_corpus import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "artikler")
