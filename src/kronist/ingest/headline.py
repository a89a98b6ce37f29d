"""Headlines rebuilt from a page address ("demonstranter-forsoegte-at-storme-usas-ambassade").

Such a headline has lost its capitals and its Danish letters, so names are not found in it and
words are misspelt ("forsoegte"). The article's own body spells the same words right: each
headline word whose folded form (lower case, æ/ø/å as ae/oe/aa, letters and digits only) is a
body word's takes the body's spelling ("usas" -> "USA's", "irak" -> "Irak").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

_FOLDS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe"})
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
_TRANSLITERATED = re.compile(r"oe|aa|ae")
MIN_SLUG_WORDS = 3
_DANISH_FOR = {"ae": "æ", "oe": "ø", "aa": "å"}
MAX_RESPELLINGS = 4  # transliterations per word tried against the dictionary (2**4 spellings)


def fold(word: str) -> str:
    return re.sub(r"[\W_]", "", word.lower().translate(_FOLDS))


def looks_like_slug(title: str, body: str) -> bool:
    """All lower case after the first letter, no Danish letters while the body has them, and a
    transliteration in it: a headline rebuilt from an address, not one an editor wrote."""
    words = title.split()
    if len(words) < MIN_SLUG_WORDS or _DANISH_LETTERS.search(title):
        return False
    if any(ch.isupper() for ch in title[1:]):
        return False
    return bool(_DANISH_LETTERS.search(body)) and bool(_TRANSLITERATED.search(title.lower()))


def repair_slug_title(title: str, body: str, is_word: Callable[[str], bool] | None = None) -> str:
    """The headline with each word spelt as the body spells it ("USA's" for "usas" when the body
    has "USA"); else, with `is_word`, the dictionary word its transliterations spell
    ("forsoegte" -> "forsøgte"); other words stay as they are."""
    spellings: dict[str, Counter[str]] = {}
    for match in _WORD.finditer(body):
        word = match.group(0)
        spellings.setdefault(fold(word), Counter())[word] += 1

    def body_spelling(word: str) -> str | None:
        found = spellings.get(fold(word))
        if not found:
            return None
        lower_case = [w for w in found if w.islower()]
        # a word the body writes in lower case somewhere is a common word, not a name; so is a
        # dictionary word the body only has at the start of a sentence ("På")
        if lower_case:
            return lower_case[0]
        spelt = found.most_common(1)[0][0]
        if is_word is not None and spelt[:1].isupper() and spelt[1:].islower():
            return spelt.lower() if is_word(spelt.lower()) else spelt
        return spelt

    def respell(match: re.Match[str]) -> str:
        word = match.group(0)
        spelt = body_spelling(word)
        if spelt is not None:
            return spelt
        if word.endswith("s") and (stem := body_spelling(word[:-1])) and not stem.islower():
            return stem + ("'s" if stem[-1].isupper() else "s")  # genitive of a name
        if is_word is not None:
            return next((w for w in _danish_spellings(word) if is_word(w)), word)
        return word

    repaired = _WORD.sub(respell, title)
    return repaired[:1].upper() + repaired[1:]


def _danish_spellings(word: str) -> list[str]:
    """The spellings with æ, ø, å that a transliterated word may stand for."""
    parts = re.split(r"(ae|oe|aa)", word)
    slots = [i for i in range(1, len(parts), 2)][:MAX_RESPELLINGS]
    spellings = []
    for choice in itertools.product((False, True), repeat=len(slots)):
        if not any(choice):
            continue
        respelt = list(parts)
        for slot, use in zip(slots, choice, strict=True):
            if use:
                respelt[slot] = _DANISH_FOR[parts[slot]]
        spellings.append("".join(respelt))
    return spellings
