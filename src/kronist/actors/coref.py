"""Coreference inside one article, by salience and role titles.

- a dictionary actor named again ("Trump" after "Donald Trump") refers to its first mention;
- a surname alone refers to the full name (found in `named`);
- "han", "hun", "ham", "hende" refer to the most recent person;
- "den" (and "det" with no subject after its verb) standing as a subject refers to the most
  recent body whose noun has its gender, in its sentence or the one before ("Regeringen ...
  Den afviser kritikken");
- "denne" and "sidstnævnte" standing as a subject refer to the one named last, person or body,
  in its sentence or the one before ("Statsministeren mødte Putin. Denne afviste ...": Putin);
- a definite role noun with nothing of its own to say who ("premierministeren", "ministeriet",
  "ambassaden", "gruppen") refers to the most recent mention carrying that title, or for
  "gruppen"/"bevægelsen"/"organisationen" to the most recent organisation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import takewhile, tee

from spacy.tokens import Doc

from kronist.actors.mentions import Mention, Resources, sentence_index
from kronist.model import Actor
from kronist.nlp.docs import morph_values, token_lowers
from kronist.nlp.features import first_name_gender

ORGANISATION_SECTORS_EXCLUDED = frozenset({"JRN"})  # "gruppen" is seldom the news agency

PLURAL_ENDINGS = ("er", "erne", "ene", "rne", "r", "e")  # Danish plural noun endings


def resolve_coreference(
    doc: Doc, mentions: list[Mention], res: Resources, day: dt.date | None
) -> list[Mention]:
    """Link mentions to their antecedents; returns the pronoun mentions it created."""
    _link_repeated_names(mentions)
    for mention in mentions:
        if mention.kind == "surname" and mention.refers_to is not None:
            mention.actor = mention.refers_to.actor
            mention.titles |= mention.refers_to.titles
    pronouns = _pronouns(doc, mentions, res)
    ordered = sorted([*mentions, *pronouns], key=lambda m: (m.start, -m.end))
    sentence_of = sentence_index(doc)
    places = _places_by_sentence(doc, mentions, sentence_of, res)
    named_beside = {id(m.described_by) for m in mentions if m.described_by is not None}
    generic = _generic_words(res)
    for index, mention in enumerate(ordered):
        if mention.kind == "pronoun":
            lower = doc[mention.start].lower_
            if lower in res.grammar.latest_named_pronouns:
                _resolve_latest_named(mention, _before(ordered, index), sentence_of)
                continue
            if lower in res.grammar.body_pronouns:
                gender = res.grammar.body_pronouns[lower]
                _resolve_body_pronoun(doc, mention, _before(ordered, index), gender, sentence_of)
                continue
            wanted = res.grammar.pronoun_genders.get(lower)
            _resolve_pronoun(doc, mention, _before(ordered, index), wanted, sentence_of)
        elif mention.kind == "role":
            here = places.get(sentence_of[mention.start])
            # "Præsidenten i nabolandet, Cyril Ramaphosa,": the name says who
            named = id(mention) in named_beside
            if not named and _is_anaphoric(mention) and not _names_nobody(doc, mention, res):
                _resolve_definite(mention, _before(ordered, index), here, generic)
            # "Ambassadens personale": the embassy named before; "bevægelsens talsmand, X":
            # the movement named before, though the name says who the spokesman is
            generic_owner = mention.owner is not None and mention.owner.role is not None
            generic_owner = generic_owner and mention.owner.role.role.generic
            if _anaphoric_owner(mention) and (not named or generic_owner):
                _resolve_definite(mention.owner, _before(ordered, index), here, generic)
    return pronouns


def _before(ordered: list[Mention], index: int) -> Iterator[Mention]:
    """The mentions before `index`, nearest first, read only as far as a resolution needs."""
    for k in range(index - 1, -1, -1):
        yield ordered[k]


def _names_nobody(doc: Doc, mention: Mention, res: Resources) -> bool:
    """ "Ingen gruppe har taget ansvaret": a phrase under a negative determiner refers back to
    no one."""
    return doc[mention.start].lower_ in res.grammar.nobody_determiners


def _anaphoric_owner(mention: Mention) -> bool:
    owner = mention.owner
    if owner is None or owner.role is None or owner.has_own_country:
        return False
    return owner.role.definite and (owner.actor is None or not owner.actor.country)


def _places_by_sentence(
    doc: Doc, mentions: list[Mention], sentence_of: list[int], res: Resources
) -> dict[int, set[str]]:
    """Countries of the places each sentence is set in ("i Malmø", "på Lolland"), not those it
    only points to ("en forbindelse til Israel", "på vej fra Shanghai")."""
    places: dict[int, set[str]] = {}
    setting = res.grammar.setting_prepositions
    for mention in mentions:
        before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
        if mention.country and (mention.is_place or mention.locative) and before in setting:
            places.setdefault(sentence_of[mention.start], set()).add(mention.country)
    return places


def _link_repeated_names(mentions: list[Mention]) -> None:
    """Later mentions of the same dictionary actor, or of the same unknown name, refer to the
    first; an unknown name repeated without its role noun takes the first mention's actor."""
    first: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = _name_key(mention)
        if key is None:
            continue
        antecedent = first.setdefault(key, mention)
        if antecedent is mention:
            continue
        mention.refers_to = antecedent
        if mention.entry is None and _says_less(mention, antecedent):
            mention.actor = antecedent.actor
            mention.titles |= antecedent.titles
            mention.label = antecedent.label  # "det danske rederi Skovgaard Line" is an ORG


def _name_key(mention: Mention) -> str | None:
    if mention.kind == "actor" and mention.entry is not None:
        return mention.entry.name
    if mention.kind == "name" and mention.actor is not None and mention.label in ("PER", "ORG"):
        return f"name:{mention.actor.name}"  # one name, one actor, whatever label NER gave it
    return None


def _says_less(mention: Mention, antecedent: Mention) -> bool:
    mine, theirs = mention.actor, antecedent.actor
    if theirs is None:
        return False
    return mine is None or (not mine.sectors and not mine.country)


def _pronouns(doc: Doc, mentions: list[Mention], res: Resources) -> list[Mention]:
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [
        Mention(i, i + 1, "NOM", "pronoun")
        for i, lower in enumerate(token_lowers(doc))
        if i not in taken
        and (
            lower in res.grammar.person_pronouns
            or (lower in res.grammar.body_pronouns and _stands_as_subject(doc, i, lower, res))
            or (
                lower in res.grammar.latest_named_pronouns
                and _stands_as_subject(doc, i, lower, res)
            )
        )
    ]


def _stands_as_subject(doc: Doc, i: int, lower: str, res: Resources) -> bool:
    """ "Den afviser kritikken", "Det har anholdt præsidenten": a finite verb follows, so the
    word is no article ("den russiske hær"); "det" also needs no noun phrase after the verb,
    which would be the subject ("Det oplyser politiet")."""
    if i + 1 >= len(doc):
        return False
    following = doc[i + 1]
    if not (following.pos_ in {"VERB", "AUX"} and "Fin" in morph_values(following, "VerbForm")):
        return False
    if lower not in res.grammar.expletive_pronouns or i + 2 >= len(doc):
        return True
    return doc[i + 2].pos_ not in NOUN_PHRASE_STARTS


NOUN_PHRASE_STARTS = frozenset({"NOUN", "PROPN", "DET", "PRON", "NUM", "ADJ"})


BODY_PRONOUN_REACH = 1  # sentences back: "Den" takes up a body of this or the previous one


def _resolve_body_pronoun(
    doc: Doc, pronoun: Mention, before: Iterator[Mention], gender: str, sentence_of: list[int]
) -> None:
    """The most recent body (no person) whose noun has the pronoun's gender and is singular:
    "Kinas regering er blevet kritiseret. Den afviser kritikken" -> the Chinese government."""
    here = sentence_of[pronoun.start]
    for candidate in before:
        if here - sentence_of[candidate.start] > BODY_PRONOUN_REACH:
            return
        if candidate.kind == "pronoun" or candidate.actor is None or not candidate.emit:
            continue
        if _is_person(candidate):
            continue
        head = doc[candidate.end - 1]
        if gender in morph_values(head, "Gender") and "Plur" not in morph_values(head, "Number"):
            _link(pronoun, candidate)
            return


def _resolve_latest_named(
    pronoun: Mention, before: Iterator[Mention], sentence_of: list[int]
) -> None:
    """The most recent actor named, person or body, that is no place where something happened
    ("Putin mødte Erdogan i Ankara. Denne afviste ...": Erdogan)."""
    here = sentence_of[pronoun.start]
    for candidate in before:
        if here - sentence_of[candidate.start] > BODY_PRONOUN_REACH:
            return
        referent = _referent(candidate)
        if referent.kind == "pronoun" or referent.actor is None or not referent.emit:
            continue
        if referent.is_place or referent.locative or referent.destination:
            continue
        _link(pronoun, referent)
        return


def _resolve_pronoun(
    doc: Doc,
    pronoun: Mention,
    before: Iterator[Mention],
    wanted: str | None,
    sentence_of: list[int],
) -> None:
    """The most recent single person ("han" after "præsidenten" who is Trump, not after
    "borgerne") whose first name does not tell another gender than the pronoun's (`wanted`:
    "m", "f" or None); from an earlier sentence, the one that sentence is about, its subject
    ("Løkke besøgte Kyiv, hvor han talte med Zelenskyj. »...«, siger han": Løkke)."""
    before, nearest_first, same_clause = tee(before, 3)
    here = sentence_of[pronoun.start]
    in_its_sentence = takewhile(lambda c: sentence_of[c.start] == here, same_clause)
    its_subjects = {
        id(_referent(c)) for c in in_its_sentence if _subject_of_its_verb(doc, c, pronoun)
    }
    fitting = (
        c for c in before if _may_be_meant(doc, c, wanted) and id(_referent(c)) not in its_subjects
    )
    latest = next(fitting, None)
    if latest is None:
        latest = _lone_person_just_before(doc, pronoun, nearest_first, sentence_of)
        if latest is None:
            return
    sentence = sentence_of[latest.start]
    if sentence != sentence_of[pronoun.start]:
        in_it = takewhile(lambda c: sentence_of[c.start] == sentence, fitting)
        same_sentence = [latest, *in_it]
        if doc.has_annotation("DEP"):
            subject = next(
                (
                    c
                    for c in reversed(same_sentence)
                    if _is_subject(doc, c) and id(_referent(c)) not in its_subjects
                ),
                None,
            )
        else:  # no parse: a main clause mostly opens with its subject
            subject = same_sentence[-1]
        latest = subject or latest
    _link(pronoun, latest.refers_to if latest.kind == "pronoun" else latest)


def _lone_person_just_before(
    doc: Doc, pronoun: Mention, before: Iterator[Mention], sentence_of: list[int]
) -> Mention | None:
    """ "Estlands premierminister Kristen Michal ... Han kræver": a first name that the name
    lists give the other gender (an English "Kristen") does not keep the pronoun from the one
    person of its sentence or the sentence before."""
    near = sentence_of[pronoun.start] - 1
    recent = takewhile(lambda c: sentence_of[c.start] >= near, before)
    persons = [c for c in recent if _may_be_meant(doc, c, None)]
    named = {id(c.refers_to if c.kind == "pronoun" else c) for c in persons}
    return persons[0] if len(named) == 1 else None


def _may_be_meant(doc: Doc, candidate: Mention, wanted: str | None) -> bool:
    if candidate.kind == "pronoun":  # "Han mødtes med ...": the person it was resolved to
        return candidate.refers_to is not None and candidate.actor is not None
    if not _is_person(candidate) or candidate.actor is None or not candidate.emit:
        return False
    if _plural(doc, candidate):
        return False
    return not (wanted and _gender(candidate.actor) not in (None, wanted))


def _referent(mention: Mention) -> Mention:
    return mention.refers_to if mention.kind == "pronoun" and mention.refers_to else mention


def _subject_of_its_verb(doc: Doc, candidate: Mention, pronoun: Mention) -> bool:
    """ "Udenrigsministeren bad ham om ...", "Hun lovede ham våben": an object pronoun is not
    its own verb's subject, nor whom that subject is (that would be "sig")."""
    token = doc[pronoun.start]
    if token.dep_ not in ("obj", "iobj") or not doc.has_annotation("DEP"):
        return False
    return _is_subject(doc, candidate) and any(
        t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == token.head.i
        for t in doc[_phrase_start(candidate) : candidate.end]
    )


def _phrase_start(mention: Mention) -> int:
    phrase = mention.described_by
    return min(mention.start, phrase.start) if phrase is not None else mention.start


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """The mention, or the role phrase it is named in apposition to ("Ukraines præsident,
    Volodymyr Zelenskyj, kritiserer ..."), is its clause's subject."""
    span = doc[_phrase_start(mention) : mention.end]
    return any(
        token.dep_ in ("nsubj", "nsubj:pass") and not (span.start <= token.head.i < span.end)
        for token in span
    )


def _gender(actor: Actor) -> str | None:
    first = actor.name.split()[0] if actor.name.split() else ""
    return first_name_gender(first)


def _is_anaphoric(mention: Mention) -> bool:
    role = mention.role
    if role is None or not mention.emit or mention.has_own_country:
        return False
    return role.definite or role.role.generic


def _resolve_definite(
    mention: Mention,
    before: Iterator[Mention],
    here: set[str] | None,
    generic: frozenset[str] = frozenset(),
) -> None:
    """`here`: countries of the places named in the mention's sentence; "politiet" in a
    sentence set in Malmø is not the Danish police of an earlier sentence."""
    role = mention.role.role
    if role.anaphor and mention.owner is not None:
        return  # "kilden i regeringen" says whose source it is
    # people and groups act where they go ("Hamas oplyser, at bevægelsen står bag angrebet i
    # Tel Aviv"); a body is where it is posted
    travels = role.kind == "person" or role.foreign or role.generic
    candidates = (
        c
        for c in before
        if c.actor is not None
        and c.kind != "pronoun"
        and c.emit
        # a president abroad is still that president; an embassy stands in another country
        and not (here and not travels and c.actor.country not in (None, *here))
    )
    for candidate in candidates:
        if role.generic and _titled_otherwise(candidate, mention.role.title, generic):
            continue  # "bevægelsen" is not the "rederi" named since
        if role.generic and _title_matches_any(candidate, mention.role.title):
            _link(mention, candidate)  # "bevægelsen": the Houthi movement named before
            return
        if role.generic or role.anaphor:
            if _is_organisation(candidate) if role.generic else _is_person(candidate):
                _link(mention, candidate)
                return
        elif any(_title_matches(title, mention.role.title) for title in candidate.titles):
            _link(mention, candidate)
            return


def _is_person(mention: Mention) -> bool:
    """A named person, or a phrase for one ("en amerikansk embedsperson")."""
    if mention.label == "PER":
        return True
    return mention.role is not None and mention.role.role.kind == "person"


def _plural(doc: Doc, mention: Mention) -> bool:
    """The tagger's number of the phrase's last word; without a tagger, a role noun in a plural
    form ("borgerne", "soldater")."""
    number = morph_values(doc[mention.end - 1], "Number")
    if number:
        return "Plur" in number
    role = mention.role
    if role is None:
        return False
    surface = role.surface.lower()
    return surface != role.role.lemma and surface.endswith(PLURAL_ENDINGS)


def _is_organisation(mention: Mention) -> bool:
    if mention.label != "ORG" or mention.actor is None:
        return False
    return not set(mention.actor.sectors) & ORGANISATION_SECTORS_EXCLUDED


def _titles(candidate: Mention) -> set[str]:
    titles = set(candidate.titles)
    if candidate.role is not None:
        titles.add(candidate.role.title)
    return titles


def _title_matches_any(candidate: Mention, lemma: str) -> bool:
    return any(_title_matches(title, lemma) for title in _titles(candidate))


def _titled_otherwise(
    candidate: Mention, lemma: str, generic: frozenset[str] = frozenset()
) -> bool:
    """Named by another title; the words for any organisation ("bevægelsen", "gruppen",
    "organisationen") stand for one another."""
    titles = _titles(candidate) - generic
    return bool(titles) and not any(_title_matches(title, lemma) for title in titles)


def _generic_words(res: Resources) -> frozenset[str]:
    return res.roles.generic_lemmas


def _title_matches(title: str, lemma: str) -> bool:
    """ "ministeren" can be the "forsvarsminister", "premierministeren" only a premierminister."""
    return title == lemma or title.endswith(lemma)


def _link(mention: Mention, antecedent: Mention) -> None:
    mention.refers_to = antecedent
    mention.actor = antecedent.actor
    mention.country = antecedent.actor.country if antecedent.actor else None
    mention.titles |= antecedent.titles
