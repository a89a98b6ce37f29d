import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError
from tests.conftest import build_analysis

from kronist.store import EventFilter, Store, normalize_url

LONG_TEXT = " ".join(
    f"Sætning nummer {i} handler om en demonstration i Aarhus og politiets indsats."
    for i in range(40)
)


def test_same_article_is_stored_once(store):
    analysis = build_analysis("Demonstration i Aarhus", LONG_TEXT, n_events=2)
    first = store.add(analysis)
    second = store.add(analysis)
    assert first.status == "stored"
    assert second.status == "duplicate" and second.duplicate_of == first.document_id
    assert store.stats()["documents"] == 1
    assert store.stats()["events"] == 2


def test_near_duplicate_is_linked_to_the_first_copy(store):
    original = build_analysis("Demonstration i Aarhus", LONG_TEXT)
    copy = build_analysis("Demonstration i Aarhus", LONG_TEXT + " Opdateret klokken 12.")
    other = build_analysis(
        "Noget helt andet", "Regeringen fremlagde i dag et nyt finanslovsforslag."
    )
    store.add(original)
    result = store.add(copy)
    assert result.status == "near_duplicate"
    assert result.duplicate_of == original.document.id
    assert result.similarity >= 0.8
    assert store.add(other).status == "stored"
    assert store.stories() == [{"document_id": original.document.id, "copies": [copy.document.id]}]


def test_events_of_near_duplicates_are_not_counted_twice(store):
    store.add(build_analysis("Demonstration i Aarhus", LONG_TEXT, n_events=2))
    store.add(build_analysis("Demonstration i Aarhus", LONG_TEXT + " Opdateret.", n_events=2))
    assert len(store.events()) == 2
    assert len(store.events(EventFilter(include_duplicates=True))) == 4


def test_analysis_round_trips(store):
    analysis = build_analysis("Demonstration i Aarhus", LONG_TEXT, n_events=3)
    store.add(analysis)
    assert store.get_analysis(analysis.document.id) == analysis
    assert store.get_analysis("missing") is None


def test_event_filters(store):
    store.add(build_analysis("Første", "Første artikel om politiet i Aarhus.", "2026-03-01", 2))
    store.add(build_analysis("Anden", "Anden artikel om noget i Odense.", "2026-04-01", 2))
    assert len(store.events(EventFilter(since=dt.date(2026, 3, 15)))) == 2
    assert len(store.events(EventFilter(until=dt.date(2026, 3, 15)))) == 2
    assert {r["event"] for r in store.events(EventFilter(type="coerce"))} == {"COERCE"}
    assert len(store.events(EventFilter(actor="politi"))) == 2
    assert len(store.events(EventFilter(actor="demonstrant"))) == 4  # actor or recipient
    assert len(store.events(EventFilter(country="dnk"))) == 4
    assert store.events(EventFilter(country="SWE")) == []
    assert len(store.events(EventFilter(text="nummer 1"))) == 2
    assert len(store.events(EventFilter(limit=3))) == 3


def test_documents_search(store):
    store.add(build_analysis("Havnen i Aalborg", "Byrådet vil udvide havnen."))
    store.add(build_analysis("Skolerne", "Lærerne strejker i dag."))
    found = store.documents(text="havnen")
    assert [d["title"] for d in found] == ["Havnen i Aalborg"]
    assert "text" not in found[0]


def test_failed_write_leaves_nothing_behind(tmp_path):
    store = Store(str(tmp_path / "k.db"))
    good = build_analysis("God", "En god artikel.")
    bad = build_analysis("Dårlig", "En artikel, hvis hændelser har samme id.", n_events=2)
    bad.events[1].id = bad.events[0].id  # primary key clash inside the transaction
    store.add(good)
    with pytest.raises(IntegrityError):
        store.add(bad)
    assert store.stats() == {
        "documents": 1,
        "near_duplicates": 0,
        "entities": 1,
        "quotes": 1,
        "events": 1,
    }


def test_plain_path_and_postgres_urls_are_normalized(tmp_path):
    assert normalize_url(str(tmp_path / "a.db")).startswith("sqlite:////")
    assert normalize_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalize_url("sqlite:///x.db") == "sqlite:///x.db"


def test_filter_words_are_matched_literally(store):
    store.add(build_analysis("Procent", "Et dokument om 100% af noget.", n_events=1))
    assert store.documents(text="100%") != []
    assert store.documents(text="1_0") == []
    assert store.events(EventFilter(text="%")) == []


def test_in_memory_store_is_shared_across_threads():
    import threading

    store = Store(":memory:")
    store.add(build_analysis("Tråde", "En artikel om tråde."))
    counts = []
    thread = threading.Thread(target=lambda: counts.append(store.stats()["documents"]))
    thread.start()
    thread.join()
    assert counts == [1]
