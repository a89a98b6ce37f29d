"""Read-only endpoints over the store: documents, events, actors, quotes, stories, aggregates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from kronist.api import schemas, shaping
from kronist.model import CAMEO_ROOT, PLOVER_EVENT_TYPES
from kronist.store import EventFilter, Store
from kronist.store import queries as q

MAX_PAGE_SIZE = 500
MAX_OFFSET = 1_000_000
MAX_NETWORK_LINKS = 500
NO_NUL = r"^[^\x00]*$"  # no stored text has NUL, and PostgreSQL cannot compare text with it

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
SearchText = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
Country = Annotated[
    str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3, e.g. DNK.")
]
DocumentId = Annotated[str | None, Query(max_length=64, pattern=NO_NUL)]

NOT_FOUND = {404: {"model": schemas.ErrorOut, "description": "No such document."}}


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def event_filter(
    since: Annotated[
        schemas.IsoDate | None, Query(description="Events on or after this day.")
    ] = None,
    until: Annotated[
        schemas.IsoDate | None, Query(description="Events on or before this day.")
    ] = None,
    type: Annotated[schemas.EventType | None, Query(description="PLOVER event type.")] = None,
    actor: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="Actor or recipient name contains."),
    ] = None,
    country: Country = None,
    text: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="The event's words contain.")
    ] = None,
    document_id: DocumentId = None,
    include_duplicates: Annotated[
        bool, Query(description="Also count events of near-duplicate copies.")
    ] = False,
) -> EventFilter:
    """The event filters shared by the event list, the aggregates and the network."""
    return EventFilter(
        since=since,
        until=until,
        type=type,
        actor=actor,
        country=country,
        text=text,
        document_id=document_id,
        include_duplicates=include_duplicates,
    )


FilterDep = Annotated[EventFilter, Depends(event_filter)]


@router.get(
    "/stats", tags=["meta"], response_model=schemas.StoreStats, summary="What the store holds"
)
def stats(request: Request, store: StoreDep) -> dict:
    return store.stats() | {"read_only": request.app.state.read_only}


@router.get(
    "/event-types",
    tags=["meta"],
    response_model=list[schemas.EventTypeInfo],
    summary="PLOVER types",
)
def event_types() -> list[dict]:
    return [{"type": name, "cameo_root": CAMEO_ROOT.get(name)} for name in PLOVER_EVENT_TYPES]


@router.get(
    "/documents",
    tags=["documents"],
    response_model=schemas.DocumentPage,
    summary="List or search documents",
)
def documents(
    store: StoreDep,
    q_text: Annotated[
        str | None,
        Query(alias="q", max_length=200, pattern=NO_NUL, description="Title or text contains."),
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    page = q.list_documents(store, q_text, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get(
    "/documents/{document_id}",
    tags=["documents"],
    response_model=schemas.DocumentDetail,
    responses=NOT_FOUND,
    summary="One document with its analysis",
)
def document(store: StoreDep, document_id: Annotated[str, Path(pattern=NO_NUL)]) -> dict:
    summary = q.document_summary(store, document_id) if len(document_id) <= 64 else None
    analysis = store.get_analysis(document_id) if summary else None
    if summary is None or analysis is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    return summary | {"analysis": analysis, "full_text": analysis.document.full_text}


@router.get(
    "/events",
    tags=["events"],
    response_model=schemas.EventPage,
    summary="Filter, sort and page events",
)
def events(
    store: StoreDep,
    flt: FilterDep,
    sort: Annotated[q.EventSort, Query(description="Sort key.")] = "date",
    order: Annotated[q.SortOrder, Query()] = "asc",
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict:
    page = q.list_events(store, flt, sort, order, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get(
    "/actors",
    tags=["actors and quotes"],
    response_model=schemas.ActorPage,
    summary="Actors with event counts",
)
def actors(
    store: StoreDep,
    name: SearchText = None,
    country: Country = None,
    sector: Annotated[str | None, Query(pattern="^[A-Za-z]{2,8}$", description="e.g. GOV")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict:
    page = q.list_actors(store, name, country, sector, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get(
    "/quotes",
    tags=["actors and quotes"],
    response_model=schemas.QuotePage,
    summary="Quotes, by speaker",
)
def quotes(
    store: StoreDep,
    speaker: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="Speaker words or actor name contain."),
    ] = None,
    text: SearchText = None,
    document_id: DocumentId = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict:
    page = q.list_quotes(store, speaker, text, document_id, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get(
    "/stories",
    tags=["documents"],
    response_model=schemas.StoryPage,
    summary="Near-duplicate groups",
)
def stories(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict:
    page = q.list_stories(store, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get(
    "/aggregates/daily",
    tags=["aggregates"],
    response_model=list[schemas.DayCount],
    summary="Events per day, by type (events dated to the day)",
)
def daily(store: StoreDep, flt: FilterDep) -> list[dict]:
    return shaping.days(q.events_per_day(store, flt))


@router.get(
    "/aggregates/periods",
    tags=["aggregates"],
    response_model=list[schemas.PeriodCount],
    summary="Events dated only to a week, month or year, per period, by type",
)
def periods(store: StoreDep, flt: FilterDep) -> list[dict]:
    return shaping.periods(q.events_per_period(store, flt))


@router.get(
    "/aggregates/types",
    tags=["aggregates"],
    response_model=list[schemas.TypeCount],
    summary="Events per type",
)
def per_type(store: StoreDep, flt: FilterDep) -> list[dict]:
    return q.events_per_type(store, flt)


@router.get(
    "/aggregates/countries",
    tags=["aggregates"],
    response_model=list[schemas.CountryCount],
    summary="Events per country (place, else actor), by type",
)
def per_country(store: StoreDep, flt: FilterDep) -> list[dict]:
    return shaping.countries(q.events_per_country(store, flt))


@router.get(
    "/aggregates/places",
    tags=["aggregates"],
    response_model=list[schemas.PlaceCount],
    summary="Events per geocoded place, by type",
)
def per_place(store: StoreDep, flt: FilterDep) -> list[dict]:
    return shaping.places(q.events_per_place(store, flt))


@router.get(
    "/network", tags=["aggregates"], response_model=schemas.Network, summary="Who acts on whom"
)
def network(
    store: StoreDep,
    flt: FilterDep,
    limit: Annotated[int, Query(ge=1, le=MAX_NETWORK_LINKS, description="Most links.")] = 200,
) -> dict:
    return shaping.network(q.actor_links(store, flt, limit))
