"""Turn grouped query rows into the shapes charts want: one row per key with counts by type, and
an actor network of nodes and edges."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

import pycountry


def pivot_by_type(
    rows: Iterable[dict[str, Any]], key: Callable[[dict[str, Any]], Hashable]
) -> list[tuple[dict[str, Any], int, dict[str, int]]]:
    """Rows of (key columns, event, count) folded to (first row, total, counts by type)."""
    groups: dict[Hashable, tuple[dict[str, Any], dict[str, int]]] = {}
    for row in rows:
        first, by_type = groups.setdefault(key(row), (row, {}))
        by_type[row["event"]] = by_type.get(row["event"], 0) + row["count"]
    return [(first, sum(by_type.values()), by_type) for first, by_type in groups.values()]


def days(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"date": first["date"], "total": total, "by_type": by_type}
        for first, total, by_type in pivot_by_type(rows, lambda r: r["date"])
    ]


def periods(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "date": first["date"],
            "precision": first["date_precision"],
            "total": total,
            "by_type": by_type,
        }
        for first, total, by_type in pivot_by_type(rows, lambda r: (r["date"], r["date_precision"]))
    ]


def countries(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    shaped = []
    for first, total, by_type in pivot_by_type(rows, lambda r: r["country"]):
        known = pycountry.countries.get(alpha_3=first["country"])
        shaped.append(
            {
                "country": first["country"],
                "name": getattr(known, "common_name", None) or getattr(known, "name", None),
                "numeric": getattr(known, "numeric", None),
                "total": total,
                "by_type": by_type,
            }
        )
    return sorted(shaped, key=lambda c: (-c["total"], c["country"]))


def places(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    def key(row: dict[str, Any]) -> Hashable:
        return (row["place_name"], row["place_country"], row["place_lat"], row["place_lon"])

    return [
        {
            "name": first["place_name"],
            "country": first["place_country"],
            "lat": first["place_lat"],
            "lon": first["place_lon"],
            "total": total,
            "by_type": by_type,
        }
        for first, total, by_type in pivot_by_type(rows, key)
    ]


def network(links: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Actor links (actor, recipient, event, count) as nodes keyed by name and country."""
    nodes: dict[str, dict[str, Any]] = {}
    edges = []

    def node(row: dict[str, Any], role: str, count: int) -> str:
        node_id = f"{row[role]}|{row[f'{role}_country'] or ''}"
        found = nodes.setdefault(
            node_id,
            {
                "id": node_id,
                "name": row[role],
                "country": row[f"{role}_country"],
                "sector": row[f"{role}_sector"],
                "events": 0,
            },
        )
        found["events"] += count
        return node_id

    for link in links:
        source = node(link, "actor", link["count"])
        target = node(link, "recipient", link["count"])
        edges.append(
            {"source": source, "target": target, "event": link["event"], "count": link["count"]}
        )
    return {"nodes": list(nodes.values()), "edges": edges}
