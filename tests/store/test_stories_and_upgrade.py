"""Store-wide counts per event (articles, sources, mentions across near-duplicates) and the
upgrade of a store written by an older kronist."""

from sqlalchemy import text
from tests.conftest import build_analysis
from tests.store.test_store import LONG_TEXT

from kronist.store import EventFilter, Store, display_url, redact
from kronist.store.schema import SCHEMA_VERSION


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


def test_a_version_1_store_is_upgraded_in_place(store):  # noqa: F811
    analysis = build_analysis("Demonstration i Aarhus", LONG_TEXT, n_events=2)
    analysis.events[1].mentions = [0, 3, 5]
    store.add(analysis)
    with store.engine.begin() as conn:  # what kronist 0.1 wrote: no mention counts, no index
        conn.execute(text("ALTER TABLE events DROP COLUMN mention_count"))
        conn.execute(text("DROP INDEX ix_documents_duplicate_of"))
        conn.execute(text("UPDATE kronist_meta SET value = '1' WHERE key = 'schema_version'"))
    url = store.url
    store.close()
    with Store(url) as upgraded:
        with upgraded.engine.connect() as conn:
            version = conn.execute(text("SELECT value FROM kronist_meta")).scalar_one()
        counts = sorted(row["mention_count"] for row in upgraded.events())
        assert int(version) == SCHEMA_VERSION
        assert counts == [1, 3]
        assert upgraded.add(build_analysis("Ny", "En ny artikel om vejret.")).status == "stored"


def test_store_urls_never_show_passwords():
    url = "postgresql://kronist:hemmelig@db.example.org/kronist"
    assert "hemmelig" not in display_url(url)
    assert display_url(url).endswith("kronist:***@db.example.org/kronist")
    message = f"could not connect to {url}: password hemmelig was refused"
    assert "hemmelig" not in redact(message, url)
    assert redact("sqlite:////data/a@b.db", None) == "sqlite:////data/a@b.db"
