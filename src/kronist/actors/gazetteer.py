"""Finding known names in a parsed text: dictionary actors, countries and places.

One token-level index for all of them. Matching is case-sensitive except that a name written in
lower case also matches capitalised (sentence start), and the last word may be a genitive
("USA's", "Iraks", "Hamas'"). The longest name wins; on equal length an actor beats a country,
a country beats a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kronist.actors.countries import country_lexicon
from kronist.actors.dictionary import Entry, actor_dictionary, genitive_bases
from kronist.actors.places import Place, WorldCities, curated_places, world_cities
from kronist.datacache import cached
from kronist.memo import MISSING, Memo
from kronist.nlp.docs import token_texts

PRIORITY = {"actor": 0, "country": 1, "place": 2, "city": 3}

Words = tuple[str, ...]


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


class NameIndex:
    """Lowercased words -> [(the name's words, hit)]: the names added one by one, then the world
    cities (made into hits when first looked up: there are 40,000 of them)."""

    def __init__(self, cities: WorldCities | None = None) -> None:
        self.names: dict[Words, list[tuple[Words, Hit]]] = {}
        self.cities = cities
        self._city_entries: dict[str, tuple[Words, Hit]] = {}

    def get(
        self, key: Words, default: list[tuple[Words, Hit]] | None = None
    ) -> list[tuple[Words, Hit]] | None:
        found = self.names.get(key)
        city_names = self.cities.names(key) if self.cities is not None else ()
        if not city_names:
            return default if found is None else found
        return [*(found or ()), *(self._city_entry(name) for name in city_names)]

    def _city_entry(self, name: str) -> tuple[Words, Hit]:
        entry = self._city_entries.get(name)
        if entry is None:
            place = self.cities.place(name)
            hit = Hit("city", "LOC", country=place.country, place=place)
            entry = self._city_entries[name] = (tuple(name.split()), hit)
        return entry


class Gazetteer:
    def __init__(self, cities: WorldCities | None = None) -> None:
        self.index = NameIndex(cities)
        # lowercased first word -> the lengths of the names starting with it, longest first: a
        # token is tried only at the lengths of the names it can begin (not up to the longest
        # name's 26 words at every token)
        self.lengths: dict[str, set[int]] = {}
        if cities is not None:
            self.lengths = {word: set(lengths) for word, lengths in cities.first_words.items()}
        self._lengths_of: Memo[str, tuple[int, ...]] = Memo()  # token text -> name lengths
        self._hits: Memo[tuple[str, ...], Hit | None] = Memo()  # words -> the name they are

    def add(self, words: Words, hit: Hit) -> None:
        if not words:
            return
        key = tuple(word.lower() for word in words)
        self.index.names.setdefault(key, []).append((words, hit))
        self.lengths.setdefault(key[0], set()).add(len(words))
        self._lengths_of.clear()
        self._hits.clear()

    def matches(self, doc) -> list[NameMatch]:
        found = []
        texts = token_texts(doc)
        i = 0
        while i < len(texts):
            lengths = self._name_lengths_of(texts[i])  # () for most words: no name begins so
            match = self._longest_at(texts, i, lengths) if lengths else None
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def _longest_at(self, texts: list[str], i: int, lengths: tuple[int, ...]) -> NameMatch | None:
        room = len(texts) - i
        for length in lengths:
            if length > room:
                continue
            words = texts[i : i + length]
            for last, genitive in _last_word_readings(words[-1]):
                hit = self._lookup((*words[:-1], last))
                if hit is not None:
                    return NameMatch(i, i + length, hit, genitive)
        return None

    def _name_lengths_of(self, first: str) -> tuple[int, ...]:
        """The lengths a name starting with the word `first` can have, longest first (none
        when it begins with no letter or digit); a one-word name may also be read from the
        genitive ("Iraks" of "Irak")."""
        lengths = self._lengths_of.get(first)
        if lengths is None:
            lengths = self._lengths_of.keep(first, self._name_lengths(first))
        return lengths

    def _name_lengths(self, first: str) -> tuple[int, ...]:
        if not first[:1].isalnum():
            return ()
        lengths = set(self.lengths.get(first.lower(), ()))
        if 1 not in lengths and any(
            1 in self.lengths.get(base.lower(), ()) for base in genitive_bases(first)
        ):
            lengths.add(1)
        return tuple(sorted(lengths, reverse=True))

    def _lookup(self, words: Words) -> Hit | None:
        hit = self._hits.get(words, MISSING)  # no exception raised when it is the first time
        if hit is MISSING:
            return self._hits.keep(words, self._find(words))
        return hit  # type: ignore[return-value]

    def _find(self, words: Words) -> Hit | None:
        candidates = self.index.get(tuple(word.lower() for word in words))
        if not candidates:
            return None
        fitting = [hit for pattern, hit in candidates if _case_fits(words, pattern)]
        return min(fitting, key=lambda hit: PRIORITY[hit.kind], default=None)


@cache
def gazetteer(lang: str) -> Gazetteer:
    actors = [(name, entry) for entry in actor_dictionary(lang).entries for name in entry.names]
    countries = list(country_lexicon(lang).names.items())
    places = list(curated_places(lang).items())
    words = name_words(lang, [name for name, _ in (*actors, *countries, *places)])
    index = Gazetteer(world_cities(lang))
    for name, entry in actors:
        index.add(words[name], Hit("actor", entry.label, entry=entry))
    for name, iso3 in countries:
        index.add(words[name], Hit("country", "LOC", country=iso3))
    for name, place in places:
        index.add(words[name], Hit("place", "LOC", country=place.country, place=place))
    return index


def name_words(lang: str, names: list[str]) -> dict[str, Words]:
    """Each name as spaCy's tokenizer for `lang` splits it, kept in the user cache: making the
    tokenizer and running it over thousands of names takes a good part of a second."""
    unique = sorted(set(names))
    build = lambda: _tokenize(lang, unique)  # noqa: E731
    words = cached(f"name-words-{lang}", build, [__file__], ("spacy",), content=unique)
    return dict(zip(unique, words, strict=True))


def _tokenize(lang: str, names: list[str]) -> list[Words]:
    import spacy

    tokenizer = spacy.blank(lang).tokenizer
    return [tuple(token.text for token in tokenizer(name)) for name in names]


def _last_word_readings(word: str) -> list[tuple[str, bool]]:
    return [(word, False), *((base, True) for base in genitive_bases(word))]


def _case_fits(words: Words, pattern: Words) -> bool:
    return all(
        _word_case_fits(word, expected) for word, expected in zip(words, pattern, strict=True)
    )


def _word_case_fits(word: str, expected: str) -> bool:
    if word == expected:
        return True
    return expected[:1].islower() and word == expected[:1].upper() + expected[1:]
