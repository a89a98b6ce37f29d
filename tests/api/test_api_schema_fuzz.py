"""Schemathesis against the app's own OpenAPI schema: generated requests (valid and invalid)
never cause a 5xx, and every response matches the documented status codes, content types and
schemas. Bounded and deterministic: a fixed number of examples per operation, derandomized."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from tests.api.conftest import fill

from kronist.api import create_app
from kronist.model import Analysis, Document
from kronist.store import Store

EXAMPLES_PER_OPERATION = 25
# Examples and fuzzing only: the coverage phase would add ~100 boundary cases per operation.
CONFIG = SchemathesisConfig.from_dict(
    {"seed": 20260314, "phases": {"coverage": {"enabled": False}}}
)


def _fake_analyzer(document: Document) -> Analysis:
    """Stands in for the linguistic pipeline, whose speed is not what this test measures."""
    return Analysis(document=document, pipeline="fuzz")


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    db = tmp_path_factory.mktemp("fuzz") / "api.db"
    with Store(str(db)) as store:
        fill(store)
    app = create_app(str(db), analyzer=_fake_analyzer)
    yield schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)
    app.state.store.close()


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors_and_responses_match_the_schema(case):
    case.call_and_validate()


def test_the_schema_documents_every_endpoint(tmp_path):
    Store(str(tmp_path / "schema.db")).close()
    app = create_app(str(tmp_path / "schema.db"))
    with TestClient(app) as client:
        spec = client.get("/openapi.json").json()
    operations = {(method.upper(), path) for path, ops in spec["paths"].items() for method in ops}
    assert ("POST", "/api/analyze") in operations
    for path in (
        "/api/documents",
        "/api/documents/{document_id}",
        "/api/events",
        "/api/actors",
        "/api/quotes",
        "/api/stories",
        "/api/aggregates/daily",
        "/api/aggregates/countries",
        "/api/network",
    ):
        assert ("GET", path) in operations
    writes = {op for op in operations if op[0] != "GET"}
    assert writes == {("POST", "/api/analyze")}  # read-only API apart from analysis
