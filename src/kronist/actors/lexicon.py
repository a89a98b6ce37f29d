"""Role nouns and the small closed word classes of actor phrases, read from `lang/<lang>/`.

`roles.tsv` maps role nouns ("forsvarsminister", "demonstranterne", "politiets") to sectors;
`actor_grammar.yaml` lists determiners, modifiers, prepositions and pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from kronist.lang import read_tsv, read_yaml
from kronist.memo import MISSING, Memo
from kronist.nlp.lemmas import lemma_table

# Inflectional endings tried forwards (lemma + ending) to build the surface forms of a role noun.
DEFINITE_ENDINGS = ("en", "et", "n", "t")
PLURAL_ENDINGS = ("er", "e", "r")
DEFINITE_PLURAL_ENDINGS = ("erne", "ene", "rne", "ne")
MIN_COMPOUND_PREFIX = 3
LINKING_LETTERS = ("s", "e")  # "oprørs|leder", "bande|leder": a compound's joint
HEAD_TAIL = 4  # the fewest letters of a compound head tried ("styrkerne" of "sikkerhedsstyrkerne")


@dataclass(frozen=True)
class Role:
    lemma: str
    sectors: tuple[str, ...]
    kind: str  # person | group | body
    flags: frozenset[str]

    @property
    def inherits(self) -> bool:
        return "inherit" in self.flags

    @property
    def generic(self) -> bool:
        return "generic" in self.flags

    @property
    def anaphor(self) -> bool:
        return "anaphor" in self.flags

    @property
    def ambiguous(self) -> bool:
        return "amb" in self.flags

    @property
    def event_noun(self) -> bool:
        return "event" in self.flags

    @property
    def foreign(self) -> bool:
        return "foreign" in self.flags

    @property
    def home_office(self) -> bool:
        return "home" in self.flags

    @property
    def counterpart(self) -> bool:
        """ "sin ukrainske kollega": the same office as the clause's subject holds."""
        return "counterpart" in self.flags

    @property
    def topic(self) -> bool:
        """ "Kina-ekspert", "USA-korrespondent": a hyphen prefix names the subject the person
        knows or reports on, not whom they belong to."""
        return "topic" in self.flags

    @property
    def compound_head(self) -> bool:
        return "head" in self.flags


@dataclass(frozen=True)
class RoleMatch:
    """A token read as a role noun."""

    role: Role
    surface: str  # the inflected word without genitive ending and compound prefix
    genitive: bool
    bare: bool  # indefinite form: "soldat", "soldater" (an ambiguous role needs a modifier)
    definite: bool  # "ministeren", "gruppen": may refer back to an earlier actor
    prefix: str | None = None  # compound modifier before a hyphen: "Taleban" in "Taleban-styrker"
    compound: str = ""  # the first part of a compound read by its head: "udviklings"

    @property
    def title(self) -> str:
        """The role noun as a title, compound included: "udviklingsminister" (the row is
        "minister"), so that "udviklingsministeren" does not refer back to a premierminister."""
        return self.compound + self.role.lemma


@dataclass(frozen=True)
class Grammar:
    home_country: str | None
    determiners: frozenset[str]
    pronoun_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    modifiers: frozenset[str]
    modifier_patterns: tuple[re.Pattern, ...]
    complement_prepositions: frozenset[str]
    portfolio_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    person_pronouns: frozenset[str]
    pronoun_genders: dict[str, str]
    body_pronouns: dict[str, str]
    expletive_pronouns: frozenset[str]
    name_particles: frozenset[str]
    name_joiners: frozenset[str]
    modifier_sectors: dict[str, str]
    former_modifiers: frozenset[str]
    mobile_sectors: frozenset[str]
    left_edge_trim: frozenset[str]
    relative_pronouns: frozenset[str] = frozenset()
    apposition_verbs: tuple[tuple[str, ...], ...] = ()
    copula_verbs: frozenset[str] = frozenset()
    age_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    nobody_determiners: frozenset[str] = frozenset()
    latest_named_pronouns: frozenset[str] = frozenset()  # "Denne afviste": the one named last
    reflexive_possessives: frozenset[str] = frozenset()  # "sin minister": the subject's
    home_names: dict = field(default_factory=dict)  # how the home country's people are named
    origin_phrases: tuple[tuple[str, ...], ...] = ()  # "flygtede fra": where a person is from
    perfect_auxiliaries: frozenset[str] = frozenset()  # "har forbudt piger": a verb's participle
    country_anaphors: frozenset[str] = frozenset()  # "landets hær": the country just named
    body_sectors: frozenset[str] = frozenset()  # "EU's udenrigsministre" are the EU
    container_prepositions: frozenset[str] = frozenset()  # "Tapa i Estland"
    setting_prepositions: frozenset[str] = frozenset()  # "politiet i Malmø"
    international_words: frozenset[str] = frozenset()  # "Den internationale Røde Kors"
    content_prepositions: frozenset[str] = frozenset()  # "anklagerne om spionage": the act
    local_sectors: frozenset[str] = (
        frozenset()
    )  # mobile, yet of the country "i X" names  # "i nabolandet Sydafrika": before a place's name


@cache
def grammar(lang: str) -> Grammar:
    data = read_yaml(lang, "actor_grammar.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(word).lower() for word in data.get(key, []))

    return Grammar(
        home_country=data.get("home_country"),
        determiners=words("determiners"),
        pronoun_determiners=words("pronoun_determiners"),
        definite_determiners=words("definite_determiners"),
        modifiers=words("modifiers"),
        modifier_patterns=tuple(re.compile(p) for p in data.get("modifier_patterns") or []),
        complement_prepositions=words("complement_prepositions"),
        portfolio_prepositions=words("portfolio_prepositions"),
        locative_prepositions=words("locative_prepositions"),
        destination_prepositions=words("destination_prepositions"),
        person_pronouns=words("person_pronouns"),
        pronoun_genders={k.lower(): v for k, v in (data.get("pronoun_genders") or {}).items()},
        body_pronouns={k.lower(): v for k, v in (data.get("body_pronouns") or {}).items()},
        expletive_pronouns=words("expletive_pronouns"),
        latest_named_pronouns=words("latest_named_pronouns"),
        reflexive_possessives=words("reflexive_possessives"),
        name_particles=words("name_particles"),
        name_joiners=words("name_joiners"),
        modifier_sectors={k.lower(): v for k, v in (data.get("modifier_sectors") or {}).items()},
        former_modifiers=words("former_modifiers"),
        mobile_sectors=frozenset(data.get("mobile_sectors") or []),
        left_edge_trim=words("left_edge_trim"),
        relative_pronouns=words("relative_pronouns"),
        copula_verbs=words("copula_verbs"),
        age_words=words("age_words"),
        place_nouns=words("place_nouns"),
        nobody_determiners=words("nobody_determiners"),
        home_names=data.get("home_names") or {},
        perfect_auxiliaries=words("perfect_auxiliaries"),
        origin_phrases=tuple(
            tuple(str(phrase).lower().split()) for phrase in data.get("origin_phrases") or []
        ),
        country_anaphors=words("country_anaphors"),
        local_sectors=frozenset(data.get("local_sectors") or []),
        body_sectors=frozenset(data.get("body_sectors") or []),
        container_prepositions=words("container_prepositions"),
        setting_prepositions=words("setting_prepositions"),
        international_words=words("international_words"),
        content_prepositions=words("content_prepositions"),
        apposition_verbs=tuple(
            sorted(
                (tuple(str(p).lower().split()) for p in data.get("apposition_verbs") or []),
                key=len,
                reverse=True,
            )
        ),
    )


def _inflection_of_another_sector(found: Role | None, own: Role) -> bool:
    """A role's own word read as an inflection of another role of other sectors."""
    return (
        found is not None
        and found.lemma != own.lemma
        and "listed" not in own.flags
        and found.sectors != own.sectors
    )


def is_common_word(lang: str, word: str) -> bool:
    """A word the language's lemma table knows in lower case (so not only a name)."""
    return word.lower() in lemma_table(lang)


class RoleLexicon:
    """Looks up a token's text (any case, inflection, genitive, compound) as a role noun."""

    def __init__(self, lang: str):
        self.lang = lang
        self.by_lemma: dict[str, Role] = {}
        self.forms: dict[str, Role] = {}
        for row in read_tsv(lang, "roles.tsv"):
            role = _role_from_row(row)
            self.by_lemma.setdefault(role.lemma, role)
            extra = [form.strip().lower() for form in row[4].split(",")] if len(row) > 4 else []
            forms = extra if "listed" in role.flags else [*_inflections(role.lemma), *extra]
            for form in forms:
                self.forms.setdefault(form, role)
        for lemma, role in self.by_lemma.items():
            if _inflection_of_another_sector(self.forms.get(lemma), role):
                self.forms[lemma] = role  # "forsvarer" is a lawyer, no plural of "forsvar"
        self.head_forms = {form: role for form, role in self.forms.items() if role.compound_head}
        # the last HEAD_TAIL letters of the head forms: a word ending in none ends in no head
        self.head_tails = frozenset(form[-HEAD_TAIL:] for form in self.head_forms)
        # the words for any organisation ("gruppen", "bevægelsen"): coreference asks per article
        self.generic_lemmas = frozenset(
            lemma for lemma, role in self.by_lemma.items() if role.generic
        )
        self.lemmas = lemma_table(lang)
        self._found: Memo[tuple[str, str | None], RoleMatch | None] = Memo()

    def lookup(self, text: str, lemma: str | None = None) -> RoleMatch | None:
        """The role the word names (its lemma helps), or None; each word is read once."""
        key = (text, lemma)
        found = self._found.get(key, MISSING)  # no exception raised when it is the first time
        if found is MISSING:
            return self._found.keep(key, self._read(text, lemma))
        return found  # type: ignore[return-value]

    def _read(self, text: str, lemma: str | None) -> RoleMatch | None:
        word = text.lower().strip("'’")
        prefix = None
        if "-" in word.strip("-"):
            prefix, word = text.rsplit("-", 1)[0], word.rsplit("-", 1)[1]
        match = self._lookup_word(word, lemma if prefix is None else None)
        if match is None or prefix is None:
            return match
        return replace(match, prefix=prefix)

    def _lookup_word(self, word: str, lemma: str | None) -> RoleMatch | None:
        readings = _genitive_readings(word)
        for surface, genitive in readings:
            role = self._role_of(surface, None if genitive else lemma)
            if role is not None:
                return _match(role, surface, genitive)
        for surface, genitive in readings:
            role, start = self._compound_head(surface)
            if role is not None and not self._known_other_word(surface, role):
                role = self._of_its_first_part(role, surface[:start])
                return replace(_match(role, surface, genitive), compound=surface[:start])
        return None

    def _of_its_first_part(self, role: Role, first: str) -> Role:
        """A head that takes its organisation's sector ("leder", "chef") takes the one its
        compound names: "militslederen" leads a militia, "bandelederen" a gang."""
        if not role.inherits or role.sectors:
            return role
        for stem in (first, first[:-1]) if first.endswith(LINKING_LETTERS) else (first,):
            owner = self._role_of(stem, None) if len(stem) >= MIN_COMPOUND_PREFIX else None
            if owner is not None and owner.sectors and not owner.inherits:
                return replace(role, sectors=owner.sectors, flags=role.flags - {"inherit"})
        return role

    def _known_other_word(self, surface: str, role: Role) -> bool:
        """A word the lemma table knows with another ending is no compound of the role noun:
        "billederne" is "billede", not "bil" + "lederne"; "energiministeren" is fine."""
        lemma = self.lemmas.get(surface)
        return lemma is not None and not lemma.endswith(role.lemma)

    def _role_of(self, surface: str, lemma: str | None) -> Role | None:
        role = self.forms.get(surface)
        if role is not None:
            return role
        for candidate in (self.lemmas.get(surface), lemma.lower() if lemma else None):
            if candidate and candidate in self.by_lemma:
                role = self.by_lemma[candidate]
                return None if "listed" in role.flags else role
        return None

    def _compound_head(self, surface: str) -> tuple[Role | None, int]:
        """The role of the longest known head that ends a compound ("sikkerhedsstyrkerne"), and
        where that head begins."""
        if surface[-HEAD_TAIL:] not in self.head_tails:
            return None, 0  # every head tried below ends in these letters
        for start in range(MIN_COMPOUND_PREFIX, len(surface) - HEAD_TAIL + 1):
            role = self.head_forms.get(surface[start:])
            if role is not None:
                return role, start
        return None, 0


def _role_from_row(row: tuple[str, ...]) -> Role:
    sectors = tuple(s for s in row[1].split(",") if s and s != "-") if len(row) > 1 else ()
    flags = frozenset(f for f in row[3].split(",") if f) if len(row) > 3 else frozenset()
    kind = row[2] if len(row) > 2 else "person"
    return Role(lemma=row[0].lower(), sectors=sectors, kind=kind, flags=flags)


def _inflections(lemma: str) -> list[str]:
    forms = [lemma]
    for ending in (*DEFINITE_ENDINGS, *PLURAL_ENDINGS, *DEFINITE_PLURAL_ENDINGS):
        if lemma.endswith("e") and ending[0] == "e":
            continue
        forms.append(lemma + ending)
    return forms


def _genitive_readings(word: str) -> list[tuple[str, bool]]:
    """Genitive reading first ("politiets" is "politiet" + s), then the word as it stands."""
    if word.endswith(("'s", "’s")):
        return [(word[:-2], True), (word, False)]
    if word.endswith("s") and len(word) > 3:
        return [(word[:-1], True), (word, False)]
    return [(word, False)]


def _match(role: Role, surface: str, genitive: bool) -> RoleMatch:
    stem = role.lemma.rsplit(" ", 1)[-1]
    tail = surface[-len(stem) - 4 :]
    indefinite = {stem, *(stem + ending for ending in PLURAL_ENDINGS)}
    bare = surface == role.lemma or any(tail.endswith(form) for form in indefinite)
    definite = not bare and surface.endswith(("en", "et", "ne", "n", "t"))
    return RoleMatch(role=role, surface=surface, genitive=genitive, bare=bare, definite=definite)
