"""Export presets: stored events in the column names and types of the datasets analysts already
load (ACLED, GDELT 2.0 events).

A preset is a list of typed columns and a function from a stored event row (the columns of
`Store.iter_events`) to one record, or None for an event the dataset would not hold. The
mappings are data files beside this module (see the README's "Export presets").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

Kind = str  # "int", "float", "str"


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    columns: tuple[tuple[str, Kind], ...]
    record: Callable[[dict[str, Any]], dict[str, Any] | None]

    @property
    def column_names(self) -> list[str]:
        return [name for name, _kind in self.columns]

    def records(self, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            record = self.record(row)
            if record is not None:
                yield record

    def arrow_schema(self):
        import pyarrow as pa

        types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
        return pa.schema([pa.field(name, types[kind]) for name, kind in self.columns])


def told_as_happening(row: dict[str, Any]) -> bool:
    """Both datasets hold events that happened: not negated, asserted or claimed by a source."""
    return not row.get("negated") and row.get("modality") in ("asserted", "claimed")


def event_day(row: dict[str, Any]):
    """The event's date, else its document's publication date, else None."""
    return row.get("date") or row.get("document_published")


def get_preset(name: str) -> Preset:
    from kronist.presets import acled, gdelt

    presets = {"acled": acled.PRESET, "gdelt": gdelt.PRESET}
    if name not in presets:
        raise KeyError(f"unknown preset {name!r} (use one of {', '.join(PRESET_NAMES)})")
    return presets[name]


PRESET_NAMES = ("acled", "gdelt")
