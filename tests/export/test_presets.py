"""`kronist export --preset acled|gdelt`: the CSVs read back (DuckDB, Arrow) with the columns and
types those datasets have, and the values follow the documented mappings."""

import datetime as dt
import re
from pathlib import Path

import duckdb
import pyarrow.csv as pacsv
import pytest
from tests.api.conftest import fill, hospital_protest
from tests.conftest import shared_path
from typer.testing import CliRunner

from kronist.cli import app
from kronist.model import Analysis, Document, EventDate
from kronist.presets import get_preset
from kronist.presets.tables import cameo_codes, goldstein, read_rows
from kronist.store import Store

runner = CliRunner()
DUCKDB_TYPES = {"int": "BIGINT", "float": "DOUBLE", "str": "VARCHAR"}


@pytest.fixture
def db(tmp_path) -> str:
    url = str(tmp_path / "presets.db")
    with Store(url) as store:
        fill(store)
        # an undated paper telling a negated arrest and an undated meeting
        extra = hospital_protest()
        document = Document(
            title="Et andet blad", text="Politiet anholdt ingen. Borgmesteren mødtes med nogen."
        )
        events = [
            extra.events[0].model_copy(update={"id": f"{document.id}-ev1", "negated": True}),
            extra.events[3].model_copy(update={"id": f"{document.id}-ev2", "date": EventDate()}),
        ]
        store.add(Analysis(document=document, pipeline="hand-made", events=events))
    return url


def export(db: str, out: Path, *args: str):
    result = runner.invoke(app, ["export", str(out), "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result


def duckdb_columns(path: Path) -> dict[str, str]:
    relation = duckdb.sql(f"SELECT * FROM read_csv_auto('{path}', header = true)")
    return dict(zip(relation.columns, map(str, relation.types), strict=True))


def typed_columns(preset: str, path: Path) -> dict[str, str]:
    """The CSV read with the dataset's own column types (as a GDELT or ACLED loader would)."""
    kinds = dict(get_preset(preset).columns)
    types = {"int": "BIGINT", "float": "DOUBLE", "str": "VARCHAR"}
    columns = ", ".join(f"'{name}': '{types[kind]}'" for name, kind in kinds.items())
    return duckdb.sql(
        f"SELECT * FROM read_csv('{path}', header = true, columns = {{{columns}}})"
    ).fetchall()


def test_gdelt_preset_reads_back_with_gdelt_columns_and_types(db, tmp_path):
    out = tmp_path / "gdelt.csv"
    result = export(db, out, "--preset", "gdelt")
    assert "gdelt columns" in result.output
    preset = get_preset("gdelt")
    table = pacsv.read_csv(
        out,
        convert_options=pacsv.ConvertOptions(
            column_types={
                n: {"str": "string", "int": "int64", "float": "float64"}[k]
                for n, k in preset.columns
            }
        ),
    )
    assert table.column_names == preset.column_names
    arrest = next(r for r in table.to_pylist() if r["Actor1Name"] == "ØSTJYLLANDS POLITI")
    assert arrest["EventCode"] == "173"
    assert (arrest["EventBaseCode"], arrest["EventRootCode"]) == ("173", "17")
    assert arrest["QuadClass"] == 4 and arrest["GoldsteinScale"] == -5.0
    assert arrest["SQLDATE"] == 20260314 and arrest["MonthYear"] == 202603
    assert arrest["Actor1Code"] == "DNKCOP" and arrest["Actor1Name"] == "ØSTJYLLANDS POLITI"
    assert arrest["ActionGeo_CountryCode"] == "DA"  # FIPS 10-4, as GDELT writes it
    assert arrest["ActionGeo_FullName"] == "Aarhus, Denmark" and arrest["ActionGeo_Type"] == 4
    assert arrest["ActionGeo_FeatureID"] == "2624652"
    assert arrest["SOURCEURL"] == "https://example.org/test/sygehus"
    assert re.fullmatch(r"\d{14}", str(arrest["DATEADDED"]))
    meeting = next(r for r in table.to_pylist() if r["EventCode"] == "040")
    assert meeting["QuadClass"] == 1 and meeting["GoldsteinScale"] == 1.0  # a leading zero kept
    # the copy of the Odense article: two articles, the second counted on the first's events
    odense = [r for r in table.to_pylist() if not r["SOURCEURL"]]
    assert odense and all(r["NumArticles"] == 2 for r in odense)
    # the negated arrest of the second paper is left out; its undated meeting is kept, dated by
    # nothing (no publication date either) -> left out too
    assert len(table) == 5 + 2
    assert "left out 2 events" in result.output
    duck = duckdb_columns(out)
    for name in ("GLOBALEVENTID", "SQLDATE", "QuadClass", "NumMentions", "NumArticles"):
        assert duck[name] == "BIGINT", name
    assert duck["GoldsteinScale"] == "DOUBLE"
    assert len(typed_columns("gdelt", out)) == len(table)


def test_acled_preset_reads_back_with_acled_columns_and_types(db, tmp_path):
    out = tmp_path / "acled.csv"
    result = export(db, out, "--preset", "acled")
    preset = get_preset("acled")
    rows = duckdb.sql(f"SELECT * FROM read_csv_auto('{out}', header = true)")
    assert rows.columns == preset.column_names
    duck = duckdb_columns(out)
    for name in ("year", "time_precision", "inter1", "inter2", "interaction", "fatalities"):
        assert duck[name] == "BIGINT", name
    assert duck["event_date"] == "DATE" and duck["latitude"] == "DOUBLE"
    records = [dict(zip(rows.columns, r, strict=True)) for r in rows.fetchall()]
    types = {(r["event_type"], r["sub_event_type"]) for r in records}
    # CONSULT, REQUEST and ACCUSE are not ACLED events; the arrest and the protest are
    assert types == {("Strategic developments", "Arrests"), ("Protests", "Peaceful protest")}
    protest = next(r for r in records if r["notes"] == "protesteret")
    assert protest["actor1"] == "Protesters (Denmark)" and protest["inter1"] == 6
    assert protest["actor2"] == "Government of Denmark" and protest["inter2"] == 1
    assert protest["assoc_actor_2"] == "Region Midtjylland"
    assert protest["interaction"] == 16
    assert (protest["country"], protest["iso"], protest["location"]) == ("Denmark", 208, "Aarhus")
    assert protest["geo_precision"] == 1 and protest["time_precision"] == 1
    assert protest["event_date"] == dt.date(2026, 3, 14)
    arrest = next(
        r for r in records if r["sub_event_type"] == "Arrests" and r["notes"] == "anholdt"
    )
    assert arrest["actor1"] == "Police Forces of Denmark"
    assert arrest["assoc_actor_1"] == "Østjyllands Politi"
    assert "left out" in result.output
    assert len(typed_columns("acled", out)) == len(records)


def test_export_filters_are_the_events_filters(db, tmp_path):
    out = tmp_path / "coerce.csv"
    export(db, out, "--preset", "gdelt", "--type", "coerce", "--country", "DNK")
    codes = [
        r[0] for r in duckdb.sql(f"SELECT EventRootCode FROM read_csv_auto('{out}')").fetchall()
    ]
    assert codes and set(codes) == {17}
    out = tmp_path / "since.jsonl"
    export(db, out, "--since", "2026-03-15", "--actor", "tyskland")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and '"ACCUSE"' in lines[0]
    bad = runner.invoke(app, ["export", str(out), "--db", db, "--type", "NOPE"])
    assert bad.exit_code == 2
    bad = runner.invoke(app, ["export", str(out), "--db", db, "--preset", "ucdp"])
    assert bad.exit_code == 2 and "acled" in bad.output


def test_the_format_follows_the_file_suffix(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "gdelt.parquet"
    export(db, out, "--preset", "gdelt")
    schema = pq.read_schema(out)
    assert str(schema.field("EventCode").type) == "string"
    assert str(schema.field("GoldsteinScale").type) == "double"
    out = tmp_path / "events.json"
    export(db, out)
    import json

    records = json.loads(out.read_text(encoding="utf-8"))
    assert records and {"num_mentions", "num_articles", "confidence"} <= set(records[0])


def test_every_event_type_and_mode_the_coder_writes_has_a_cameo_code_and_goldstein_value():
    from kronist.events.coder import REQUEST_MODES, THREAT_MODES
    from kronist.lang import read_tsv

    pairs = {
        (row[1], row[2])
        for name in ("event_verbs.tsv", "event_nouns.tsv")
        for row in read_tsv("da", name)
        if len(row) > 2 and row[1] != "-"  # "-": a look-alike that is no event
    }
    pairs |= {("REQUEST", m) for m in REQUEST_MODES.values()}
    pairs |= {("REJECT", m) for m in REQUEST_MODES.values()}
    pairs |= {("THREATEN", m) for m in THREAT_MODES.values()}
    pairs |= {("PROTEST", "riot"), ("PROTEST", "demo"), ("ACCUSE", "disapprove")}
    codes = cameo_codes()
    for event, mode in pairs:
        code = codes.get((event, mode)) or codes.get((event, "-"))
        assert code is not None, (event, mode)
        assert goldstein(code) is not None, code


def test_codes_marked_as_from_the_plover_table_are_in_it():
    table = shared_path() / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not table.is_file():
        pytest.skip(f"{table} not found (shared folder absent)")
    plover = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        found = re.match(r"(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if found:
            plover.setdefault(found[1], []).append((found[2], found[3].strip() or "-"))
    for event, mode, code, how in read_rows("plover_cameo.tsv"):
        if how.startswith("table"):
            assert code in plover, code
            assert any(event == e for e, _m in plover[code]), (event, mode, code)
