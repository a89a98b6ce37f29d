import gzip

import pytest
from ingest_helpers import documents, errors, only_error

from kronist.ingest import read_file, read_paths

ARTICLE = (
    "Ny bro over Limfjorden\ndate: 2024-02-20\n\nAalborg Kommune har vedtaget at bygge en ny bro."
)


def test_empty_file(tmp_path):
    (tmp_path / "tom.txt").write_bytes(b"")
    assert only_error(read_file(tmp_path / "tom.txt")).message == "empty file"


def test_whitespace_only_file(tmp_path):
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", "utf-8")
    assert "empty file" in only_error(read_file(tmp_path / "blank.txt")).message


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03PK\x03\x04" * 40,  # NUL bytes
        bytes(range(1, 32)) * 20,  # control characters, no NUL
    ],
)
def test_binary_file(tmp_path, data):
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    assert only_error(read_file(path)).message == "binary file, not text"


def test_cp1252_file_is_read_with_a_warning_before_the_document(tmp_path):
    path = tmp_path / "gammel.txt"
    # "–" (en dash) exists in cp1252 but not in latin-1: the fallback must pick cp1252.
    path.write_bytes("Sø og å – ærgerligt\n\nFærgen sejler ikke i dag.".encode("cp1252"))
    warning, document = list(read_file(path))
    assert not warning.fatal
    assert warning.message == "not UTF-8: read as cp1252"
    assert warning.path == str(path)
    assert document.title == "Sø og å – ærgerligt"
    assert document.text == "Færgen sejler ikke i dag."


def test_latin1_only_bytes_fall_back_to_latin1(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Overskrift\n\nTekst med " + b"\x81\xe6")  # 0x81 is not in cp1252
    warning, document = list(read_file(path))
    assert warning.message == "not UTF-8: read as latin-1"
    assert document.text.endswith("æ")


def test_utf8_with_bom_needs_no_warning(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(ARTICLE.encode("utf-8-sig"))
    [document] = list(read_file(path))
    assert document.title == "Ny bro over Limfjorden"


def test_cp1252_jsonl_warns_once(tmp_path):
    path = tmp_path / "gammel.jsonl"
    lines = ['{"text": "Kort linje."}', '{"text": "Søndag i Århus."}', '{"text": "Blå bøger."}']
    path.write_bytes("\n".join(lines).encode("cp1252"))
    items = list(read_file(path))
    [warning] = errors(items)
    assert (warning.line, warning.fatal) == (2, False)
    texts = [doc.text for doc in documents(items)]
    assert texts == ["Kort linje.", "Søndag i Århus.", "Blå bøger."]


def test_file_over_max_bytes_is_refused_with_its_size(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_text(ARTICLE + "\n\n" + "Mere tekst. " * 500, "utf-8")
    size = path.stat().st_size
    error = only_error(read_file(path, max_bytes=1000))
    assert error.message.startswith("file too large: ")
    assert f"{size:,} bytes" in error.message and "1.0 kB" in error.message
    assert documents(read_file(path, max_bytes=size))


def test_gzip_over_max_bytes_after_decompression(tmp_path):
    path = tmp_path / "stor.txt.gz"
    path.write_bytes(gzip.compress((ARTICLE + " Mere tekst." * 2000).encode()))
    assert path.stat().st_size < 1000
    assert "larger than the limit" in only_error(read_file(path, max_bytes=5000)).message


def test_jsonl_limits_each_line_not_the_file(tmp_path):
    path = tmp_path / "mange.jsonl"
    long_text = "lang " * 400
    path.write_text(
        '{"text": "Kort."}\n' + f'{{"text": "{long_text}"}}\n' + '{"text": "Også kort."}\n', "utf-8"
    )
    items = list(read_file(path, max_bytes=200))
    assert [doc.text for doc in documents(items)] == ["Kort.", "Også kort."]
    [error] = errors(items)
    assert error.line == 2 and "longer than the limit" in error.message


def test_invalid_gzip(tmp_path):
    path = tmp_path / "artikel.txt.gz"
    path.write_bytes(b"this is not gzip data at all")
    assert "not a valid gzip file" in only_error(read_file(path)).message


@pytest.mark.parametrize("name", ["rapport.pdf", "notat.docx", "billede.JPG", "arkiv.tar.gz"])
def test_unsupported_format(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7 whatever")
    suffix = ".tar" if name.endswith(".tar.gz") else "." + name.rsplit(".", 1)[1].lower()
    assert only_error(read_file(path)).message == f"unsupported format '{suffix}'"


def test_missing_path(tmp_path):
    error = only_error(read_paths([tmp_path / "findes-ikke.txt"]))
    assert error.message == "no such file or directory"
    assert error.path == str(tmp_path / "findes-ikke.txt")


def test_html_page_without_article_text(tmp_path):
    path = tmp_path / "tom.html"
    path.write_text("<html><head><title></title></head><body><nav></nav></body></html>", "utf-8")
    assert "no article text" in only_error(read_file(path)).message


def test_invalid_json_file(tmp_path):
    path = tmp_path / "ødelagt.json"
    path.write_text('{"title": "Overskrift", "text": "Tekst"', "utf-8")
    assert only_error(read_file(path)).message.startswith("not valid JSON (Expecting")


def test_json_list_item_without_text(tmp_path):
    path = tmp_path / "liste.json"
    path.write_text('[{"text": "God."}, {"titel": "Ingen tekst"}]', "utf-8")
    items = list(read_file(path))
    assert documents(items)[0].text == "God."
    assert errors(items)[0].message.startswith("item 2: no article text")


def test_json_with_no_records(tmp_path):
    path = tmp_path / "tom.json"
    path.write_text("[]", "utf-8")
    assert only_error(read_file(path)).message == "no articles found"
