"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

`documents.analysis` keeps the whole Analysis as JSON (what users keep); the other tables are
flat, indexed projections of it for querying, and the count tables (`actor_counts`,
`actor_sectors`, `event_day_counts`) are kept up to date as documents are added
(`kronist.store.counts`) so that lists and aggregates over a million events need no scan of
them. `SCHEMA_VERSION` is checked on open: a store written by a newer kronist is refused rather
than misread, an older one is upgraded by the steps in `kronist.store.migrations` (every change
to these tables bumps the version and adds a step).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.engine import Connection

SCHEMA_VERSION = 4

metadata = MetaData()

meta_table = Table(
    "kronist_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("published", Date),
    Column("published_precision", String(8)),
    Column("source", String(512)),
    Column("url", Text),
    Column("path", Text),
    Column("duplicate_of", String(64), ForeignKey("documents.id")),
    Column("similarity", Float),
    Column("minhash", LargeBinary),
    Column("pipeline", String(128)),
    Column("summary", Text),
    Column("analysis", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_documents_published", "published"),
    Index("ix_documents_duplicate_of", "duplicate_of"),  # version 2
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("band_key", String(32), primary_key=True),
    Index("ix_minhash_bands_key", "band_key"),
)

entities = Table(
    "entities",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("id", String(32), primary_key=True),
    Column("text", Text, nullable=False),
    Column("label", String(8), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("actor_name", String(256)),
    Column("actor_country", String(3)),
    Column("actor_sector", String(8)),
    Index("ix_entities_actor", "actor_name"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("id", String(32), primary_key=True),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("speaker", Text),
    Column("speaker_name", String(256)),
    Column("speaker_country", String(3)),
    Column("speaker_sector", String(8)),
    Column("channel", String(128)),
    Index("ix_quotes_speaker", "speaker_name"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(96), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("event", String(16), nullable=False),
    Column("mode", String(32)),
    Column("context", JSON),
    Column("cameo_root", String(4)),
    Column("actor_name", String(256)),
    Column("actor_country", String(3)),
    Column("actor_sector", String(8)),
    Column("actor_text", Text),
    Column("recipient_name", String(256)),
    Column("recipient_country", String(3)),
    Column("recipient_sector", String(8)),
    Column("recipient_text", Text),
    Column("date", Date),
    Column("date_precision", String(8)),
    Column("date_expression", String(128)),
    Column("place_name", String(256)),
    Column("place_country", String(3)),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("place_geonames_id", Integer),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("negated", Boolean, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("asserted_by", String(256)),
    Column("quote_id", String(32)),
    Column("anchor", Text, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("mention_count", Integer),  # version 2: sentences of its document that tell it
    # version 3: its document's `duplicate_of`, so that filters and counts need no join (a
    # column of the store only: exports and API rows carry `document_duplicate_of`)
    Column("duplicate_of", String(64)),
    # version 3 (SQLite): the event's row in the text search index (kronist.store.search)
    Column("search_id", Integer),
    Index("ix_events_date", "date"),
    Index("ix_events_type", "event"),
    Index("ix_events_actor_country", "actor_country"),
    Index("ix_events_document", "document_id"),
)

# The columns of an event row (what exports and the API show); the others are the store's own.
STORE_ONLY_EVENT_COLUMNS = ("duplicate_of", "search_id")


def event_columns() -> list[Column]:
    return [column for column in events.c if column.name not in STORE_ONLY_EVENT_COLUMNS]


def _original(name: str, *columns) -> Index:
    """An index over the events of original documents (no near-duplicate copies), in the order
    the event list sorts them (versions 3 and 4)."""
    keys = [events.c[c] if isinstance(c, str) else c for c in columns]
    only_originals = events.c.duplicate_of.is_(None)
    return Index(name, *keys, sqlite_where=only_originals, postgresql_where=only_originals)


# the event list's order: dated events first, by date, then document, sentence and id
UNDATED_FIRST_INDEX = "ix_events_original_undated_date"
EVENT_INDEXES_V3 = (
    _original(
        UNDATED_FIRST_INDEX,
        events.c.date.is_(None),
        *("date", "document_id", "sentence", "id", "search_id"),
    ),
    _original("ix_events_original_type_date", "event", "date", "document_id", "sentence", "id"),
    Index("ix_events_search_id", events.c.search_id, unique=True),
)
# version 4: the same order newest first (undated still last): the page's default
EVENT_INDEXES_V4 = (
    _original(
        "ix_events_original_undated_newest",
        events.c.date.is_(None),
        events.c.date.desc(),
        *("document_id", "sentence", "id", "search_id"),
    ),
)

# version 3: the countries an event involves (actor's, recipient's, place's), one row each, so
# that "events of a country" is one index range instead of three columns
event_countries = Table(
    "event_countries",
    metadata,
    Column("event_id", String(96), ForeignKey("events.id"), nullable=False),
    Column("country", String(3), nullable=False),
    Column("original", Boolean, nullable=False),  # its document is no near-duplicate copy
    Index("ix_event_countries", "country", "original", "event_id"),
)


def event_country_rows(rows: list[dict]) -> list[dict]:
    """The event_countries rows of event rows (with their `duplicate_of`)."""
    found = []
    for row in rows:
        countries = {row.get(f"{side}_country") for side in ("actor", "recipient", "place")}
        for country in sorted(countries - {None}):
            original = row.get("duplicate_of") is None
            found.append({"event_id": row["id"], "country": country, "original": original})
    return found


# version 3: how often each actor (a name and a country, "" for none) acts, is acted on and is
# mentioned in original documents; `key` is a digest of name and country (names may be long)
actor_counts = Table(
    "actor_counts",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(3), nullable=False),
    Column("as_actor", Integer, nullable=False),
    Column("as_recipient", Integer, nullable=False),
    Column("events", Integer, nullable=False),  # as_actor + as_recipient
    Column("mentions", Integer, nullable=False),
)
Index(
    "ix_actor_counts_rank",
    actor_counts.c.events.desc(),
    actor_counts.c.mentions.desc(),
    actor_counts.c.name,
    actor_counts.c.country,
)

# version 3: the sectors each actor had in those appearances, and how often
actor_sectors = Table(
    "actor_sectors",
    metadata,
    Column("key", String(40), primary_key=True),  # the actor_counts key
    Column("sector", String(8), primary_key=True),
    Column("count", Integer, nullable=False),
    Index("ix_actor_sectors_sector", "sector", "key"),
)

# version 3: events per day and type (dated events only), of original documents and of all
event_day_counts = Table(
    "event_day_counts",
    metadata,
    Column("day", Date, primary_key=True),
    Column("event", String(16), primary_key=True),
    Column("events", Integer, nullable=False),
    Column("all_events", Integer, nullable=False),
)


ANALYSIS_LIMIT = 1000  # rows of each index that SQLite's ANALYZE samples


def refresh_statistics(conn: Connection) -> None:
    """Refresh the statistics the query planner chooses indexes by: on SQLite a sample of each
    index; on PostgreSQL the store's own tables only (a bare ANALYZE walks every table of the
    database, other applications' and other stores' too, and locks each of them)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        conn.exec_driver_sql("ANALYZE")
        return
    for table in metadata.sorted_tables:
        conn.exec_driver_sql(f'ANALYZE "{table.name}"')
