"""The Danish lemma lexicon: spaCy's lookup table (spacy-lookups-data) + kronist's exceptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.lookups import Table, load_lookups

from kronist.lang import lang_dir, read_tsv

EXCEPTIONS_FILE = "lemma_exceptions.tsv"


@dataclass
class LemmaLexicon:
    table: Table = field(default_factory=Table)  # keys are string hashes; .get(str) works
    lemmas: frozenset[str] = frozenset()
    exceptions: dict[str, str] = field(default_factory=dict)

    def lookup(self, word: str) -> str | None:
        return self.table.get(word) or self.table.get(word.lower())

    def is_lemma(self, lemma: str) -> bool:
        return lemma in self.lemmas or lemma.lower() in self.lemmas


def _lookup_table(lang: str) -> Table:
    try:
        return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, OSError, KeyError):
        return Table()


def _exceptions(lang: str) -> dict[str, str]:
    try:
        has_file = (lang_dir(lang) / EXCEPTIONS_FILE).is_file()
    except ValueError:
        return {}
    return {row[0]: row[1] for row in read_tsv(lang, EXCEPTIONS_FILE)} if has_file else {}


@cache
def lemma_lexicon(lang: str) -> LemmaLexicon:
    table = _lookup_table(lang)
    return LemmaLexicon(table, frozenset(table.values()), _exceptions(lang))
