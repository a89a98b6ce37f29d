"""Who did it to whom: actor and recipient of a trigger, from the tree or from word order."""

from __future__ import annotations

from dataclasses import dataclass, field

from kronist.events.lexicon import Lexicon, word_class
from kronist.events.syntax import (
    ADVERBS,
    AUXILIARY_LEMMAS,
    CLAUSE_PUNCT,
    PREPOSITIONS,
    RELATIVE,
    Mention,
    SentenceView,
    lemmas,
)
from kronist.events.triggers import AGENT_REACH, Trigger
from kronist.model import Actor

NP_REACH = 3  # tokens before an event noun that may still belong to its noun phrase


@dataclass
class Roles:
    actor: Mention | None = None
    recipient: Mention | None = None
    victim: Mention | None = None  # who was killed/wounded: a recipient only if none is named
    implicit_actor: str | None = None  # sector of an actor the text leaves out ("blev anholdt")
    passive: bool = False
    partner: Mention | None = None  # "Israel og Hamas er blevet enige": the second party
    co_actors: list[Mention] = field(default_factory=list)  # "USA, Canada og Australien"
    co_recipients: list[Mention] = field(default_factory=list)  # "opfordrer Israel og Hamas"
    done_by_a_thing: bool = False  # "spærret af væltede træer": no actor left out


def find_roles(view: SentenceView, trigger: Trigger, lexicon: Lexicon) -> Roles:
    if trigger.kind == "noun":
        return _noun_roles(view, trigger, lexicon)
    return _verb_roles(view, trigger)


# --- verbs ----------------------------------------------------------------------------------


JOINT_ACTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # done with someone
# statements whose content may name the parties they address ("opfordrer til fred mellem X og Y")
ADDRESSED_TO_PARTIES = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "THREATEN"})


def _verb_roles(view: SentenceView, trigger: Trigger) -> Roles:
    pattern = trigger.verb
    assert pattern is not None
    i = trigger.index
    passive = view.is_passive(i, deponents=pattern.verbs.words)
    subject = _subject(view, i) or _impersonal_reporter(view, i)
    if subject is None and not passive and _object_opens_the_clause(view, trigger):
        subject = view.inverted_subject(i, object_first=True)  # "Kritikken afviser regeringen"
    roles = Roles(passive=passive)
    if passive:
        # the passive subject is the verb's object: a recipient only where the object is one
        # ("Ukraine blev angrebet"), not the thing moved ("fire kampfly blev udsendt")
        roles.recipient = (
            subject if "obj" in pattern.recipient or "casualty" in pattern.flags else None
        )
        roles.actor = _agent(view, i)
        roles.co_actors = _coordinated_list(view, roles.actor)  # "af både Frankrig og Tyskland"
        roles.partner = roles.co_actors[0] if roles.co_actors else None
        if roles.actor is None and "passive_subject_acts" in pattern.flags:
            roles.actor = subject  # "personalet blev evakueret": who is withdrawn withdraws
            roles.recipient = _recipient(view, trigger, skip=subject)  # "ud af Irak"
        if roles.actor is None:
            roles.actor, roles.recipient = _parties_of_object(view, trigger, roles.recipient)
        if roles.actor is None and pattern.event in JOINT_ACTS and _impersonal(view, i):
            # "meddelte, at der var indgået aftaler med X": the reporter is a party
            roles.actor = view.reporter_of(i)
            roles.recipient = roles.recipient or _recipient(view, trigger, skip=roles.actor)
        if roles.actor is None:
            roles.done_by_a_thing = _agent_names_a_thing(view, i)
        if roles.actor is None and not roles.done_by_a_thing:
            roles.implicit_actor = pattern.options.get("implicit")
    else:
        roles.actor = subject
        roles.co_actors = _coordinated_list(view, subject) or list(getattr(subject, "partners", ()))
        roles.partner = roles.co_actors[0] if roles.co_actors else None
        recipient = _recipient(view, trigger, skip=subject)
        roles.recipient = None if recipient in roles.co_actors else recipient
        roles.co_recipients = _coordinated_list(view, roles.recipient)
        if roles.recipient is None and pattern.event in ADDRESSED_TO_PARTIES:
            first, second = _parties_in_clause(view, i)
            roles.recipient, roles.co_recipients = first, [second] if second else []
    if "casualty" in pattern.flags:
        roles.victim, roles.recipient = roles.recipient, None
    if "receives" in pattern.flags and not passive:  # "Ukraine har modtaget kampfly fra Danmark"
        roles.actor, roles.recipient = roles.recipient, roles.actor
        roles.co_actors, roles.co_recipients = roles.co_recipients, roles.co_actors
        roles.partner = None
    return roles


NOMINAL = frozenset({"NOUN", "PROPN"})
FRONTED_OBJECT_REACH = 2  # words before the object in its clause: "Den påstand afviser ..."


def _object_opens_the_clause(view: SentenceView, trigger: Trigger) -> bool:
    """The verb's required object stands first in its clause, before the verb ("Kritikken
    afviser regeringen", "Anklagerne afviser han"): its subject follows the verb."""
    if trigger.verb is None or "obj" not in trigger.verb.recipient:
        return False  # "Demonstranter samledes foran ambassaden": the word is the subject
    start = view.clause_start(trigger.index)
    return any(
        start <= j < trigger.index and j - start <= FRONTED_OBJECT_REACH for j in trigger.consumed
    )


def _subject(view: SentenceView, i: int) -> Mention | None:
    """Word order first (robust to a parser trained on little data), the tree as a fallback."""
    found = view.subject_of(i)
    if found is None and view.parsed and view.infinitive_marker(i) is None:
        token = view.dep_subject(i)
        if token is not None and token.i != i:
            found = view.mention_in_subtree(token)
    return _first_of_its_list(view, found)


def _first_of_its_list(view: SentenceView, mention: Mention | None) -> Mention | None:
    """ "Egypten og Qatar, der mægler mellem parterne, opfordrer ...": a subject found before a
    relative clause may be the last of a coordinated list, which the list's first member heads."""
    if mention is None or not (
        view.lower(mention.end) == "," and view.lower(mention.end + 1) in RELATIVE
    ):
        return mention
    conjoined = False  # a comma joins list members only before the "og" ("A, B og C"); alone
    # it opens an apposition ("Sydafrikas præsident, Cyril Ramaphosa, beder")
    while mention is not None and view.lower(mention.start - 1) in LIST_JOINERS:
        joiner = view.lower(mention.start - 1)
        before = view.mention_at(mention.start - 2)
        if before is None or before.end != mention.start - 1 or before.start < view.start:
            break
        if joiner == "," and not conjoined:
            break
        conjoined = True
        mention = before
    return mention


def _impersonal_reporter(view: SentenceView, i: int) -> Mention | None:
    """ "Partiet har oplyst, at man vil anfægte valgresultatet": an impersonal "man" in what
    someone reports is the reporter, and so is "den"/"de" when the reporter is no single
    person; in a clause joined by "og", an impersonal "man" is the sentence's first party."""
    start = view.clause_start(i)
    before = {view.lower(k) for k in range(start, i)}
    if before & word_class(view.lang, "reporter_pronouns").words and view.opener(i) == "at":
        reporter = view.reporter_of(i)  # "Hæren oplyser, at den har dræbt ...": the army
        if reporter is not None and not (reporter.entity and reporter.entity.label == "PER"):
            return reporter
    impersonal = word_class(view.lang, "impersonal_subjects").words
    if not (before & impersonal or view.lower(i + 1) in impersonal):  # "afviser man": V2
        return None
    if view.opener(i) == "og":  # "Iraks regering har fordømt angrebet - og man advarede om"
        return view.first_mention(view.start, start)
    return _fronted_setting(view, start, i) or view.reporter_of(i)


def _fronted_setting(view: SentenceView, start: int, i: int) -> Mention | None:
    """ "I Kreml afviser man anklagerne", "Fra russisk side afviser man": the place or side
    fronted before the verb is who "man" is."""
    opener = view.lower(start)
    kinds = ("location_prepositions", "origin_prepositions")
    if not any(word_class(view.lang, kind).matches(opener) for kind in kinds):
        return None
    return view.first_mention(start + 1, i, skip_pp=False)


LIST_JOINERS = frozenset({",", "og", "eller"})


def _coordinated_list(view: SentenceView, subject: Mention | None) -> list[Mention]:
    """The mentions coordinated with the subject: "USA og Australien", "Canada, Frankrig og
    Holland", "hverken Rusland eller Ukraine" (each joined by "," or "og"/"eller" and nothing
    else)."""
    found: list[Mention] = []
    current = subject
    while current is not None and view.lower(current.end) in LIST_JOINERS:
        following = view.mention_at(current.end + 1)
        if following is None or following.start != current.end + 1:
            break
        found.append(following)
        if view.lower(current.end) != ",":
            break
        current = following
    if found and view.lower(found[-1].start - 1) == ",":
        return []  # "Iran, som ...": a comma alone opens an apposition, not a list
    return found


def _agent_names_a_thing(view: SentenceView, i: int) -> bool:
    """ "Vejene er spærret af væltede træer": the passive's "af"-agent is there and names no
    actor, so no protester or police officer is left out."""
    if not view.parsed:
        return False
    instruments = word_class(view.lang, "instruments")
    return any(
        case == "af"
        and token.i > i
        and token.pos_ == "NOUN"
        and view.mention_at(token.i) is None
        and not instruments.matches(token.lower_)
        for token, case in view.dep_obliques(i)
    )


def _agent(view: SentenceView, i: int) -> Mention | None:
    """The passive's "af"-agent, before any infinitive it governs ("er sigtet for at have snydt
    statskassen gennem et netværk af danske selskaber" names no agent)."""
    complement = _infinitive_after(view, i)
    found = view.agent_after(i)
    if found is None and view.parsed:
        found = next(
            (
                view.mention_in_subtree(token)
                for token, case in view.dep_obliques(i)
                if case == "af"
            ),
            None,
        )
    if found is not None and found.start < complement and not _out_of(view, found):
        return found
    return _side_named(view, i)


def _out_of(view: SentenceView, mention: Mention) -> bool:
    """ "trukket ud af Irak": an "af" after a particle tells where from, not who did it."""
    particles = word_class(view.lang, "source_particles").words
    for k in range(mention.start - 1, max(view.start, mention.start - 1 - AGENT_REACH), -1):
        if view.lower(k) == "af":
            return k > view.start and view.lower(k - 1) in particles
    return False


def _side_named(view: SentenceView, i: int) -> Mention | None:
    """ "Fra dansk side bliver sanktionerne budt velkommen": "fra X side" names who acts."""
    start, end = view.clause_start(i), view.clause_end(i)
    for k in range(max(view.start, start - 1), end - 2):
        mention = view.mention_at(k + 1)
        if view.lower(k) == "fra" and mention is not None and view.lower(mention.end) == "side":
            return mention
    return None


def _recipient(view: SentenceView, trigger: Trigger, skip: Mention | None) -> Mention | None:
    spec = trigger.recipient_spec
    i = trigger.index
    if not spec:
        return None
    if "ccomp" in spec:
        found = view.clause_subject_after_at(i)
        if found is not None:
            return found
    complement = _infinitive_after(view, i)
    if any(c >= complement for c in trigger.consumed):
        complement = view.end  # "vedtog at indføre sanktioner mod X": the pattern's own act
    # a recipient the reading needs may stand after a long list of what was sent
    needed = trigger.verb is not None and "needs_recipient" in trigger.verb.flags
    objects = [
        o
        for o in view.objects_after(i, skip=skip, across_noun_lists=needed)
        if o[0].start < complement
    ]
    for position, (mention, preposition) in enumerate(objects):
        if _holds_the_patterns_word(trigger, mention) and not (
            preposition == "" and "obj" in spec and _names_its_country(view, mention)
        ):
            continue  # the pattern's own word ("donerer to feltsygehuse"), no recipient
        if (preposition or "obj") in spec:
            return _best_of_phrase(view, mention, [m for m, _ in objects[position + 1 :]])
        if preposition == "" and _inside_consumed_phrase(view, trigger, mention) and "obj" in spec:
            return mention
    found = _dep_recipient(view, i, spec, skip) if view.parsed else None
    if found is None and trigger.event in BENEFICIARY_TYPES and _gives(trigger):
        found = next((m for m, _ in objects if _served_by_a_purpose(view, m, spec, skip)), None)
    return found


BENEFICIARY_TYPES = frozenset({"AID"})
PURPOSE_REACH = 4  # words between the recipient's preposition and the purpose's link


def _gives(trigger: Trigger) -> bool:
    """The subject gives ("sender", "donerer"), not receives ("modtager ... fra")."""
    return trigger.verb is not None and "receives" not in trigger.verb.flags


def _served_by_a_purpose(
    view: SentenceView, mention: Mention, spec: tuple[str, ...], giver: Mention | None
) -> bool:
    """ "giver 500 millioner kroner til genopbygningen af Ukraine": the help goes to a purpose
    that no one is named in, and the purpose's own phrase names whom it serves, a country
    other than the giver's ("til skoler i Danmark" from the Danish government is spending)."""
    country = mention.actor.country if mention.actor is not None else None
    if country is None or (
        giver is not None and giver.actor is not None and giver.actor.country == country
    ):
        return False
    link = mention.start - 1
    if link <= view.start or view.lower(link) not in word_class(view.lang, "purpose_links").words:
        return False
    for k in range(link - 1, max(view.start, link - 1 - PURPOSE_REACH) - 1, -1):
        if view.lower(k) in spec:
            return k < link - 1
        if view.mention_at(k) is not None or view.is_boundary(k) or view.lower(k) in PREPOSITIONS:
            return False
    return False


def _infinitive_after(view: SentenceView, i: int) -> int:
    """Where the verb's infinitive complement starts ("lover [at sende våben til Ukraine]"):
    what stands there belongs to the embedded act, not to this verb."""
    for j in range(i + 1, view.clause_end(i)):
        if view.lower(j) == "at" and not view.is_subordinating_at(j):
            return j
    return view.end


def _best_of_phrase(view: SentenceView, mention: Mention, following: list[Mention]) -> Mention:
    """E.g. "den militante gruppe Kataib Hizbollah": when a mention without a country is followed
    closely by one with a country in the same phrase, the named one tells who it is."""
    if mention.actor is not None and mention.actor.country:
        return mention
    for other in following[:1]:
        gap = range(mention.end, other.start)
        close = len(gap) <= 2 and not any(
            view.lower(k) in PREPOSITIONS or view.is_boundary(k) for k in gap
        )
        if close and other.actor is not None and other.actor.country:
            return other
    return mention


def _dep_recipient(
    view: SentenceView, i: int, spec: tuple[str, ...], skip: Mention | None
) -> Mention | None:
    if "obj" in spec:
        for token in view.dep_children(i, ("obj", "iobj")):
            mention = view.mention_in_subtree(token)
            if mention is None or mention is skip:
                continue
            preposition = view.governing_preposition(mention, i + 1)
            if preposition is None or preposition in spec:
                return mention
    for token, case in view.dep_obliques(i):
        if case and case in spec:
            mention = view.mention_in_subtree(token)
            if mention is None or mention is skip:
                continue
            if view.governing_preposition(mention, i + 1) in spec:
                return mention
    return None


def _holds_the_patterns_word(trigger: Trigger, mention: Mention) -> bool:
    return any(k in trigger.consumed for k in range(mention.start, mention.end))


def _names_its_country(view: SentenceView, mention: Mention) -> bool:
    """ "modtog Ukraines præsident", "den tyske kansler": the word the reading requires names
    the object itself, an actor whose country its own words name, who is the recipient (not
    "donerer to feltsygehuse", a gift of the story's country)."""
    country = mention.actor.country if mention.actor is not None else None
    words = range(mention.start, mention.end)
    return bool(country) and any(view.country_named_at(j) == country for j in words)


def _inside_consumed_phrase(view: SentenceView, trigger: Trigger, mention: Mention) -> bool:
    return any(abs(mention.start - c) <= 2 for c in trigger.consumed)


# --- nouns ----------------------------------------------------------------------------------


def _noun_roles(view: SentenceView, trigger: Trigger, lexicon: Lexicon) -> Roles:
    i = trigger.index
    roles = Roles()
    roles.actor = _noun_modifier(view, i)
    np_start = roles.actor.start if roles.actor else i
    support = support_verb(view, np_start, lexicon)
    if support is not None:
        verb, role = support
        subject = _subject(view, verb)
        if role == "actor" and roles.actor is None:
            roles.actor = subject
            roles.co_actors = _coordinated_list(view, subject)  # "Rusland og Kina holder øvelse"
            roles.partner = roles.co_actors[0] if roles.co_actors else None
        elif role == "recipient":
            roles.recipient = subject
    if roles.actor is None:
        first, second = _between(view, i)
        if first is not None:
            roles.actor, roles.recipient = first, second or roles.recipient
    if roles.actor is None:
        roles.actor = _relative_claimant(view, i, lexicon)
    if roles.actor is None:
        # "angreb fra Rusland"; "angreb af russiske styrker" unless "af" marks the patient
        # ("anholdelsen af tre mænd")
        by = ("fra",) if "af" in trigger.recipient_spec else ("fra", "af")
        roles.actor = _after_noun(view, i, by, lexicon)
        roles.co_actors = _coordinated_list(view, roles.actor)  # "fra EU og USA": each imposes
    if roles.actor is None:
        roles.actor = _holder_of_the_occasion(view, trigger)
    if roles.actor is None and _comes_from(view, i):
        roles.actor = _later_in_clause(view, i, ("fra",), skip=None)  # "Kritikken kommer fra X"
    if roles.recipient is None:
        roles.recipient = _after_noun(view, i, trigger.recipient_spec, lexicon, skip=roles.actor)
    if roles.recipient is None and _is_clause_subject(view, i):
        roles.recipient = _later_in_clause(view, i, ("mod", "på"), skip=roles.actor)
    return roles


HELD_TOGETHER = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # the subject took part


def _holder_of_the_occasion(view: SentenceView, trigger: Trigger) -> Mention | None:
    """The subject of the verb an event noun is an adverbial of, when grammar says it is
    theirs: a reflexive possessive ("Under sit besøg i Kyiv lovede Frederiksen"), or a fronted
    meeting ("Efter mødet med Zelenskyj sagde Macron": Macron met him; after an attack, the
    one speaking is not the attacker)."""
    i = trigger.index
    if not view.parsed:
        return None
    owned = view.lower(i - 1) in word_class(view.lang, "reflexive_possessives").words
    occasion = word_class(view.lang, "occasion_prepositions").words
    fronted = view.lower(view.start) in occasion and 0 < i - view.start <= 2
    if not owned and not (fronted and trigger.event in HELD_TOGETHER):
        return None
    verb = view.doc[i].head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == i or not view.start <= verb.i < view.end:
        return None
    return _subject(view, verb.i)


def _impersonal(view: SentenceView, i: int) -> bool:
    """A passive with the expletive "der" as its subject ("der blev indgået en aftale")."""
    start = view.clause_start(i)
    return any(view.lower(k) == "der" for k in range(start, min(i, start + 3)))


def _parties_of_object(
    view: SentenceView, trigger: Trigger, recipient: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """ "Der blev indgået en aftale mellem Israel og Hamas": the parties of the verb's object."""
    for position in sorted(trigger.consumed):
        first, second = _between(view, position)
        if first is not None:
            return first, second or recipient
    return None, recipient


def _parties_in_clause(view: SentenceView, verb: int) -> tuple[Mention | None, Mention | None]:
    """ "opfordrer til en våbenhvile mellem Indien og Pakistan": the parties the statement's
    content names are whom it addresses."""
    for k in range(verb + 1, view.clause_end(verb) - 1):
        first, second = _between(view, k)
        if first is not None:
            return first, second
    return None, None


def _between(view: SentenceView, i: int) -> tuple[Mention | None, Mention | None]:
    """ "sammenstød mellem politiet og demonstranter": the first party acts on the second."""
    j = i + 1
    if view.lower(j) not in word_class(view.lang, "between_words").words:
        return None, None
    first = view.mention_at(j + 1) or view.first_mention(j + 1, min(view.end, j + NP_REACH))
    if first is None or view.lower(first.end) != "og":
        return None, None
    second = view.mention_at(first.end + 1) or view.first_mention(
        first.end + 1, min(view.end, first.end + 1 + NP_REACH)
    )
    return first, second


def _noun_modifier(view: SentenceView, i: int) -> Mention | None:
    """A genitive or country adjective inside the noun phrase: "Ruslands angreb", "russisk
    drone- og missilangreb". Other names before the noun are not its actor."""
    own = view.mention_at(i)
    j = i - 1
    steps = 0
    while j >= view.start and steps < NP_REACH:
        word = view.lower(j)
        if word in {"og", "eller"} or word.endswith("-"):  # "drone- og missilangreb"
            j -= 1
            continue
        if word == ")" and view.lower(j - 2) == "(" and len(view.lower(j - 1)) <= 3:
            j -= 3  # a party letter after a name: "Morten Bødskovs (S) afgang"
            continue
        mention = view.mention_at(j)
        if mention is not None and mention is not own:
            return mention if _is_modifier(view, mention) else None
        adjective = _country_adjective(view, j)
        if adjective is not None:
            return adjective
        if word in PREPOSITIONS or word in CLAUSE_PUNCT or view.is_boundary(j):
            return None
        if view.looks_like_verb(j):
            return None
        j -= 1
        steps += 1
    return None


def _is_modifier(view: SentenceView, mention: Mention) -> bool:
    """A genitive ("Ruslands", "USA's") or a country adjective ("amerikanske")."""
    last = view.doc[mention.end - 1].lower_
    if last.endswith("s") or last.endswith("'s") or last.endswith("’s"):
        return True
    return _country_adjective(view, mention.end - 1) is not None


def _country_adjective(view: SentenceView, j: int) -> Mention | None:
    """E.g. "russisk" before an event noun when the actors stage left it untagged."""
    try:
        from kronist.actors.countries import country_lexicon
    except ImportError:
        return None
    lexicon = country_lexicon(view.lang)
    word = view.doc[j].lower_.rstrip("-")
    country = lexicon.adjective(word)
    if country is None:
        return None
    actor = Actor(name=lexicon.english_name(country), country=country)
    return Mention(j, j + 1, None, view.doc[j].text, actor)


def support_verb(view: SentenceView, i: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """The light verb an event noun is the object of, and what its subject is to the event:
    ("gennemførte et angreb") actor, ("betale en bøde") recipient; None without one."""
    start = view.clause_start(i)
    for j in range(i - 1, start - 1, -1):
        if view.tagged and view.doc[j].pos_ in NOMINAL:
            continue  # "Irans øverste leder har lovet at hævne drabet": a noun, not "lede"
        for support in lexicon.support_verbs(view.lower(j), view.lemmas(j)):
            if _other_mention_between(view, j, i):
                return None  # "holder Iran ansvarlig for angrebet": the verb is about Iran
            if _other_noun_phrase_between(view, j, i, support.requires):
                continue  # "iværksat en undersøgelse af drabene": the verb's is the inquiry
            between = [view.doc[k] for k in range(j + 1, i)]
            if all(
                any(slot.matches(t.lower_, lemma) for t in between for lemma in lemmas(t))
                for slot in support.requires
            ):
                return j, support.subject_role
    return None


def _other_noun_phrase_between(view: SentenceView, verb: int, noun: int, own_words) -> bool:
    """A noun of its own, with a preposition after it, stands between the verb and the event
    noun: the verb's object is that noun, the event noun only its complement. The support
    verb's own words ("påtaget sig ansvaret for angrebet") and quantities ("en række af angreb")
    are no such noun."""
    if not view.tagged:
        return False
    quantities = word_class(view.lang, "partitive_quantities")

    def own(k: int) -> bool:
        word = view.lower(k)
        return any(slot.matches(word, lemma) for slot in own_words for lemma in view.lemmas(k))

    for k in range(verb + 1, noun - 1):
        if view.doc[k].pos_ != "NOUN" or view.lower(k + 1) not in PREPOSITIONS:
            continue
        if view.mention_at(k) is not None or own(k) or own(k + 1):
            continue  # "står en russisk hackergruppe bag angrebet": the subject, then "bag"
        if not quantities.matches(view.lower(k)):
            return True
    return False


def _relative_claimant(view: SentenceView, i: int, lexicon: Lexicon) -> Mention | None:
    """ "et bombeangreb i Kabul, som Taliban har taget skylden for", "angrebet, som Iran står
    bag": the subject of a relative clause whose verb names the doer of the event noun."""
    end = view.clause_end(i)
    if end >= view.end or view.lower(end) != ",":
        return None
    relative = end + 1
    if view.lower(relative) not in {"som", "der"}:
        return None
    clause_end = view.clause_end(relative + 1)
    subject = view.first_mention(relative + 1, clause_end)
    if subject is None:
        return None
    for j in range(subject.end, clause_end):
        token = view.doc[j]
        for support in lexicon.support_verbs(token.lower_, lemmas(token)):
            if support.subject_role != "actor":
                continue
            rest = [view.doc[k] for k in range(j + 1, clause_end)]
            if all(
                any(slot.matches(t.lower_, lemma) for t in rest for lemma in lemmas(t))
                for slot in support.requires
            ):
                return subject
    return None


def _other_mention_between(view: SentenceView, verb: int, noun: int) -> bool:
    """A name between verb and noun that is not the verb's inverted subject ("står Iran bag")."""
    inverted = view.first_mention(view.clause_start(verb), verb) is None
    subject_start = verb + 2 if view.is_determiner(verb + 1) else verb + 1  # "står en gruppe"
    for k in range(verb + 1, noun):
        mention = view.mention_at(k)
        if mention is None or (inverted and mention.start == subject_start):
            continue
        if view.lower(mention.start - 1) not in word_class(view.lang, "source_markers").words:
            return True
    return False


def _after_noun(
    view: SentenceView,
    i: int,
    prepositions: tuple[str, ...],
    lexicon: Lexicon,
    skip: Mention | None = None,
) -> Mention | None:
    """The noun's own prepositional phrase ("angreb fra Rusland", "Angrebet blev udført af
    Hamas"); one after a verb of its own belongs to that verb ("Angrebet blev fordømt af USA":
    USA condemned it, it did not attack)."""
    end = view.clause_end(i)
    for mention in view.mentions:
        if mention.start <= i or mention.start >= end or mention is skip:
            continue
        preposition = view.governing_preposition(mention, i + 1)
        if preposition is not None and preposition in prepositions:
            return None if _own_verb_between(view, i, mention.start, lexicon) else mention
        if preposition is None:
            return None
    return None


def _own_verb_between(view: SentenceView, start: int, end: int, lexicon: Lexicon) -> bool:
    """A verb between the noun and the phrase that says something of its own (no auxiliary,
    no support verb of the noun)."""
    for k in range(start + 1, end):
        token = view.doc[k]
        forms = lemmas(token)
        # an event verb's participle the tagger missed counts: "demonstrationen opløst af"
        if token.pos_ in {"VERB", "AUX"}:
            if not view.looks_like_verb(k):
                continue
        elif not (token.lower_.endswith("t") and lexicon.verb_patterns(token.lower_, forms)):
            continue
        if forms & AUXILIARY_LEMMAS or lexicon.support_verbs(token.lower_, forms):
            continue
        return True
    return False


def _comes_from(view: SentenceView, i: int) -> bool:
    """The event noun is the subject of a verb of coming ("Kritikken kommer fra oppositionen",
    "Kravet lød fra demonstranterne"), whose "fra" names who made it."""
    if not _is_clause_subject(view, i):
        return False
    source_verbs = word_class(view.lang, "source_verbs")
    for k in range(i + 1, min(view.clause_end(i), i + 1 + NP_REACH)):
        if source_verbs.matches_token(view.lower(k), view.lemmas(k)):
            return True
    return False


def _is_clause_subject(view: SentenceView, i: int) -> bool:
    start = view.clause_start(i)
    return all(
        view.lower(k) in ADVERBS or view.lower(k) in word_class(view.lang, "noun_markers").words
        for k in range(start, i)
    )


def _later_in_clause(
    view: SentenceView, i: int, prepositions: tuple[str, ...], skip: Mention | None
) -> Mention | None:
    end = view.clause_end(i)
    for mention in view.mentions:
        if mention.start <= i or mention.start >= end or mention is skip:
            continue
        if view.governing_preposition(mention, i + 1) in prepositions:
            return mention
    return None
