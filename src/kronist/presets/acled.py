"""The ACLED preset: ACLED's column names and types, for the events ACLED codes.

Event types come from the PLOVER type and mode (`acled_types.tsv`); statements and cooperation
are left out. Actor types (inter codes) come from the actors' sectors and countries, and an
attack between two armed sides becomes a battle.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kronist.presets import Preset, told_as_happening
from kronist.presets.tables import acled_types, by_mode, country_name, country_numeric

COLUMNS = (
    ("event_id_cnty", "str"),
    ("event_date", "str"),
    ("year", "int"),
    ("time_precision", "int"),
    ("disorder_type", "str"),
    ("event_type", "str"),
    ("sub_event_type", "str"),
    ("actor1", "str"),
    ("assoc_actor_1", "str"),
    ("inter1", "int"),
    ("actor2", "str"),
    ("assoc_actor_2", "str"),
    ("inter2", "int"),
    ("interaction", "int"),
    ("civilian_targeting", "str"),
    ("iso", "int"),
    ("region", "str"),
    ("country", "str"),
    ("admin1", "str"),
    ("admin2", "str"),
    ("admin3", "str"),
    ("location", "str"),
    ("latitude", "float"),
    ("longitude", "float"),
    ("geo_precision", "int"),
    ("source", "str"),
    ("source_scale", "str"),
    ("notes", "str"),
    ("fatalities", "int"),
    ("tags", "str"),
    ("timestamp", "int"),
)

# ACLED's actor types (inter codes).
NO_ACTOR, STATE, REBELS, MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 0, 1, 2, 3, 5, 6, 7, 8
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
SECTOR_INTER = {"REB": REBELS, "CRM": MILITIA, "IGO": EXTERNAL}
ARMED = frozenset({STATE, REBELS, MILITIA, EXTERNAL})
STATE_LABELS = {"MIL": "Military Forces of {}", "COP": "Police Forces of {}"}
GROUP_LABELS = {RIOTERS: "Rioters ({})", PROTESTERS: "Protesters ({})", CIVILIANS: "Civilians ({})"}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
ESTIMATED_DATE_PRECISION = 3  # an undated event placed on its article's publication day
TOWN, REGION, COUNTRY_WIDE = 1, 2, 3


def inter_code(row: dict[str, Any], prefix: str, event_type: str) -> int:
    """ACLED's actor type for the actor or recipient of an event."""
    if not (row.get(f"{prefix}_name") or row.get(f"{prefix}_text")):
        return NO_ACTOR
    sector = row.get(f"{prefix}_sector")
    if sector in STATE_SECTORS:
        country, where = row.get(f"{prefix}_country"), row.get("place_country")
        return STATE if not where or not country or country == where else EXTERNAL
    if sector in SECTOR_INTER:
        return SECTOR_INTER[sector]
    if prefix == "actor" and event_type == "Protests":
        return PROTESTERS
    if prefix == "actor" and event_type == "Riots":
        return RIOTERS
    return CIVILIANS


def _is_generic(name: str, country: str | None) -> bool:
    """kronist's names for unnamed groups: "Denmark", "Denmark police", "Iraq civilians"."""
    country_words = country_name(country)
    return bool(country_words) and (name == country_words or name.startswith(country_words + " "))


def actor_columns(row: dict[str, Any], prefix: str, inter: int) -> tuple[str | None, str | None]:
    """ACLED's actor name (a group: "Police Forces of Denmark", "Protesters (Denmark)") and the
    named actor associated with it."""
    name = row.get(f"{prefix}_name") or row.get(f"{prefix}_text")
    if not name:
        return None, None
    country = country_name(row.get(f"{prefix}_country"))
    sector = row.get(f"{prefix}_sector")
    label = None
    if country and inter in (STATE, EXTERNAL) and sector in STATE_SECTORS:
        label = STATE_LABELS.get(sector, "Government of {}").format(country)
    elif country and inter in GROUP_LABELS:
        label = GROUP_LABELS[inter].format(country)
    if label is None:
        return name, None
    return label, None if _is_generic(name, row.get(f"{prefix}_country")) else name


def _event_types(row: dict[str, Any], inter1: int, inter2: int) -> tuple[str, str, str] | None:
    found = by_mode(acled_types(), row["event"], row.get("mode"))
    if found and found[1] == "Violence against civilians" and {inter1, inter2} <= ARMED:
        return "Political violence", "Battles", "Armed clash"
    return found


def _interaction(inter1: int, inter2: int) -> int:
    if inter2 == NO_ACTOR:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _when(row: dict[str, Any]) -> tuple[dt.date, int] | None:
    if row.get("date"):
        return row["date"], TIME_PRECISION.get(row.get("date_precision"), 1)
    if row.get("document_published"):
        return row["document_published"], ESTIMATED_DATE_PRECISION
    return None


def _where(row: dict[str, Any]) -> dict[str, Any]:
    country = row.get("place_country")
    name = row.get("place_name")
    country_words = country_name(country)
    located = row.get("place_lat") is not None
    if name and located and name != country_words:
        precision = TOWN
    elif located:
        precision = COUNTRY_WIDE if not name or name == country_words else REGION
    else:
        precision = None
    return {
        "iso": country_numeric(country),
        "country": country_words,
        "location": name or country_words,
        "latitude": row.get("place_lat"),
        "longitude": row.get("place_lon"),
        "geo_precision": precision,
    }


def _civilian_targeting(event_type: str, inter2: int) -> str | None:
    targets_civilians = event_type in ("Violence against civilians", "Explosions/Remote violence")
    return "Civilian targeting" if targets_civilians and inter2 == CIVILIANS else None


def _notes(row: dict[str, Any]) -> str:
    injured = row.get("injured")
    return row["anchor"] + (f" ({injured} injured)" if injured else "")


def _timestamp(row: dict[str, Any]) -> int | None:
    added = row.get("document_ingested_at")
    if added is None:
        return None
    if added.tzinfo is None:
        added = added.replace(tzinfo=dt.UTC)
    return int(added.timestamp())


def acled_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One stored event as an ACLED record; None when ACLED would not code it."""
    when = _when(row)
    if when is None or not told_as_happening(row):
        return None
    guess = by_mode(acled_types(), row["event"], row.get("mode"))
    if guess is None:
        return None
    inter1 = inter_code(row, "actor", guess[1])
    inter2 = inter_code(row, "recipient", guess[1])
    disorder, event_type, sub_type = _event_types(row, inter1, inter2)  # type: ignore[misc]
    actor1, assoc1 = actor_columns(row, "actor", inter1)
    actor2, assoc2 = actor_columns(row, "recipient", inter2)
    day, precision = when
    return {
        "event_id_cnty": row["id"],
        "event_date": day.isoformat(),
        "year": day.year,
        "time_precision": precision,
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": _civilian_targeting(event_type, inter2),
        "region": None,
        "admin1": None,
        "admin2": None,
        "admin3": None,
        **_where(row),
        "source": row.get("document_source"),
        "source_scale": None,
        "notes": _notes(row),
        "fatalities": row.get("killed") or 0,
        "tags": None,
        "timestamp": _timestamp(row),
    }


PRESET = Preset(
    name="acled",
    description="ACLED columns (event types, actor types, fatalities) for the events ACLED codes",
    columns=COLUMNS,
    record=acled_record,
)
