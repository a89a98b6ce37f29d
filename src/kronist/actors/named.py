"""Named mentions: dictionary names, countries and places (gazetteer), the statistical NER's
entities when the pipeline has them, and capitalised names the rules can vouch for."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronist.actors.dictionary import genitive_bases
from kronist.actors.gazetteer import NameMatch
from kronist.actors.lexicon import is_common_word
from kronist.actors.mentions import Mention, Resources, strip_genitive
from kronist.model import Actor

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
    mentions = _merge_entities(doc, mentions, res)
    taken = _taken(mentions)
    mentions += _capitalised_names(doc, taken, res)
    mentions.sort(key=lambda m: m.start)
    mentions += _surnames(doc, mentions, res)
    mentions.sort(key=lambda m: m.start)
    return mentions


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
    return mention


def _after_locative(doc: Doc, start: int, res: Resources) -> bool:
    return start > 0 and doc[start - 1].lower_ in res.grammar.locative_prepositions


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


def _merge_entities(doc: Doc, mentions: list[Mention], res: Resources) -> list[Mention]:
    """Add the NER's entities; a longer entity replaces the gazetteer names inside it."""
    for ent in doc.ents:
        label = NER_LABELS.get(ent.label_)
        if label is None:
            continue
        inside = [m for m in mentions if m.start < ent.end and ent.start < m.end]
        if any(m.start <= ent.start and ent.end <= m.end for m in inside):
            continue  # the gazetteer already covers it (and knows the actor)
        mentions = [m for m in mentions if m not in inside]
        mentions.append(_from_entity(doc, ent, label, res))
    return sorted(mentions, key=lambda m: m.start)


def _from_entity(doc: Doc, ent: Span, label: str, res: Resources) -> Mention:
    text = ent.text
    entry = res.dictionary.find(text) or _party_letter(doc, ent, res)
    genitive = entry is not None and entry.names.count(text) == 0
    mention = Mention(ent.start, ent.end, label, "name", entry=entry, genitive=genitive)
    if entry is not None:
        mention.kind = "actor" if entry.has_actor else "channel"
        return mention
    if label == "LOC":
        _resolve_location(mention, text, res)
    mention.locative = _after_locative(doc, ent.start, res)
    if mention.kind == "name":
        mention.genitive = _is_genitive_name(doc, ent.end, res)
    return mention


def _party_letter(doc: Doc, ent: Span, res: Resources):
    """ "(S)" after a politician's name: the NER's ORG is the party."""
    inside_brackets = ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "("
    return res.dictionary.by_letter.get(ent.text) if inside_brackets else None


def _resolve_location(mention: Mention, text: str, res: Resources) -> None:
    for candidate, genitive in ((text, False), *((b, True) for b in genitive_bases(text))):
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


def _taken(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _sentence_initial(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.is_sent_start or i == 0:
        return True
    previous = doc[i - 1].text
    return previous in OPENERS or previous.endswith((".", "!", "?", "\n"))


def _is_name_word(token, res: Resources) -> bool:
    text = token.text
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
    i = 0
    while i < len(doc):
        end = _name_end(doc, i, taken, res)
        if end == i:
            i += 1
            continue
        mention = _name_mention(doc, i, end, res)
        if mention is not None:
            found.append(mention)
        i = end
    return found


def _name_end(doc: Doc, start: int, taken: set[int], res: Resources) -> int:
    if start in taken or not _is_name_word(doc[start], res):
        return start
    end = start + 1
    while end < len(doc) and end not in taken and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        if token.is_sent_start:
            break
        if _is_name_word(token, res) or _is_particle(doc, end, res):
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
    anchor = _role_anchor(doc, start, res)
    party = party_letter_after(doc, end, res)
    words = [doc[i].text for i in range(start, end)]
    uncommon = [w for w in words if not is_common_word(res.lang, strip_genitive(w))]
    if anchor is None and party is None and (len(words) < 2 or not uncommon):
        return None
    if len(words) == 1 and _sentence_initial(doc, start):
        return None
    label = "PER" if anchor is None or anchor.role.kind == "person" else "ORG"
    mention = Mention(start, end, label, "name", party=party)
    mention.genitive = _is_genitive_name(doc, end, res)
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


def _surnames(doc: Doc, mentions: list[Mention], res: Resources) -> list[Mention]:
    """A person's last name alone, after the full name was given: "Esper", "Stormers"."""
    surnames = {}
    for mention in mentions:
        if mention.label == "PER" and mention.end - mention.start >= 2:
            surname = (
                strip_genitive(doc[mention.end - 1].text)
                if mention.genitive
                else doc[mention.end - 1].text
            )
            surnames.setdefault(surname, mention)
    taken = _taken(mentions)
    found = []
    for token in doc:
        if token.i in taken or not token.text[:1].isupper():
            continue
        for text, genitive in (
            (token.text, False),
            *((b, True) for b in genitive_bases(token.text)),
        ):
            antecedent = surnames.get(text)
            if antecedent is not None and antecedent.start < token.i:
                found.append(
                    Mention(
                        token.i,
                        token.i + 1,
                        "PER",
                        "surname",
                        genitive=genitive,
                        refers_to=antecedent,
                    )
                )
                break
    return found


def person_actor(doc: Doc, mention: Mention) -> Actor:
    """A person the dictionary does not know, named as the text names them."""
    text = doc[mention.start : mention.end].text
    return Actor(name=strip_genitive(text) if mention.genitive else text)
