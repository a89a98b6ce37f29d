"""kronist's Danish tokenizer additions, read from `lang/<lang>/tokenizer_exceptions.tsv`."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.symbols import ORTH

from kronist.lang import lang_dir, read_tsv

EXCEPTIONS_FILE = "tokenizer_exceptions.tsv"


def _has_exceptions(lang: str) -> bool:
    try:
        return (lang_dir(lang) / EXCEPTIONS_FILE).is_file()
    except ValueError:
        return False


@cache
def abbreviations(lang: str) -> dict[str, str]:
    """Abbreviation -> "inner" or "final", with capitalised variants."""
    if not _has_exceptions(lang):
        return {}
    table = {}
    for row in read_tsv(lang, EXCEPTIONS_FILE):
        kind = row[1] if len(row) > 1 else "final"
        table[row[0]] = kind
        table.setdefault(row[0][:1].upper() + row[0][1:], kind)
    return table


@cache
def inner_abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a for a, kind in abbreviations(lang).items() if kind == "inner")


def add_abbreviations(nlp: Language) -> None:
    """Keep each abbreviation one token (in addition to spaCy's own exceptions)."""
    for abbreviation in abbreviations(nlp.lang):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
