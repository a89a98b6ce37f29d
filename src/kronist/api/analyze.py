"""POST /api/analyze: analyse one article posted as plain text or JSON.

The body is read with a hard size limit before anything is parsed. The analysis is stored only
when asked to (`?store=true`) and the app is not read-only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from kronist.api import schemas
from kronist.budget import Budget, OverBudget
from kronist.model import Analysis, Document

# Room for the longest accepted text even as JSON with every character escaped.
MAX_BODY_BYTES = 1024 * 1024
MEDIA_TYPES = ("application/json", "text/plain")

Analyzer = Callable[[Document], Analysis]

router = APIRouter(prefix="/api")

# spaCy pipelines are not documented as thread-safe: one analysis at a time, on a thread of its
# own, so that the threads that answer GET requests never wait for an analysis.
_analysis_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kronist-analysis")
# Analyses running or waiting at once; past this POST /api/analyze answers 503 with Retry-After.
ANALYSIS_QUEUE = 4
# What one analysis may cost on the server: the body limit bounds its size, this its time.
API_BUDGET = Budget(max_chars=schemas.MAX_TEXT_CHARS + schemas.MAX_TITLE_CHARS + 2, max_seconds=60)


def default_analyzer(document: Document) -> Analysis:
    from kronist.pipeline import analyze

    return analyze(document, budget=API_BUDGET)


class AnalysisQueue:
    """At most `size` analyses admitted at once (running or waiting for the analysis thread).

    Used from the event loop only, so a plain counter is enough; a slot is given back when its
    analysis has finished, even when the client has gone away."""

    def __init__(self, size: int = ANALYSIS_QUEUE) -> None:
        self.size = size
        self.admitted = 0
        self.seconds = 1.0  # a running mean of the time one analysis takes

    async def run(self, analyzer: Analyzer, document: Document) -> Analysis:
        if self.admitted >= self.size:
            retry = max(1, math.ceil(self.seconds * self.admitted))
            raise HTTPException(
                503,
                f"{self.admitted} analyses are queued, the most this server takes: "
                f"retry in {retry} s",
                headers={"Retry-After": str(retry)},
            )
        self.admitted += 1
        loop = asyncio.get_running_loop()
        future = _analysis_thread.submit(self._timed, analyzer, document)
        future.add_done_callback(lambda _f: loop.call_soon_threadsafe(self._release))
        return await asyncio.wrap_future(future)

    def _timed(self, analyzer: Analyzer, document: Document) -> Analysis:
        started = time.monotonic()
        try:
            return analyzer(document)
        finally:
            self.seconds = 0.8 * self.seconds + 0.2 * (time.monotonic() - started)

    def _release(self) -> None:
        self.admitted -= 1


def _error(description: str) -> dict:
    return {"model": schemas.ErrorOut, "description": description}


REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": schemas.AnalyzeRequest.model_json_schema()},
        "text/plain": {
            "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": schemas.MAX_TEXT_CHARS,
                "pattern": schemas.VISIBLE_TEXT,
            }
        },
    },
}


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HTTPException(413, f"body is larger than the limit of {MAX_BODY_BYTES} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(413, f"body is larger than the limit of {MAX_BODY_BYTES} bytes")
    return bytes(body)


def _media_type(request: Request) -> str:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in MEDIA_TYPES:
        shown = media_type or "none"
        raise HTTPException(415, f"send text/plain or application/json, not {shown}")
    return media_type


def _document_from_json(body: bytes) -> Document:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPException(400, f"body is not valid JSON: {exc}") from None
    except RecursionError:
        raise HTTPException(400, "body is not an article: its JSON is nested too deeply") from None
    try:
        article = schemas.AnalyzeRequest.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        raise RequestValidationError(
            [error | {"loc": ("body", *error["loc"])} for error in errors]
        ) from None
    return Document(
        title=_without_nul(article.title),
        text=_without_nul(article.text),
        published=article.published,
        source=_without_nul(article.source),
        url=_without_nul(article.url),
    )


def _document_from_text(body: bytes, title: str, published: dt.date | None) -> Document:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "body is not valid UTF-8 text") from None
    return Document(title=_without_nul(title), text=_without_nul(text), published=published)


def _without_nul(value: str | None) -> str | None:
    """NUL never belongs in an article, and PostgreSQL cannot store it."""
    return value.replace("\x00", "") if value else value


def _invalid_text(message: str) -> RequestValidationError:
    return RequestValidationError(
        [{"type": "value_error", "loc": ("body", "text"), "msg": message}]
    )


def _check_text(document: Document) -> None:
    if not document.text.strip():
        raise _invalid_text("the article text is empty")
    if len(document.text) > schemas.MAX_TEXT_CHARS:
        raise _invalid_text(f"the article is longer than {schemas.MAX_TEXT_CHARS} characters")


@router.post(
    "/analyze",
    tags=["analysis"],
    response_model=schemas.AnalyzeResponse,
    summary="Analyse an article posted as text or JSON",
    description=(
        "Post the article's body as `text/plain` (headline and date as query parameters) or "
        "as JSON (`text`, `title`, `published`, `source`, `url`). Bodies over "
        f"{MAX_BODY_BYTES} bytes are refused. Nothing is stored unless `store=true` and the "
        "server is not read-only."
    ),
    openapi_extra={"requestBody": REQUEST_BODY},
    responses={
        400: _error("The body is not valid UTF-8 text or JSON."),
        403: _error("store=true on a read-only server."),
        413: _error("The body is too large."),
        415: _error("The body is neither text/plain nor application/json."),
        503: _error(
            f"{ANALYSIS_QUEUE} analyses are already running or waiting: retry after the "
            "seconds in the Retry-After header."
        ),
    },
)
async def analyze(
    request: Request,
    title: Annotated[
        str, Query(max_length=schemas.MAX_TITLE_CHARS, description="Headline (text/plain only).")
    ] = "",
    published: Annotated[
        schemas.IsoDate | None, Query(description="Publication date (text/plain only).")
    ] = None,
    store: Annotated[bool, Query(description="Also store the analysis.")] = False,
) -> dict:
    if store and request.app.state.read_only:
        raise HTTPException(403, "this server is read-only: it analyses but does not store")
    media_type = _media_type(request)
    body = await _read_body(request)
    if media_type == "application/json":
        document = _document_from_json(body)
    else:
        document = _document_from_text(body, title, published)
    _check_text(document)
    try:
        analysis = await request.app.state.analyses.run(request.app.state.analyzer, document)
    except OverBudget as exc:
        raise _invalid_text(f"the article was not analysed: {exc}") from None
    stored = None
    if store:
        result = await run_in_threadpool(request.app.state.store.add, analysis)
        stored = {
            "document_id": result.document_id,
            "status": result.status,
            "duplicate_of": result.duplicate_of,
            "similarity": result.similarity,
        }
    return {"analysis": analysis, "full_text": document.full_text, "stored": stored}
