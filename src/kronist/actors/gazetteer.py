"""Finding known names in a parsed text: dictionary actors, countries and places.

One token-level index for all of them. Matching is case-sensitive except that a name written in
lower case also matches capitalised (sentence start), and the last word may be a genitive
("USA's", "Iraks", "Hamas'"). The longest name wins; on equal length an actor beats a country,
a country beats a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.tokens import Doc

from kronist.actors.countries import country_lexicon
from kronist.actors.dictionary import Entry, actor_dictionary, genitive_bases
from kronist.actors.places import Place, curated_places, world_cities

PRIORITY = {"actor": 0, "country": 1, "place": 2, "city": 3}


@dataclass(frozen=True)
class Hit:
    kind: str  # actor | country | place | city
    label: str  # PER, ORG, LOC
    entry: Entry | None = None
    country: str | None = None  # iso3 of a country, or of the country a place lies in
    place: Place | None = None


@dataclass(frozen=True)
class NameMatch:
    start: int  # token indices
    end: int
    hit: Hit
    genitive: bool


class Gazetteer:
    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[tuple[tuple[str, ...], Hit]]] = {}
        self.max_length = 1

    def add(self, words: tuple[str, ...], hit: Hit) -> None:
        if not words:
            return
        key = tuple(word.lower() for word in words)
        self.index.setdefault(key, []).append((words, hit))
        self.max_length = max(self.max_length, len(words))

    def matches(self, doc: Doc) -> list[NameMatch]:
        found = []
        texts = [token.text for token in doc]
        i = 0
        while i < len(texts):
            match = self._longest_at(texts, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def _longest_at(self, texts: list[str], i: int) -> NameMatch | None:
        if not texts[i][:1].isalnum():
            return None
        for length in range(min(self.max_length, len(texts) - i), 0, -1):
            words = texts[i : i + length]
            for last, genitive in _last_word_readings(words[-1]):
                hit = self._lookup([*words[:-1], last])
                if hit is not None:
                    return NameMatch(i, i + length, hit, genitive)
        return None

    def _lookup(self, words: list[str]) -> Hit | None:
        candidates = self.index.get(tuple(word.lower() for word in words))
        if not candidates:
            return None
        fitting = [hit for pattern, hit in candidates if _case_fits(words, pattern)]
        return min(fitting, key=lambda hit: PRIORITY[hit.kind], default=None)


@cache
def gazetteer(lang: str) -> Gazetteer:
    tokenizer = spacy.blank(lang).tokenizer
    index = Gazetteer()
    for entry in actor_dictionary(lang).entries:
        for name in entry.names:
            index.add(_words(tokenizer, name), Hit("actor", entry.label, entry=entry))
    for name, iso3 in country_lexicon(lang).names.items():
        index.add(_words(tokenizer, name), Hit("country", "LOC", country=iso3))
    for name, place in curated_places(lang).items():
        index.add(_words(tokenizer, name), Hit("place", "LOC", country=place.country, place=place))
    for name, place in world_cities(lang).items():
        index.add(tuple(name.split()), Hit("city", "LOC", country=place.country, place=place))
    return index


def _words(tokenizer, name: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokenizer(name))


def _last_word_readings(word: str) -> list[tuple[str, bool]]:
    return [(word, False), *((base, True) for base in genitive_bases(word))]


def _case_fits(words: list[str], pattern: tuple[str, ...]) -> bool:
    return all(
        _word_case_fits(word, expected) for word, expected in zip(words, pattern, strict=True)
    )


def _word_case_fits(word: str, expected: str) -> bool:
    if word == expected:
        return True
    return expected[:1].islower() and word == expected[:1].upper() + expected[1:]
