"""The store under concurrent writers, NUL characters and read-only opening, on SQLite and (when
KRONIST_TEST_PG_URL is set) PostgreSQL alike."""

from __future__ import annotations

import threading

import pytest
from tests.conftest import build_analysis
from tests.store.test_store import LONG_TEXT

from kronist.model import Document
from kronist.store import EventFilter, NoStoreError, Store


def test_an_article_stored_by_another_writer_meanwhile_counts_as_a_duplicate(store, monkeypatch):
    analysis = build_analysis("Demonstration i Aarhus", LONG_TEXT)
    other = Store(store.url)
    check_then_insert = store._nearest_copy

    def another_writer_first(conn, signature, keys):
        other.add(analysis)  # between this writer's duplicate check and its insert
        return check_then_insert(conn, signature, keys)

    monkeypatch.setattr(store, "_nearest_copy", another_writer_first)
    result = store.add(analysis)
    other.close()
    assert result.status == "duplicate" and result.document_id == analysis.document.id
    assert store.stats()["documents"] == 1


def test_writers_storing_the_same_articles_at_once_never_fail(store):
    texts = [" ".join(f"ord{i}og{j}" for j in range(60)) for i in range(8)]  # no near-duplicates
    analyses = [build_analysis(f"Nyhed nummer {i}", text) for i, text in enumerate(texts)]
    statuses, failures = [], []
    start = threading.Barrier(3)

    def writer():
        with Store(store.url) as mine:
            start.wait()
            for analysis in analyses:
                try:
                    statuses.append(mine.add(analysis).status)
                except Exception as exc:  # what the test is about
                    failures.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert statuses.count("stored") == 8 and statuses.count("duplicate") == 16
    assert store.stats()["documents"] == 8


def test_nul_characters_are_dropped_the_same_way_everywhere(store):
    document = Document(
        title="Tre\x00 anholdt", text=f"Politiet\x00 anholdt tre mænd. {LONG_TEXT}", source="a\x00"
    )
    analysis = build_analysis("x", "y").model_copy(update={"document": document, "events": []})
    store.add(analysis)
    [row] = store.documents()
    assert row["title"] == "Tre anholdt" and row["source"] == "a"
    assert store.get_analysis(document.id).document.text.startswith("Politiet anholdt")


def test_a_search_for_nul_matches_nothing_everywhere(store):
    store.add(build_analysis("Demonstration i Aarhus", LONG_TEXT, n_events=2))
    assert store.documents(text="\x00") == []
    assert store.events(EventFilter(actor="Politiet\x00", text="\x00")) == []
    assert len(store.events(EventFilter(actor="Politiet"))) == 1


def test_opening_to_read_never_makes_a_store(tmp_path):
    missing = tmp_path / "tastefejl.db"
    with pytest.raises(NoStoreError, match="no store at"):
        Store(str(missing), create=False)
    assert not missing.exists()


def test_opening_to_read_refuses_a_file_that_is_no_store(tmp_path):
    other = tmp_path / "andet.db"
    other.write_bytes(b"")
    with pytest.raises(NoStoreError, match="holds no kronist store"):
        Store(str(other), create=False)


def test_opening_to_read_reads_a_store(tmp_path):
    Store(str(tmp_path / "k.db")).add(build_analysis("Demonstration i Aarhus", LONG_TEXT))
    with Store(str(tmp_path / "k.db"), create=False) as opened:
        assert opened.stats()["documents"] == 1
