"""kronist's Danish tokenizer additions, read from `lang/<lang>/tokenizer_exceptions.tsv`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

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


# spaCy strips prefixes and suffixes one at a time, copying and re-searching the rest of the
# word each time: a "word" of thousands of punctuation marks costs quadratic time. Runs of
# non-space characters this long are no words; they are tokenized in pieces of that length.
MAX_WORD_CHARS = 100
_LONG_RUN = re.compile(rf"(\S{{{MAX_WORD_CHARS + 1},}})( ?)")


class BoundedTokenizer:
    """spaCy's tokenizer with linear cost on any text: the same tokens on ordinary text; runs
    of more than MAX_WORD_CHARS non-space characters are cut into pieces of that length first.
    Everything else (special cases, serialization) is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        pieces = [self.tokenizer(piece) for piece in _pieces(text)]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def _pieces(text: str) -> Iterator[str]:
    """`text` cut before every long run and inside it every MAX_WORD_CHARS characters (a run
    keeps the single space after it, so that the last piece's token carries it as spaCy would)."""
    position = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > position:
            yield text[position : run.start()]
        end = run.end(1)
        for start in range(run.start(), end, MAX_WORD_CHARS):
            stop = min(start + MAX_WORD_CHARS, end)
            yield text[start:stop] + (run.group(2) if stop == end else "")
        position = run.end()
    if position < len(text):
        yield text[position:]


def bound_tokenizer(nlp: Language) -> None:
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
