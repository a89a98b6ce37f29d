"""The store fixture: each store test runs on SQLite, and on PostgreSQL where
KRONIST_TEST_PG_URL points at a server (CI starts one)."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from kronist.store import Store, normalize_url


def _postgres_url() -> str | None:
    return os.environ.get("KRONIST_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store(str(tmp_path / "kronist.db"))
    else:
        url = _postgres_url()
        if not url:
            pytest.skip("KRONIST_TEST_PG_URL not set (CI starts a PostgreSQL server)")
        schema = f"t_{uuid.uuid4().hex[:8]}"
        engine = create_engine(normalize_url(url))
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        s = Store(normalize_url(url) + f"?options=-csearch_path%3D{schema}")
    yield s
    s.close()
