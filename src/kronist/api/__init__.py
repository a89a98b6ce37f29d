"""kronist's REST API and the analysts' web page (FastAPI; `kronist serve` starts it).

from kronist.api import create_app, serve
app = create_app("kronist.db")            # read-only: POST /api/analyze does not store
serve("kronist.db", "127.0.0.1", 8000)    # uvicorn until Ctrl-C
"""

from kronist.api.app import create_app, serve

__all__ = ["create_app", "serve"]
