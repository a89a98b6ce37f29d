"""Where an article is set, for nominal actors that do not say whose they are.

"demonstranterne" in an article about Baghdad are Iraqi: a nominal actor, or a person or body
the dictionary does not know, without a country takes the country of a place named in its
sentence, else in its paragraph, else the article's dominant place; an unknown place name (from
the NER) is placed the same way. Places are cities, regions and areas, countries named after a
locative preposition ("i Irak"), a named country's state bodies ("Iraks parlament opfordrede
regeringen": the government is Iraq's; "Præsidenten ..., oplyser Det Hvide Hus": the American
one) and its political parties ("Regeringen indgår aftale med
Venstre": parties act at home); a country named as an actor ("USA mistænker ...") counts only a
little. Actors whose sector travels (military, rebels, media, IGOs ...) are left
alone, and so is anything whose role is posted abroad (embassies). A role noun that refers back
takes its antecedent's country; a person named after a nationality adjective ("den irakiske
ingeniør Ali Hassan") is of that nation; a person named the home country's way ("Signe
Holmgaard") and a home office named bare and definite ("forsvarsministeren") are the home
country's; one who fled or was born somewhere ("flygtede fra Ukraine") is from there. With no
place at all, the language's home country is used. The mention is flagged `inferred`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from spacy.tokens import Doc

from kronist.actors.mentions import Mention, Resources, nominal_actor
from kronist.model import Actor
from kronist.nlp.docs import alpha_or_space, token_texts
from kronist.nlp.features import locale_names

PLACE_WEIGHT = 1.0
LOCATIVE_COUNTRY_WEIGHT = 1.0
COUNTRY_WEIGHT = 0.25
LEAD_BONUS = 1.0  # places in the headline and first sentences say where the story is
LEAD_SENTENCES = 3
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# parties, unions and farm lobbies act at home; firms and organisations may act anywhere
HOME_SECTORS = frozenset({"PTY", "LAB", "AGR"})


def assign_context_countries(
    doc: Doc, mentions: list[Mention], sentence_of: list[int], res: Resources, home: bool = True
) -> None:
    places = [m for m in mentions if _place_country(m) is not None]
    paragraph_of = _paragraph_index(doc)
    # a state body sets its own sentence only ("Iraks parlament opfordrede regeringen")
    settings = [m for m in mentions if _setting_country(m) is not None]
    by_sentence = _weights(settings, lambda m: sentence_of[m.start], sentence_of)
    by_paragraph = _weights(settings, lambda m: paragraph_of[m.start], sentence_of)
    # a story about parties is set in their country ("Regeringen indgår aftale med Venstre")
    domestic = [m for m in mentions if _acts_at_home(m) is not None]
    article = _weights([*places, *domestic], lambda m: 0, sentence_of).get(0)
    settled: set[int] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    countries_named = _countries_named(ordered)
    leading_countries = _leading_countries(countries_named)
    describes_a_name = {
        id(m.described_by): m for m in mentions if m.described_by is not None and m.label == "PER"
    }
    adjective_ending_at = {m.end: m for m in mentions if m.kind == "adjective" and m.country}
    country_starting_at = {m.start: m.country for m in countries_named}
    abroad = any(m.country and m.country != res.grammar.home_country for m in countries_named)

    def settle(mention: Mention) -> None:
        if id(mention) in settled:
            return
        settled.add(id(mention))
        if mention.refers_to is not None and not (mention.actor and mention.actor.country):
            # "ministeren", "hæren" are whoever the minister, the army named before is
            antecedent = _settled_actor(mention.refers_to, settle)
            if antecedent is not None and antecedent.country:
                mention.actor = antecedent
                return
        name = mention if mention.label == "PER" else describes_a_name.get(id(mention))
        nationality = _nationality_before(doc, mention, adjective_ending_at) or _origin_after(
            doc, mention, country_starting_at, res
        )
        if nationality is not None and _unplaced_name(mention, res):
            _give_country(mention, nationality, res)  # "den irakiske ingeniør Ali Hassan"
            return
        if home and _unplaced_home_name(doc, mention, name, res):
            # "siger administrerende direktør Anne-Mette Vinding": a Dane, whatever her role,
            # unless she is set where names look Danish too ("Ole Johansen" in Bergen)
            set_in = _best(by_sentence.get(sentence_of[mention.start]), PLACE_WEIGHT)
            lookalikes = res.grammar.home_names.get("lookalike_countries", ())
            _give_country(
                mention, set_in if set_in in lookalikes else res.grammar.home_country, res
            )
            return
        if not _needs_country(doc, mention, res):
            return
        if _country_anaphor(doc, mention, res):
            named = _country_referred_to(
                countries_named, leading_countries, mention.start, sentence_of
            )
            if named is not None:
                _give_country(mention, named, res)
                return
        if home and name is None and _home_office(mention):
            _give_country(mention, res.grammar.home_country, res)
            return
        reporter = _reporting_official(doc, mention, ordered, sentence_of)
        if reporter is not None:
            _give_country(mention, reporter, res)
            return
        country = _best(by_sentence.get(sentence_of[mention.start]), PLACE_WEIGHT)
        country = country or _best(by_paragraph.get(paragraph_of[mention.start]), PLACE_WEIGHT)
        country = country or _best(article, 0.0)
        if (
            country is None
            and home
            and not (abroad and (mention.is_place or mention.label == "LOC"))
        ):
            country = res.grammar.home_country  # an unknown town in a story abroad is not home
        if country is not None:
            _give_country(mention, country, res)

    for mention in ordered:
        settle(mention)


def _unplaced_home_name(doc: Doc, mention: Mention, name: Mention | None, res: Resources) -> bool:
    """A person (or the role phrase describing one) without a country, whom the dictionary does
    not know and who is named the home country's way."""
    return (
        name is not None
        and mention.actor is not None
        and not mention.actor.country
        and mention.kind in ("name", "role")
        and name.entry is None  # the dictionary says where the people it knows belong
        and (looks_home_named(doc[name.start : name.end].text, res) or _home_titled(doc, name, res))
    )


def _home_titled(doc: Doc, name: Mention, res: Resources) -> bool:
    """ "Udenrigsminister Mikkel Lindholt besøgte Kyiv": an office of the home country as a bare
    title (no country, no owner) of a person with a first name of the home country is that
    office's holder, whatever the surname ("udenrigsminister Kadri Lepp" is no Dane)."""
    phrase = name.described_by
    match = phrase.role if phrase is not None else None
    if match is None or not match.role.home_office or phrase.owner is not None:
        return False
    if phrase.has_own_country:
        return False
    first_names, _ = locale_names(res.grammar.home_names.get("locale", ""))
    return doc[name.start].text in first_names


def looks_home_named(name: str, res: Resources) -> bool:
    """A person named the home country's way (`home_names` in the actor grammar): a first name
    of its locale and a surname of it, or with one of its endings or letters."""
    rules = res.grammar.home_names
    words = name.replace("-", " ").split()
    if len(words) < 2 or not rules.get("locale"):
        return False
    first_names, surnames = locale_names(rules["locale"])
    surname = words[-1]
    return words[0] in first_names and (
        surname in surnames
        or surname.lower().endswith(tuple(rules.get("surname_endings", ())))
        or any(letter in surname.lower() for letter in rules.get("letters", ()))
    )


NATIONALITY_GAP = 4  # words between the adjective and the name ("russiske hærs talsmand,")
TITLE_POS = frozenset({"NOUN", "ADJ", "CCONJ"})  # "oppositionspolitiker og forfatter"


def _nationality_before(doc: Doc, mention: Mention, adjective_ending_at: dict) -> str | None:
    """The country of a nationality adjective before a person's name, with only the words of a
    title between ("den irakiske ingeniør Ali Hassan", "den russiske oppositionspolitiker og
    forfatter Ivan Petrov", "den ukrainske hærs talsmand, Ivan Petrov", "Irakiske Ali
    Hassan"); a verb between ends it ("den danske regering har sendt Ivan Petrov")."""
    if mention.label != "PER" or mention.kind != "name":
        return None
    for gap in range(NATIONALITY_GAP + 1):
        adjective = adjective_ending_at.get(mention.start - gap)
        if adjective is not None:
            between = list(doc[adjective.end : mention.start])
            if between and between[-1].text == ",":
                between = between[:-1]  # the apposition's comma
            if all(_title_word(token) for token in between):
                return adjective.country
    return None


def _title_word(token) -> bool:
    return token.is_lower and token.is_alpha and (not token.pos_ or token.pos_ in TITLE_POS)


ORIGIN_GAP = 1  # words between a name and its origin phrase ("Olga Petrenko er flygtet fra")


def _origin_after(
    doc: Doc, mention: Mention, country_starting_at: dict, res: Resources
) -> str | None:
    """The country a person has fled, stems or was born in, told right after the name
    ("Olga Petrenko flygtede fra Ukraine", "Ali Hassan, der er født i Syrien")."""
    if mention.label != "PER" or mention.kind != "name":
        return None
    words = [token.lower_ for token in doc[mention.end : mention.end + 8]]
    for skip in range(ORIGIN_GAP + 2):  # a comma and a relative pronoun, or an auxiliary
        for phrase in res.grammar.origin_phrases:
            if tuple(words[skip : skip + len(phrase)]) == phrase:
                country = country_starting_at.get(mention.end + skip + len(phrase))
                if country is not None:
                    return country
    return None


def _settled_actor(antecedent: Mention, settle) -> Actor | None:
    """The antecedent's actor once its own country is settled; a name described by a role
    phrase ("Landbrugsminister Elena Ruiz") is as that phrase is."""
    settle(antecedent)
    actor, described = antecedent.actor, antecedent.described_by
    if described is None or (actor is not None and actor.country):
        return actor
    settle(described)
    country = described.actor.country if described.actor else None
    if actor is None or country is None:
        return described.actor
    return actor.model_copy(update={"country": country})


def _give_country(mention: Mention, country: str, res: Resources) -> None:
    actor = mention.actor
    if mention.kind in ("name", "surname"):
        mention.actor = actor.model_copy(update={"country": country})
    else:
        mention.actor = nominal_actor(country, list(actor.sectors), res.countries)
    mention.country = country
    mention.inferred = True


def _home_office(mention: Mention) -> bool:
    """ "statsministeren", "Folketinget": an office of the home country, named bare and definite
    with nothing earlier it refers to, is the home country's, wherever the story is set. As a
    name's title it says nothing ("udenrigsminister Kadri Lepp" in a story about Estonia): the
    name decides."""
    match = mention.role
    return (
        mention.kind == "role"
        and match is not None
        and match.role.home_office
        and match.definite
        and mention.owner is None
    )


def _reporting_official(
    doc: Doc, mention: Mention, ordered: list[Mention], sentence_of: list[int]
) -> str | None:
    """ "Ministeren annoncerede, at regeringen giver ...": the government an official speaks of
    in the at-clause of their statement is their own, wherever they speak."""
    if mention.start == 0 or doc[mention.start - 1].lower_ != "at" or not _a_state_body(mention):
        return None
    sentence = sentence_of[mention.start]
    before = bisect_left(ordered, mention.start, key=lambda m: m.start)
    for k in range(before - 1, -1, -1):  # back over its own sentence only
        other = ordered[k]
        if sentence_of[other.start] != sentence:
            break
        if other.end > mention.start - 1:
            continue
        actor = other.actor
        if _a_person(other) and actor is not None and actor.country and "GOV" in actor.sectors:
            return actor.country
    return None


def _a_state_body(mention: Mention) -> bool:
    match = mention.role
    return (
        mention.kind == "role"
        and match is not None
        and match.role.kind == "body"
        and match.definite
        and mention.owner is None
        and "GOV" in match.role.sectors
    )


def _a_person(mention: Mention) -> bool:
    if mention.label == "PER":
        return True
    return mention.role is not None and mention.role.role.kind == "person"


def _needs_country(doc: Doc, mention: Mention, res: Resources) -> bool:
    if mention.kind == "name" and mention.label == "LOC":
        return mention.actor is not None and not mention.actor.country  # an unknown place
    if mention.kind in ("name", "surname") and mention.label in ("PER", "ORG"):
        return _unplaced_name(mention, res)
    if mention.kind != "role" or mention.actor is None or mention.actor.country:
        return False
    if mention.role is not None and mention.role.role.foreign:
        return False
    if _country_anaphor(doc, mention, res):
        return True
    if _owned_by_a_stateless_body(mention, res):
        return False  # "EU's udenrigsministre" meeting in Bruxelles are no Belgians
    if _is_home_office_role(mention):
        return True  # "forsvarsministeren" is no soldier who may be anyone's
    sectors = set(mention.actor.sectors)
    return bool(sectors) and not sectors & res.grammar.mobile_sectors


def _country_anaphor(doc: Doc, mention: Mention, res: Resources) -> bool:
    """ "landets hær": a role phrase owned by the country just named."""
    return mention.kind == "role" and doc[mention.start].lower_ in res.grammar.country_anaphors


def _countries_named(mentions: list[Mention]) -> list[Mention]:
    """The countries, country adjectives and places named, in text order."""
    return [m for m in mentions if m.country and (m.kind in ("country", "adjective") or m.is_place)]


def _country_referred_to(
    named: list[Mention], leaders: list[str], start: int, sentence_of: list[int]
) -> str | None:
    """The country "landets" refers to: the first country, country adjective or place named
    earlier in its sentence ("Estland udviser en russisk diplomat, som landets sikkerhedspoliti
    mistænker": Estonia's; "Det irakiske parlament har opfordret landets regering": Iraq's),
    else the country named most so far, the later one of a tie (an attack in Burkina Faso "tæt
    på grænsen til Mali": "landets militærregering" is Burkina Faso's). `named`:
    `_countries_named`, in text order; `leaders`: `_leading_countries` of it."""
    before = bisect_left(named, start, key=lambda m: m.start)
    if before == 0:
        return None
    first = before - 1
    while first > 0 and sentence_of[named[first - 1].start] == sentence_of[start]:
        first -= 1
    own = sentence_of[named[first].start] == sentence_of[start]
    return named[first].country if own else leaders[before - 1]


def _leading_countries(named: list[Mention]) -> list[str]:
    """For each mention of `named`, the country named most often up to it (ties: the later)."""
    counts: Counter = Counter()
    leaders: list[str] = []
    leader = None
    for mention in named:
        counts[mention.country] += 1
        if leader is None or counts[mention.country] >= counts[leader]:
            leader = mention.country
        leaders.append(leader)
    return leaders


def _owned_by_a_stateless_body(mention: Mention, res: Resources) -> bool:
    owner = mention.owner.actor if mention.owner is not None else None
    return (
        owner is not None
        and not owner.country
        and bool(set(owner.sectors) & res.grammar.mobile_sectors)
    )


def _is_home_office_role(mention: Mention) -> bool:
    """A home office that is only itself, not the title of someone the dictionary knows
    ("indenrigsminister Margrethe Vestager" is the commissioner she became)."""
    role = mention.role.role if mention.role is not None else None
    return (
        role is not None
        and role.home_office
        and mention.actor is not None
        and set(mention.actor.sectors) <= set(role.sectors)
    )


def _unplaced_name(mention: Mention, res: Resources) -> bool:
    """A person or organisation the dictionary does not know, named without a country ("siger
    Farid Karimi", "oppositionspartiet MDC"): news introduces foreigners by their nationality or
    office, so an unmarked name belongs where the story is set; names whose role travels
    (officers, reporters, international bodies) are left alone."""
    actor = mention.actor
    if actor is None or actor.country or mention.described_by is not None:
        return False
    return not set(actor.sectors) & res.grammar.mobile_sectors


def _place_country(mention: Mention) -> str | None:
    if mention.destination:
        return None  # "sender soldater til Estland": where they go, not where the story is
    if mention.is_place and mention.country:
        return mention.country
    if mention.kind == "country":
        return mention.country
    return None


def _setting_country(mention: Mention) -> str | None:
    """Where a sentence is set: its places, a named country's state bodies and its people
    ("Tre palæstinensere blev dræbt, da soldater åbnede ild mod demonstranter")."""
    if is_state_body(mention) or _is_a_nations_people(mention):
        return mention.actor.country if mention.actor else None
    return _place_country(mention) or _acts_at_home(mention)


def _acts_at_home(mention: Mention) -> str | None:
    """The country of a political party, a union or a farm lobby named by its name: they act
    at home ("Landbrug & Fødevarer kræver, at regeringen hjælper": the Danish government)."""
    actor = mention.actor
    if mention.kind not in ("name", "actor") or actor is None or not actor.country:
        return None
    return actor.country if HOME_SECTORS & set(actor.sectors) else None


def _is_a_nations_people(mention: Mention) -> bool:
    """Civilians named by their nationality: "palæstinensere", "irakiske demonstranter"."""
    actor = mention.actor
    if actor is None or not actor.country or not mention.has_own_country:
        return False
    return mention.kind == "role" and set(actor.sectors) == {"CVL"}


def _weight(mention: Mention, sentence: int) -> float:
    if (
        mention.is_place
        or is_state_body(mention)
        or _is_a_nations_people(mention)
        or _acts_at_home(mention)
    ):
        weight = PLACE_WEIGHT
    elif mention.locative:
        weight = LOCATIVE_COUNTRY_WEIGHT
    else:
        weight = COUNTRY_WEIGHT
    return weight + (LEAD_BONUS * weight if sentence < LEAD_SENTENCES else 0.0)


def _weights(places: list[Mention], key, sentence_of: list[int]) -> dict[int, Counter]:
    table: dict[int, Counter] = {}
    for place in places:
        table.setdefault(key(place), Counter())[_setting_country(place)] += _weight(
            place, sentence_of[place.start]
        )
    return table


def _best(counter: Counter | None, minimum: float) -> str | None:
    """The heaviest country, if it weighs enough: a country named once as an actor
    ("»Død over USA«") says little about where a sentence is set."""
    if not counter:
        return None
    country, weight = counter.most_common(1)[0]
    return country if weight >= minimum else None


def _paragraph_index(doc: Doc) -> list[int]:
    index = []
    paragraph = 0
    for text, (_alpha, space) in zip(token_texts(doc), alpha_or_space(doc), strict=True):
        if "\n\n" in text or (space and text.count("\n") >= 2):
            paragraph += 1
        index.append(paragraph)
    return index


def is_state_body(mention: Mention) -> bool:
    """An institution of a named country's state: "Iraks parlament", "det irakiske politi",
    "Det Hvide Hus"."""
    actor = mention.actor
    if mention.kind == "actor" and mention.label == "ORG" and actor is not None:
        return bool(actor.country) and bool(set(actor.sectors) & STATE_SECTORS)
    if actor is None or not actor.country or not mention.has_own_country:
        return False
    role = mention.role
    if role is None or role.role.kind != "body" or role.role.foreign:
        return False  # persons travel; an embassy stands in another country than its own
    return bool(set(actor.sectors) & STATE_SECTORS)
