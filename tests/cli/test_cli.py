import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import build_analysis
from typer.testing import CliRunner

import kronist
from kronist.cli import app
from kronist.store import Store

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_analyze_prints_a_table():
    result = run("analyze", str(EXAMPLES / "02-graenseangreb.txt"))
    assert result.exit_code == 0, result.output
    assert "Russiske droner angreb" in result.output
    assert "Events (PLOVER)" in result.output
    assert "ASSAULT" in result.output  # "Russiske styrker angreb ... Kharkiv"


def test_analyze_json_is_the_full_record():
    result = run("analyze", str(EXAMPLES / "01-havneby-protest.txt"), "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["document"]["published"] == "2026-03-14"
    assert record["document"]["title"].startswith("Hundredvis demonstrerede")
    assert len(record["sentences"]) >= 5


def test_analyze_reads_standard_input_with_published_date():
    article = "Borgmester trak sig\n\nBorgmesteren i Viborg trak sig i går efter kritik.\n"
    result = run("analyze", "-", "--published", "2026-01-05", "--format", "json", stdin=article)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["document"]["published"] == "2026-01-05"
    assert record["document"]["title"] == "Borgmester trak sig"


def test_analyze_jsonl_gives_one_event_per_line():
    result = run("analyze", str(EXAMPLES / "02-graenseangreb.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        assert json.loads(line)["event"]


def test_analyze_missing_file_fails_clearly(tmp_path):
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.output


def test_bad_published_date_is_a_usage_error():
    result = run("analyze", str(EXAMPLES / "01-havneby-protest.txt"), "--published", "31/12")
    assert result.exit_code == 2
    assert "not an ISO date" in result.output


def test_ingest_twice_stores_once(tmp_path):
    db = str(tmp_path / "k.db")
    first = run("ingest", str(EXAMPLES), "--db", db)
    assert first.exit_code == 0, first.output
    assert "stored 3" in first.output
    second = run("ingest", str(EXAMPLES), "--db", db)
    assert second.exit_code == 0, second.output
    assert "stored 0" in second.output and "duplicates 3" in second.output
    assert Store(db).stats()["documents"] == 3


def test_ingest_goes_on_past_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Overskrift\n\nEn kort artikel om vejret i Odense.\n")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.jsonl").write_text('{"title": "T", "text": "Tekst om noget."}\n{not json\n')
    db = str(tmp_path / "k.db")
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 0, result.output
    assert "b.txt" in result.output and "c.jsonl:2" in result.output
    assert "stored 2" in result.output and "failed 2" in result.output


def _undated_and_dated(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Borgmester trak sig\n\nBorgmesteren i Viborg trak sig tirsdag efter kritik.\n"
    )
    (folder / "b.txt").write_text(
        "Brand i Odense\npublished: 2024-03-02\n\nEn lagerhal brændte fredag i Odense.\n"
    )
    return folder


def _published_dates(db: str) -> dict[str, str | None]:
    from sqlalchemy import select

    from kronist.store.schema import documents

    store = Store(db)
    with store.engine.connect() as connection:
        rows = connection.execute(select(documents.c.title, documents.c.published)).all()
    return {title: published and published.isoformat() for title, published in rows}


def test_ingest_reports_documents_stored_without_a_date(tmp_path):
    folder = _undated_and_dated(tmp_path / "in")
    db = str(tmp_path / "k.db")
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 0, result.output
    assert "1 document stored without a publication date" in result.output
    assert _published_dates(db)["Borgmester trak sig"] is None


def test_ingest_published_dates_only_documents_without_a_date(tmp_path):
    folder = _undated_and_dated(tmp_path / "in")
    db = str(tmp_path / "k.db")
    result = run("ingest", str(folder), "--db", db, "--published", "2025-06-03")
    assert result.exit_code == 0, result.output
    assert "without a publication date" not in result.output
    dates = _published_dates(db)
    assert dates == {"Borgmester trak sig": "2025-06-03", "Brand i Odense": "2024-03-02"}


def test_ingest_rejects_a_published_value_that_is_no_date(tmp_path):
    folder = _undated_and_dated(tmp_path / "in")
    result = run("ingest", str(folder), "--db", str(tmp_path / "k.db"), "--published", "tirsdag")
    assert result.exit_code == 2
    assert "--published" in result.output and "tirsdag" in result.output


def test_ingest_with_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1


def test_events_and_export_after_ingest(tmp_path):
    db = str(tmp_path / "k.db")
    assert run("ingest", str(EXAMPLES), "--db", db).exit_code == 0
    listed = run("events", "--db", db, "--format", "jsonl")
    assert listed.exit_code == 0, listed.output
    stored = Store(db).stats()["events"]
    assert len(listed.stdout.splitlines()) == min(stored, 100)
    out = tmp_path / "events.csv"
    exported = run("export", str(out), "--format", "csv", "--db", db)
    assert exported.exit_code == 0, exported.output
    assert f"wrote {stored} events" in exported.output
    assert run("events", "--db", db, "--type", "NOPE").exit_code == 2


def test_eval_on_the_reference_article(shared):
    result = run("eval", str(shared / "gold"), str(shared / "examples"), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["overall"]["documents"] == 1
    assert report["documents"][0]["error"] is None


def test_eval_rejects_missing_folders(tmp_path):
    assert run("eval", str(tmp_path / "gold"), str(tmp_path)).exit_code == 2


@pytest.mark.slow
def test_killed_ingest_leaves_only_whole_documents(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i in range(60):
            text = f"Politiet i Aarhus anholdt {i} personer efter en demonstration. " * 5
            handle.write(json.dumps({"id": f"d{i}", "title": f"Artikel {i}", "text": text}) + "\n")
    db = tmp_path / "k.db"
    env = {**os.environ, "COLUMNS": "120"}
    cmd = [sys.executable, "-m", "kronist.cli", "ingest", str(corpus), "--db", str(db)]
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        if db.exists() and _documents(db) >= 3:
            break
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    store = Store(str(db))
    stored = store.stats()["documents"]
    assert 3 <= stored < 60
    for row in store.documents(limit=1000):
        analysis = store.get_analysis(row["id"])
        assert len(store.events(_by_document(row["id"]))) == len(analysis.events)
    result = run("ingest", str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert Store(str(db)).stats()["documents"] == 60


def _documents(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _by_document(document_id: str):
    from kronist.store import EventFilter

    return EventFilter(document_id=document_id, include_duplicates=True)


def test_batch_then_load_puts_the_result_into_the_store(tmp_path):
    out = tmp_path / "out"
    db = str(tmp_path / "k.db")
    result = run("batch", str(EXAMPLES), str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.output
    assert (out / "documents").is_dir() and (out / "events").is_dir()
    loaded = run("load", str(out), "--db", db)
    assert loaded.exit_code == 0, loaded.output
    assert "3 stored" in loaded.output
    assert "0 stored" in run("load", str(out), "--db", db).output  # idempotent
    assert Store(db).stats()["documents"] == 3


def test_batch_published_dates_undated_documents_and_reports_the_rest(tmp_path):
    folder = _undated_and_dated(tmp_path / "in")
    plain = run("batch", str(folder), str(tmp_path / "plain"), "--workers", "1")
    assert plain.exit_code == 0, plain.output
    assert "1 document stored without a publication date" in plain.output
    dated = tmp_path / "dated"
    result = run("batch", str(folder), str(dated), "--workers", "1", "--published", "2025-06")
    assert result.exit_code == 0, result.output
    assert "without a publication date" not in result.output
    import pyarrow.dataset as ds

    rows = ds.dataset(dated / "documents", format="parquet").to_table().to_pylist()
    by_title = {r["title"]: (str(r["published"]), r["published_precision"]) for r in rows}
    assert by_title["Borgmester trak sig"] == ("2025-06-01", "month")
    assert by_title["Brand i Odense"] == ("2024-03-02", "day")


def test_batch_rejects_an_unknown_engine(tmp_path):
    result = run("batch", str(EXAMPLES), str(tmp_path / "out"), "--engine", "hadoop")
    assert result.exit_code == 2
    assert "hadoop" in result.output


def test_version_and_python_dash_m():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"kronist {kronist.__version__}"
    module = subprocess.run(
        [sys.executable, "-m", "kronist", "--version"], capture_output=True, text=True, timeout=120
    )
    assert module.returncode == 0, module.stderr
    assert module.stdout.strip() == f"kronist {kronist.__version__}"


def test_info_names_the_model_the_lexicons_and_the_store_without_its_password(tmp_path):
    db = str(tmp_path / "k.db")
    assert run("info", "--db", db).exit_code == 0  # a missing store is reported, not created
    assert not (tmp_path / "k.db").exists()
    Store(db).add(build_analysis("Info", "En artikel om politiet i Aarhus.", n_events=2))
    described = json.loads(run("info", "--db", db, "--json").stdout)
    assert described["kronist"] == kronist.__version__
    assert described["model"]["path"].endswith(("models/da", "models\\da"))
    assert described["lexicons"]["files"]["event_verbs.tsv"]["entries"] > 100
    assert len(described["lexicons"]["fingerprint"]) == 12
    assert described["store"]["events"] == 2
    secret = run("info", "--db", "postgresql://kronist:hemmelig@127.0.0.1:9/kronist")
    assert secret.exit_code == 0
    assert "hemmelig" not in secret.output and "kronist:***@127.0.0.1" in secret.output


def test_a_store_url_password_is_never_echoed_in_errors():
    result = run("events", "--db", "postgresql://kronist:hemmelig@127.0.0.1:9/kronist")
    assert result.exit_code == 1
    assert "hemmelig" not in result.output and "***" in result.output


def test_events_checks_its_format_and_shows_casualties(tmp_path):
    db = str(tmp_path / "k.db")
    Store(db).add(
        build_analysis("En meget lang overskrift om en demonstration " * 3, "Tekst.", n_events=3)
    )
    assert run("events", "--db", db, "--format", "csv").exit_code == 2
    table = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": "220"})
    assert table.exit_code == 0, table.output
    assert "killed" in table.output and "injured" in table.output
    assert "En meget lang overskrift om en…" in table.output  # cut between words


def test_help_shows_value_names_not_python_types():
    for command in ([], ["events"], ["export"], ["batch"], ["train"]):
        result = run(*command, "--help")
        assert result.exit_code == 0
        for python_type in ("<str>", "<int>", "<bool>", "list[Path]", "<Path>"):
            assert python_type not in result.output, (command, python_type)
    assert "DATE" in run("events", "--help").output


def test_shorten_cuts_at_word_boundaries():
    from kronist.render import shorten

    assert shorten("Politiet anholdt tolv demonstranter i Aarhus", 20) == "Politiet anholdt…"
    assert shorten("kort", 20) == "kort"
    assert len(shorten("x" * 50, 10)) == 10


def test_train_never_writes_into_the_installed_package_by_default():
    from kronist.nlp import MODELS_DIR
    from kronist.train.run import output_dir

    default = output_dir("da", quick=False, output=None)
    assert MODELS_DIR.resolve() not in default.resolve().parents
    assert output_dir("da", quick=False, output="somewhere/da") == Path("somewhere/da")


def test_batch_shows_a_progress_bar(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(2):
        (folder / f"a{number}.txt").write_text(
            f"Overskrift {number}\n\nPolitiet anholdt {number + 2} mænd i Odense i går.\n",
            encoding="utf-8",
        )
    result = run("batch", str(folder), str(tmp_path / "out"), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "analysing (splits)" in result.output and "2/2" in result.output
    assert "2 documents" in result.output
