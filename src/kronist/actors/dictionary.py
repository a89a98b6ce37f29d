"""The curated actor dictionary (`lang/<lang>/actors.yaml`): people, organisations, parties and
channels, with date-limited roles as event coders keep them.

A role is written `SECTORS FROM..TO [title] [@COUNTRY]`, e.g.
`GOV/MIL 2019-07-23..2020-11-09 forsvarsminister` or `IGO 2024-10-01.. generalsekretær @-`
(open ends allowed; `@-` = no country while in that role). Outside every role an entry falls
back to its `sector` (if given), or to ELI ("former officials") once a role has ended.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from kronist.actors.countries import country_lexicon
from kronist.lang import read_yaml
from kronist.model import Actor

ROLE_PATTERN = re.compile(
    r"^(?P<sectors>[A-Z/]+)\s+(?P<start>\d{4}(?:-\d\d){0,2})?\.\.(?P<end>\d{4}(?:-\d\d){0,2})?"
    r"(?:\s+(?P<title>[^@]+?))?(?:\s+@(?P<country>[A-Z]{3}|-))?\s*$"
)
FORMER_OFFICIAL = "ELI"
SECTIONS = {"people": "PER", "organisations": "ORG", "parties": "ORG", "places": "LOC"}


@dataclass(frozen=True)
class Role:
    sectors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    title: str | None = None
    country: str | None = None
    country_set: bool = False  # the role names its own country (or none, with "@-")

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Entry:
    """One dictionary actor: its canonical name, the words that name it, and its roles."""

    name: str
    label: str  # PER, ORG, LOC
    names: tuple[str, ...]  # every surface form to look for (canonical name and aliases)
    country: str | None = None
    sectors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    title: str | None = None
    letters: tuple[str, ...] = ()  # party letters: "S", "V", "EL"
    has_actor: bool = True  # False for channels such as Twitter: an ORG, not an actor
    part_of: str | None = None  # the body it is an organ of ("European Commission" of the EU)

    def actor_at(self, day: dt.date | None) -> Actor | None:
        """The actor this entry is on `day` (the latest role when the date is unknown)."""
        if not self.has_actor:
            return None
        return self._actor(self._roles_at(day), day)

    def actor_in_role(self, sectors: Collection[str]) -> Actor | None:
        """For a text of unknown date: the actor in the roles that share a sector with the role
        the text gives the person ("økonomiminister Margrethe Vestager" is the Danish minister,
        not the EU commissioner she became later). None when no role fits."""
        roles = self._roles_like(sectors)
        return self._actor(roles, None) if roles and self.has_actor else None

    def titles_in_role(self, sectors: Collection[str]) -> set[str]:
        titles = {role.title for role in self._roles_like(sectors) if role.title}
        return titles | ({self.title} if self.title else set())

    def _roles_like(self, sectors: Collection[str]) -> list[Role]:
        wanted = set(sectors)
        return [role for role in self.roles if wanted & set(role.sectors)]

    def _actor(self, roles: list[Role], day: dt.date | None) -> Actor:
        country = self.country
        sectors = list(self.sectors)
        if roles:
            sectors = _union(role.sectors for role in roles)
            if roles[0].country_set:
                country = roles[0].country
        elif day is not None and any(r.end is not None and r.end <= day for r in self.roles):
            sectors = list(self.sectors) or [FORMER_OFFICIAL]
        return Actor(
            name=self.name,
            country=country,
            sector=sectors[0] if sectors else None,
            sectors=sectors,
            wikidata=self.wikidata,
        )

    def speaks_for_itself(self, day: dt.date | None) -> bool:
        """True when the entry's sector on `day` comes from a dated role or a fixed sector,
        not from a fallback: then a role noun beside the name adds nothing."""
        return bool(self._roles_at(day)) if self.roles else bool(self.sectors)

    def titles_at(self, day: dt.date | None) -> set[str]:
        """Role nouns ("præsident", "forsvarsminister") that can refer back to this entry."""
        titles = {role.title for role in self._roles_at(day) if role.title}
        return titles | ({self.title} if self.title else set())

    def _roles_at(self, day: dt.date | None) -> list[Role]:
        if day is None:
            latest = max(self.roles, key=lambda r: r.start or dt.date.min, default=None)
            return [latest] if latest else []
        return [role for role in self.roles if role.active(day)]


@dataclass
class ActorDictionary:
    entries: list[Entry] = field(default_factory=list)
    by_name: dict[str, Entry] = field(default_factory=dict)  # any surface form -> entry
    by_letter: dict[str, Entry] = field(default_factory=dict)  # party letter -> party

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        for name in entry.names:
            self.by_name.setdefault(name, entry)
        for letter in entry.letters:
            self.by_letter.setdefault(letter, entry)

    def find(self, text: str) -> Entry | None:
        """The entry named by `text` exactly, or by its genitive ("Trumps", "Hamas'")."""
        for candidate in (text, *genitive_bases(text)):
            if candidate in self.by_name:
                return self.by_name[candidate]
        return None


@cache
def actor_dictionary(lang: str) -> ActorDictionary:
    data = read_yaml(lang, "actors.yaml")
    dictionary = ActorDictionary()
    for section, label in SECTIONS.items():
        for item in data.get(section) or []:
            dictionary.add(_entry(item, label))
    for name in data.get("channels") or []:
        dictionary.add(Entry(name=name, label="ORG", names=(name,), has_actor=False))
    return dictionary


def one_body(lang: str, first: str | None, second: str | None) -> bool:
    """Whether two actor names are one body or one of its organs ("European Union" and
    "European Commission"): news tells the same act by either."""
    if not first or not second:
        return False
    parents = _parents(lang)
    return first == second or parents.get(first) == second or parents.get(second) == first


@cache
def _parents(lang: str) -> dict[str, str]:
    return {e.name: e.part_of for e in actor_dictionary(lang).entries if e.part_of}


def entity_patterns(lang: str = "da", include_countries: bool = True) -> list[dict]:
    """spaCy EntityRuler patterns for every dictionary name (and country name), with genitives.

    `id` carries the canonical name so that a ruler's matches can be mapped back to the entry.
    """
    patterns = []
    for entry in actor_dictionary(lang).entries:
        for name in entry.names:
            for form in (name, *genitive_forms(name)):
                patterns.append({"label": entry.label, "pattern": form, "id": entry.name})
    if include_countries:
        countries = country_lexicon(lang)
        for name, iso3 in countries.names.items():
            for form in (name, *genitive_forms(name)):
                patterns.append({"label": "LOC", "pattern": form, "id": iso3})
    return patterns


def genitive_forms(name: str) -> list[str]:
    """Danish genitives of a name: "Trumps", "USA's", "Hamas'"."""
    if name.endswith(("s", "x", "z")):
        return [name + "'", name + "’"]
    return [name + "s", name + "'s", name + "’s"]


def genitive_bases(text: str) -> list[str]:
    """Names that `text` may be the genitive of."""
    if text.endswith(("'s", "’s")):
        return [text[:-2]]
    if text.endswith(("'", "’")):
        return [text[:-1]]
    if text.endswith("s") and len(text) > 2:
        return [text[:-1]]
    return []


def _entry(item: dict, label: str) -> Entry:
    name = item["name"]
    aliases = [str(alias) for alias in item.get("aliases") or []]
    return Entry(
        name=name,
        label=item.get("label", label),
        names=tuple(dict.fromkeys([name, *aliases])),
        country=item.get("country"),
        sectors=_sectors(item.get("sector")),
        roles=tuple(_role(text) for text in item.get("roles") or []),
        wikidata=item.get("wikidata"),
        title=item.get("title"),
        letters=tuple(str(letter) for letter in item.get("letters") or []),
        has_actor=item.get("actor", True),
        part_of=item.get("part_of"),
    )


def _role(text: str) -> Role:
    match = ROLE_PATTERN.match(str(text).strip())
    if match is None:
        raise ValueError(f"actors.yaml: cannot read role {text!r} (want 'GOV 2019-06-27.. title')")
    country = match["country"]
    return Role(
        sectors=_sectors(match["sectors"]),
        start=_date(match["start"]),
        end=_date(match["end"]),
        title=match["title"],
        country=None if country in (None, "-") else country,
        country_set=country is not None,
    )


def _sectors(value: str | list | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = value if isinstance(value, list) else str(value).split("/")
    return tuple(str(part).strip() for part in parts if str(part).strip())


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    parts = [int(part) for part in text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _union(groups) -> list[str]:
    seen: dict[str, None] = {}
    for group in groups:
        for sector in group:
            seen.setdefault(sector, None)
    return list(seen)
