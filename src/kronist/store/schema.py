"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

`documents.analysis` keeps the whole Analysis as JSON (what users keep); the other tables are
flat, indexed projections of it for querying. `SCHEMA_VERSION` is checked on open: a store
written by a newer kronist is refused rather than misread, an older one is upgraded by the steps
in `kronist.store.migrations` (every change to these tables bumps the version and adds a step).
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

SCHEMA_VERSION = 2

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
    Index("ix_events_date", "date"),
    Index("ix_events_type", "event"),
    Index("ix_events_actor_country", "actor_country"),
    Index("ix_events_document", "document_id"),
)
