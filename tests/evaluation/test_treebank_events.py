"""eval/treebank_events.py: events coded in single sentences of a CoNLL-U file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def load_script():
    spec = importlib.util.spec_from_file_location(
        "treebank_events", REPO / "eval" / "treebank_events.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CONLLU = """# sent_id = a
# text = Rusland angreb i går Kyiv med droner.
1\tRusland\tRusland\tPROPN\t_\t_\t2\tnsubj\t_\t_

# sent_id = b
# text = Han er verdens mest komplette angriber.
1\tHan\than\tPRON\t_\t_\t0\troot\t_\t_
"""


def test_each_sentence_is_read_and_coded_alone(tmp_path, capsys):
    script = load_script()
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    assert list(script.sentence_texts(path)) == [
        "Rusland angreb i går Kyiv med droner.",
        "Han er verdens mest komplette angriber.",
    ]
    assert script.main([str(path)]) == 0
    [row] = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert row[:4] == ["ASSAULT", "drone", "RUS/MIL", "UKR/None"]
    assert row[-1] == "Rusland angreb i går Kyiv med droner."


def test_no_files_is_a_clear_error(tmp_path, capsys, monkeypatch):
    script = load_script()
    monkeypatch.setattr(script, "DEFAULT_FILES", (tmp_path / "absent.conllu",))
    assert script.main([]) == 2
    assert "no CoNLL-U files" in capsys.readouterr().err
