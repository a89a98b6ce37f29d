"""Store-wide counts per event (articles, sources, mentions across near-duplicates) and the
upgrade of a store written by an older kronist."""

import datetime as dt

from sqlalchemy import text
from tests.conftest import build_analysis
from tests.store.test_store import LONG_TEXT

from kronist.model import Actor
from kronist.store import EventFilter, Store, display_url, redact
from kronist.store import queries as q
from kronist.store.schema import EVENT_INDEXES_V3, EVENT_INDEXES_V4, SCHEMA_VERSION
from kronist.store.search import COPIES, ORIGINALS, PG_TRIGRAM_INDEXES


def _story(sources: list[str | None], mentions: list[int]):
    """An original and its near-duplicate copies, each telling event 0 in `mentions` sentences."""
    analyses = []
    for number, (source, sentences) in enumerate(zip(sources, mentions, strict=True)):
        analysis = build_analysis(
            "Demonstration i Aarhus", LONG_TEXT + " Opdateret." * number, n_events=2
        )
        analysis.document.source = source
        analysis.events[0].mentions = list(range(sentences))
        analyses.append(analysis)
    return analyses


def test_an_event_counts_the_articles_sources_and_mentions_of_its_story(store):  # noqa: F811
    for analysis in _story(["Ritzau", "DR", "Ritzau"], [2, 1, 3]):
        store.add(analysis)
    store.add(build_analysis("Finanslov", "Regeringen fremlagde et forslag.", n_events=1))
    rows = {row["anchor"]: row for row in store.events() if row["document_title"] != "Finanslov"}
    told_three_times = rows["hændelse nummer 0"]
    assert told_three_times["num_articles"] == 3
    assert told_three_times["num_sources"] == 2  # Ritzau twice, DR once
    assert told_three_times["num_mentions"] == 2 + 1 + 3
    once_each = rows["hændelse nummer 1"]
    assert (once_each["num_articles"], once_each["num_mentions"]) == (3, 3)
    alone = next(r for r in store.events() if r["document_title"] == "Finanslov")
    assert (alone["num_mentions"], alone["num_articles"], alone["num_sources"]) == (1, 1, 1)


def test_a_copy_counts_the_same_story(store):  # noqa: F811
    for analysis in _story([None, None], [1, 1]):
        store.add(analysis)
    rows = store.events(EventFilter(include_duplicates=True, text="nummer 0"))
    assert len(rows) == 2
    for row in rows:  # the original and the copy both tell it in two articles
        assert (row["num_articles"], row["num_sources"], row["num_mentions"]) == (2, 2, 2)


def _as_written_by_version(old: Store, version: int) -> None:
    """Take a store back to what kronist wrote at `version` (1, 2 or 3)."""
    with old.engine.begin() as conn:
        for index in EVENT_INDEXES_V4:
            conn.execute(text(f"DROP INDEX {index.name}"))
        if version <= 2:
            _drop_version_3(conn)
        if version == 1:  # no mention counts, no index on duplicate links
            conn.execute(text("ALTER TABLE events DROP COLUMN mention_count"))
            conn.execute(text("DROP INDEX ix_documents_duplicate_of"))
        conn.execute(text(f"UPDATE kronist_meta SET value = '{version}'"))


def _drop_version_3(conn) -> None:
    if conn.dialect.name == "sqlite":
        for table in (ORIGINALS, COPIES):
            conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
    for name in PG_TRIGRAM_INDEXES if conn.dialect.name == "postgresql" else ():
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for index in EVENT_INDEXES_V3:
        conn.execute(text(f"DROP INDEX {index.name}"))
    for table in ("actor_counts", "actor_sectors", "event_day_counts", "event_countries"):
        conn.execute(text(f"DROP TABLE {table}"))
    conn.execute(text("ALTER TABLE events DROP COLUMN duplicate_of"))
    conn.execute(text("ALTER TABLE events DROP COLUMN search_id"))


def _schema_version(opened: Store) -> int:
    with opened.engine.connect() as conn:
        return int(conn.execute(text("SELECT value FROM kronist_meta")).scalar_one())


def test_a_version_1_store_is_upgraded_in_place(store):  # noqa: F811
    analysis = build_analysis("Demonstration i Aarhus", LONG_TEXT, n_events=2)
    analysis.events[1].mentions = [0, 3, 5]
    store.add(analysis)
    _as_written_by_version(store, 1)
    url = store.url
    store.close()
    with Store(url) as upgraded:
        counts = sorted(row["mention_count"] for row in upgraded.events())
        assert _schema_version(upgraded) == SCHEMA_VERSION
        assert counts == [1, 3]
        assert upgraded.add(build_analysis("Ny", "En ny artikel om vejret.")).status == "stored"


def _what_the_api_shows(shown: Store) -> dict:
    everything = EventFilter(include_duplicates=True)
    return {
        "actors": q.list_actors(shown).items,
        "police": q.list_actors(shown, name="polit", sector="COP").items,
        "daily": q.events_per_day(shown, EventFilter()),
        "daily_all": q.events_per_day(shown, everything),
        "found": [row["id"] for row in q.list_events(shown, EventFilter(text="NUMMER 1")).items],
        "by_actor": q.list_events(shown, EventFilter(actor="demonstrant"), limit=5).total,
        "copies": sorted(r["id"] for r in shown.events(everything) if r["document_duplicate_of"]),
    }


def test_a_version_2_store_gets_the_indexes_counts_and_search_of_version_3(store):  # noqa: F811
    for analysis in _story(["Ritzau", "DR"], [1, 2]):
        store.add(analysis)
    other = build_analysis("Finanslov", "Regeringen fremlagde et forslag.", "2026-04-01", 3)
    other.events[2].actor = Actor(name="Østjyllands Politi", country="DNK", sector="COP")
    store.add(other)
    before = _what_the_api_shows(store)
    assert before["copies"] and before["found"] and before["actors"]
    _as_written_by_version(store, 2)
    url = store.url
    store.close()
    with Store(url) as upgraded:
        assert _schema_version(upgraded) == SCHEMA_VERSION
        assert _what_the_api_shows(upgraded) == before
        if upgraded.engine.dialect.name == "sqlite":
            assert upgraded._fts  # the search index was built from the stored events
        with upgraded.engine.connect() as conn:
            marked = conn.execute(
                text("SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL")
            ).scalar_one()
        assert marked == len(before["copies"])


def _newest_first(shown: Store) -> list:
    return [
        (page.total, [row["id"] for row in page.items])
        for flt in (EventFilter(), EventFilter(country="DNK"), EventFilter(text="nummer"))
        for page in [q.list_events(shown, flt, "date", "desc", limit=3)]
    ]


def _index_names(shown: Store) -> set[str]:
    """The store's indexes (SQLAlchemy's inspector leaves out those over expressions)."""
    sqlite = "SELECT name FROM sqlite_master WHERE type = 'index'"
    postgres = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    with shown.engine.connect() as conn:
        query = sqlite if conn.dialect.name == "sqlite" else postgres
        return set(conn.execute(text(query)).scalars())


def test_a_version_3_store_gets_the_newest_first_index_of_version_4(store):  # noqa: F811
    for day, analysis in enumerate(_story(["Ritzau", "DR"], [1, 2]), start=1):
        analysis.document.published = analysis.events[0].date.date = dt.date(2026, 3, day)
        store.add(analysis)
    store.add(build_analysis("Finanslov", "Regeringen fremlagde et forslag.", "2026-04-01", 3))
    before = (_what_the_api_shows(store), _newest_first(store))
    _as_written_by_version(store, 3)
    url = store.url
    store.close()
    with Store(url) as upgraded:
        assert _schema_version(upgraded) == SCHEMA_VERSION == 4
        assert {index.name for index in EVENT_INDEXES_V4} <= _index_names(upgraded)
        assert (_what_the_api_shows(upgraded), _newest_first(upgraded)) == before


def test_store_urls_never_show_passwords():
    url = "postgresql://kronist:hemmelig@db.example.org/kronist"
    assert "hemmelig" not in display_url(url)
    assert display_url(url).endswith("kronist:***@db.example.org/kronist")
    message = f"could not connect to {url}: password hemmelig was refused"
    assert "hemmelig" not in redact(message, url)
    assert redact("sqlite:////data/a@b.db", None) == "sqlite:////data/a@b.db"
