"""The store: documents and their analyses across many articles (SQLite or PostgreSQL).

One transaction per document: a crash or Ctrl-C never leaves half a document. The same article
(same content hash) is stored once; a near-duplicate (syndicated wire copy) is stored and linked
to the first copy it resembles.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import platformdirs
from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    event,
    exists,
    false,
    func,
    insert,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql import ColumnElement

from kronist import dedup
from kronist.flat import analysis_rows
from kronist.model import Analysis
from kronist.store import migrations, search
from kronist.store.counts import add_counts
from kronist.store.schema import (
    SCHEMA_VERSION,
    documents,
    entities,
    event_columns,
    event_countries,
    event_country_rows,
    events,
    meta_table,
    metadata,
    minhash_bands,
    quotes,
    refresh_statistics,
)
from kronist.store.stories import add_story_counts

MAX_PAGE = 1000
MAX_LISTED = 50_000  # events found by the words index and passed to the database by id
STORY_CHUNK = 500  # event rows whose story counts are looked up together


def default_url(create: bool = True) -> str:
    """`KRONIST_DB`, else a SQLite file in the user's data directory (made when `create`)."""
    if url := os.environ.get("KRONIST_DB"):
        return normalize_url(url)
    folder = Path(platformdirs.user_data_dir("kronist"))
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'kronist.db'}"


def normalize_url(url: str) -> str:
    """Accept plain paths and driverless PostgreSQL URLs (kronist uses psycopg 3)."""
    if url == ":memory:":
        return "sqlite://"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^/\s]*@", re.IGNORECASE)


def display_url(url: str) -> str:
    """The store URL with its password masked, for messages and logs."""
    return _URL_PASSWORD.sub(r"\g<head>***@", url)


def redact(message: str, url: str | None = None) -> str:
    """`message` with any URL password masked, and `url`'s password wherever it appears."""
    password = None
    if url and "://" in url:
        try:
            password = make_url(normalize_url(url)).password
        except Exception:  # not a URL SQLAlchemy reads: the pattern below still masks it
            password = None
    if password:
        for form in {str(password), quote(str(password), safe="")}:
            message = message.replace(form, "***")
    return _URL_PASSWORD.sub(r"\g<head>***@", message)


def _check_sqlite_file(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return  # a server database, or SQLite in memory
    if parsed.database.startswith("file:"):
        return  # a SQLite URI: SQLite opens it as asked
    if not Path(parsed.database).is_file():
        raise NoStoreError(f"no store at {parsed.database}: `kronist ingest` makes one")


def dates_and_type(flt: EventFilter, day: ColumnElement, event: ColumnElement) -> list:
    """The filter's date range and event type as conditions on the given columns."""
    conditions = []
    if flt.since:
        conditions.append(day >= flt.since)
    if flt.until:
        conditions.append(day <= flt.until)
    if flt.type:
        conditions.append(event == flt.type.upper())
    return conditions


def contains(column: ColumnElement, value: str) -> ColumnElement[bool]:
    """Case-insensitive substring match; % and _ in the value are taken literally. A value with
    NUL matches nothing on every store (no stored text has one; PostgreSQL refuses to compare)."""
    if "\x00" in value:
        return false()
    return column.icontains(value, autoescape=True)


class StoreError(RuntimeError):
    pass


class NoStoreError(StoreError):
    """A store opened only to read (`create=False`) does not exist."""


def write_rows(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Insert documents given as table rows, their events marked with their document's
    `duplicate_of`, and bring the search index and the count tables up to date."""
    duplicate_of = {row["id"]: row.get("duplicate_of") for row in rows["documents"]}
    rows["events"] = [
        event | {"duplicate_of": duplicate_of[event["document_id"]]}
        for event in rows.get("events", [])
    ]
    rows["event_countries"] = event_country_rows(rows["events"])
    for table in (documents, minhash_bands, entities, quotes, events, event_countries):
        if table is events:  # numbered once the documents' insert holds the write lock
            search.number_events(conn, rows["events"])
        if rows.get(table.name):
            conn.execute(insert(table), rows[table.name])
    search.add_events(conn, rows["events"])
    add_counts(conn, rows)


@dataclass(frozen=True)
class AddResult:
    document_id: str
    status: Literal["stored", "duplicate", "near_duplicate"]
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    type: str | None = None
    actor: str | None = None
    country: str | None = None
    text: str | None = None
    document_id: str | None = None
    include_duplicates: bool = False
    limit: int | None = None
    offset: int = 0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """kronist's store; `Store()` opens the default SQLite file, `Store(url)` any SQLAlchemy URL."""

    def __init__(self, url: str | None = None, create: bool = True) -> None:
        """`create=False` (read-only commands, the server) never makes a store: a SQLite file
        or a database without kronist's tables raises NoStoreError."""
        self.url = normalize_url(url) if url else default_url(create)
        if not create:
            _check_sqlite_file(self.url)
        self.display_url = display_url(self.url)
        if self.url == "sqlite://":  # one in-memory database shared by every thread
            self.engine: Engine = create_engine(
                self.url, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            self.engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if not create and not inspect(self.engine).has_table(documents.name):
            self.engine.dispose()
            raise NoStoreError(f"{self.display_url} holds no kronist store (no documents table)")
        self._open_schema()

    def _open_schema(self) -> None:
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            found = conn.execute(
                select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            ).scalar()
            if found is None:
                conn.execute(
                    insert(meta_table).values(key="schema_version", value=str(SCHEMA_VERSION))
                )
                search.create(conn)
            elif int(found) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.display_url}: store schema version {found} is newer than this "
                    f"kronist ({SCHEMA_VERSION}); upgrade kronist"
                )
            elif int(found) < SCHEMA_VERSION:
                migrations.upgrade(conn, int(found), SCHEMA_VERSION)
                conn.execute(
                    update(meta_table)
                    .where(meta_table.c.key == "schema_version")
                    .values(value=str(SCHEMA_VERSION))
                )
            self._fts = search.has_fts(conn)

    def optimize(self) -> None:
        """Refresh the statistics the query planner chooses indexes by (after bulk writes; a
        sample of each index on SQLite, so it takes well under a second)."""
        with self.engine.begin() as conn:
            refresh_statistics(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # writing

    def find_by_hash(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(documents.c.id).where(documents.c.content_hash == content_hash)
            ).scalar()

    def add(self, analysis: Analysis) -> AddResult:
        """Store one analysed document in one transaction (idempotent on content hash, also
        when another process stores the same article at the same moment)."""
        try:
            return self._add(analysis)
        except IntegrityError:
            existing = self.find_by_hash(analysis.document.content_hash)
            if existing is None:
                raise
            return AddResult(existing, "duplicate", duplicate_of=existing, similarity=1.0)

    def _add(self, analysis: Analysis) -> AddResult:
        document = analysis.document
        signature = dedup.signature(document.full_text)
        keys = dedup.band_keys(signature)
        with self.engine.begin() as conn:
            existing = conn.execute(
                select(documents.c.id).where(documents.c.content_hash == document.content_hash)
            ).scalar()
            if existing is not None:
                return AddResult(existing, "duplicate", duplicate_of=existing, similarity=1.0)
            original, similarity = self._nearest_copy(conn, signature, keys)
            rows = analysis_rows(analysis)
            rows["documents"][0] |= {
                "duplicate_of": original,
                "similarity": similarity,
                "minhash": dedup.to_bytes(signature),
                "analysis": analysis.model_dump(mode="json"),
                "ingested_at": dt.datetime.now(dt.UTC),
            }
            rows["minhash_bands"] = [{"document_id": document.id, "band_key": k} for k in keys]
            write_rows(conn, rows)
        if original:
            return AddResult(document.id, "near_duplicate", original, similarity)
        return AddResult(document.id, "stored")

    def add_rows(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Store documents given as the rows of the tables (what `add` writes for an analysis,
        with each document's `duplicate_of` decided), in one transaction: for bulk loading
        and benchmarks. No de-duplication: the caller decides."""
        with self.engine.begin() as conn:
            write_rows(conn, rows)

    def _nearest_copy(
        self, conn: Connection, signature: Any, keys: list[str]
    ) -> tuple[str | None, float | None]:
        candidates = conn.execute(
            select(
                documents.c.id,
                documents.c.duplicate_of,
                documents.c.minhash,
                documents.c.ingested_at,
            )
            .join(minhash_bands, minhash_bands.c.document_id == documents.c.id)
            .where(minhash_bands.c.band_key.in_(keys))
            .distinct()
            .order_by(documents.c.ingested_at, documents.c.id)
        ).all()
        best: tuple[str | None, float | None] = (None, None)
        for doc_id, duplicate_of, blob, _ingested in candidates:  # earliest first wins ties
            score = dedup.similarity(signature, dedup.from_bytes(blob))
            if score >= dedup.THRESHOLD and (best[1] is None or score > best[1]):
                best = (duplicate_of or doc_id, score)
        return best

    # reading

    def get_analysis(self, document_id: str) -> Analysis | None:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(documents.c.analysis).where(documents.c.id == document_id)
            ).scalar()
        return Analysis.model_validate(found) if found is not None else None

    def documents(
        self, text: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        columns = [c for c in documents.c if c.name not in ("analysis", "minhash", "text")]
        query = select(*columns).order_by(documents.c.published.desc(), documents.c.id)
        if text:
            query = query.where(
                or_(
                    contains(documents.c.title, text),
                    contains(documents.c.text, text),
                )
            )
        query = query.limit(min(limit, MAX_PAGE)).offset(offset)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def _event_query(
        self, flt: EventFilter, in_list_order: bool = False, words: search.Found | None = None
    ):
        """The filtered events with their documents' citation columns. `in_list_order`: walk
        the events in the list's order (dated first, by date, ...) and keep those that match:
        when many match, that finds a page sooner than collecting and sorting them all.
        `words`: the events the words filter keeps (`found_by_words`), when known."""
        # walking in list order, each event looks its document up (not the other way round)
        document_id = events.c.document_id.concat("") if in_list_order else events.c.document_id
        query = select(
            *event_columns(),
            documents.c.title.label("document_title"),
            documents.c.url.label("document_url"),
            documents.c.source.label("document_source"),
            documents.c.published.label("document_published"),
            documents.c.duplicate_of.label("document_duplicate_of"),
            documents.c.ingested_at.label("document_ingested_at"),
        ).join(documents, documents.c.id == document_id)
        if conditions := self._event_conditions(flt, in_list_order, words):
            query = query.where(and_(*conditions))
        return query.order_by(events.c.date, events.c.document_id, events.c.sentence, events.c.id)

    def _event_conditions(
        self, flt: EventFilter, in_list_order: bool = False, words: search.Found | None = None
    ) -> list:
        """The filter as conditions on the events table alone (every event has its document's
        duplicate link), so that the events can be counted without reading their documents.
        `in_list_order`: the events are met in list order and only tested against the
        country and words filters (not looked up through them)."""
        walking = in_list_order
        if "\x00" in (flt.actor or "") + (flt.text or ""):
            return [false()]  # no stored text has a NUL (and PostgreSQL refuses to compare)
        conditions = dates_and_type(flt, events.c.date, events.c.event)
        if flt.actor:
            if search.indexed(flt.actor, self._fts):
                found = search.matching("actors", flt.actor, flt.include_duplicates, walking)
                conditions.append(found)
            conditions.append(
                or_(*(contains(events.c[column], flt.actor) for column in search.ACTOR_COLUMNS))
            )
        if flt.country:
            conditions.append(self._involves(flt.country.upper(), walking))
        if flt.text:
            if words is not None and words.ids is not None:
                search_id = events.c.search_id + 0 if walking else events.c.search_id
                conditions.append(search.among(search_id, words.ids))
            elif search.indexed(flt.text, self._fts):
                found = search.matching("anchor", flt.text, flt.include_duplicates, walking)
                conditions.append(found)
            else:
                conditions.append(contains(events.c.anchor, flt.text))
        if flt.document_id:
            conditions.append(events.c.document_id == flt.document_id)
        if not flt.include_duplicates:
            conditions.append(events.c.duplicate_of.is_(None))
        return conditions

    def _involves(self, country: str, walking: bool):
        """Events whose actor, recipient or place is of `country`: listed from its index, or
        (walking, original documents only) each event looked up in it."""
        involved = event_countries.c.country == country
        if walking:
            mine = event_countries.c.event_id == events.c.id
            return exists().where(involved, event_countries.c.original.is_(True), mine)
        return events.c.id.in_(select(event_countries.c.event_id).where(involved))

    def found_by_words(self, flt: EventFilter) -> search.Found | None:
        """The events whose words contain `flt.text`, read from the index once: how many, and
        their search ids when at most MAX_LISTED. None without the index (PostgreSQL, an
        SQLite without FTS5's trigrams, fewer than three characters)."""
        if not flt.text or "\x00" in flt.text or not search.indexed(flt.text, self._fts):
            return None
        with self.engine.connect() as conn:
            return search.find(conn, flt.text, flt.include_duplicates, MAX_LISTED)

    def count_events(self, flt: EventFilter, words: search.Found | None = None) -> int:
        """How many events the filter keeps; a country alone or words alone are counted from
        their indexes (`words`: `found_by_words`, when known)."""
        alone = not (flt.since or flt.until or flt.type or flt.actor or flt.document_id)
        if alone and flt.text and not flt.country:
            words = words or self.found_by_words(flt)
            if words is not None:
                return words.total
        with self.engine.connect() as conn:
            if alone and flt.country and not flt.text:
                query = select(func.count()).where(event_countries.c.country == flt.country.upper())
                if not flt.include_duplicates:
                    query = query.where(event_countries.c.original.is_(True))
                return conn.execute(query).scalar_one()
            query = select(func.count()).select_from(events)
            if conditions := self._event_conditions(flt, words=words):
                query = query.where(and_(*conditions))
            return conn.execute(query).scalar_one()

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Filtered events with their document's citation columns and how many articles and
        sources of the store tell them (`kronist.store.stories`)."""
        flt = flt or EventFilter()
        query = self._event_query(flt).offset(flt.offset)
        if flt.limit is not None:
            query = query.limit(flt.limit)
        # A second connection looks up the counts: the first is busy streaming (a server-side
        # cursor on PostgreSQL).
        with self.engine.connect() as conn, self.engine.connect() as lookup:
            chunk: list[dict[str, Any]] = []
            for row in conn.execution_options(stream_results=True).execute(query):
                chunk.append(dict(row._mapping))
                if len(chunk) >= STORY_CHUNK:
                    yield from add_story_counts(lookup, chunk)
                    chunk = []
            yield from add_story_counts(lookup, chunk)

    def events(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        return list(self.iter_events(flt))

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:

            def count(table, *where) -> int:
                query = select(func.count()).select_from(table)
                return conn.execute(query.where(*where) if where else query).scalar_one()

            return {
                "documents": count(documents),
                "near_duplicates": count(documents, documents.c.duplicate_of.is_not(None)),
                "entities": count(entities),
                "quotes": count(quotes),
                "events": count(events),
            }

    def stories(self) -> list[dict[str, Any]]:
        """Groups of near-duplicate documents: the first copy and the copies linked to it."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(documents.c.id, documents.c.duplicate_of, documents.c.title)
                .where(documents.c.duplicate_of.is_not(None))
                .order_by(documents.c.duplicate_of, documents.c.id)
            ).all()
        groups: dict[str, list[str]] = {}
        for doc_id, original, _title in rows:
            groups.setdefault(original, []).append(doc_id)
        return [{"document_id": k, "copies": v} for k, v in groups.items()]
