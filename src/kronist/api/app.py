"""The FastAPI app: the REST API under /api, the analysts' page at /, API docs at /docs.

Everything the page needs (Leaflet, Cytoscape, the world map, Swagger UI) is served from the
package: the page works with no network at all.
"""

from __future__ import annotations

import gc
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

import kronist
from kronist.api import analyze, downloads, routes
from kronist.api.analyze import ANALYSIS_QUEUE, AnalysisQueue, Analyzer, default_analyzer
from kronist.store import Store

WEB_DIR = Path(__file__).resolve().parent / "web"

# Scripts only from this server, never inline; data reaches the page as JSON, never as markup.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

DESCRIPTION = """
Documents, events, actors, quotes and stories that kronist stored, with aggregates for maps and
timelines, and `POST /api/analyze` for one article. Offsets (`start`, `end`, `start_char`,
`end_char`) are character offsets into a document's `full_text` (headline, blank line, body).
Read-only unless the server was started writable.
"""


def create_app(
    db: str | None = None,
    read_only: bool = True,
    analyzer: Analyzer | None = None,
    analysis_queue: int = ANALYSIS_QUEUE,
) -> FastAPI:
    """The app over the store at `db` (default: $KRONIST_DB or the user data dir).

    `read_only=False` lets `POST /api/analyze?store=true` store what it analyses (and makes the
    store when there is none; a read-only app raises kronist.store.NoStoreError instead).
    `analyzer` replaces `kronist.pipeline.analyze` (tests). At most `analysis_queue` analyses
    run or wait at once; more are answered 503 with Retry-After.
    """
    app = FastAPI(
        title="kronist",
        version=kronist.__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = Store(db, create=not read_only)
    app.state.read_only = read_only
    app.state.analyzer = analyzer or default_analyzer
    app.state.analyses = AnalysisQueue(analysis_queue)
    app.include_router(routes.router)
    app.include_router(downloads.router)
    app.include_router(analyze.router)
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    _add_pages(app)
    _add_security_headers(app)
    _refuse_nul(app)
    _out_of_the_collectors_way()
    return app


_settled = False


def _out_of_the_collectors_way() -> None:
    """Once per process, what it loaded to serve (the web framework, the API's models, the
    store's tables: a hundred thousand objects that live as long as it) is moved out of the
    garbage collector's way (`gc.freeze`): else each full collection walks them all again, and
    the request that triggers one waits tens of milliseconds longer."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def _add_pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(WEB_DIR / "docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(WEB_DIR / "favicon.svg", media_type="image/svg+xml")


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _refuse_nul(app: FastAPI) -> None:
    """NUL is in no stored text and PostgreSQL cannot compare text with it: a request that
    carries one in its path or query is refused the same way on every store (422)."""

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next) -> Response:
        query = request.query_params.multi_items()
        if "\x00" in request.url.path or any("\x00" in k + v for k, v in query):
            where = "path" if "\x00" in request.url.path else "query"
            detail = [{"type": "value_error", "loc": [where], "msg": "must not contain NUL"}]
            return JSONResponse({"detail": detail}, status_code=422)
        return await call_next(request)


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the page (read-only) until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
