"""The GDELT 2.0 event preset: GDELT's column names and types, where they apply.

CAMEO codes come from the PLOVER type and mode (`plover_cameo.tsv`), GoldsteinScale from the
code (`goldstein.tsv`), QuadClass from the root code as GDELT defines it; NumMentions,
NumSources and NumArticles count the store's near-duplicate copies (`kronist.store.stories`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from kronist.presets import Preset, event_day, told_as_happening
from kronist.presets.tables import cameo_code, country_fips, country_name, goldstein, quad_class

COLUMNS = (
    ("GLOBALEVENTID", "int"),
    ("SQLDATE", "int"),
    ("MonthYear", "int"),
    ("Year", "int"),
    ("FractionDate", "float"),
    ("Actor1Code", "str"),
    ("Actor1Name", "str"),
    ("Actor1CountryCode", "str"),
    ("Actor1Type1Code", "str"),
    ("Actor2Code", "str"),
    ("Actor2Name", "str"),
    ("Actor2CountryCode", "str"),
    ("Actor2Type1Code", "str"),
    ("IsRootEvent", "int"),
    ("EventCode", "str"),
    ("EventBaseCode", "str"),
    ("EventRootCode", "str"),
    ("QuadClass", "int"),
    ("GoldsteinScale", "float"),
    ("NumMentions", "int"),
    ("NumSources", "int"),
    ("NumArticles", "int"),
    ("ActionGeo_Type", "int"),
    ("ActionGeo_FullName", "str"),
    ("ActionGeo_CountryCode", "str"),
    ("ActionGeo_ADM1Code", "str"),
    ("ActionGeo_Lat", "float"),
    ("ActionGeo_Long", "float"),
    ("ActionGeo_FeatureID", "str"),
    ("DATEADDED", "int"),
    ("SOURCEURL", "str"),
)

# PLOVER/kronist sector codes that CAMEO's type codes spell differently or lack.
CAMEO_TYPES = {"JRN": "MED", "PTY": None, "REL": None}
ROOT_EVENT_SENTENCES = 3  # the headline and the lead: GDELT's proxy for an important event
GEO_COUNTRY, GEO_WORLD_CITY = 1, 4


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit number for kronist's event id (GDELT ids are integers)."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor(row: dict[str, Any], prefix: str, number: int) -> dict[str, Any]:
    name = row.get(f"{prefix}_name") or row.get(f"{prefix}_text")
    country = row.get(f"{prefix}_country")
    sector = row.get(f"{prefix}_sector")
    cameo_type = CAMEO_TYPES.get(sector, sector) if sector else None
    code = "".join(filter(None, [country, cameo_type]))
    return {
        f"Actor{number}Code": code or None,
        f"Actor{number}Name": name.upper() if name else None,
        f"Actor{number}CountryCode": country,
        f"Actor{number}Type1Code": cameo_type,
    }


def _dates(day: dt.date) -> dict[str, Any]:
    return {
        "SQLDATE": int(day.strftime("%Y%m%d")),
        "MonthYear": day.year * 100 + day.month,
        "Year": day.year,
        "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4),
    }


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    country = row.get("place_country")
    name = row.get("place_name")
    is_city = bool(name) and row.get("place_lat") is not None and name != country_name(country)
    full_name = ", ".join(filter(None, [name if is_city else None, country_name(country)]))
    fips = country_fips(country)
    return {
        "ActionGeo_Type": (GEO_WORLD_CITY if is_city else GEO_COUNTRY) if country else None,
        "ActionGeo_FullName": full_name or name,
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": None if is_city else fips,
        "ActionGeo_Lat": row.get("place_lat"),
        "ActionGeo_Long": row.get("place_lon"),
        "ActionGeo_FeatureID": str(row["place_geonames_id"])
        if is_city and row.get("place_geonames_id")
        else fips,
    }


def _date_added(row: dict[str, Any]) -> int | None:
    added = row.get("document_ingested_at")
    if added is None:
        return None
    if added.tzinfo is not None:
        added = added.astimezone(dt.UTC)
    return int(added.strftime("%Y%m%d%H%M%S"))


def gdelt_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One stored event as a GDELT 2.0 event record; None when GDELT would not hold it."""
    day = event_day(row)
    code = cameo_code(row["event"], row.get("mode"))
    if day is None or code is None or not told_as_happening(row):
        return None
    root = code[:2]
    return {
        "GLOBALEVENTID": global_event_id(row["id"]),
        **_dates(day),
        **_actor(row, "actor", 1),
        **_actor(row, "recipient", 2),
        "IsRootEvent": int((row.get("sentence") or 0) < ROOT_EVENT_SENTENCES),
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": root,
        "QuadClass": quad_class(root),
        "GoldsteinScale": goldstein(code),
        "NumMentions": row.get("num_mentions") or 1,
        "NumSources": row.get("num_sources") or 1,
        "NumArticles": row.get("num_articles") or 1,
        **_action_geo(row),
        "DATEADDED": _date_added(row),
        "SOURCEURL": row.get("document_url") or row.get("document_source"),
    }


PRESET = Preset(
    name="gdelt",
    description="GDELT 2.0 event columns (CAMEO codes, QuadClass, GoldsteinScale, ActionGeo_*)",
    columns=COLUMNS,
    record=gdelt_record,
)
