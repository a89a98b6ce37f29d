"""Flat rows of an Analysis: one dict per document, entity, quote and event.

The store's tables, the exports and the batch engines' Parquet files all use these rows, so a
column means the same thing everywhere.
"""

from __future__ import annotations

from typing import Any

from kronist.model import Actor, Analysis, Entity, Event, Quote

# the store-wide counts of an event (kronist.store.stories), in exports beside the event's row
STORY_COLUMNS = ("num_mentions", "num_articles", "num_sources")


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_sector": actor.sector if actor else None,
    }


def document_row(analysis: Analysis) -> dict[str, Any]:
    doc = analysis.document
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "title": doc.title,
        "text": doc.text,
        "language": doc.language,
        "published": doc.published,
        "published_precision": doc.published_precision,
        "source": doc.source,
        "url": doc.url,
        "path": doc.path,
        "pipeline": analysis.pipeline,
        "summary": analysis.summary,
    }


def entity_row(document_id: str, entity: Entity) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "id": entity.id,
        "text": entity.text,
        "label": entity.label,
        "start_char": entity.start,
        "end_char": entity.end,
        "sentence": entity.sentence,
        **_actor_columns("actor", entity.actor),
    }


def quote_row(document_id: str, quote: Quote) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "id": quote.id,
        "text": quote.text,
        "start_char": quote.start,
        "end_char": quote.end,
        "sentence": quote.sentence,
        "speaker": quote.speaker,
        **_actor_columns("speaker", quote.speaker_actor),
        "channel": quote.channel,
    }


def event_row(document_id: str, event: Event) -> dict[str, Any]:
    place = event.place
    return {
        "id": event.id,
        "document_id": document_id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "cameo_root": event.cameo_root,
        **_actor_columns("actor", event.actor),
        "actor_text": event.actor_text,
        **_actor_columns("recipient", event.recipient),
        "recipient_text": event.recipient_text,
        "date": event.date.date,
        "date_precision": event.date.precision,
        "date_expression": event.date.expression,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None,
        "place_geonames_id": place.geonames_id if place else None,
        "killed": event.killed,
        "injured": event.injured,
        "negated": event.negated,
        "modality": event.modality,
        "asserted_by": event.asserted_by,
        "quote_id": event.quote_id,
        "anchor": event.anchor,
        "sentence": event.sentence,
        "start_char": event.start,
        "end_char": event.end,
        "confidence": event.confidence,
        "mention_count": len(set(event.mentions)) or 1,
    }


def analysis_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    doc_id = analysis.document.id
    return {
        "documents": [document_row(analysis)],
        "entities": [entity_row(doc_id, e) for e in analysis.entities],
        "quotes": [quote_row(doc_id, q) for q in analysis.quotes],
        "events": [event_row(doc_id, e) for e in analysis.events],
    }
