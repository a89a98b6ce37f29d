"""Numbers and casualty counts: "25", "1.200", "femogtyve", "to hundrede"; killed and injured.

Number words and casualty words live in `lang/<lang>/numbers.tsv` and `casualties.yaml`. The
casualty finder works on token text and lemmas only, so it runs on the blank fallback pipeline;
POS tags, when the trained pipeline provides them, only sharpen the coordination rule.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from kronist.lang import read_tsv, read_yaml
from kronist.nlp.docs import token_texts
from kronist.nlp.features import is_person_name

_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")  # "25", "1.200", "10.000"
_DECIMAL = re.compile(r"^\d+,\d+$")  # "2,5" (only meaningful before a multiplier)
_RANGE = re.compile(r"^([^\W\d]+|\d[\d.]*)[-–]([^\W\d]+|\d[\d.]*)$")  # "5-6", "fem-seks"
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True)
class Quantity:
    """A count read from text: `low` is the number (or the floor a vague word implies)."""

    low: int | None
    vague: bool = False


@dataclass(frozen=True)
class _NumberWords:
    values: dict[str, int]
    kinds: dict[str, str]
    vague: dict[str, int | None]
    qualifiers: frozenset[str]
    compound: re.Pattern[str]


@cache
def _number_words(lang: str) -> _NumberWords:
    values: dict[str, int] = {}
    kinds: dict[str, str] = {}
    vague: dict[str, int | None] = {}
    qualifiers: set[str] = set()
    for word, value, kind in read_tsv(lang, "numbers.tsv"):
        if kind == "qualifier":
            qualifiers.add(word)
        elif kind == "vague":
            vague[word] = None if value == "-" else int(value)
        else:
            values[word] = int(value)
            kinds[word] = kind
    units = sorted((w for w, k in kinds.items() if k == "unit" and values[w] > 0), key=len)
    tens = sorted((w for w, k in kinds.items() if k == "tens"), key=len)
    unit_words = "|".join(map(re.escape, reversed(units)))
    tens_words = "|".join(map(re.escape, reversed(tens)))
    compound = re.compile(rf"^({unit_words})og({tens_words})$")
    return _NumberWords(values, kinds, vague, frozenset(qualifiers), compound)


def _word_value(word: str, lang: str) -> tuple[float, str] | None:
    """(value, kind) of one token: digits, a number word or a compound like "femogtyve"."""
    words = _number_words(lang)
    if _DIGITS.match(word):
        return float(word.replace(".", "")), "digits"
    if _DECIMAL.match(word):
        return float(word.replace(",", ".")), "decimal"
    if word in words.values:
        return float(words.values[word]), words.kinds[word]
    match = words.compound.match(word)
    if match:
        return float(words.values[match[1]] + words.values[match[2]]), "compound"
    return None


def is_number_word(word: str, lang: str = "da") -> bool:
    """True when the token is part of a count: digits, a number word, a multiplier, a range."""
    word = word.casefold()
    if _word_value(word, lang) is not None:
        return True
    match = _RANGE.match(word)
    return bool(match) and all(_word_value(side, lang) for side in (match[1], match[2]))


def _combine(words: Sequence[str], lang: str) -> int | None:
    """Value of a run of number words: "to hundrede og femogtyve" -> 225."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word == "og" and seen:
            continue
        parsed = _word_value(word, lang)
        if parsed is None:
            return None
        value, kind = parsed
        if kind == "multiplier":
            current = (current or 1) * value
            if value >= 1000:
                total, current = total + current, 0.0
        else:
            if kind == "decimal" and current:
                return None
            current += value
        seen = True
    result = total + current
    if not seen or result != int(result):
        return None
    return int(result)


def parse_quantity(text: str, lang: str = "da") -> Quantity | None:
    """Read a count, keeping vague ones apart: "mindst 25" -> 25; "flere hundrede" -> 200, vague.

    Returns None when the text is not a quantity at all.
    """
    number_words = _number_words(lang)
    tokens = text.casefold().replace("\u00a0", " ").split()
    while tokens and tokens[0] in number_words.qualifiers:
        tokens = tokens[1:]
    if not tokens:
        return None
    if len(tokens) == 1 and (match := _RANGE.match(tokens[0])):
        low, high = _combine([match[1]], lang), _combine([match[2]], lang)
        return Quantity(low) if low is not None and high is not None else None
    vague_at = next((i for i, t in enumerate(tokens) if t in number_words.vague), None)
    if vague_at is not None and vague_at <= 1:
        return _vague_quantity(tokens, vague_at, lang)
    value = _combine(tokens, lang)
    return Quantity(value) if value is not None else None


def _vague_quantity(tokens: list[str], vague_at: int, lang: str) -> Quantity | None:
    head = tokens[:vague_at]
    words = _number_words(lang)
    if head and words.values.get(head[0]) != 1 and head[0] not in words.vague:
        return None  # "en række", "nogle få"; not "25 flere"
    floor = _number_words(lang).vague[tokens[vague_at]]
    rest = tokens[vague_at + 1 :]
    if rest and floor is not None:
        multiplied = _combine(["1", *rest], lang)
        if multiplied is not None:
            floor *= multiplied
    return Quantity(floor, vague=True)


def parse_number(text: str, lang: str = "da") -> int | None:
    """The integer a text states ("25", "1.200", "to", "femogtyve"); None if vague or no number."""
    quantity = parse_quantity(text, lang)
    if quantity is None or quantity.vague:
        return None
    return quantity.low


# --- casualties ---------------------------------------------------------------------------


@dataclass
class Casualties:
    killed: int | None = None
    injured: int | None = None
    killed_text: str | None = None  # the words the count was read from
    injured_text: str | None = None
    # how the count is told: "total" ("I alt ti personer"), "floor" ("mindst 25", "over 100"),
    # "additional" ("yderligere to"), None for a plain count
    killed_kind: str | None = None
    injured_kind: str | None = None
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, start, end) chars


@dataclass(frozen=True)
class _Lexicon:
    classes: dict[str, dict[str, str]]  # kind ("killed"/"injured") -> word form -> word class
    life_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    idiom_verbs: frozenset[str]
    passive: frozenset[str]
    perfect: frozenset[str]
    determiners: frozenset[str]
    count_nouns: frozenset[str]
    units: frozenset[str]
    prepositions: frozenset[str]
    verbs: frozenset[str]
    year_markers: frozenset[str]
    copulas: frozenset[str]
    articles: frozenset[str]
    person_nouns: frozenset[str]
    victim_prepositions: frozenset[str]
    person_connectors: frozenset[str]
    casualty_connectors: frozenset[str]
    toll_kinds: dict[tuple[str, ...], str]  # words right before a count -> how it is told
    window: int
    single_definite: frozenset[str] = frozenset()  # "drabet": one killing, one dead
    single_bare: frozenset[str] = frozenset()  # "manddrab": one only after a charge's preposition
    single_articles: frozenset[str] = frozenset()
    charge_prepositions: frozenset[str] = frozenset()
    not_done: frozenset[str] = frozenset()  # "forsøg på drab": no killing done
    negators: tuple[tuple[str, ...], ...] = ()  # "ikke", "uden at"
    negative_polarity: frozenset[str] = frozenset()  # "nogen": nobody under a negation
    nought_openers: frozenset[str] = frozenset()  # "hverken X eller Y"
    report_words: frozenset[str] = frozenset()  # "ingen meldinger om tilskadekomne"
    report_prepositions: frozenset[str] = frozenset()
    inclusions: frozenset[str] = frozenset()  # ", heriblandt to børn," tells some of the count


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = read_yaml(lang, "casualties.yaml")
    classes: dict[str, dict[str, str]] = {}
    for kind in ("killed", "injured"):
        forms: dict[str, str] = {}
        for word_class, words in data[kind].items():
            for word in words:
                forms.setdefault(word.casefold(), word_class)
        classes[kind] = forms
    words = {
        key: frozenset(w.casefold() for w in data[key])
        for key in data
        if isinstance(data[key], list)
    }
    return _Lexicon(
        classes=classes,
        life_verbs=words["life_verbs"],
        harm_verbs=words["harm_verbs"],
        idiom_verbs=words["to_death_idiom_verbs"],
        passive=words["passive_auxiliaries"],
        perfect=words["perfect_auxiliaries"],
        determiners=words["nominal_determiners"],
        count_nouns=words["count_nouns"],
        units=words["non_person_units"],
        prepositions=words["prepositions"],
        verbs=words["clause_verbs"],
        year_markers=words["year_markers"],
        copulas=words["copulas"],
        articles=words["articles"],
        person_nouns=words.get("person_nouns", frozenset()),
        victim_prepositions=words.get("victim_prepositions", frozenset()),
        person_connectors=words.get("person_list_connectors", frozenset()),
        casualty_connectors=words.get("casualty_connectors", frozenset()),
        toll_kinds={
            tuple(phrase.casefold().split()): kind
            for kind in ("additional", "total", "floor")
            for phrase in data.get(f"{kind}_markers", ())
        },
        window=int(data.get("window", 8)),
        single_definite=frozenset(data.get("single_acts", {}).get("definite", ())),
        single_bare=frozenset(data.get("single_acts", {}).get("bare", ())),
        single_articles=words.get("single_act_articles", frozenset()),
        charge_prepositions=words.get("charge_prepositions", frozenset()),
        not_done=words.get("not_done_words", frozenset()),
        negators=tuple(tuple(str(p).casefold().split()) for p in data.get("negators", ())),
        negative_polarity=words.get("negative_polarity", frozenset()),
        nought_openers=words.get("nought_openers", frozenset()),
        report_words=words.get("report_words", frozenset()),
        report_prepositions=words.get("report_prepositions", frozenset()),
        inclusions=words.get("inclusions", frozenset()),
    )


_STOP_PUNCT = frozenset('.,;:!?()»«"“”')


@dataclass(frozen=True)
class _Count:
    start: int  # token index in the sentence
    end: int  # exclusive
    quantity: Quantity


def find_casualties(sentence: Span, lang: str = "da") -> Casualties:
    """Killed and injured counts stated in one sentence.

    "25 militante blev dræbt, og 51 andre blev såret" -> killed 25, injured 51;
    "dræbte tre soldater" -> killed 3; "ingen kom til skade" -> injured 0.
    Vague counts ("flere sårede") give None. Coordinated counts of one casualty word are added
    ("tre betjente og to civile blev dræbt" -> 5); of several casualty words of one kind the
    largest is kept, as a sentence (or a headline run into it) mostly restates a count.
    """
    tokens: list[Token] = []  # made at the first casualty word: most sentences have none
    lexicon = _lexicon(lang)
    result = Casualties()
    found: dict[str, list[tuple[_Count, int]]] = {"killed": [], "injured": []}
    keywords: dict[str, list[int]] = {"killed": [], "injured": []}
    texts = token_texts(sentence.doc)[sentence.start : sentence.end]
    for index, word in enumerate(text.casefold() for text in texts):
        for kind in ("killed", "injured"):
            if lexicon.classes[kind].get(word) is None:
                continue  # most words are no casualty word: passed over at one look-up
            tokens = tokens or list(sentence)
            word_class = _keyword_class(tokens, index, kind, lexicon)
            if word_class is None:
                continue
            keywords[kind].append(index)
            for count in _counts_for_keyword(tokens, index, word_class, lang, lexicon):
                found[kind].append((count, index))
    _none_of_either(found, keywords, tokens, lexicon)
    for kind, hits in found.items():
        _record(result, kind, hits, tokens, sentence, lexicon)
    return result


SHARED_REACH = 4  # words from one casualty word to the one coordinated with it ("eller kom til")


def _none_of_either(
    found: dict[str, list[tuple[_Count, int]]],
    keywords: dict[str, list[int]],
    tokens: list[Token],
    lexicon: _Lexicon,
) -> None:
    """Nobody, told once for two casualty words joined by "eller"/"og": "Ingen blev dræbt
    eller såret", "ingen dræbte eller sårede", "Ingen blev dræbt eller kom til skade" is no dead
    and no wounded (a count of some is not shared: "tre dræbte og sårede" does not say how
    many of each)."""
    for kind, other in (("injured", "killed"), ("killed", "injured")):
        if found[kind]:
            continue
        for count, first in list(found[other]):
            if count.quantity.vague or count.quantity.low != 0:
                continue
            following = [k for k in keywords[kind] if 0 < k - first <= SHARED_REACH]
            between = (
                [t.text.casefold() for t in tokens[first + 1 : following[0]]] if following else []
            )
            if (
                between
                and between[0] in lexicon.casualty_connectors
                and not (set(between) & _STOP_PUNCT)
            ):
                found[kind].append((count, following[0]))


def _keyword_class(tokens: list[Token], index: int, kind: str, lexicon: _Lexicon) -> str | None:
    word = tokens[index].text.casefold()
    word_class = lexicon.classes[kind].get(word)
    if word_class is None:
        return None
    before = tokens[max(0, index - lexicon.window) : index]
    lemmas = {_lemma(t) for t in before} | {t.text.casefold() for t in before}
    if word_class == "life" and not lemmas & lexicon.life_verbs:
        return None
    if word_class == "harm":
        if index == 0 or tokens[index - 1].text.casefold() != "til":
            return None
        if not lemmas & lexicon.harm_verbs:
            return None
    if word_class == "to_death" and lemmas & lexicon.idiom_verbs:
        return None
    previous = tokens[index - 1].text.casefold() if index else ""
    if word_class == "copular":
        near = {t.text.casefold() for t in tokens[max(0, index - 2) : index]}
        attributive = previous in lexicon.articles  # "en død klippe"
        return "intransitive" if near & lexicon.copulas and not attributive else None
    if word_class == "participle" and previous in lexicon.prepositions:
        return None  # "en infektion i såret": the wound
    if word_class == "act_noun":  # "drabet på Soleimani": the victims follow "på"
        following = tokens[index + 1].text.casefold() if index + 1 < len(tokens) else ""
        if following in lexicon.victim_prepositions:
            return word_class
        return "single_act" if _one_act(tokens, index, lexicon) else None
    return word_class


NOT_DONE_REACH = 3  # words from an attempt or a threat to the killing it did not carry out


def _one_act(tokens: list[Token], index: int, lexicon: _Lexicon) -> bool:
    """One killing told in the singular without its victims, carried out: "op til drabet",
    "et mord", "kendt skyldig i manddrab" (one dead); not "forsøg på drab", "truede med mord"."""
    word = tokens[index].text.casefold()
    previous = tokens[index - 1].text.casefold() if index else ""
    if word in lexicon.single_definite:
        told = previous not in lexicon.determiners  # "hans drabet" is no Danish; "de" neither
    elif word in lexicon.single_bare:
        told = previous in lexicon.single_articles or previous in lexicon.charge_prepositions
    else:
        return False
    before = tokens[max(0, index - NOT_DONE_REACH) : index]
    return told and not any(t.text.casefold() in lexicon.not_done for t in before)


def phrase_ends(word: str, lang: str = "da") -> bool:
    """A word that ends the counted people's phrase: a preposition, a verb or a casualty
    word ("14 betjente | fra ...", "en landmand | indlagt")."""
    lexicon = _lexicon(lang)
    word = word.casefold()
    return (
        word in lexicon.prepositions
        or word in lexicon.verbs
        or word in lexicon.passive
        or any(word in forms for forms in lexicon.classes.values())
    )


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).casefold()


def _is_keyword(token: Token, lexicon: _Lexicon) -> bool:
    word = token.text.casefold()
    return any(word in forms for forms in lexicon.classes.values())


def _counts_for_keyword(
    tokens: list[Token], index: int, word_class: str, lang: str, lexicon: _Lexicon
) -> list[_Count]:
    if word_class == "single_act":
        return [_Count(index, index + 1, Quantity(1))]
    stated = _stated_counts(tokens, index, word_class, lang, lexicon)
    head = (
        _apposition_head(tokens, min(stated, key=lambda c: c.start), lang, lexicon)
        if stated
        else None
    )
    counts = [_part_of(tokens, count, lang, lexicon) for count in ([head] if head else stated)]
    if counts or word_class in ("noun", "count_noun"):
        return counts
    return _listed(
        _subject_count(tokens, index, lang, lexicon)
        or _single_victim(tokens, index, word_class, lang, lexicon)
    )


DASHES = frozenset({"-", "–", "—"})


def _apposition_head(
    tokens: list[Token], count: _Count, lang: str, lexicon: _Lexicon
) -> _Count | None:
    """The count a dash apposition spells out: "I alt ti personer - fem irakere og fem iranere
    - blev dræbt" tells ten, told as a total."""
    dash = count.start - 1
    if dash < 1 or tokens[dash].text not in DASHES:
        return None
    for end in (dash - 1, dash - 2):  # "ti -", "ti personer -"
        head = _count_ending_at(tokens, end, lang, lexicon, skip_article_in_pp=True)
        if head is not None and not head.quantity.vague:
            return head
    return None


PARTITIVE_ARTICLES = frozenset({"de", "disse", "dem"})


def _part_of(tokens: list[Token], count: _Count, lang: str, lexicon: _Lexicon) -> _Count:
    """The count of a part: "Tre af de 22 ansatte blev såret" is three, "Ingen af de 22
    besætningsmedlemmer kom til skade" nought, not 22."""
    k = count.start - 1
    if k >= 0 and tokens[k].text.casefold() in PARTITIVE_ARTICLES:
        k -= 1
    if k < 1 or tokens[k].text.casefold() != "af":
        return count
    part = _count_ending_at(tokens, k - 1, lang, lexicon, skip_article_in_pp=False)
    return _Count(part.start, count.end, part.quantity) if part is not None else count


def _subject_count(tokens: list[Token], index: int, lang: str, lexicon: _Lexicon) -> _Count | None:
    """The count that opens the casualty word's subject in the parse, when the words between
    them hide it from the linear search: "25 medlemmer af en milits i Irak blev dræbt"; "En mand
    blev ramt af skud og er alvorligt såret" (the subject shared with a coordinated verb)."""
    token = tokens[index]
    heads = [token, token.head] if token.dep_ == "conj" else [token]
    subject = next((c for head in heads for c in head.children if c.dep_ in SUBJECTS), None)
    offset = tokens[0].i
    if subject is None or not 0 <= subject.left_edge.i - offset < subject.i - offset:
        return None
    count = _count_starting_at(tokens, subject.left_edge.i - offset, lang, lexicon)
    if count is not None and count.end <= subject.i - offset + 1:
        return count
    return None


def _stated_counts(
    tokens: list[Token], index: int, word_class: str, lang: str, lexicon: _Lexicon
) -> list[_Count]:
    adjacent = _count_ending_at(tokens, index - 1, lang, lexicon, skip_article_in_pp=False)
    if adjacent is not None and word_class != "count_noun":
        return _with_coordinated(tokens, adjacent, lang, lexicon)
    previous = tokens[index - 1].text.casefold() if index else ""
    if (nobody := _none_reported(tokens, index, lexicon)) is not None:
        return [nobody]
    if previous in lexicon.determiners or word_class == "noun":
        if _after_count_noun(tokens, index, lexicon):
            return _listed(_search_right(tokens, index, lang, lexicon))
        return []
    if word_class in ("count_noun", "act_noun"):
        return _listed(_search_right(tokens, index, lang, lexicon))
    if word_class == "transitive" or (
        word_class == "participle" and _has_perfect_auxiliary(tokens, index, lexicon)
    ):
        return _listed(_search_right(tokens, index, lang, lexicon))
    if word_class == "ambiguous" and not _has_passive_auxiliary(tokens, index, lexicon):
        right = _search_right(tokens, index, lang, lexicon)
        if right is not None:
            return [right]
    left = _search_left(tokens, index, lang, lexicon)
    if left is None and word_class == "intransitive":
        left = _inverted_subject(tokens, index, lang, lexicon)
    return _with_coordinated(tokens, left, lang, lexicon) if left is not None else []


INVERTED_REACH = (
    2  # words between an inverted verb and its subject's count ("yderligere", "mindst")
)


def _inverted_subject(
    tokens: list[Token], index: int, lang: str, lexicon: _Lexicon
) -> _Count | None:
    """After a fronted adverbial the subject follows the verb: "Søndag døde yderligere to
    soldater", "Ved branden omkom tre mennesker". Only a verb that does not open its clause
    has its subject after it, and the count follows within a word or two."""
    if index == 0 or tokens[index - 1].text in _STOP_PUNCT:
        return None
    return _first_count_after(tokens, index, index + 2 + INVERTED_REACH, lang, lexicon)


def _single_victim(
    tokens: list[Token], index: int, word_class: str, lang: str, lexicon: _Lexicon
) -> _Count | None:
    """One person named or described in the singular where the count would stand: "Qassem
    Soleimani blev dræbt", "dræbte iransk militærleder", "Mahsa Amini mistede livet"."""
    previous = tokens[index - 1].text.casefold() if index else ""
    if previous in lexicon.determiners:
        return None  # "de dræbte", "blandt de sårede"
    active = word_class in ("transitive", "act_noun") or (
        word_class in ("ambiguous", "participle")
        and not _has_passive_auxiliary(tokens, index, lexicon)
        and (word_class == "ambiguous" or _has_perfect_auxiliary(tokens, index, lexicon))
    )
    step = 1 if active else -1
    position = index + step + (word_class == "act_noun")  # past "på"
    for _ in range(VICTIM_REACH + 1):
        if not 0 <= position < len(tokens):
            return None
        token = tokens[position]
        if token.text in _STOP_PUNCT or _is_keyword(token, lexicon) or _plural_person(token, lang):
            return None
        if _one_person(tokens, position, lang, lexicon):
            return _coordinated_persons(tokens, position, step, lang, lexicon)
        position += step
    return None


PERSON_LIST_REACH = 5  # words from one person of a list to the next ("Mahdi al-Muhandis og")


def _coordinated_persons(
    tokens: list[Token], position: int, step: int, lang: str, lexicon: _Lexicon
) -> _Count:
    """One person and those coordinated with them, each one more: "Qassem Soleimani og Abu
    Mahdi al-Muhandis blev dræbt" is two, "dræbte Soleimani og hans rådgiver" two."""
    found, last = 1, position
    while (following := _next_person(tokens, last, step, lang, lexicon)) is not None:
        found, last = found + 1, following
    start, end = sorted((position, last))
    return _Count(start, end + 1, Quantity(found))


def _next_person(
    tokens: list[Token], position: int, step: int, lang: str, lexicon: _Lexicon
) -> int | None:
    """The next person of a list: past the rest of this one's words, a connector ("og"), then
    a person within reach; None at a verb, a preposition, punctuation or a casualty word."""
    k, joined = position + step, False
    for _ in range(PERSON_LIST_REACH):
        if not 0 <= k < len(tokens):
            return None
        token = tokens[k]
        if token.text.casefold() in lexicon.person_connectors:
            joined = True
        elif (
            token.text in _STOP_PUNCT
            or _is_keyword(token, lexicon)
            or token.pos_ in ("VERB", "AUX", "ADP")
        ):
            return None
        elif joined and _one_person(tokens, k, lang, lexicon):
            return k
        k += step
    return None


VICTIM_REACH = 4  # tokens between a casualty word and the one person it is about
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
PLURAL_ENDINGS = ("er", "e", "r", "erne", "ene", "rne", "ne")


def _one_person(tokens: list[Token], position: int, lang: str, lexicon: _Lexicon) -> bool:
    token = tokens[position]
    word = token.text.casefold()
    if token.pos_ == "PROPN" or (not token.pos_ and token.text[:1].isupper() and position > 0):
        return _names_a_person(tokens, position, lang)
    if word in lexicon.person_nouns:
        return True
    role = _person_role(word, token.lemma_, lang)
    return role is not None and not _plural_form(word, role)


def _plural_person(token: Token, lang: str) -> bool:
    """ "soldaterne blev dræbt": a group, whose size the sentence does not give."""
    word = token.text.casefold()
    role = _person_role(word, token.lemma_, lang)
    return role is not None and _plural_form(word, role)


def _names_a_person(tokens: list[Token], position: int, lang: str) -> bool:
    """A name, not a place or an organisation ("Soleimani", not "Irak" or "Hamas")."""
    entity = tokens[position].ent_type_
    if entity in ("PER", "PERSON"):
        return True
    if entity in ("LOC", "GPE"):
        return False
    if position > 0 and is_person_name(tokens[position - 1].text):
        return True  # a first name before it: "Mahsa Amini"
    try:
        from kronist.events.place import geocode
    except ImportError:
        return True
    return geocode(tokens[position].text, (), lang) is None


def _person_role(word: str, lemma: str, lang: str) -> str | None:
    """The singular stem of a person noun: a role ("militærleder", "betjenten") or an
    inhabitant noun ("amerikaner"); None for other words."""
    try:
        from kronist.actors.mentions import resources
    except ImportError:
        return None
    res = resources(lang)
    if res.countries.inhabitant(word) is not None:
        return _inhabitant_stem(word)
    match = res.roles.lookup(word, lemma or None)
    if match is None or match.role.kind != "person":
        return None
    return match.role.lemma


def _inhabitant_stem(word: str) -> str:
    for ending in ("erne", "ere", "eren", "en"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + ("er" if ending.startswith("er") else "")
    return word


def _plural_form(word: str, stem: str) -> bool:
    """Whether a form of a person noun is plural: "soldaterne", "amerikanere", not
    "militærleder" or "betjenten" (the stem may be a compound's head)."""
    position = word.rfind(stem)
    if position < 0:
        return word.endswith(("erne", "ere"))
    return word[position + len(stem) :] in PLURAL_ENDINGS


def _listed(count: _Count | None) -> list[_Count]:
    return [count] if count is not None else []


def _after_count_noun(tokens: list[Token], index: int, lexicon: _Lexicon) -> bool:
    """ "antallet af dræbte" — a count noun two or three tokens before the keyword."""
    window = tokens[max(0, index - 3) : index]
    return any(t.text.casefold() in lexicon.count_nouns for t in window)


def _has_perfect_auxiliary(tokens: list[Token], index: int, lexicon: _Lexicon) -> bool:
    """ "har dræbt", "har dræbt to personer og såret fire" (not "har oplyst, at tre er såret")."""
    for token in reversed(tokens[max(0, index - 6) : index]):
        word = token.text.casefold()
        if word in lexicon.passive or token.text in _STOP_PUNCT:
            return False
        if word in lexicon.perfect:
            return True
    return False


def _has_passive_auxiliary(tokens: list[Token], index: int, lexicon: _Lexicon) -> bool:
    window = tokens[max(0, index - 3) : index]
    return any(t.text.casefold() in lexicon.passive for t in window)


def _search_left(tokens: list[Token], index: int, lang: str, lexicon: _Lexicon) -> _Count | None:
    position, skipped = index - 1, 0
    while position >= 0 and index - position - skipped <= lexicon.window:
        token = tokens[position]
        opening = _inserted_phrase_opening(tokens, position, lexicon)
        if opening is not None:  # "Tre palæstinensere, heriblandt en dreng, blev dræbt"
            skipped += position - opening + 1
            position = opening - 1
            continue
        if token.text in _STOP_PUNCT or _is_keyword(token, lexicon):
            return None
        count = _count_ending_at(tokens, position, lang, lexicon, skip_article_in_pp=True)
        if count is not None:
            return _neither_of(tokens, count, index, lexicon) or count
        position -= 1
    return None


INSERTION_REACH = 8  # words of an inserted phrase between its commas


def _inserted_phrase_opening(tokens: list[Token], position: int, lexicon: _Lexicon) -> int | None:
    """The opening comma of a phrase set in between commas that tells some of those counted
    (", heriblandt en 14-årig dreng,", ", herunder to børn,"), when tokens[position] closes it."""
    if tokens[position].text != ",":
        return None
    for k in range(position - 2, max(-1, position - INSERTION_REACH - 2), -1):
        if tokens[k].text in _STOP_PUNCT:
            if tokens[k].text == "," and tokens[k + 1].text.casefold() in lexicon.inclusions:
                return k
            return None
    return None


def _neither_of(tokens: list[Token], count: _Count, index: int, lexicon: _Lexicon) -> _Count | None:
    """ "Hverken chaufføren eller de to passagerer kom til skade": a count inside a subject
    opened by "hverken" is nobody."""
    position = count.start - 1
    while position >= 0 and index - position <= lexicon.window:
        token = tokens[position]
        if token.text in _STOP_PUNCT or _is_keyword(token, lexicon):
            return None
        if token.text.casefold() in lexicon.nought_openers:
            return _Count(position, position + 1, Quantity(0))
        position -= 1
    return None


def _search_right(tokens: list[Token], index: int, lang: str, lexicon: _Lexicon) -> _Count | None:
    return _first_count_after(tokens, index, index + lexicon.window + 1, lang, lexicon)


def _first_count_after(
    tokens: list[Token], index: int, end: int, lang: str, lexicon: _Lexicon
) -> _Count | None:
    """The first count after token `index` and before `end`, up to a stop or another keyword."""
    for position in range(index + 1, min(len(tokens), end)):
        token = tokens[position]
        if token.text in _STOP_PUNCT or _is_keyword(token, lexicon):
            return None
        count = _count_starting_at(tokens, position, lang, lexicon)
        if count is not None:
            return count
    return None


def _count_ending_at(
    tokens: list[Token], end: int, lang: str, lexicon: _Lexicon, *, skip_article_in_pp: bool
) -> _Count | None:
    """The count whose last token is tokens[end], if it is one that counts people."""
    if end < 0:
        return None
    if _nobody_at(tokens, end, lexicon):
        return _Count(end, end + 1, Quantity(0))
    if not _is_count_token(tokens[end], lang):
        return None
    start = end
    while start > 0 and _is_count_token(tokens[start - 1], lang, inner=True):
        start -= 1
    while tokens[start].text.casefold() == "og":
        start += 1
    return _checked_count(tokens, start, end + 1, lang, lexicon, skip_article_in_pp)


def _nobody_at(tokens: list[Token], position: int, lexicon: _Lexicon) -> bool:
    """Nobody told by negation: "hverken" opening a subject ("Hverken føreren eller
    passagererne kom til skade"), "nogen" right after a negation ("uden at nogen kom til
    skade", "ikke nogen tilskadekomne")."""
    word = tokens[position].text.casefold()
    if word in lexicon.nought_openers:
        return True
    return word in lexicon.negative_polarity and _negated_before(tokens, position, lexicon)


def _negated_before(tokens: list[Token], position: int, lexicon: _Lexicon) -> bool:
    """A negation ends right before `position`."""
    return any(_ends_with(tokens, position, n) for n in lexicon.negators if n)


REPORT_REACH = 3  # words from a negation to the report noun it negates ("ikke nogen meldinger")


def _none_reported(tokens: list[Token], index: int, lexicon: _Lexicon) -> _Count | None:
    """ "Der er ingen meldinger om tilskadekomne", "Der er ikke meldt om dræbte": a casualty
    noun after a report word that a negation governs tells nobody."""
    if index < 2 or tokens[index - 1].text.casefold() not in lexicon.report_prepositions:
        return None
    report = index - 2
    if tokens[report].text.casefold() not in lexicon.report_words:
        return None
    for k in range(report, max(0, report - REPORT_REACH), -1):
        if _negated_before(tokens, k, lexicon):
            return _Count(index, index + 1, Quantity(0))
    return None


def _count_starting_at(
    tokens: list[Token], start: int, lang: str, lexicon: _Lexicon
) -> _Count | None:
    if not _is_count_token(tokens[start], lang):
        return None
    end = start + 1
    while end < len(tokens) and _is_count_token(tokens[end], lang, inner=True):
        end += 1
    while tokens[end - 1].text.casefold() == "og":
        end -= 1
    return _checked_count(tokens, start, end, lang, lexicon, skip_article_in_pp=True)


def _is_count_token(token: Token, lang: str, inner: bool = False) -> bool:
    word = _count_text(token).casefold()
    if inner and word == "og":
        return True
    return is_number_word(word, lang) or word in _number_words(lang).vague


def _count_text(token: Token) -> str:
    """ "såret 27." at a sentence's end: the tokenizer keeps "27." as an ordinal; before a
    capital or the end of the text it is a number and a full stop."""
    text = token.text
    if not (text.endswith(".") and text[:-1].isdigit()):
        return text
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.is_space or following.text[:1].isupper():
        return text[:-1]
    return text


def _checked_count(
    tokens: list[Token],
    start: int,
    end: int,
    lang: str,
    lexicon: _Lexicon,
    skip_article_in_pp: bool,
) -> _Count | None:
    words = [_count_text(t) for t in tokens[start:end]]
    if _is_article(words, lexicon) and _article_of_vague_noun(tokens, end, lang):
        return _Count(start, end, Quantity(None, vague=True))
    quantity = parse_quantity(" ".join(words), lang)
    if quantity is None or _is_not_a_head_count(tokens, start, end, lexicon, skip_article_in_pp):
        return None
    return _Count(start, end, quantity)


def _is_article(words: list[str], lexicon: _Lexicon) -> bool:
    return len(words) == 1 and words[0].casefold() in lexicon.articles


def _article_of_vague_noun(tokens: list[Token], end: int, lang: str) -> bool:
    """ "en række", "et stort antal": the article belongs to a vague noun, not to a count of one."""
    following = [t.text.casefold() for t in tokens[end : end + 2]]
    return any(word in _number_words(lang).vague for word in following)


def _is_not_a_head_count(
    tokens: list[Token], start: int, end: int, lexicon: _Lexicon, skip_article_in_pp: bool
) -> bool:
    first = tokens[start].text.casefold()
    following = tokens[end].text.casefold() if end < len(tokens) else ""
    previous = tokens[start - 1].text.casefold() if start > 0 else ""
    if end - start == 1 and _YEAR.match(first) and previous in lexicon.year_markers:
        return True
    if following in lexicon.units or following.startswith("-") or previous in ("kl.", "kl"):
        return True
    article = _is_article([first], lexicon) and end - start == 1
    return article and skip_article_in_pp and previous in lexicon.prepositions


def _with_coordinated(
    tokens: list[Token], count: _Count, lang: str, lexicon: _Lexicon
) -> list[_Count]:
    """ "tre betjente og to civile blev dræbt": both counts belong to the same keyword."""
    if not _is_followed_by_noun(tokens, count.end, lexicon):
        return [count]
    counts = [count]
    while True:
        earlier = _coordinated_before(tokens, counts[-1].start, lang, lexicon)
        if earlier is None:
            return counts
        counts.append(earlier)


def _coordinated_before(
    tokens: list[Token], start: int, lang: str, lexicon: _Lexicon
) -> _Count | None:
    position = start - 1
    for _ in range(4):
        if position < 0 or _blocks_coordination(tokens[position], lexicon):
            return None
        if tokens[position].text.casefold() == "og":
            break
        position -= 1
    else:
        return None
    for candidate in range(position - 1, max(-1, position - 5), -1):
        if _blocks_coordination(tokens[candidate], lexicon):
            return None
        count = _count_ending_at(tokens, candidate, lang, lexicon, skip_article_in_pp=True)
        if count is not None:
            usable = not count.quantity.vague and not _is_object(tokens, count.start, lang, lexicon)
            return count if usable else None
    return None


def _is_followed_by_noun(tokens: list[Token], end: int, lexicon: _Lexicon) -> bool:
    """A bare count ("... og 2 blev dræbt") is a subject of its own, not half of a pair."""
    if end >= len(tokens):
        return False
    token = tokens[end]
    word = token.text.casefold()
    return not (_blocks_coordination(token, lexicon) or word in lexicon.perfect)


def _is_object(tokens: list[Token], start: int, lang: str, lexicon: _Lexicon) -> bool:
    """ "ramte 3 busser og ...": a count right after a full verb is that verb's object (after an
    auxiliary it is an inverted subject: "blev otte børn og to kvinder dræbt")."""
    position = start - 1
    while position >= 0 and tokens[position].text.casefold() in _number_words(lang).qualifiers:
        position -= 1
    if position < 0:
        return False
    token = tokens[position]
    word = token.text.casefold()
    if word in lexicon.passive or word in lexicon.perfect:
        return False
    return token.pos_ == "VERB" or word in lexicon.verbs


def _blocks_coordination(token: Token, lexicon: _Lexicon) -> bool:
    word = token.text.casefold()
    return (
        token.text in _STOP_PUNCT
        or _is_keyword(token, lexicon)
        or token.pos_ in ("VERB", "AUX", "ADP")
        or word in lexicon.verbs
        or word in lexicon.passive
        or word in lexicon.prepositions
    )


def _told_as(tokens: list[Token], start: int, lexicon: _Lexicon) -> str | None:
    """How the count starting at `start` is told, by the words right before it: a total ("I
    alt ti personer"), a floor ("mindst 25", "oppe over 100", "ikke under 5000")."""
    return next(
        (kind for phrase, kind in lexicon.toll_kinds.items() if _ends_with(tokens, start, phrase)),
        None,
    )


def _ends_with(tokens: list[Token], position: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words right before `position` are the phrase (casefolded)."""
    if len(phrase) > position:
        return False
    before = tokens[position - len(phrase) : position]
    return all(t.text.casefold() == word for t, word in zip(before, phrase, strict=True))


def _one_act_counted(tokens: list[Token], keyword: int, first: int, lexicon: _Lexicon) -> bool:
    """The count is the act noun itself ("drabet"), not its victims."""
    word = tokens[keyword].text.casefold()
    return first == keyword and lexicon.classes["killed"].get(word) == "act_noun"


def _tells_the_whole_toll(tokens: list[Token], keyword: int, lexicon: _Lexicon) -> bool:
    """ "Dødstallet er steget til 52", "antallet af dræbte er nu 40": a toll noun tells the
    whole toll so far."""
    word = tokens[keyword].text.casefold()
    return lexicon.classes["killed"].get(word) == "count_noun" or _after_count_noun(
        tokens, keyword, lexicon
    )


def _record(
    result: Casualties,
    kind: str,
    hits: list[tuple[_Count, int]],
    tokens: list[Token],
    sentence: Span,
    lexicon: _Lexicon,
) -> None:
    unique: dict[tuple[int, int], tuple[_Count, int]] = {}
    for count, keyword in hits:
        unique.setdefault((count.start, count.end), (count, keyword))
    if not unique:
        return
    per_keyword: dict[int, int] = defaultdict(int)
    for count, keyword in unique.values():
        if not count.quantity.vague and count.quantity.low is not None:
            per_keyword[keyword] += count.quantity.low
    setattr(result, kind, max(per_keyword.values()) if per_keyword else None)
    if per_keyword:
        keyword = max(per_keyword, key=per_keyword.get)
        first = min(c.start for c, k in unique.values() if k == keyword)
        told = _told_as(tokens, first, lexicon)
        if told is None and _tells_the_whole_toll(tokens, keyword, lexicon):
            told = "total"
        if told is None and _one_act_counted(tokens, keyword, first, lexicon):
            told = "floor"  # "drabet": at least the one dead, a count told later is exact
        setattr(result, f"{kind}_kind", told)
    extents: dict[int, tuple[int, int]] = {}
    for count, keyword in unique.values():
        first, last = extents.get(keyword, (keyword, keyword))
        extents[keyword] = (min(first, count.start), max(last, count.end - 1))
    texts = []
    for first, last in sorted(extents.values()):
        start_char, end_char = tokens[first].idx, tokens[last].idx + len(tokens[last])
        result.spans.append((kind, start_char, end_char))
        offset = sentence.start_char
        texts.append(sentence.text[start_char - offset : end_char - offset])
    setattr(result, f"{kind}_text", "; ".join(texts))
