"""Downloads of the filtered events as files: what `kronist export` writes, for the page's
"download this filter" links (same filters as /api/events)."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from kronist.api.routes import FilterDep, StoreDep
from kronist.export import write_events

MAX_DOWNLOAD_ROWS = 100_000
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}

router = APIRouter(prefix="/api")


@router.get(
    "/events/download",
    tags=["events"],
    response_class=FileResponse,
    summary="The filtered events as a CSV, JSON, JSONL or Parquet file",
    responses={200: {"content": {media: {} for media in MEDIA_TYPES.values()}}},
)
def download_events(
    store: StoreDep,
    flt: FilterDep,
    format: Annotated[Literal["csv", "json", "jsonl", "parquet"], Query()] = "csv",
    preset: Annotated[
        Literal["acled", "gdelt"] | None,
        Query(description="That dataset's columns instead of kronist's (see the README)."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_DOWNLOAD_ROWS, description="Most events.")] = (
        MAX_DOWNLOAD_ROWS
    ),
) -> FileResponse:
    handle, name = tempfile.mkstemp(prefix="kronist-download-", suffix=f".{format}")
    os.close(handle)
    path = Path(name)
    write_events(store.iter_events(replace(flt, limit=limit)), path, format, preset)
    filename = f"kronist-events{'-' + preset if preset else ''}.{format}"
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[format],
        filename=filename,
        background=BackgroundTask(path.unlink, missing_ok=True),
    )
