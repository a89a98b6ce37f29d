"""The API under load and odd requests: analyses wait in a queue of fixed size on a thread of
their own (503 + Retry-After past it) while GETs go on; deep JSON, NUL and over-budget articles
get a 4xx, on SQLite and PostgreSQL alike; a read-only server never makes a store."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from kronist.api import create_app
from kronist.budget import OverBudget
from kronist.model import Analysis, Document
from kronist.store import NoStoreError, Store

ANALYSIS_SECONDS = 3.0


def slow_analyzer(document: Document) -> Analysis:
    """Stands in for the pipeline: as slow as a long article, holding its thread meanwhile."""
    time.sleep(ANALYSIS_SECONDS)
    return Analysis(document=document, pipeline="slow")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(store_url, ids):
    """A real server on loopback (its own event loop and thread pool, as `kronist serve`)."""
    app = create_app(store_url, analyzer=slow_analyzer, analysis_queue=2)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


def post_article(base: str, number: int) -> httpx.Response:
    return httpx.post(
        f"{base}/api/analyze",
        content=f"Politiet anholdt {number} demonstranter i Aarhus.",
        headers={"Content-Type": "text/plain"},
        timeout=60,
    )


def test_gets_are_answered_while_analyses_queue_and_the_queue_is_bounded(server):
    with ThreadPoolExecutor(max_workers=50) as pool:
        posts = [pool.submit(post_article, server, n) for n in range(50)]
        while sum(post.done() for post in posts) < 48:  # the refusals come back at once
            time.sleep(0.05)
        latencies = []
        for _ in range(5):
            started = time.monotonic()
            answer = httpx.get(f"{server}/api/documents", timeout=30)
            latencies.append(time.monotonic() - started)
            assert answer.status_code == 200
        still_analysing = sum(not post.done() for post in posts)
        responses = [post.result() for post in posts]
    assert still_analysing >= 1  # the GETs were answered while an analysis held its thread
    assert max(latencies) < 1.0
    codes = [response.status_code for response in responses]
    assert codes.count(200) == 2 and codes.count(503) == 48
    refused = next(response for response in responses if response.status_code == 503)
    assert int(refused.headers["Retry-After"]) >= 1
    assert "retry" in refused.json()["detail"]


def test_the_queue_takes_analyses_again_once_it_has_room(server):
    with ThreadPoolExecutor(max_workers=4) as pool:
        first = [
            response.status_code for response in pool.map(post_article, [server] * 4, range(4))
        ]
    assert first.count(200) == 2 and first.count(503) == 2
    assert post_article(server, 5).status_code == 200


@pytest.fixture
def analyze_client(tmp_path):
    Store(str(tmp_path / "a.db")).close()

    def over_budget(document: Document) -> Analysis:
        raise OverBudget("its analysis took more than 60 s of CPU time: stopped")

    app = create_app(str(tmp_path / "a.db"), analyzer=over_budget)
    with TestClient(app) as client:
        yield client
    app.state.store.close()


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_is_a_400(analyze_client, depth):
    body = "[" * depth + "]" * depth
    response = analyze_client.post(
        "/api/analyze", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422)
    nested = '{"text": ' + "[" * depth + "]" * depth + "}"
    response = analyze_client.post(
        "/api/analyze", content=nested, headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422)


def test_an_article_over_budget_is_a_422_with_the_reason(analyze_client):
    response = analyze_client.post(
        "/api/analyze", content="Politiet anholdt tre.", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 422
    assert "more than 60 s of CPU time" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/documents?q=%00",
        "/api/events?actor=Politi%00",
        "/api/events?text=%00&country=DNK",
        "/api/quotes?speaker=%00",
        "/api/actors?name=%00",
        "/api/documents/%00",
        "/api/events?document_id=a%00b",
    ],
)
def test_nul_in_a_request_is_a_422_on_every_store(client, path):
    response = client.get(path)
    assert response.status_code == 422
    assert "NUL" in str(response.json()["detail"])


def test_a_read_only_server_never_makes_a_store(tmp_path):
    with pytest.raises(NoStoreError):
        create_app(str(tmp_path / "tastefejl.db"))
    assert not (tmp_path / "tastefejl.db").exists()
