"""kronist: news articles in, structured and sourced event data out."""

from kronist.model import Actor, Analysis, Document, Entity, Event, Quote

__version__ = "0.1.0"

__all__ = ["Actor", "Analysis", "Document", "Entity", "Event", "Quote", "Store", "analyze"]


def __getattr__(name: str):
    # Lazy: importing kronist must not load spaCy or SQLAlchemy until they are used.
    if name == "analyze":
        from kronist.pipeline import analyze

        return analyze
    if name == "Store":
        from kronist.store import Store

        return Store
    raise AttributeError(name)
