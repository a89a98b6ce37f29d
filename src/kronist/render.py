"""How the CLI shows things to a person: rich tables for analyses, events and scores."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kronist.export import plover_record
from kronist.flat import event_row
from kronist.model import Actor, Analysis, Event


def shorten(text: str, width: int) -> str:
    """`text` cut to at most `width` characters at a word boundary, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut and not text[width - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:–-") + "…"


def actor_label(actor: Actor | None, text: str | None = None) -> str:
    if actor is None:
        return text or "—"
    codes = "/".join(filter(None, [actor.country, actor.sector]))
    return f"{actor.name} ({codes})" if codes else actor.name


def event_record(analysis: Analysis, event: Event) -> dict[str, Any]:
    """One event of an analysis as a PLOVER JSON record (as `kronist export` writes it)."""
    document = analysis.document
    row = event_row(document.id, event) | {
        "document_title": document.title,
        "document_url": document.url,
        "document_source": document.source,
        "document_published": document.published,
    }
    return plover_record(row)


def print_analysis(console: Console, analysis: Analysis) -> None:
    document = analysis.document
    console.rule(f"[bold]{document.title or document.id}")
    published = document.published.isoformat() if document.published else "unknown"
    console.print(
        f"id {document.id} · published {published} · source {document.source or '—'} · "
        f"{len(analysis.sentences)} sentences · pipeline {analysis.pipeline}",
        highlight=False,
    )
    if analysis.summary:
        console.print(f"[italic]{analysis.summary}[/italic]", highlight=False)

    entities = Table(title="Entities and actors", show_lines=False)
    for column in ("mention", "label", "actor", "country", "sector"):
        entities.add_column(column)
    for entity in analysis.entities:
        actor = entity.actor
        entities.add_row(
            entity.text,
            entity.label,
            actor.name if actor else "",
            (actor.country or "") if actor else "",
            "/".join(actor.sectors or [actor.sector or ""]) if actor else "",
        )
    console.print(entities)

    quotes = Table(title="Quotes")
    for column in ("quote", "speaker", "actor", "channel"):
        quotes.add_column(column)
    for quote in analysis.quotes:
        quotes.add_row(
            shorten(quote.text, 80),
            quote.speaker or "—",
            actor_label(quote.speaker_actor),
            quote.channel or "",
        )
    console.print(quotes)

    console.print("[bold]Events (PLOVER)[/bold]")
    if not analysis.events:
        console.print("  none found")
    for number, event in enumerate(analysis.events, 1):
        _print_event(console, number, event)


def _print_event(console: Console, number: int, event: Event) -> None:
    """An event as a small card: it reads at any terminal width."""
    head = event.event + (f" ({event.mode})" if event.mode else "")
    when = date_text(event.date.date, event.date.precision) or event.date.expression
    place = event.place
    where = ", ".join(filter(None, [place.name, place.country])) if place else None
    casualties = [
        f"{label} {n}"
        for label, n in (("killed", event.killed), ("injured", event.injured))
        if n is not None
    ]
    flags = ["NEGATED"] if event.negated else []
    if event.modality != "asserted":
        flags.append(event.modality)
    if event.asserted_by:
        flags.append(f"claim by {event.asserted_by}")
    facts = " · ".join(filter(None, [when, where, *casualties]))
    console.print(f"{number:>2}. [bold]{escape(head)}[/bold]  {escape(facts)}", highlight=False)
    actor = actor_label(event.actor, event.actor_text)
    recipient = actor_label(event.recipient, event.recipient_text)
    console.print(f"    {escape(actor)} → {escape(recipient)}", highlight=False)
    anchor = shorten(event.anchor, 160)
    suffix = f"  [yellow]{escape(', '.join(flags))}[/yellow]" if flags else ""
    console.print(f"    [dim]»{escape(anchor)}«[/dim]{suffix}", highlight=False)


def read_error(error: Any) -> str:
    where = f"{error.path}:{error.line}" if error.line else f"{error.path}"
    kind = "[red]error[/red]" if error.fatal else "[yellow]warning[/yellow]"
    return f"{kind} {where}: {error.message}"


def date_text(date: dt.date | None, precision: str | None) -> str:
    """A date as precise as it is known: 2026-03-14, week of 2026-03-09, 2026-03, 2026."""
    if date is None:
        return ""
    if precision == "month":
        return date.strftime("%Y-%m")
    if precision == "year":
        return str(date.year)
    if precision == "week":
        return f"week of {date.isoformat()}"
    return date.isoformat()


def ingest_summary(counts: dict[str, int], url: str) -> str:
    summary = (
        f"read {counts['read']} · stored {counts['stored']} "
        f"(near-duplicates linked {counts['near_duplicates']}) · "
        f"duplicates {counts['duplicates']} · failed {counts['failed']} · store {url}"
    )
    undated = counts.get("undated", 0)
    return summary + ("\n" + undated_warning(undated) if undated else "")


def undated_warning(undated: int) -> str:
    """Documents stored without a publication date: their relative dates stay unresolved."""
    documents = "document" if undated == 1 else "documents"
    return (
        f"[yellow]warning:[/yellow] {undated} {documents} stored without a publication date "
        "(relative dates such as 'tirsdag' are left unresolved; give --published)"
    )


def _side(row: dict[str, Any], prefix: str) -> str:
    name = row.get(f"{prefix}_name") or row.get(f"{prefix}_text")
    return "/".join(filter(None, [name, row.get(f"{prefix}_country")]))


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def print_event_rows(console: Console, rows: list[dict[str, Any]]) -> None:
    table = Table(title=f"{len(rows)} events")
    for column in ("date", "event", "mode", "actor", "recipient", "place", "killed", "injured"):
        table.add_column(column, justify="right" if column in ("killed", "injured") else "left")
    table.add_column("document", no_wrap=True)
    table.add_column("words", no_wrap=True)
    for row in rows:
        table.add_row(
            date_text(row.get("date"), row.get("date_precision")),
            row["event"] + (" (negated)" if row.get("negated") else ""),
            row.get("mode") or "",
            _side(row, "actor"),
            _side(row, "recipient"),
            row.get("place_name") or row.get("place_country") or "",
            _count(row.get("killed")),
            _count(row.get("injured")),
            shorten(row.get("document_title") or row["document_id"], 40),
            shorten(row.get("anchor") or "", 60),
        )
    console.print(table)


def _fmt(value: Any) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def print_eval(console: Console, report: dict[str, Any], examples: int = 0) -> None:
    table = Table(title="kronist eval")
    for column in (
        "document",
        "events P",
        "R",
        "F1",
        "quotes found",
        "speaker acc",
        "actor-country acc",
        "note",
    ):
        table.add_column(column)
    for doc in report["documents"]:
        table.add_row(*_eval_cells(doc["document"], doc, doc.get("error") or ""))
    overall = report["overall"]
    table.add_row(
        *_eval_cells("[bold]overall", overall, f"{overall['failed']} failed"), end_section=True
    )
    console.print(table)
    fields = overall["events"]["fields"]
    if fields:
        console.print(
            "matched events agreeing on: " + ", ".join(f"{k} {_fmt(v)}" for k, v in fields.items()),
            highlight=False,
        )
    ev = overall["events"]
    _print_field_faults(console, ev.get("field_faults", {}))
    speakers = ", ".join(
        f"{how} {n}" for how, n in overall["quotes"].get("speaker_faults", {}).items() if n
    )
    if speakers:
        console.print(f"speakers off: {speakers}", highlight=False)
    console.print(
        f"events: {ev['true_positives']} matched, {ev['false_positives']} spurious, "
        f"{ev['false_negatives']} missed · quotes: "
        f"{overall['quotes']['found']}/{overall['quotes']['gold']} found, "
        f"channel acc {_fmt(overall['quotes']['channel_accuracy'])} · entity recall "
        f"{_fmt(overall['entities']['recall'])}",
        highlight=False,
    )
    _print_error_classes(console, report, examples)


def _print_field_faults(console: Console, faults: dict[str, dict[str, int]]) -> None:
    """How the disagreeing attributes of matched events disagree ("location: country only 3")."""
    parts = []
    for name, kinds in faults.items():
        counts = ", ".join(f"{how} {n}" for how, n in kinds.items() if n)
        if counts:
            parts.append(f"{name}: {counts}")
    if parts:
        console.print("attributes off: " + "; ".join(parts), highlight=False)


def print_types(console: Console, report: dict[str, Any]) -> None:
    """Precision, recall and F1 per PLOVER event type, over all documents."""
    table = Table(title="events by type")
    for column in ("type", "P", "R", "F1", "matched", "spurious", "missed"):
        table.add_column(column)
    for kind, row in report["overall"]["events"]["by_type"].items():
        table.add_row(
            kind,
            _fmt(row["precision"]),
            _fmt(row["recall"]),
            _fmt(row["f1"]),
            str(row["matched"]),
            str(row["spurious"]),
            str(row["missed"]),
        )
    console.print(table)


def _print_error_classes(console: Console, report: dict[str, Any], examples: int) -> None:
    """Counts per error class; with `examples`, the first ones of each class."""
    errors = report["overall"]["events"]["errors"]
    faults = ", ".join(f"{name} {n}" for name, n in errors["roles"].items() if n)
    console.print(f"wrong roles by side: {faults or 'none'}", highlight=False)
    for side in ("missed", "spurious"):
        counts = ", ".join(f"{name} {n}" for name, n in errors[side].items())
        console.print(f"{side} events by cause: {counts}", highlight=False)
        if not examples:
            continue
        for name in errors[side]:
            found = [
                f"{doc['document']}: {text}"
                for doc in report["documents"]
                for text in doc["events"]["error_examples"][side].get(name, [])
            ]
            for line in found[:examples]:
                console.print(f"  {side} · {name} · {line}", highlight=False, markup=False)


def _eval_cells(name: str, report: dict[str, Any], note: str) -> list[str]:
    events, quotes, entities = report["events"], report["quotes"], report["entities"]
    return [
        name,
        _fmt(events["precision"]),
        _fmt(events["recall"]),
        _fmt(events["f1"]),
        f"{quotes['found']}/{quotes['gold']}",
        _fmt(quotes["speaker_accuracy"]),
        _fmt(entities["actor_country_accuracy"]),
        note,
    ]


def print_info(console: Console, info: dict[str, Any]) -> None:
    model, lexicons, store = info["model"], info["lexicons"], info["store"]
    lines = [
        f"kronist {info['kronist']} (Python {info['python']}, spaCy {info['spacy']})",
        (
            f"model     {model['name']} {model['version']}, {model['size_mb']} MB, NER F1 "
            f"{_fmt(model['ner_f1'])}, LAS {_fmt(model['las'])} — {model['path']}"
            if model["trained"]
            else f"model     none trained: blank pipeline ({model['path']} is empty)"
        ),
        f"lexicons  {len(lexicons['files'])} files, "
        f"{sum(f['entries'] for f in lexicons['files'].values()):,} entries, "
        f"fingerprint {lexicons['fingerprint']} — {lexicons['path']}",
        f"store     {store['url']} (schema {store['schema_version']})",
    ]
    if "error" in store:
        lines.append(f"          cannot open it: {store['error']}")
    elif not store.get("exists"):
        lines.append("          not created yet (kronist ingest creates it)")
    else:
        counts = ("documents", "events", "quotes", "near_duplicates")
        held = " · ".join(f"{store[k]:,} {k.replace('_', '-')}" for k in counts)
        lines.append(f"          {held}")
    for line in lines:
        console.print(escape(line), highlight=False)
