"""The API's request and response models: what the OpenAPI schema documents.

Event, quote and document rows are the store's flat rows (the columns of `kronist.flat`), so a
field means the same in the API, the store and the CSV/Parquet exports.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from kronist.model import PLOVER_EVENT_TYPES, Analysis

EventType = Literal[PLOVER_EVENT_TYPES]  # type: ignore[valid-type]

MAX_TEXT_CHARS = 100_000  # a long read is ~60,000 characters
MAX_TITLE_CHARS = 1000
VISIBLE_TEXT = r"[^\s\x00]"  # at least one character that is neither space nor NUL


def _iso_date_only(value: object) -> object:
    """Dates arrive as YYYY-MM-DD only: pydantic would also read 0 as 1970-01-01."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


class Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PageOut(Out):
    total: int = Field(description="How many rows match in all.")
    limit: int
    offset: int


class DocumentRow(Out):
    id: str
    title: str
    language: str
    published: dt.date | None
    source: str | None
    url: str | None
    duplicate_of: str | None = Field(description="The first copy, when this is a near-duplicate.")
    summary: str | None
    event_count: int


class DocumentPage(PageOut):
    items: list[DocumentRow]


class CopyRow(Out):
    id: str
    title: str
    similarity: float | None


class DocumentDetail(DocumentRow):
    similarity: float | None = Field(description="Similarity to the first copy (near-duplicates).")
    copies: list[CopyRow] = Field(description="Near-duplicates linked to this document.")
    full_text: str = Field(description="title + blank line + text: what analysis offsets index.")
    analysis: Analysis


class EventRow(Out):
    id: str
    document_id: str
    event: str
    mode: str | None
    context: list[str] | None
    cameo_root: str | None
    actor_name: str | None
    actor_country: str | None
    actor_sector: str | None
    actor_text: str | None
    recipient_name: str | None
    recipient_country: str | None
    recipient_sector: str | None
    recipient_text: str | None
    date: dt.date | None
    date_precision: str | None
    date_expression: str | None
    place_name: str | None
    place_country: str | None
    place_lat: float | None
    place_lon: float | None
    place_geonames_id: int | None
    killed: int | None
    injured: int | None
    negated: bool
    modality: str
    asserted_by: str | None
    quote_id: str | None
    anchor: str
    sentence: int
    start_char: int = Field(description="Offset of the anchor in the document's full_text.")
    end_char: int
    confidence: float = Field(description="How fully the text told the coder (README).")
    mention_count: int | None = Field(None, description="Sentences of its article telling it.")
    num_mentions: int | None = Field(None, description="Sentences telling it across the store.")
    num_articles: int | None = Field(None, description="Articles telling it (near-duplicates).")
    num_sources: int | None = Field(None, description="Distinct sources of those articles.")
    document_title: str
    document_url: str | None
    document_source: str | None
    document_published: dt.date | None


class EventPage(PageOut):
    items: list[EventRow]


class ActorRow(Out):
    name: str
    country: str | None
    sector: str | None = Field(description="Its most frequent sector.")
    sectors: list[str] = Field(description="Every sector it had, most frequent first.")
    as_actor: int = Field(description="Events in which it acts.")
    as_recipient: int = Field(description="Events in which it is acted on.")
    events: int
    mentions: int = Field(description="Mentions in the text resolved to it.")


class ActorPage(PageOut):
    items: list[ActorRow]


class QuoteRow(Out):
    document_id: str
    id: str
    text: str
    start_char: int
    end_char: int
    sentence: int
    speaker: str | None = Field(description="The words naming the speaker in the article.")
    speaker_name: str | None = Field(description="The speaker's canonical actor name.")
    speaker_country: str | None
    speaker_sector: str | None
    channel: str | None
    document_title: str
    document_published: dt.date | None


class QuotePage(PageOut):
    items: list[QuoteRow]


class StoryRow(Out):
    id: str = Field(description="The first copy of the story.")
    title: str
    published: dt.date | None
    copy_count: int
    copies: list[CopyRow]


class StoryPage(PageOut):
    items: list[StoryRow]


class DayCount(Out):
    date: dt.date
    total: int
    by_type: dict[str, int]


class PeriodCount(Out):
    date: dt.date = Field(description="First day of the week, month or year.")
    precision: str = Field(description="week, month or year")
    total: int
    by_type: dict[str, int]


class TypeCount(Out):
    type: str
    count: int


class CountryCount(Out):
    country: str = Field(description="ISO 3166-1 alpha-3.")
    name: str | None
    numeric: str | None = Field(description="ISO 3166-1 numeric (the world map's country ids).")
    total: int
    by_type: dict[str, int]


class PlaceCount(Out):
    name: str | None
    country: str | None
    lat: float
    lon: float
    total: int
    by_type: dict[str, int]


class NetworkNode(Out):
    id: str
    name: str
    country: str | None
    sector: str | None
    events: int


class NetworkEdge(Out):
    source: str
    target: str
    event: str
    count: int


class Network(Out):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class EventTypeInfo(Out):
    type: str
    cameo_root: str | None


class StoreStats(Out):
    documents: int
    near_duplicates: int
    entities: int
    quotes: int
    events: int
    read_only: bool


class AnalyzeRequest(BaseModel):
    """An article posted as JSON."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        pattern=VISIBLE_TEXT,
        description="The article's body (NUL characters are dropped).",
    )
    title: str = Field("", max_length=MAX_TITLE_CHARS, description="The headline.")
    published: IsoDate | None = Field(None, description="Publication date (for 'tirsdag').")
    source: str | None = Field(None, max_length=512)
    url: str | None = Field(None, max_length=2048)


class StoredOut(Out):
    document_id: str
    status: Literal["stored", "duplicate", "near_duplicate"]
    duplicate_of: str | None
    similarity: float | None


class AnalyzeResponse(Out):
    analysis: Analysis
    full_text: str = Field(description="title + blank line + text: what analysis offsets index.")
    stored: StoredOut | None = Field(description="Set when the article was also stored.")


class ErrorOut(Out):
    detail: str
