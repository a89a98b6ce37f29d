"""The Danish lemma lexicon: spaCy's lookup table (spacy-lookups-data) + kronist's exceptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

import srsly

from kronist.datacache import cached
from kronist.lang import lang_dir, read_tsv

EXCEPTIONS_FILE = "lemma_exceptions.tsv"


LEMMA_PACKAGES = ("spacy-lookups-data",)


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """spaCy's lookup lemmas for `lang` (word form -> lemma), empty when not installed.

    Read once per process for every stage that needs it: the table has half a million forms.
    A plain dict answers as spaCy's `Table` does for text keys, loads in a third of the time and
    takes half the memory; the lemmas are shared strings (80,000 of them, not 550,000 copies).
    Kept in the user cache (`kronist.datacache`), which reads it faster still.
    """
    path = _lookup_file(lang)
    if path is None:
        return {}
    return cached(f"lemmas-{lang}", partial(_read_table, path), [path, __file__], LEMMA_PACKAGES)


def _lookup_file(lang: str) -> Path | None:
    try:
        import spacy_lookups_data
    except ImportError:
        return None
    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    return path if path.is_file() else None


def _read_table(path: Path) -> dict[str, str]:
    table = srsly.read_gzip_json(path)
    lemmas: dict[str, str] = {}
    for form, lemma in table.items():
        table[form] = lemmas.setdefault(lemma, lemma)
    return table


@dataclass
class LemmaLexicon:
    table: dict[str, str] = field(default_factory=dict)
    lemmas: frozenset[str] = frozenset()
    exceptions: dict[str, str] = field(default_factory=dict)

    def lookup(self, word: str) -> str | None:
        return self.table.get(word) or self.table.get(word.lower())

    def is_lemma(self, lemma: str) -> bool:
        return lemma in self.lemmas or lemma.lower() in self.lemmas


def _exceptions(lang: str) -> dict[str, str]:
    try:
        has_file = (lang_dir(lang) / EXCEPTIONS_FILE).is_file()
    except ValueError:
        return {}
    return {row[0]: row[1] for row in read_tsv(lang, EXCEPTIONS_FILE)} if has_file else {}


@cache
def lemma_lexicon(lang: str) -> LemmaLexicon:
    table = lemma_table(lang)
    return LemmaLexicon(table, frozenset(table.values()), _exceptions(lang))
