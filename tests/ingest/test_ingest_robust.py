"""Files as careless hands make them: halves in two encodings, a headline that starts with "<",
named pipes and folders named like files (headlines and text written for the tests)."""

from __future__ import annotations

import os

from kronist.ingest import ReadError, read_paths
from kronist.ingest.decoding import decode_text
from kronist.model import Document


def read_all(path) -> tuple[list[Document], list[ReadError]]:
    items = list(read_paths([path]))
    return (
        [i for i in items if isinstance(i, Document)],
        [i for i in items if isinstance(i, ReadError)],
    )


def test_a_file_of_utf8_and_cp1252_lines_keeps_both_halves(tmp_path):
    path = tmp_path / "blandet.txt"
    path.write_bytes(
        "Færgen til Ærø sejler igen\n\n".encode()
        + "Første afsnit er skrevet i UTF-8: søndag åbner havnen.\n".encode()
        + "Andet afsnit kom fra et gammelt system – på cp1252: Ålborg, øst.\n".encode("cp1252")
    )
    [document], [warning] = read_all(path)
    assert document.title == "Færgen til Ærø sejler igen"
    assert "søndag åbner havnen" in document.text
    assert "gammelt system – på cp1252: Ålborg, øst" in document.text
    assert not warning.fatal
    assert warning.message == (
        "mixed encodings: line 4 not UTF-8, read as cp1252 (the rest as UTF-8)"
    )


def test_decoding_falls_back_line_by_line_to_latin1_only_where_cp1252_fails():
    data = "ø i UTF-8\n".encode() + b"\xe6 og \x81\n" + "Å og – \n".encode("cp1252")
    text, warning = decode_text(data)
    assert text == "ø i UTF-8\næ og \x81\nÅ og – \n"
    assert warning == (
        "mixed encodings: lines 2, 3 not UTF-8, read as cp1252, latin-1 (the rest as UTF-8)"
    )


def test_a_whole_file_in_utf8_gets_no_warning():
    assert decode_text("Søndag i Århus\n".encode()) == ("Søndag i Århus\n", None)


def test_a_text_headline_that_starts_with_a_bracket_is_no_web_page(tmp_path):
    path = tmp_path / "rubrik.txt"
    path.write_text(
        "<Breaking> Politiet anholdt tre mænd i Aarhus\n\n"
        "Politiet anholdt natten til tirsdag tre mænd efter et indbrud.\n",
        encoding="utf-8",
    )
    [document], errors = read_all(path)
    assert errors == []
    assert document.title == "<Breaking> Politiet anholdt tre mænd i Aarhus"
    assert document.text.startswith("Politiet anholdt natten")


def test_a_text_file_with_real_markup_is_still_read_as_a_web_page(tmp_path):
    path = tmp_path / "side.txt"
    path.write_text(
        "<!doctype html><html><head><title>Tre anholdt i Aarhus</title></head><body>"
        "<article><h1>Tre anholdt i Aarhus</h1><p>Politiet anholdt natten til tirsdag tre mænd "
        "efter et indbrud i en butik i midtbyen, oplyser Østjyllands Politi.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    [document], _errors = read_all(path)
    assert document.title == "Tre anholdt i Aarhus"
    assert "<p>" not in document.text


def test_a_named_pipe_is_named_as_such_and_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "rør")
    [], [error] = read_all(tmp_path / "rør")
    assert error.fatal and "named pipe" in error.message


def test_a_folder_named_like_a_file_says_it_is_an_empty_folder(tmp_path):
    (tmp_path / "artikel.txt").mkdir()
    [], [error] = read_all(tmp_path / "artikel.txt")
    assert error.message == "is a folder (not a .txt file) with no files in it: nothing to read"


def test_a_folder_named_like_a_file_with_articles_is_read(tmp_path):
    (tmp_path / "artikel.txt").mkdir()
    (tmp_path / "artikel.txt" / "a.txt").write_text("Rubrik\n\nTekst.\n", encoding="utf-8")
    [document], errors = read_all(tmp_path / "artikel.txt")
    assert errors == [] and document.title == "Rubrik"


def test_nul_in_a_json_record_is_dropped(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"title": "Tre\\u0000 anholdt", "text": "Politiet\\u0000 anholdt tre."}\n')
    [document], _errors = read_all(path)
    assert (document.title, document.text) == ("Tre anholdt", "Politiet anholdt tre.")
