"""A small corpus for batch tests: invented Danish articles in JSONL, Parquet and plain text,
with a near-duplicate pair, an exact duplicate and records that cannot be read or analysed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

FIRE = (
    "En voldsom brand brød natten til onsdag ud i en stor lagerhal i det nordlige Odense. "
    "Brandvæsenet rykkede ud med {vogne} vogne og fik først kontrol over ilden efter flere timer. "
    "Ingen personer kom til skade, oplyser Fyns Politi. Politiet efterforsker nu, om branden var "
    "påsat, og beder vidner om at henvende sig. Ifølge vagtchefen blev der set to personer ved "
    "bygningen kort før branden. Hallen rummede blandt andet dæk og emballage, og røgen kunne ses "
    "over hele byen. Beboerne i området blev bedt om at holde vinduer og døre lukket."
)
ARREST = {
    "id": "aarhus-demo",
    "title": "Politiet anholdt ti demonstranter i Aarhus",
    "text": "Politiet anholdt tirsdag ti demonstranter foran rådhuset i Aarhus. Demonstranterne "
    "protesterede mod byrådets plan om at lukke tre skoler. »Vi vil ikke finde os i det«, siger "
    "en af arrangørerne til avisen.",
    "published": "2025-03-04",
    "source": "Aarhus Nyt",
}
CRITICISM = {
    "id": "rusland-kritik",
    "title": "Regeringen kritiserer Rusland",
    "text": "Udenrigsministeren kritiserede onsdag Rusland for angrebene på civile i Ukraine. "
    "Ministeren opfordrede samtidig EU til at indføre nye sanktioner.",
    "published": "2025-03-12",
    "url": "https://nyheder.example.dk/rusland",
}
JSONL_LINES = [
    json.dumps(ARREST, ensure_ascii=False),
    json.dumps(CRITICISM, ensure_ascii=False),
    json.dumps(
        {
            "id": "brand-odense",
            "title": "Brand i lagerhal i Odense",
            "text": FIRE.format(vogne="seks"),
            "published": "2025-04-02",
            "source": "Fyns Avis",
        },
        ensure_ascii=False,
    ),
    '{"id": "brudt", "title": "Halv artikel", "text": "Mangler afslutning',  # broken JSON
    json.dumps(
        {
            "id": "brand-odense-bureau",
            "title": "Brand i lagerhal i Odense",
            "text": FIRE.format(vogne="syv"),  # the wire copy: one word differs
            "published": "2025-04-02",
            "source": "Bureauet",
        },
        ensure_ascii=False,
    ),
    json.dumps(CRITICISM | {"id": "rusland-kritik-kopi"}, ensure_ascii=False),  # exact copy
    "",
    json.dumps({"id": "tom", "title": "", "published": "2025-05-01"}),  # no text
    json.dumps(
        {
            "id": "fremmed",
            "title": "Ukendt sprog",
            "text": "Mærket med et ukendt sprog.",
            # no pipeline for this language, and too short for the language check to say it
            # is Danish: the analysis fails
            "language": "zz",
        }
    ),
    json.dumps(
        {
            "id": "nato-ovelse",
            "title": "Nato holder øvelse i Østersøen",
            "text": "Nato indledte mandag en stor militærøvelse i Østersøen med deltagelse af 20 "
            "lande. Forsvarsministeren sagde, at øvelsen skal vise, at alliancen står sammen.",
            "published": "2025-05-20",
        },
        ensure_ascii=False,
    ),
]
PARQUET_ROWS = [
    {
        "id": "esbjerg-strejke",
        "title": "Strejke lukker havnen i Esbjerg",
        "text": "Havnearbejderne i Esbjerg nedlagde fredag arbejdet i protest mod nye vagtplaner. "
        "Fagforeningen kræver forhandlinger med ledelsen.",
        "published": "2025-06-06",
        "url": None,
        "source": "Vestkysten",
    },
    {
        "id": "borgmestermode",
        "title": "Ministeren mødtes med borgmestre",
        "text": "Indenrigsministeren mødtes torsdag med borgmestrene fra de fem største byer for "
        "at drøfte kommunernes økonomi.",
        "published": None,
        "url": "https://nyheder.example.dk/borgmestre",
        "source": None,
    },
    dict.fromkeys(("title", "text", "published", "url", "source")) | {"id": "tom-raekke"},
]
TEXT_ARTICLE = (
    "Oversvømmelser rammer Sønderjylland\n"
    "published: 2025-07-15\n"
    "source: Jydske Nyheder\n"
    "\n"
    "Kraftig regn fik søndag åerne til at gå over deres bredder i Sønderjylland.\n"
    "\n"
    "Beredskabet evakuerede 40 beboere i Tønder, oplyser kommunen.\n"
)
# Documents kept: 5 from JSONL, 2 from Parquet, 1 plain text.
KEPT = 8


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-artikler.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(PARQUET_ROWS), folder / "b-arkiv.parquet")
    (folder / "c-oversvommelse.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (folder / "d-rapport.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


def read_rows(output: Path, table: str) -> list[dict[str, Any]]:
    """A table's rows in the order of its files (sorted by name) and of the rows in them."""
    dataset = ds.dataset(output / table, format="parquet", partitioning="hive")
    partition_columns = ("year", "month") if table == "events" else ()
    rows = []
    for fragment in sorted(dataset.get_fragments(), key=lambda f: f.path):
        keys = ds.get_partition_keys(fragment.partition_expression)
        partition = {name: keys.get(name) for name in partition_columns}
        rows.extend(row | partition for row in fragment.to_table().to_pylist())
    return rows


def sorted_rows(output: Path, table: str) -> list[dict[str, Any]]:
    rows = read_rows(output, table)
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))
