"""Named mentions: dictionary names, countries and places (gazetteer), the statistical NER's
entities when the pipeline has them, and capitalised names the rules can vouch for."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from kronist.actors.dictionary import genitive_bases
from kronist.actors.gazetteer import NameMatch
from kronist.actors.lexicon import is_common_word
from kronist.actors.mentions import Mention, Resources, strip_genitive
from kronist.lang import read_yaml
from kronist.model import Actor
from kronist.nlp.docs import token_texts
from kronist.nlp.features import first_name_gender, is_person_name

OPENERS = frozenset("»«\"'“”„-–—:(")
MAX_NAME_TOKENS = 5
NER_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
}


def find_named(doc: Doc, res: Resources) -> list[Mention]:
    """Non-overlapping named mentions of `doc`, sorted by position."""
    mentions = [_from_gazetteer(doc, match, res) for match in res.gazetteer.matches(doc)]
    mentions = [m for m in mentions if not _is_part_of_other_name(doc, m, res)]
    countries = _named_countries(mentions)
    mentions = [m for m in mentions if not _is_foreign_role_word(doc, m, countries, res)]
    mentions = _merge_entities(doc, mentions, res, countries)
    taken = _taken(mentions)
    mentions += _capitalised_names(doc, taken, res)
    mentions.sort(key=lambda m: m.start)
    mentions = _join_person_names_split_at_places(doc, mentions, res)
    mentions = _join_names_across_joiners(doc, mentions, res)
    mentions = _without_towns_named_like_people(doc, mentions)
    mentions = _with_surnames(doc, mentions, res)
    mentions += _organisations_named_again(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _organisations_named_again(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "busselskabet Østjysk Bus ... Østjysk Bus indbragte sagen": an organisation the NER
    found once is the same name where it stands again and the NER missed it (one token scan;
    names looked up by their first word)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for mention in mentions:
        if mention.label == "ORG" and mention.kind == "name" and mention.entry is None:
            words = tuple(t.text for t in doc[mention.start : mention.end])
            by_first.setdefault(words[0], []).append(words)
    if not by_first:
        return []
    taken = _taken(mentions)
    texts = token_texts(doc)
    found: list[Mention] = []
    for i, text in enumerate(texts):
        if i in taken or text not in by_first:
            continue
        for words in by_first[text]:
            end = i + len(words)
            if tuple(texts[i:end]) == words and not taken.intersection(range(i, end)):
                found.append(Mention(i, end, "ORG", "name"))
                taken.update(range(i, end))
                break
    return found


def _from_gazetteer(doc: Doc, match: NameMatch, res: Resources) -> Mention:
    hit = match.hit
    kind = hit.kind
    if hit.entry is not None and not hit.entry.has_actor:
        kind = "channel"
    mention = Mention(
        match.start,
        match.end,
        hit.label,
        kind,
        entry=hit.entry,
        genitive=match.genitive,
        country=hit.country,
        place=hit.place,
    )
    mention.locative = _after_locative(doc, match.start, res)
    mention.destination = _after_destination(doc, match.start, res)
    return mention


def _after_locative(doc: Doc, start: int, res: Resources) -> bool:
    return start > 0 and doc[start - 1].lower_ in res.grammar.locative_prepositions


def _after_destination(doc: Doc, start: int, res: Resources) -> bool:
    """The name follows a destination preposition ("til") or phrase ("i eksil i")."""
    for phrase in res.grammar.destination_prepositions:
        words = phrase.split()
        if start >= len(words) and all(
            doc[start - len(words) + k].lower_ == word for k, word in enumerate(words)
        ):
            return True
    return False


def _is_part_of_other_name(doc: Doc, mention: Mention, res: Resources) -> bool:
    """A world-city or one-word surname match glued to an unknown capitalised word is more
    likely part of another name: "Sofia Jensen" is a person, "Mike Harris" is not Kamala."""
    single_surname = mention.kind == "actor" and mention.label == "PER"
    if mention.kind != "city" and not (single_surname and mention.end - mention.start == 1):
        return False
    before = mention.start - 1
    after = mention.end
    if (
        before >= 0
        and not _sentence_initial(doc, before)
        and _unknown_capitalised(doc[before], res)
    ):
        return True
    return mention.kind == "city" and after < len(doc) and _unknown_capitalised(doc[after], res)


def _unknown_capitalised(token, res: Resources) -> bool:
    text = token.text
    if not (text[:1].isupper() and text.isalpha()):
        return False
    return not is_common_word(res.lang, text) and res.gazetteer.index.get((text.lower(),)) is None


def _named_countries(mentions: list[Mention]) -> set[str]:
    """Countries the text names, itself or through its places."""
    return {m.country for m in mentions if m.country and m.kind in ("country", "place", "city")}


def _is_foreign_role_word(doc: Doc, mention: Mention, countries: set[str], res: Resources) -> bool:
    """ "Hæren beskyldte ...", "Anklagemyndigheden krævede ...": a capitalised institution
    (Danish style for Danish ones) that is only capitalised because it opens the sentence is the
    role noun, whose country comes from context, unless the text names the institution's country.
    """
    if mention.entry is None or mention.end - mention.start != 1:
        return False
    token = doc[mention.start]
    if not _sentence_initial(doc, mention.start) or not is_common_word(res.lang, token.text):
        return False
    if res.roles.lookup(token.text, token.lemma_) is None:
        return False
    actor = mention.entry.actor_at(None)
    return actor is not None and actor.country is not None and actor.country not in countries


def _merge_entities(
    doc: Doc, mentions: list[Mention], res: Resources, countries: set[str] = frozenset()
) -> list[Mention]:
    """Add the NER's entities; a longer entity replaces the gazetteer names inside it."""
    person_surnames = _person_surnames(doc)
    for ent in doc.ents:
        label = NER_LABELS.get(ent.label_)
        if label is None:
            continue
        if label != "PER" and _full_name_of(ent, person_surnames):
            label = "PER"
        ent = _without_initial_common_word(doc, ent, res)
        if ent is None:
            continue
        ent = _without_initial_role_word(doc, ent, countries, res)
        ent = _without_hyphenated_role(ent, res) if ent is not None else None
        ent = _without_final_common_words(ent, res) if ent is not None else None
        if ent is None or _only_country_adjectives(ent, res) or _all_lowercase(ent):
            continue
        if label == "PER":
            ent = _with_preceding_first_names(doc, ent, res)
        for part, part_label in _split_before_a_person(ent, label):
            inside = [m for m in mentions if m.start < part.end and part.start < m.end]
            if any(m.start <= part.start and part.end <= m.end for m in inside):
                continue  # the gazetteer already covers it (and knows the actor)
            mentions = [m for m in mentions if m not in inside]
            mentions.append(_from_entity(doc, part, part_label, res))
    return sorted(mentions, key=lambda m: m.start)


def _split_before_a_person(ent: Span, label: str) -> list[tuple[Span, str]]:
    """ "aktieanalytiker hos Sydbank Jacob Pedersen" where the NER took "Sydbank Jacob
    Pedersen" for one organisation: a known first name inside a name that is no person's, with
    a capitalised word after it, starts the person's name."""
    if label != "ORG":
        return [(ent, label)]  # "Sardar Mohammad Daud Khan" hospital: a place named after one
    for k in range(1, len(ent) - 1):
        if first_name_gender(ent[k].text) and all(t.text[:1].isupper() for t in ent[k:]):
            return [(ent[:k], label), (ent[k:], "PER")]
    return [(ent, label)]


def _person_surnames(doc: Doc) -> set[str]:
    """The last words of the NER's person names in the document."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PER"}


def _full_name_of(ent: Span, person_surnames: set[str]) -> bool:
    """ "dømte Flávio Torres [ORG] ... Torres [PER] nægter": a capitalised multi-word name
    ending in a word that the document names a person by is that person's full name."""
    words = [token.text for token in ent]
    return (
        len(words) > 1
        and words[-1] in person_surnames
        and all(word[:1].isupper() for word in words)
    )


def _only_country_adjectives(ent: Span, res: Resources) -> bool:
    """ "den svenske" taken for an ORG: a country adjective with at most determiners is no
    name; the adjective is found as a MISC mention of its own."""
    words = [token.lower_ for token in ent]
    adjectives = [w for w in words if res.countries.adjective(w) is not None]
    return bool(adjectives) and all(w in res.grammar.determiners or w in adjectives for w in words)


def _all_lowercase(ent: Span) -> bool:
    """ "svenske politiker" taken for an ORG: a span without a capital letter is no name."""
    return not any(char.isupper() for char in ent.text)


def _with_preceding_first_names(doc: Doc, ent: Span, res: Resources) -> Span:
    """ "dømte Flávio Torres" where the NER found only "Torres": a capitalised word right
    before a person's name that is a known first name, or a proper noun that is no ordinary
    word and starts no sentence, belongs to the name."""
    start = ent.start
    while start > 0 and not _sentence_initial(doc, start - 1):
        before = doc[start - 1]
        if not before.text[:1].isupper() or before.ent_iob_ in ("B", "I"):
            break
        if not (
            is_person_name(before.text)
            or (before.pos_ == "PROPN" and not is_common_word(res.lang, before.text))
        ):
            break
        start -= 1
    return doc[start : ent.end] if start < ent.start else ent


# parts of speech of a capitalised sentence-initial word that is no name ("Kraftige
# eksplosioner", "Flere tusinde"): the NER sometimes takes the capital for a name
NOT_NAME_POS = frozenset({"ADJ", "ADV", "DET", "PRON", "NUM", "VERB", "AUX", "ADP", "CCONJ"})


def _without_initial_common_word(doc: Doc, ent: Span, res: Resources) -> Span | None:
    """The entity without a sentence-initial ordinary word the tagger does not call a name;
    a lone sentence-initial compound of ordinary words ("Ministerafgangen") is no name."""
    first = ent[0]
    if not _sentence_initial(doc, ent.start) or res.gazetteer.index.get((first.lower_,)):
        return ent
    if first.pos_ == "ADJ" and len(ent) > 1 and ent[1].text[:1].isupper():
        return ent  # "Dansk Sygeplejeråd kræver ...": an adjective opening a name
    ordinary = first.pos_ in NOT_NAME_POS and is_common_word(res.lang, first.text)
    ordinary = ordinary or first.lower_ in _calendar_words(res.lang)  # "Søndagens angreb"
    compound = len(ent) == 1 and first.pos_ == "NOUN" and _common_compound(res.lang, first.text)
    if not (ordinary or compound or _lone_ordinary_noun(ent, res)):
        return ent
    return ent[1:] if len(ent) > 1 else None


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Weekdays and months in the forms the time patterns read ("søndag", "søndagens",
    "lørdags", "marts"), and a weekday's definite forms ("søndagen"): never a name."""
    data = read_yaml(lang, "time.yaml")
    weekdays = set(data["weekdays"])
    words = {*weekdays, *data["weekdays_past"], *data["weekdays_genitive"], *data["months"]}
    words |= {day + "en" for day in weekdays}
    return frozenset(word.lower() for word in words)


def _without_final_common_words(ent: Span, res: Resources) -> Span | None:
    """ "angreb Kyiv natten til tirsdag" where the NER took "Kyiv natten": a name does not end
    in a lower-case ordinary word ("al-Assad", "Jean de la Fontaine" keep their particles: those
    stand between capitalised words)."""
    end = len(ent)
    while end > 0 and ent[end - 1].is_lower and ent[end - 1].is_alpha:
        if not is_common_word(res.lang, ent[end - 1].text):
            break
        end -= 1
    return ent[:end] if end > 0 else None


def _lone_ordinary_noun(ent: Span, res: Resources) -> bool:
    """ "Byen har været omringet", "Strejken begyndte": an ordinary noun alone at the start of
    a sentence, which the dictionary does not know as a name ("Venstre", "Politiken")."""
    first = ent[0]
    return (
        len(ent) == 1
        and first.pos_ == "NOUN"
        and is_common_word(res.lang, first.text)
        and res.dictionary.find(first.text) is None
    )


MIN_COMPOUND_HEAD = 6  # letters: "afgangen" is a head, "toft" (in "Lykketoft") is not


def _common_compound(lang: str, word: str) -> bool:
    """Whether a word ends in a long ordinary word after an ordinary-looking first part."""
    lower = word.lower()
    return any(
        is_common_word(lang, lower[i:]) for i in range(3, len(lower) - MIN_COMPOUND_HEAD + 1)
    )


def _without_hyphenated_role(ent: Span, res: Resources) -> Span | None:
    """ "FN-ambassadør", "NATO-diplomat Ida Berg": a role noun with a name before its hyphen
    is a role (the phrase builder reads its prefix), not a name of its own, unless the
    dictionary knows it ("Europa-Kommissionen")."""
    first = ent[0]
    prefix, hyphen, head = first.text.rpartition("-")
    if not (prefix and hyphen and head[:1].islower()) or res.dictionary.find(first.text):
        return ent
    match = res.roles.lookup(first.text, first.lemma_)
    if match is None or match.prefix is None:
        return ent
    if len(ent) == 1:
        return None
    return ent[1:] if ent[1].text[:1].isupper() else None


def _without_initial_role_word(
    doc: Doc, ent: Span, countries: set[str], res: Resources
) -> Span | None:
    """ "Sundhedsminister Frédéric Valletoux", "Anklager Maria Berg": a sentence-initial role
    noun is no part of the name (the phrase builder joins them again). A lone role word is
    dropped unless it names a known institution of a country the text names."""
    first = ent[0]
    if len(ent) > 1 and ent[1].text[:1].isupper() and _place_compound_role(first, res):
        return ent[1:]  # "Ruslandsekspert Flemming Splidsboel": a title, wherever it stands
    if not _sentence_initial(doc, ent.start):
        return ent
    if res.roles.lookup(first.text, first.lemma_) is None:
        return ent  # a role word, even one the lemma table lacks ("Klimaministeren"), is none
    if len(ent) > 1:
        return ent[1:] if ent[1].text[:1].isupper() else None
    entry = res.dictionary.find(first.text)
    actor = entry.actor_at(None) if entry is not None else None
    if actor is not None and (actor.country is None or actor.country in countries):
        return ent
    return None


def _place_compound_role(token, res: Resources) -> bool:
    """A capitalised compound of a place name and a role noun ("Ruslandsekspert",
    "Mellemøstekspert", "Tysklandskorrespondent"): a title, no part of a person's name."""
    if "-" in token.text or res.dictionary.find(token.text):
        return False
    match = res.roles.lookup(token.text, token.lemma_)
    return match is not None and bool(match.compound) and match.role.kind == "person"


def _from_entity(doc: Doc, ent: Span, label: str, res: Resources) -> Mention:
    text = ent.text.rstrip("-")  # "Røde Kors- og Røde Halvmåne-bevægelsen"
    entry = res.dictionary.find(text) or _party_letter(doc, ent, res)
    genitive = entry is not None and entry.names.count(text) == 0
    mention = Mention(ent.start, ent.end, label, "name", entry=entry, genitive=genitive)
    if entry is not None:
        mention.kind = "actor" if entry.has_actor else "channel"
        mention.label = entry.label  # the dictionary knows a person from an organisation
        return mention
    if label != "LOC" and _names_an_area(text, res.lang):
        mention.label = label = "LOC"  # "Shashdarak-området": an area, whatever the NER said
    if label == "LOC":
        _resolve_location(mention, text, res)
    mention.locative = _after_locative(doc, ent.start, res)
    mention.destination = _after_destination(doc, ent.start, res)
    if mention.kind == "name":
        mention.genitive = _is_genitive_name(doc, ent.end, res)
    return mention


def _party_letter(doc: Doc, ent: Span, res: Resources):
    """ "(S)" after a politician's name: the NER's ORG is the party."""
    inside_brackets = ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "("
    return res.dictionary.by_letter.get(ent.text) if inside_brackets else None


def _resolve_location(mention: Mention, text: str, res: Resources) -> None:
    area = _area_of(text, res.lang)
    readings = [(text, False), *((b, True) for b in genitive_bases(text))]
    for candidate, genitive in readings + ([(area, False)] if area else []):
        hits = res.gazetteer.index.get(tuple(candidate.lower().split()))
        if hits:
            hit = min(
                (h for _, h in hits),
                key=lambda h: (
                    ("country", "place", "city").index(h.kind)
                    if h.kind in ("country", "place", "city")
                    else 9
                ),
            )
            mention.kind = hit.kind
            mention.country = hit.country
            mention.place = hit.place
            mention.genitive = genitive
            return


def _names_an_area(text: str, lang: str) -> bool:
    head, _, suffix = text.rpartition("-")
    return bool(head) and suffix.lower() in _area_suffixes(lang)


def _area_of(text: str, lang: str) -> str | None:
    """ "Kherson-regionen", "Donetsk-området": the place the area is named after."""
    head, _, suffix = text.rpartition("-")
    return head if head and suffix.lower() in _area_suffixes(lang) else None


@cache
def _area_suffixes(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in read_yaml(lang, "place_patterns.yaml")["name_suffixes"])


def _taken(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _sentence_initial(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.is_sent_start or i == 0:
        return True
    previous = doc[i - 1].text
    return previous in OPENERS or previous.endswith((".", "!", "?", "\n"))


def _is_name_word(text: str, res: Resources) -> bool:
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    if text.isupper() and len(text) <= 2:
        return False  # party letters, initials handled by the caller's context
    lower = text.lower()
    if res.roles.lookup(text) is not None and is_common_word(res.lang, lower):
        return False
    return res.countries.adjective(lower) is None and res.countries.inhabitant(lower) is None


def _capitalised_names(doc: Doc, taken: set[int], res: Resources) -> list[Mention]:
    """Sequences of capitalised words (with name particles) that read as a person or an
    organisation: after a role noun ("vagtchef Henrik Stormer"), before a party letter, or
    two or more words of which at least one is no ordinary word."""
    found = []
    texts = token_texts(doc)  # no Token made for each word of the article
    i = 0
    while i < len(doc):
        end = _name_end(doc, texts, i, taken, res)
        if end == i:
            i += 1
            continue
        mention = _name_mention(doc, i, end, res)
        if mention is not None:
            found.append(mention)
        i = end
    return found


def _name_end(doc: Doc, texts: list[str], start: int, taken: set[int], res: Resources) -> int:
    """The end of the run of name words starting at `start` (`start` itself when none does;
    `texts`: the Doc's token texts)."""
    if start in taken or not _is_name_word(texts[start], res):
        return start
    end = start + 1
    while end < len(doc) and end not in taken and end - start < MAX_NAME_TOKENS:
        if doc[end].is_sent_start:
            break
        if _is_name_word(texts[end], res) or _is_particle(doc, end, res):
            end += 1
            continue
        break
    while end - 1 > start and _is_particle(doc, end - 1, res):
        end -= 1
    return end


def _is_particle(doc: Doc, i: int, res: Resources) -> bool:
    token = doc[i]
    lower = token.lower_
    if lower in res.grammar.name_particles:
        return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    return lower.startswith(("al-", "el-", "bin-")) and len(lower) > 3


def _name_mention(doc: Doc, start: int, end: int, res: Resources) -> Mention | None:
    if _sentence_initial(doc, start) and is_common_word(res.lang, doc[start].text):
        start += 1
    if start >= end:
        return None
    words = [doc[i].text for i in range(start, end)]
    entry = res.dictionary.find(" ".join(words).rstrip("-"))  # "Røde Kors- og ..."
    if entry is not None:
        kind = "actor" if entry.has_actor else "channel"
        return Mention(start, end, entry.label, kind, entry=entry)
    if len(words) == 1 and _names_an_area(words[0], res.lang):
        return _area_mention(doc, start, end, res)
    anchor = _role_anchor(doc, start, res)
    party = party_letter_after(doc, end, res)
    uncommon = [w for w in words if not is_common_word(res.lang, strip_genitive(w))]
    if anchor is None and party is None and (len(words) < 2 or not uncommon):
        return None
    if len(words) == 1 and _sentence_initial(doc, start):
        return None
    label = "PER" if anchor is None or anchor.role.kind == "person" else "ORG"
    mention = Mention(start, end, label, "name", party=party)
    mention.genitive = _is_genitive_name(doc, end, res)
    return mention


def _area_mention(doc: Doc, start: int, end: int, res: Resources) -> Mention | None:
    """ "i Odesa-regionen" the NER left out: an area named after a place the gazetteer knows."""
    mention = Mention(start, end, "LOC", "name")
    _resolve_location(mention, doc[start].text, res)
    if mention.country is None:
        return None
    mention.locative = _after_locative(doc, start, res)
    mention.destination = _after_destination(doc, start, res)
    return mention


def _is_genitive_name(doc: Doc, end: int, res: Resources) -> bool:
    """A name ending in -s is a genitive when the trained tagger says so, or when a role noun
    follows it ("Adel Abdul Mahdis kontor"); "Andreas siger" is no genitive."""
    last = doc[end - 1]
    if last.text.endswith(("'s", "’s")):
        return last.text[:-2].isupper()  # "DR's"; "Field's" is a name of its own
    if last.text.endswith(("'", "’")):
        return last.text[:-1].endswith(("s", "x", "z"))
    if not last.text.endswith("s"):
        return False
    if "Case=Gen" in str(last.morph):
        return True
    return end < len(doc) and res.roles.lookup(doc[end].text, doc[end].lemma_) is not None


def _role_anchor(doc: Doc, start: int, res: Resources):
    if start == 0:
        return None
    previous = doc[start - 1]
    if previous.text == "," and start >= 2:
        return None
    match = res.roles.lookup(previous.text, previous.lemma_)
    if match is None or match.genitive:
        return None
    return match


def party_letter_after(doc: Doc, end: int, res: Resources):
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return res.dictionary.by_letter.get(doc[end + 1].text)
    return None


def _join_names_across_joiners(doc: Doc, mentions: list[Mention], res: Resources) -> list[Mention]:
    """ "Movement for Democratic Change": two names the dictionary does not know, not both a
    person's, joined by one lower-case joiner are one organisation."""
    joined: list[Mention] = []
    for mention in mentions:
        before = joined[-1] if joined else None
        if before is not None and _joinable(doc, before, mention, res):
            joined[-1] = _from_entity(doc, doc[before.start : mention.end], "ORG", res)
        else:
            joined.append(mention)
    return joined


def _unknown_name(mention: Mention) -> bool:
    return mention.entry is None and mention.kind == "name" and not mention.genitive


def _joinable(doc: Doc, left: Mention, right: Mention, res: Resources) -> bool:
    """Two names no dictionary or gazetteer knows, neither a genitive nor both a person's (the
    NER may take a part for a place or a person: "Movement", "Democratic Change")."""
    if right.start != left.end + 1 or doc[left.end].text not in res.grammar.name_joiners:
        return False
    pair = (left, right)
    return not all(m.label == "PER" for m in pair) and all(
        _unknown_name(m) and doc[m.start].text[:1].isupper() for m in pair
    )


def _join_person_names_split_at_places(
    doc: Doc, mentions: list[Mention], res: Resources
) -> list[Mention]:
    """Person names whose last word is also a place: "Marcelo Rebelo de Sousa" (a name and a
    particle before it), "Luís Montenegro" (a name right before it), "partiets leder Luís
    Montenegro" (a role noun and an unknown first name before it)."""
    by_end = {m.end: m for m in mentions}
    dropped: set[int] = set()
    added = []
    for mention in mentions:
        if mention.label != "LOC" or mention.end - mention.start != 1 or mention.genitive:
            continue
        i = mention.start
        particle = i > 0 and doc[i - 1].lower_ in res.grammar.name_particles
        person = by_end.get(i - 1) if particle else by_end.get(i)
        if person is not None and person.label == "PER" and id(person) not in dropped:
            person.end = mention.end
            dropped.add(id(mention))
        elif _first_name_after_role(doc, i - 1, by_end, res):
            dropped.add(id(mention))
            added.append(Mention(i - 1, mention.end, "PER", "name"))
    return sorted([m for m in mentions if id(m) not in dropped] + added, key=lambda m: m.start)


def _first_name_after_role(doc: Doc, i: int, by_end: dict, res: Resources) -> bool:
    if i < 1 or i + 1 in by_end or _sentence_initial(doc, i):
        return False
    if any(m.start <= i < m.end for m in by_end.values()):
        return False
    anchor = _role_anchor(doc, i, res)
    return anchor is not None and anchor.role.kind == "person" and _unknown_capitalised(doc[i], res)


def _without_towns_named_like_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Anderson Torres ... Torres' advokat": after a person's full name, a town of the same
    name as their last name is the person (left for `_with_surnames` to pick up)."""
    surnames: set[str] = set()
    kept = []
    for mention in mentions:
        text = _text(doc, mention)
        if mention.kind == "city" and {text, strip_genitive(text)} & surnames:
            continue
        if mention.label == "PER" and mention.end - mention.start >= 2:
            last = doc[mention.end - 1].text
            surnames.update({last, strip_genitive(last)} if mention.genitive else {last})
        kept.append(mention)
    return kept


def _text(doc: Doc, mention: Mention) -> str:
    return doc[mention.start : mention.end].text


def _with_surnames(doc: Doc, mentions: list[Mention], res: Resources) -> list[Mention]:
    """A person's last name alone, after the full name was given: "Esper", "Stormers", whatever
    label the NER gave it ("Ifølge Stormer" as ORG)."""
    surnames = _surnames_of_persons(doc, mentions)
    misread = [m for m in mentions if _repeats_a_surname(doc, m, surnames)]
    mentions = [m for m in mentions if m not in misread]
    taken = _taken(mentions)
    found = []
    for i, word in enumerate(token_texts(doc)):
        if i in taken or not word[:1].isupper():
            continue
        for text, genitive in (
            (word, False),
            *((b, True) for b in genitive_bases(word)),
        ):
            antecedent = surnames.get(text) or surnames.get(_lowered_particle(text))
            if antecedent is not None and antecedent.start < i:
                found.append(
                    Mention(
                        i,
                        i + 1,
                        "PER",
                        "surname",
                        genitive=genitive,
                        refers_to=antecedent,
                    )
                )
                break
    return mentions + found


def _without_particle(surname: str) -> str:
    """ "Burhan" of "al-Burhan": a lower-case particle joined by a hyphen may be left out."""
    particle, _, rest = surname.partition("-")
    return rest if rest and particle.islower() else surname


def _lowered_particle(text: str) -> str:
    """ "Al-Hayya" opening a sentence is the "al-Hayya" of "Khalil al-Hayya"."""
    return text[:1].lower() + text[1:]


def _surnames_of_persons(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    surnames: dict[str, Mention] = {}
    for mention in mentions:
        if mention.label == "PER" and mention.end - mention.start >= 2:
            last = doc[mention.end - 1].text
            # a name read as genitive may be wrong ("idømt Anderson Torres fem år"): keep both
            for surname in (strip_genitive(last), last) if mention.genitive else (last,):
                surnames.setdefault(surname, mention)
                surnames.setdefault(_without_particle(surname), mention)
    return surnames


def _repeats_a_surname(doc: Doc, mention: Mention, surnames: dict[str, Mention]) -> bool:
    if mention.kind != "name" or mention.end - mention.start != 1:
        return False
    text = doc[mention.start].text
    antecedent = surnames.get(text) or surnames.get(strip_genitive(text))
    return antecedent is not None and antecedent.start < mention.start


def person_actor(doc: Doc, mention: Mention) -> Actor:
    """A person the dictionary does not know, named as the text names them."""
    text = doc[mention.start : mention.end].text
    return Actor(name=strip_genitive(text) if mention.genitive else text)
