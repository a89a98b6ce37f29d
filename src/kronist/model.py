"""The records kronist writes down and users keep: documents and their analysis.

Every stage reads and writes these types; the store, the exports, the API and the evaluation
speak them too. Offsets (`start`, `end`) are character offsets into `Document.full_text`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1

PLOVER_EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER type -> CAMEO root code, for users whose tools still speak CAMEO
# (from the CAMEO -> PLOVER table in the PLOVER manual, read backwards at root level).
CAMEO_ROOT = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "CONCEDE": "08",
    "RETREAT": "08",
    "REQUEST": "10",
    "ACCUSE": "11",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "MOBILIZE": "15",
    "SANCTION": "16",
    "COERCE": "17",
    "ASSAULT": "18",
}

Precision = Literal["day", "week", "month", "year"]
Modality = Literal["asserted", "future", "hypothetical", "planned", "threatened", "claimed"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Document(Record):
    """One article as read from its source, before any analysis."""

    id: str = ""
    title: str = ""
    text: str
    language: str = "da"  # as given, or as detected when the text is in another language
    published: dt.date | None = None
    published_precision: Precision | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    meta: dict[str, str] = Field(default_factory=dict)

    @field_validator("title", "text", "source", "url", "path")
    @classmethod
    def _without_nul(cls, value: str | None) -> str | None:
        """NUL is in no article, and PostgreSQL cannot store it: dropped, on every store."""
        return value.replace("\x00", "") if value else value

    def model_post_init(self, _context: object) -> None:
        if not self.id:
            self.id = self.content_hash[:16]

    @property
    def full_text(self) -> str:
        """What the pipeline reads: the headline, a blank line, the body. Offsets point here."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def content_hash(self) -> str:
        """Identity of the article's words: same title and text, same hash."""
        normalized = " ".join((self.title + "\n" + self.text).split())
        return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


class Actor(Record):
    """A canonical actor: who someone is, in event-coder terms."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER/POLECAT sector code: GOV, MIL, COP, REB, CVL, JRN, ...
    sectors: list[str] = Field(default_factory=list)  # all that apply; `sector` is the first
    wikidata: str | None = None


class Sentence(Record):
    start: int
    end: int
    text: str


class Entity(Record):
    """A mention in the text: a named entity or an actor-like noun phrase."""

    id: str
    text: str
    label: str  # PER, ORG, LOC, MISC, or NOM for an actor noun phrase ("demonstranterne")
    start: int
    end: int
    sentence: int
    actor: Actor | None = None
    refers_to: str | None = None  # id of the entity this one corefers with
    genitive: bool = False  # "Irans", "det amerikanske militærs": it owns the next noun


class Quote(Record):
    id: str
    text: str
    start: int
    end: int
    sentence: int
    speaker: str | None = None  # the words naming the speaker in the article
    speaker_entity: str | None = None
    speaker_actor: Actor | None = None
    channel: str | None = None  # Twitter, Reuters, pressemøde ...


class Place(Record):
    name: str | None = None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    mention: str | None = None


class EventDate(Record):
    date: dt.date | None = None
    precision: Precision | None = None
    expression: str | None = None  # the words it was read from ("tirsdag", "i weekenden")


class Event(Record):
    """One real-world event in PLOVER terms, with where in the article it is told."""

    id: str
    event: str  # a PLOVER_EVENT_TYPES member
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actor: Actor | None = None
    recipient: Actor | None = None
    actor_text: str | None = None
    recipient_text: str | None = None
    date: EventDate = Field(default_factory=EventDate)
    place: Place | None = None
    killed: int | None = None
    injured: int | None = None
    negated: bool = False
    modality: Modality = "asserted"
    asserted_by: str | None = None  # speaker when the event is only a claim inside a quote
    quote_id: str | None = None
    anchor: str  # the words that express it
    sentence: int
    start: int
    end: int
    mentions: list[int] = Field(default_factory=list)  # sentences that tell the same event
    confidence: float = 1.0

    @property
    def cameo_root(self) -> str | None:
        return CAMEO_ROOT.get(self.event)


class Analysis(Record):
    """Everything kronist found in one document."""

    document: Document
    schema_version: int = SCHEMA_VERSION
    pipeline: str = ""  # name and version of the linguistic pipeline used
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    # events the text tells only as possible or planned ("overvejer at", "gør klar til at"):
    # kept with their modality, not counted among the events that happened
    unrealized: list[Event] = Field(default_factory=list)
    # events told with nobody who did them ("Mindst 92 mennesker er blevet dræbt"): kept with
    # their place, date and toll, not counted among the coded events (PLOVER needs a source)
    unattributed: list[Event] = Field(default_factory=list)
    summary: str = ""
    # what the user should know about this analysis: a text not in Danish (not analysed), a
    # publication date that cannot be right
    notes: list[str] = Field(default_factory=list)
