"""POST /api/analyze: analyse one article posted as plain text or JSON.

The body is read with a hard size limit before anything is parsed. The analysis is stored only
when asked to (`?store=true`) and the app is not read-only.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from kronist.api import schemas
from kronist.model import Analysis, Document

# Room for the longest accepted text even as JSON with every character escaped.
MAX_BODY_BYTES = 1024 * 1024
MEDIA_TYPES = ("application/json", "text/plain")

Analyzer = Callable[[Document], Analysis]

router = APIRouter(prefix="/api")

# spaCy pipelines are not documented as thread-safe: one analysis at a time.
_analysis_lock = threading.Lock()


def default_analyzer(document: Document) -> Analysis:
    from kronist.pipeline import analyze

    return analyze(document)


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


def _analyse(analyzer: Analyzer, document: Document) -> Analysis:
    with _analysis_lock:
        return analyzer(document)


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
    analysis = await run_in_threadpool(_analyse, request.app.state.analyzer, document)
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
