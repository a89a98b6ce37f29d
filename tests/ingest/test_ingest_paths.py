import io
import shutil
import sys

from ingest_helpers import documents, errors

from kronist.ingest import count_candidates, read_paths


def _tree(root, fixtures):
    """root: a.txt, b/c.jsonl, b/d/e.html, z.pdf, and hidden .skjult.txt and .git/x.txt."""
    (root / "b" / "d").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(fixtures / "skolebrand.txt", root / "a.txt")
    shutil.copy(fixtures / "artikler.jsonl", root / "b" / "c.jsonl")
    shutil.copy(fixtures / "havnebrand.html", root / "b" / "d" / "e.html")
    shutil.copy(fixtures / "havneudvidelse.txt", root / ".skjult.txt")
    shutil.copy(fixtures / "havneudvidelse.txt", root / ".git" / "x.txt")
    (root / "z.pdf").write_bytes(b"%PDF-1.4")


def test_folders_are_read_recursively_sorted_without_hidden_files(tmp_path, fixtures):
    _tree(tmp_path, fixtures)
    items = list(read_paths([tmp_path]))
    paths = [item.path for item in items]
    expected_files = [
        tmp_path / "a.txt",
        tmp_path / "b" / "c.jsonl",
        tmp_path / "b" / "d" / "e.html",
    ]
    assert list(dict.fromkeys(paths)) == [*map(str, expected_files), str(tmp_path / "z.pdf")]
    assert len(documents(items)) == 1 + 3 + 1
    assert errors(items)[-1].message == "unsupported format '.pdf'"
    assert count_candidates([tmp_path]) == 4
    assert list(read_paths([tmp_path])) == items  # deterministic


def test_several_paths_keep_their_order_and_hidden_file_given_explicitly_is_read(
    tmp_path, fixtures
):
    _tree(tmp_path, fixtures)
    given = [tmp_path / "b" / "d", tmp_path / ".skjult.txt", str(tmp_path / "a.txt")]
    titles = [doc.title for doc in documents(read_paths(given))]
    assert titles[0].startswith("Brand i pakhus")
    assert titles[1].startswith("Byrådet i Esbjerg")
    assert titles[2].startswith("Brand på skole")
    assert count_candidates(given) == 3


def test_missing_path_among_good_ones_does_not_stop_the_rest(tmp_path, fixtures):
    items = list(read_paths([tmp_path / "mangler", fixtures / "skolebrand.txt"]))
    assert items[0].message == "no such file or directory"
    assert documents(items)[0].title.startswith("Brand på skole")


def test_folder_symlink_loop_ends(tmp_path, fixtures):
    shutil.copy(fixtures / "skolebrand.txt", tmp_path / "a.txt")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert len(documents(read_paths([tmp_path]))) == 1


def test_stdin_reads_a_plain_text_article(monkeypatch):
    text = "Overskrift fra stdin\ndate: 2024-08\nsource: https://avis.example/x\n\nEt afsnit.\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    [document] = list(read_paths(["-"]))
    assert document.title == "Overskrift fra stdin"
    assert document.published_precision == "month"
    assert document.source == "avis.example"
    assert document.text == "Et afsnit."
    assert count_candidates(["-"]) == 1


def test_stdin_bytes_in_cp1252(monkeypatch):
    raw = io.TextIOWrapper(io.BytesIO("Æbler\n\nÅbent hus på gården.".encode("cp1252")))
    monkeypatch.setattr(sys, "stdin", raw)
    warning, document = list(read_paths(["-"]))
    assert warning.message == "not UTF-8: read as cp1252" and warning.path == "<stdin>"
    assert document.text == "Åbent hus på gården."


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    [error] = list(read_paths(["-"]))
    assert error.fatal and error.message == "no article text"


def test_a_single_path_instead_of_a_list(fixtures):
    assert len(documents(read_paths(str(fixtures / "kystnyt.rss")))) == 2
    assert count_candidates(fixtures / "kystnyt.rss") == 1
