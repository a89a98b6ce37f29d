"""Language knowledge as data files: one folder per language (`da/`, later `en/`).

Code reads lexicons through these helpers only, so that adding a language is adding a folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

LANG_ROOT = Path(__file__).parent


def lang_dir(lang: str) -> Path:
    path = LANG_ROOT / lang
    if not path.is_dir():
        raise ValueError(f"kronist has no language data for {lang!r} (looked in {path})")
    return path


@cache
def read_tsv(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon; `#` starts a comment, blank lines are skipped."""
    rows = []
    for line in (lang_dir(lang) / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def read_yaml(lang: str, name: str):
    # The C loader reads the actor dictionary in ~0.05 s, pure-Python loaders take seconds.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (lang_dir(lang) / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def read_words(lang: str, name: str) -> frozenset[str]:
    """A one-word-per-line list as a set (first column of a TSV file)."""
    return frozenset(row[0] for row in read_tsv(lang, name))
