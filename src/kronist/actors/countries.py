"""Countries by their Danish names, adjectives and inhabitant nouns.

Names come from CLDR (babel's Danish territory names) for every ISO country, plus the aliases,
adjectives and inhabitant nouns of `lang/<lang>/countries.tsv`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import babel
import pycountry

from kronist.lang import read_tsv

ADJECTIVE_ENDINGS = ("", "e", "es")


@dataclass
class CountryLexicon:
    names: dict[str, str] = field(default_factory=dict)  # Danish name -> iso3
    english: dict[str, str] = field(default_factory=dict)  # iso3 -> English name
    adjectives: dict[str, str] = field(default_factory=dict)  # inflected form -> iso3
    inhabitants: dict[str, str] = field(default_factory=dict)  # inflected form -> iso3

    def english_name(self, iso3: str) -> str:
        return self.english.get(iso3, iso3)

    def adjective(self, word: str) -> str | None:
        """iso3 of a country adjective in any inflection: "amerikanske" -> USA."""
        word = word.lower()
        if word in self.adjectives:
            return self.adjectives[word]
        if "-" in word:  # "amerikansk-britisk", "irakisk-kurdiske": the first country leads
            return self.adjectives.get(word.split("-", 1)[0])
        return None

    def inhabitant(self, word: str) -> str | None:
        """iso3 of an inhabitant noun: "amerikaner", "irakerne", "nordmændenes" -> country."""
        return self.inhabitants.get(word.lower())


@cache
def country_lexicon(lang: str) -> CountryLexicon:
    lexicon = CountryLexicon()
    _add_cldr_names(lexicon, lang)
    for row in read_tsv(lang, "countries.tsv"):
        _add_row(lexicon, row)
    return lexicon


def _add_cldr_names(lexicon: CountryLexicon, lang: str) -> None:
    local = babel.Locale(lang).territories
    english = babel.Locale("en").territories
    for country in pycountry.countries:
        code2, code3 = country.alpha_2, country.alpha_3
        if code2 in local:
            lexicon.names.setdefault(local[code2], code3)
        lexicon.english[code3] = english.get(code2, getattr(country, "common_name", country.name))


def _add_row(lexicon: CountryLexicon, row: tuple[str, ...]) -> None:
    cells = [*row, "", "", "", ""]
    iso3, english, names, adjectives, inhabitants = cells[:5]
    if english and english != "-":
        lexicon.english[iso3] = english
    for name in _split(names):
        lexicon.names[name] = iso3
    for adjective in _split(adjectives):
        for ending in ADJECTIVE_ENDINGS:
            lexicon.adjectives.setdefault(adjective.lower() + ending, iso3)
    for noun in _split(inhabitants):
        for form in inhabitant_forms(noun.lower()):
            lexicon.inhabitants.setdefault(form, iso3)


def inhabitant_forms(noun: str) -> set[str]:
    """Inflections of an inhabitant noun given as "iraker" or "nordmand/nordmænd"."""
    singular, _, plural = noun.partition("/")
    if not plural:
        plural = singular + "e" if singular.endswith("er") else singular + "er"
    definite_plural = {plural + "ne"} if plural.endswith("er") else {plural + "ne", plural + "ene"}
    if plural.endswith("ere"):
        definite_plural = {plural[:-1] + "ne"}
    forms = {singular, singular + "en", plural, *definite_plural}
    return forms | {form + "s" for form in forms}


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(",") if item.strip() and item.strip() != "-"]
