"""The CLI on input no article should have: one clear line naming the file, never a traceback;
the right exit codes; read-only commands that never make a store (articles written here)."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from kronist.cli import app
from kronist.store import Store

runner = CliRunner()

ARTICLE = (
    "Tre anholdt ved havnen\npublished: 2026-03-10\n\n"
    "Politiet anholdt tirsdag tre demonstranter i Aarhus, efter at de havde blokeret vejen til "
    "havnen. Det oplyser Østjyllands Politi.\n"
)
ENGLISH = (
    "Three arrested at the harbour\n\n"
    "Police arrested three protesters in Aarhus on Tuesday after they had blocked the road to "
    "the harbour. The police said that the three have been charged with violence.\n"
)


def run(*args: str):
    return runner.invoke(app, list(args))


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def squeezed(text: str) -> str:
    return "".join(text.split())


def assert_one_clear_line(result, *words: str) -> None:
    """A message with these words in this order (rich wraps long lines at 80 columns here)."""
    assert "Traceback" not in result.output
    output, position = squeezed(result.output), 0
    for word in words:
        position = output.find(squeezed(word), position)
        assert position >= 0, f"{word!r} not in order in:\n{result.output}"


@pytest.mark.slow
@pytest.mark.parametrize(
    "body", ["»" * 10_000, "»Iran angreb« siger Trump. " * 2_500], ids=["quote-marks", "quoted"]
)
def test_the_articles_that_once_stalled_kronist_are_analysed(tmp_path, body):
    path = write(tmp_path, "angreb.txt", f"Angreb\n\n{body}\n")
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 0, result.output


def test_an_article_over_the_size_limit_fails_with_one_line(tmp_path):
    path = write(tmp_path, "lang.txt", ARTICLE)
    result = run("analyze", str(path), "--max-chars", "100")
    assert result.exit_code == 1
    assert_one_clear_line(result, "lang.txt", "characters, more than the 100")


def test_a_date_at_the_end_of_the_calendar_gives_a_warning_not_a_traceback(tmp_path):
    path = write(tmp_path, "dato.txt", ARTICLE)
    result = run("analyze", str(path), "--published", "9999-12-31")
    assert result.exit_code == 0, result.output
    assert_one_clear_line(result, "dato.txt", "9999-12-31 is in the future")


def test_ingest_goes_on_past_an_article_over_budget_and_keeps_other_languages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a-dansk.txt", ARTICLE)
    write(folder, "b-lang.txt", ARTICLE.replace("havnen.", "havnen. " + "Mere tekst. " * 100))
    write(folder, "c-engelsk.txt", ENGLISH)
    write(folder, "d-gammel.txt", ARTICLE.replace("2026-03-10", "0001-01-01").replace("tre", "to"))
    db = tmp_path / "k.db"
    result = run("ingest", str(folder), "--db", str(db), "--max-chars", "1000")
    assert result.exit_code == 0, result.output
    assert_one_clear_line(result, "failed", "b-lang.txt", "more than the 1,000")
    assert_one_clear_line(result, "c-engelsk.txt", "English (en), not Danish")
    assert_one_clear_line(result, "d-gammel.txt", "0001-01-01 is before 1800")
    with Store(str(db)) as store:
        assert store.stats()["documents"] == 3
        languages = {row["title"]: row["language"] for row in store.documents()}
    assert languages["Three arrested at the harbour"] == "en"


def test_ingest_exits_non_zero_when_every_document_it_read_failed(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = run("ingest", str(path), "--db", str(tmp_path / "k.db"), "--max-chars", "10")
    assert result.exit_code == 1
    assert "failed 1" in result.output


def test_ingest_names_a_named_pipe_and_an_empty_folder_named_like_a_file(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "x.txt").mkdir()
    result = run(
        "ingest",
        str(tmp_path / "pipe.txt"),
        str(tmp_path / "x.txt"),
        "--db",
        str(tmp_path / "k.db"),
    )
    assert result.exit_code == 1
    assert_one_clear_line(result, "pipe.txt", "named pipe")
    assert_one_clear_line(result, "x.txt", "is a folder (not a .txt file) with no files in it")
    assert "empty file" not in result.output


@pytest.mark.parametrize(
    "command", [["stats"], ["events"], ["export", "ud.jsonl"], ["serve", "--port", "1"]]
)
def test_read_only_commands_never_make_a_store(tmp_path, command):
    db = tmp_path / "tastefejl.db"
    result = run(*command, "--db", str(db))
    assert result.exit_code == 1
    assert_one_clear_line(result, "no store at", "tastefejl.db")
    assert not db.exists()


def test_read_only_commands_read_an_existing_store(tmp_path):
    db = tmp_path / "k.db"
    Store(str(db)).close()
    result = run("stats", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "documents: 0" in result.output
