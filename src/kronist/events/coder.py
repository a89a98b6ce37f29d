"""The PLOVER event coder: triggers -> roles -> polarity -> attributes -> merged events.

1. `find_candidates`, sentence by sentence (false sentence breaks mended): triggers from the
   verb and noun lexicons (`triggers`), actor and recipient from word order with the dependency
   tree as a fallback (`roles`, `syntax`), negation and modality (`polarity`), claims inside
   quotes, PLOVER's actor-dependent recoding (crowds riot, states protest verbally), date, place
   and casualties (`attributes` over `time`, `place`, `numbers`).
2. `merge_candidates`: one event per real-world event (`merging`).
3. `_fill_from_context`: what the article as a whole tells: inherited and implicit actors, the
   perpetrator, countries of unnamed people, recipients of
   attacks from where they happened, the other party of a reaction.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from spacy.tokens import Doc, Span, Token

from kronist.actors import is_unnamed, names_a_capital, names_a_country
from kronist.events import attributes
from kronist.events.candidate import VERBAL, Candidate
from kronist.events.confidence import event_confidence
from kronist.events.counterparts import fill_counterparts, told_side_by_side
from kronist.events.lexicon import (
    MIN_COMPOUND_HEAD,
    Lexicon,
    has_lexicon,
    load_lexicon,
    word_class,
)
from kronist.events.mentions import ActorIndex
from kronist.events.merging import fold_actorless, merge_candidates, without_loose_headlines
from kronist.events.polarity import in_consequence, is_negated, modality
from kronist.events.roles import Roles, find_roles, support_verb
from kronist.events.sectors import ARMED, civil_society, sectors_of
from kronist.events.syntax import (
    ADVERBS,
    COORDINATORS,
    FIRST_PERSON,
    PREPOSITIONS,
    RELATIVE,
    WEEKDAYS,
    Mention,
    SentenceView,
    lemmas,
    sentence_groups,
)
from kronist.events.triggers import ANSWERED, Trigger, find_triggers
from kronist.model import Actor, Document, Entity, Event, EventDate, Quote
from kronist.nlp.docs import (
    headline_end,
    morph_values,
    paragraph_number,
    span_text,
    token_lowers,
)

NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
# Types whose infinitive complement is their content, not an event of its own:
# "truer med at angribe" is one THREATEN, "opfordrer til at trække sig" one REQUEST.
GOVERNING = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT", "CONCEDE", "ACCUSE"})
# Acts whose "for at"-infinitive tells the reason given for them, alleged of their target
PUNISHING = frozenset({"COERCE", "SANCTION"})
# Types whose "at"-clause is their content: "lover, at ...", "truer med, at ...", "kræver, at ..."
CLAUSE_GOVERNING = frozenset({"THREATEN", "REQUEST", "AGREE"})
# Events two parties do together: "A og B mødes / blev enige" codes B as the recipient.
MUTUAL = frozenset({"CONSULT", "COOPERATE"})  # joint agreements are flagged `mutual`
STATE_VERBS = frozenset({"er", "var", "sidder", "sad", "siddet"})
REQUEST_MODES = {
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
    "CONSULT": "meet",
    "AGREE": "meet",
}
REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "REQUEST", "SANCTION", "SUPPORT"})
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# a promise of these is a threat ("lover at svare igen"); accepting a fine is no threat
VIOLENT = frozenset({"ASSAULT", "COERCE"})
HOSTILE_CONTENT = frozenset({"ASSAULT", "COERCE", "SANCTION"})
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}
DESTINATION_TYPES = frozenset({"MOBILIZE", "AID", "CONSULT", "RETREAT", "ASSAULT"})
TARGET_PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT"})  # a town as target is the place
LEFT_PLACE_TYPES = frozenset({"RETREAT"})  # "trækker soldater ud af Irak": where it happens
CONTINUING_PRONOUNS = frozenset({"de", "den", "det", "han", "hun", "disse", "denne", "dette"})
# Types that, told without an actor, are most likely done by the previous actor of that type
# ("Danmark sender en fregat ... Derudover vil der blive udsendt fire kampfly").
INHERITING = frozenset({"MOBILIZE", "AID", "SANCTION"})
INHERIT_REACH = 5  # sentences
MILITARY_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "IGO", "MIL"})
WORDS_ONLY_SECTORS = frozenset({"PTY", "OPP", "LEG", "MED", "JRN", "EDU", "NGO", "BUS"})
ANCHOR_MAX = 200
UNREALIZED = frozenset({"hypothetical", "planned"})
INTENT = frozenset({"future", "planned"})  # what an actor says it will do
TWO_PARTY = frozenset({"CONSULT"})  # PLOVER: meetings, visits and talks between two actors
# Types whose content noun names an event that happened ("mistænker Iran for at stå bag
# angrebet"): only the accused act told as a verb is the accusation's content
PRESUPPOSING = frozenset({"ACCUSE"})
# Types whose object noun is what they want or offer, not an event that happened
OBJECT_CONTENT = frozenset({"REQUEST", "AGREE"})
CONTENT_PREPS = frozenset({"om", "til", "mod"})  # "aftale om ...", "udkast til ...", "veto mod ..."
REQUEST_CONTENT_PREPS = frozenset({"for"})  # "presser på for forhandlinger": what is called for
CONTENT_REACH = 3  # words between a content preposition and its event noun
VERBAL_TARGET_REACH = 7  # words from an attack to the end of what it is aimed at
AT_REACH = 6  # words from a threat or demand to its content's "at" ("advarede lørdag om, at")
OBJECT_REACH = 3  # words after a verb before its object
DEFINITE_ENDINGS = ("et", "en", "ene", "erne")
# Who does an event of a type when the text names nobody (PLOVER: protests are civilians'):
# "demonstrationer i Teheran" were held by Iranians.
TYPE_ACTORS = {"PROTEST": "CVL"}
SECTOR_NAMES = {
    "COP": "politiet",
    "JUD": "anklagemyndigheden",
    "MIL": "militæret",
    "CVL": "demonstranter",
}


def code_events(
    doc: Doc, document: Document, entities: list[Entity], quotes: list[Quote]
) -> list[Event]:
    lang = document.language or "da"
    if not has_lexicon(lang):
        return []  # no event lexicon for this language yet
    index = ActorIndex(doc, entities, quotes)
    groups = sentence_groups(doc)
    events = fold_actorless(merge_candidates(find_candidates(doc, document, index, groups), lang))
    attributes.settle_article(
        events, groups, lang, document.published, document.published_precision
    )
    _fill_from_context(events, groups, index, lang)
    attributes.settle_places(events, groups, lang)  # roles filled from context tell more
    events = [e for e in events if not _empty(e) and not _one_sided(e)]
    events = without_loose_headlines(events, _title_end(doc))
    if _match_report(doc, lang):
        events = [e for e in events if _is_official(e.actor)]
    for event in events:
        event.confidence = event_confidence(event)
    return [_as_event(c, n, document) for n, c in enumerate(events, start=1)]


def _title_end(doc: Doc) -> int:
    """The first token after a headline written as a title: a first paragraph with no full
    stop at its end (0 when the text opens with a paragraph of prose)."""
    end = headline_end(doc)
    last = next((doc[k] for k in range(end, -1, -1) if not doc[k].is_space), None)
    return end + 1 if end > 0 and last is not None and last.text not in {".", "!"} else 0


SPORTS_CUES_OF_A_MATCH_REPORT = 2
PERFECT_REACH = 6  # words between "har" and its participle ("har i flere omgange krævet")


def _match_report(doc: Doc, lang: str) -> bool:
    """An article whose words are a game's ("derbyet", "scorede", "straffespark"): its
    attacks, criticism and victories are play, not politics."""
    cues = word_class(lang, "sports_cues")
    found = {word for word in set(token_lowers(doc)) if cues.matches(word)}
    return len(found) >= SPORTS_CUES_OF_A_MATCH_REPORT


def _is_official(actor: Actor | None) -> bool:
    """Police, courts, government, armed forces: their acts are events wherever told."""
    return actor is not None and bool(sectors_of(actor) & (OFFICIAL_SECTORS | {"COP"}))


def is_realized(event: Event) -> bool:
    """Told as happening, claimed, announced or denied ("ingen planer om at evakuere" is a
    negated evacuation), not as only hypothetical or planned ("gør klar til at udvise")."""
    return event.negated or event.modality not in UNREALIZED


def is_attributed(event: Event) -> bool:
    """Someone is named or known to have done it. PLOVER codes an event from its source actor
    (PETRARCH drops events without one); "Mindst 92 mennesker er blevet dræbt" with nobody
    behind it is kept apart, with its place, date and toll, not counted among the coded events."""
    return event.actor is not None


def _one_sided(event: Candidate) -> bool:
    """An exchange with nobody on the other side: a meeting with no one named ("Demonstranterne
    mødtes", "holder pressemøde"), or an act aimed at the actor's own people ("har bedt sine
    rådgivere", "konsulterer sit sikkerhedsteam"): internal affairs, not events between actors."""
    if event.event in TWO_PARTY and event.recipient is None:
        return True
    return event.internal and event.event in VERBAL


def _empty(event: Candidate) -> bool:
    """A bare event word with nobody, nowhere, no time and no toll ("Holdet angreb fra start"):
    too little to be a political event."""
    return (
        event.actor is None
        and event.recipient_text is None
        and event.place is None
        and event.killed is None
        and event.injured is None
        and (event.date.date is None or event.date_inferred)
    )


def find_candidates(
    doc: Doc,
    document: Document,
    index: ActorIndex,
    groups: list[tuple[int, Span]] | None = None,
) -> list[Candidate]:
    """Every event mention, sentence by sentence, before repeated mentions are merged."""
    lang = document.language or "da"
    lexicon = load_lexicon(lang)
    countries = index.countries()
    groups = groups if groups is not None else sentence_groups(doc)
    candidates: list[Candidate] = []
    latest: dict[str, Candidate] = {}  # the last event of each type told with a doer
    for position, (number, sent) in enumerate(groups):
        view = SentenceView(doc, sent, number, index.mentions_in(sent), lang)
        view.following = groups[position + 1][1] if position + 1 < len(groups) else None
        view.previous = groups[position - 1][1] if position else None
        paragraph = paragraph_number(doc, sent.start_char)
        triggers = find_triggers(view, lexicon)
        told: dict[int, Candidate] = {}
        sentence_candidates: list[Candidate] = []
        for trigger in triggers:
            if _governed(view, trigger, triggers, lexicon):
                continue
            candidate = _candidate(view, trigger, lexicon, index, paragraph)
            if candidate is None:
                continue
            if candidate.anaphoric and candidate.event in latest and _accused_of(view, trigger):
                # "beskylder efterretningstjenesterne for at stå bag protesterne": the protests
                # told before, whose doers the accusation alleges, not tells
                candidate.actor, candidate.actor_text, candidate.actor_named = None, None, False
            _take_content(candidate, view, trigger, triggers, lexicon, index)
            if "needs_recipient" in trigger.flags and candidate.recipient is None:
                continue
            _add_attributes(candidate, view, document, countries, lang, "casualty" in trigger.flags)
            told[trigger.index] = candidate
            blame = _blamed_by_its_source(candidate, view, trigger, lexicon)
            blame = blame or _claimed_by_its_source(candidate, view, trigger)
            sentence_candidates += [
                candidate,
                *([blame] if blame is not None else []),
                *_for_each_co_actor(candidate),
                *_for_each_co_recipient(candidate),
            ]
        _link_reactions(view, triggers, told, sentence_candidates, lexicon, latest)
        if not any(c.event == "ACCUSE" for c in sentence_candidates):
            verdict = _told_verdict(view, index, paragraph)
            if verdict is not None:
                hostile = [latest[t] for t in HOSTILE if t in latest]
                verdict.reacts_to = max(hostile, key=lambda c: (c.sentence, c.start), default=None)
                _add_attributes(verdict, view, document, countries, lang, False)
                sentence_candidates.append(verdict)
        for candidate in sentence_candidates:
            if candidate.actor is not None:
                latest[candidate.event] = candidate
        candidates += sentence_candidates
    return candidates


def _told_verdict(view: SentenceView, index: ActorIndex, paragraph: int) -> Candidate | None:
    """ "»Det er fuldstændig uacceptabelt,« siger udenrigsministeren", "Ministeren siger, at
    angrebet er uacceptabelt": a verdict told, a damning word after a copula, is the speaker's
    disapproval (PLOVER ACCUSE disapprove)."""
    verdicts = word_class(view.lang, "neg_eval")
    for i in _after_a_copula(view):
        if not verdicts.matches_token(view.lower(i), view.lemmas(i)):
            continue
        speaker, speaker_text = _judge(view, index, i)
        if speaker is None or not (speaker.country or speaker.sectors):
            continue
        token = view.doc[i]
        return Candidate(
            event="ACCUSE",
            mode="disapprove",
            sentence=view.index,
            paragraph=paragraph,
            trigger=i,
            start=token.idx,
            end=token.idx + len(token.text),
            anchor=token.text,
            kind="verb",
            actor=speaker,
            actor_text=speaker_text,
            sentence_start=view.sent.start_char,
            sentence_end=view.sent.end_char,
        )
    return None


def _after_a_copula(view: SentenceView) -> list[int]:
    """The sentence's tokens (from its third on) with a verdict copula among the three before
    them, in order: where a verdict may stand. Few sentences have a copula, so the word sets
    are asked about a handful of words, not every one."""
    copulas = word_class(view.lang, "verdict_copulas").words
    near: set[int] = set()
    for k in range(view.start, view.end):
        if view.lower(k) in copulas:
            near.update(range(k + 1, k + 4))
    return sorted(i for i in near if view.start + 2 <= i < view.end)


def _judge(view: SentenceView, index: ActorIndex, i: int) -> tuple[Actor | None, str | None]:
    """Who passes the verdict at token i: the speaker of the quote it stands in, or the one who
    says the "at"-clause it stands in ("Ministeren siger, at angrebet er uacceptabelt")."""
    quote = index.quote_at(view.doc[i].idx)
    if quote is not None:
        return index.speaker_actor(quote), quote.speaker
    reporter = view.reporter_of(i)
    return (reporter.actor, reporter.text) if reporter is not None else (None, None)


def _link_reactions(
    view: SentenceView,
    triggers: list[Trigger],
    told: dict[int, Candidate],
    candidates: list[Candidate],
    lexicon: Lexicon,
    latest: dict[str, Candidate],
) -> None:
    """ "Danmark fordømmer angrebet", "truer med at gengælde drabet", "støtter sanktionerne": a
    statement whose object is an event noun reacts to that event, and is aimed at whoever did
    it; "EU kritiserer anholdelserne": a definite noun told without a doer refers to the latest
    such event."""
    for candidate in candidates:
        if candidate.event not in REACTIONS or candidate.kind != "verb":
            continue
        end = view.clause_end(candidate.trigger)
        nouns = [t for t in triggers if candidate.trigger < t.index < end and t.kind == "noun"]
        about = next((told[t.index] for t in nouns if t.index in told), None)
        if about is None:
            about = next(
                (
                    latest[t.event]
                    for t in nouns
                    if t.event in latest and _definite_word(view, t.index)
                ),
                None,
            )
        if about is None:
            about = _told_by_its_head(view, candidate.trigger, end, latest)
        if about is not None and about.event not in VERBAL:
            candidate.reacts_to = about
        elif about is None and candidate.event == "REJECT":
            candidate.answers = _statement_answered(view, lexicon, candidate.trigger, end)


def _told_by_its_head(
    view: SentenceView, verb: int, end: int, latest: dict[str, Candidate]
) -> Candidate | None:
    """ "Kina indledte en militærøvelse ... Japan kritiserer øvelsen": a definite noun that is
    the head of the word an earlier event was told with refers to that event."""
    for k in range(verb + 1, end):
        if view.doc[k].pos_ != "NOUN" or not _definite_word(view, k):
            continue
        heads = {lemma for lemma in view.lemmas(k) if len(lemma) >= MIN_COMPOUND_HEAD}
        told = [
            event
            for event in latest.values()
            if _ends_in_one_of(view.doc[event.trigger].lemma_.lower(), heads)
        ]
        if told:
            return max(told, key=lambda event: (event.sentence, event.start))
    return None


def _ends_in_one_of(word: str, heads: set[str]) -> bool:
    return any(word != head and word.endswith(head) for head in heads)


def _statement_answered(view: SentenceView, lexicon: Lexicon, verb: int, end: int) -> str | None:
    """ "afviser kritikken", "afviste kravet": a rejection of a statement told before."""
    for k in range(verb + 1, end):
        if not _definite_word(view, k):
            continue
        for form in (view.lower(k), *view.lemmas(k)):
            noun = lexicon.noun_pattern(form)
            if noun is not None and noun.event in ANSWERED:
                return noun.event
    return None


def _for_each_co_actor(candidate: Candidate) -> list[Candidate]:
    """ "USA og Australien fordømte angrebet": one event per actor of another country (a joint
    meeting or agreement is one event with the other party as recipient, see MUTUAL)."""
    if candidate.event in MUTUAL and not candidate.co_actors:
        return []
    others = [m for m in candidate.co_actors if _another_party(m, candidate)]
    joint = {candidate.actor_country, *(m.actor.country for m in others)} - {None}
    candidate.joint_countries = set(joint)
    copies = [
        _copy(candidate, actor=mention.actor, actor_text=mention.text, co_actors=[])
        for mention in others
    ]
    for copy in copies:
        copy.joint_countries = set(joint)
    if candidate.reciprocal and len(copies) == 1 and candidate.recipient is None:
        (other,) = copies  # "Israel og Hamas beskylder hinanden": each the other's recipient
        candidate.recipient, candidate.recipient_text = other.actor, other.actor_text
        other.recipient, other.recipient_text = candidate.actor, candidate.actor_text
        candidate.joint_countries = other.joint_countries = set()
    return copies


def _another_party(mention: Mention, candidate: Candidate) -> bool:
    """A co-actor of another country, or a named one of none beside one of a country ("USA og
    NATO"; "kystvagten og flådens dykkere" are of one country, though only one says which)."""
    actor = mention.actor
    if actor is None:
        return False
    if actor.country:
        return actor.country != candidate.actor_country
    named = mention.entity is not None and mention.entity.label != "NOM"
    return named and candidate.actor_country is not None and actor.name != candidate.actor.name


def _each_other(view: SentenceView, trigger: Trigger) -> bool:
    """A reciprocal pronoun ("hinanden") in the verb's clause after it."""
    if trigger.kind != "verb":
        return False
    reciprocals = word_class(view.lang, "reciprocal_pronouns").words
    end = view.clause_end(trigger.index)
    return any(view.lower(k) in reciprocals for k in range(trigger.index + 1, end))


def _for_each_co_recipient(candidate: Candidate) -> list[Candidate]:
    """ "USA opfordrede Israel og Hamas til at ...": one event per recipient of another
    country."""
    seen = {candidate.actor_country, candidate.recipient.country if candidate.recipient else None}
    copies = []
    for mention in candidate.co_recipients:
        country = mention.actor.country if mention.actor is not None else None
        if country is None or country in seen:
            continue
        seen.add(country)
        copies.append(
            _copy(candidate, recipient=mention.actor, recipient_text=mention.text, co_recipients=[])
        )
    return copies


def _blamed_by_its_source(
    candidate: Candidate, view: SentenceView, trigger: Trigger, lexicon: Lexicon
) -> Candidate | None:
    """ "Israel står bag angrebet, mener Iran": naming another party as the one behind a
    hostile act is an allegation (ACCUSE allege) by whoever the text says names it."""
    if trigger.kind != "noun" or candidate.event not in HOSTILE_CONTENT:
        return None
    support = support_verb(view, trigger.index, lexicon)
    if candidate.actor is None or support is None:
        return None
    blame = word_class(view.lang, "blame_words")
    if not any(blame.matches(view.lower(k)) for k in range(support[0], trigger.index)):
        return None
    source = view.source_of(support[0])
    if source is None or source.actor is None or not source.actor.country:
        return None
    if candidate.actor_country in (None, source.actor.country):
        return None  # "Taliban skriver, at bevægelsen står bag angrebet": a claim of its own
    return _allegation(candidate, source)


CLAIM_REACH = 6  # words from a claim verb to its "at" ("hævder i en ny rapport, at")


def _claimed_by_its_source(
    candidate: Candidate, view: SentenceView, trigger: Trigger
) -> Candidate | None:
    """ "Ukraine hævder, at Rusland har brudt våbenhvilen": a hostile act by another country,
    told as what someone claims or holds (not what they report), is their allegation."""
    if candidate.event not in HOSTILE_CONTENT or candidate.actor_country is None:
        return None
    marker = _content_clause_marker(view, trigger)
    if marker is None:
        return None
    claims = word_class(view.lang, "claim_verbs")
    verb = next(
        (
            j
            for j in range(marker - 1, max(view.start, marker - 1 - CLAIM_REACH) - 1, -1)
            if any(claims.matches(view.lower(j), lemma) for lemma in view.lemmas(j) or {""})
        ),
        None,
    )
    source = view.subject_of(verb, 1) if verb is not None else None
    if source is None or source.actor is None or not (source.actor.country or source.actor.sector):
        return None  # an international body or organisation may allege too ("HRW dokumenterer")
    if source.actor.country == candidate.actor_country:
        return None
    return _allegation(candidate, source)


def _allegation(candidate: Candidate, source: Mention) -> Candidate:
    """The source's allegation that the candidate's actor did it (ACCUSE allege)."""
    return _copy(
        candidate,
        event="ACCUSE",
        mode="allege",
        actor=source.actor,
        actor_text=source.text,
        recipient=candidate.actor,
        recipient_text=candidate.actor_text,
        killed=None,
        injured=None,
        co_actors=[],
        co_recipients=[],
    )


def _copy(candidate: Candidate, **changes) -> Candidate:
    """The same event with other parties, its own lists of context and mentions."""
    copy = dataclasses.replace(candidate, **changes)
    copy.context, copy.mentions = list(candidate.context), list(candidate.mentions)
    return copy


# --- one trigger ----------------------------------------------------------------------------


def _take_content(
    candidate: Candidate,
    view: SentenceView,
    trigger: Trigger,
    triggers: list[Trigger],
    lexicon: Lexicon,
    index: ActorIndex,
) -> None:
    """A promise, request or threat takes its recipient from the act it is about ("lover at
    sende våben til Ukraine"); a promise of a hostile act is a threat ("lover at svare igen")."""
    if candidate.event not in GOVERNING:
        return
    content = next((t for t in triggers if _governor(view, t, triggers, lexicon) is trigger), None)
    if content is None and candidate.event == "AGREE":
        content = _object_noun(view, trigger, triggers)  # "lover flere angreb på skibe"
    if candidate.recipient is None:
        told = content is not None or candidate.event == "AGREE"
        mention = _content_recipient(view, trigger, content, lexicon) if told else None
        if mention is None and candidate.event in CLAUSE_GOVERNING:
            mention = _other_party_in_content(view, trigger, candidate.actor_country)
        if mention is not None:
            candidate.recipient, candidate.recipient_text = mention.actor, mention.text
    if content is None:
        return
    yields_to = trigger.verb.options.get("hostile_content_as") if trigger.verb else None
    if candidate.event == "AGREE" and content.event in HOSTILE_CONTENT and yields_to:
        candidate.event, candidate.mode = yields_to, None  # accepts a fine, a confiscation
    elif candidate.event == "AGREE" and _promised_harm(trigger, content):
        candidate.event, candidate.mode = "THREATEN", THREAT_MODES.get(content.event)
    if candidate.event in {"REQUEST", "REJECT"} and candidate.mode is None:
        candidate.mode = REQUEST_MODES.get(content.event)


def _promised_harm(trigger: Trigger, content: Trigger) -> bool:
    """A promise of violence or of sanctions is a threat (PLOVER): "lover at svare igen", "lover
    nye sanktioner mod Iran"; parties agreeing together on sanctions ("blev enige om nye
    sanktioner") decide them, they threaten no one."""
    if content.event in VIOLENT:
        return True
    return content.event == "SANCTION" and "mutual" not in trigger.flags


def _object_noun(view: SentenceView, trigger: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The event noun a verb takes as its object, within a few words in its clause."""
    end = min(view.clause_end(trigger.index), trigger.index + 1 + OBJECT_REACH + 1)
    return next((t for t in triggers if t.kind == "noun" and trigger.index < t.index < end), None)


def _content_recipient(
    view: SentenceView, trigger: Trigger, content: Trigger | None, lexicon: Lexicon
) -> Mention | None:
    if content is not None:
        roles = find_roles(view, content, lexicon)
        return roles.recipient or roles.victim
    marker = next(
        (
            j
            for j in range(trigger.index + 1, view.clause_end(trigger.index))
            if view.lower(j) == "at" and not view.is_subordinating_at(j)
        ),
        None,
    )
    if marker is None:
        return None
    for mention, preposition in view.objects_after(marker):
        if preposition in {"", "til", "mod"}:
            return mention
    return None


def _other_party_in_content(
    view: SentenceView, trigger: Trigger, actor_country: str | None
) -> Mention | None:
    """ "advarede om, at USA har udset sig 52 iranske mål": the first party of another country
    named in what is threatened, demanded or promised is whom it is aimed at."""
    marker = next(
        (j for j in range(trigger.index + 1, trigger.index + AT_REACH) if view.lower(j) == "at"),
        None,
    )
    if marker is None or actor_country is None:
        return None
    for j in range(marker + 1, view.end):
        mention = view.mention_at(j)
        country = mention.actor.country if mention and mention.actor else None
        if country and country != actor_country:
            return mention
    return None


def _governed(
    view: SentenceView, trigger: Trigger, triggers: list[Trigger], lexicon: Lexicon
) -> bool:
    return (
        _is_denial(view, trigger, triggers, lexicon)
        or _governor(view, trigger, triggers, lexicon) is not None
        or _nominal_content(view, trigger, triggers)
        or _manner_of_an_act(view, trigger, triggers)
    )


def _manner_of_an_act(view: SentenceView, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "indkaldte ambassadøren i protest mod udtalelserne": a bare noun after "i"/"som" says
    how the clause's coded act was done, it is no protest of its own ("forlod salen i
    protest", with no act coded before it, is the protest)."""
    before = trigger.index - 1
    return (
        trigger.kind == "noun"
        and before >= view.start
        and word_class(view.lang, "manner_prepositions").matches(view.lower(before))
        and word_class(view.lang, "manner_nouns").matches(view.lower(trigger.index))
        and any(t.kind == "verb" and t.index < trigger.index for t in triggers)
    )


def _nominal_content(view: SentenceView, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """E.g. "en aftale om tilbagetrækning", "krav om våbenhvile", "forhandlinger om en
    fredsaftale": an event noun that says what an agreement, demand, threat or talk is about
    is its content, not an event of its own."""
    if trigger.kind != "noun":
        return False
    j = trigger.index - 1
    lowest = max(view.start + 1, trigger.index - CONTENT_REACH)
    prepositions = CONTENT_PREPS | REQUEST_CONTENT_PREPS
    while j >= lowest and view.lower(j) not in prepositions:
        verb = next((t for t in triggers if t.kind == "verb" and t.index == j), None)
        if verb is not None:  # the object: "kræver en undskyldning", "lover hjælp"
            # "modsætter sig EU's migrationsaftale": a deal rejected is what is refused
            refused_deal = verb.event == "REJECT" and trigger.event == "AGREE"
            return verb.event in OBJECT_CONTENT or refused_deal
        if view.is_boundary(j) or not _owner_or_none(view.mention_at(j)):
            return False
        j -= 1
    if view.lower(j) not in prepositions:
        return False
    head = next((t for t in triggers if j - 1 in {t.index, *t.consumed}), None)
    if head is None or head is trigger or head.event not in GOVERNING | TWO_PARTY:
        return False
    # "presser på for nye forhandlinger": "for" tells what a call is for, not what an act is
    # punished for ("straffet for angrebet")
    return view.lower(j) in CONTENT_PREPS or head.event == "REQUEST"


def _owner_or_none(mention: Mention | None) -> bool:
    """No mention, or an owner's genitive inside the noun phrase ("ministerens afgang")."""
    return mention is None or (mention.entity is not None and mention.entity.genitive)


def _governor(
    view: SentenceView, trigger: Trigger, triggers: list[Trigger], lexicon: Lexicon
) -> Trigger | None:
    """The request, threat, promise or refusal whose content this infinitive is; a denial verb
    ("nægter at have angrebet") governs nothing, it only negates the act it denies."""
    marker = view.infinitive_marker(trigger.index)
    if marker is None and trigger.kind == "noun":  # "accepterede at betale en bøde"
        support = support_verb(view, trigger.index, lexicon)
        marker = view.infinitive_marker(support[0]) if support else None
    kinds = GOVERNING
    if marker is not None and view.lower(marker - 1) == "for":
        kinds = GOVERNING | PUNISHING  # "udvist for at true den nationale sikkerhed": the reason
    if marker is None:
        marker = _content_clause_marker(view, trigger)
        kinds = CLAUSE_GOVERNING
    if marker is None:
        return _demanded_state(view, trigger, triggers)
    marker = _first_of_coordinated_contents(view, marker)
    start = view.clause_start(max(marker - 2, view.start))
    governors = [
        other
        for other in triggers
        if other is not trigger
        and start <= other.index < marker
        and other.event in kinds
        and not _is_denial(view, other, triggers, lexicon)
        and not (other.event in PRESUPPOSING and trigger.kind == "noun")
    ]
    return governors[-1] if governors else None


def _first_of_coordinated_contents(view: SentenceView, marker: int) -> int:
    """ "kræver, at de ansvarlige retsforfølges, og at premierministeren går af": an "at" after
    "og" opens a second content of the same verb; its governor stands before the first "at"."""
    while marker - 1 > view.start and view.lower(marker - 1) in COORDINATORS:
        earlier = next(
            (k for k in range(marker - 2, view.start - 1, -1) if view.lower(k) == "at"), None
        )
        if earlier is None or not view.is_subordinating_at(earlier):
            break
        marker = earlier
    return marker


def _demanded_state(
    view: SentenceView, trigger: Trigger, triggers: list[Trigger]
) -> Trigger | None:
    """ "kræver den tiltalte udvist", "vil have fangerne løsladt": a participle after the object
    of a demand is what is demanded."""
    token = view.doc[trigger.index]
    if trigger.kind != "verb" or not token.lower_.endswith("t"):
        return None
    start = view.clause_start(trigger.index)
    demands = [
        t
        for t in triggers
        if t.kind == "verb" and t.event == "REQUEST" and start <= t.index < trigger.index - 1
    ]
    if not demands:
        return None
    demand = demands[-1]
    between = range(demand.index + 1, trigger.index)
    if any("Fin" in morph_values(view.doc[k], "VerbForm") for k in between):
        return None  # "kræver, at han bliver udvist" has a clause of its own
    return demand


def _content_clause_marker(view: SentenceView, trigger: Trigger) -> int | None:
    """The "at" opening the clause of a promise's, threat's or demand's content: "har lovet,
    at regeringen vil hjælpe ofrene", "kræver, at Rusland trækker sine tropper ud"."""
    start = view.clause_start(trigger.index)
    marker = start - 1
    if marker < view.start or view.lower(marker) != "at" or not view.is_subordinating_at(marker):
        return None
    return marker


def _is_denial(
    view: SentenceView, trigger: Trigger, triggers: list[Trigger], lexicon: Lexicon
) -> bool:
    """ "nægter at have angrebet": the denied act, negated, tells it; with no act named after it
    ("afviser at have haft noget med angrebet at gøre") the denial is the event."""
    if not lemmas(view.doc[trigger.index]) & lexicon.negation_verbs:
        return False
    following = [view.lower(trigger.index + k) for k in (1, 2)]
    if following[0] != "at" or following[1] not in {"have", "være", "blive"}:
        return False
    end = view.clause_end(trigger.index + 2)
    return any(t.kind == "verb" and trigger.index + 2 < t.index <= end for t in triggers)


def _candidate(
    view: SentenceView, trigger: Trigger, lexicon: Lexicon, index: ActorIndex, paragraph: int
) -> Candidate | None:
    view.speaker = _speaker_mention(view, trigger, index)
    if _describes_a_state(view, trigger):
        return None
    roles = find_roles(view, trigger, lexicon)
    pattern = trigger.verb
    if pattern is not None and "alleged" in pattern.flags:
        roles = _alleged_roles(view, trigger, roles)
        if roles is None:
            return None
    negated = is_negated(view, trigger.index, lexicon, noun=trigger.kind == "noun")
    event, mode = trigger.event, trigger.mode
    if pattern is not None and "only_negated" in pattern.flags:
        if not negated:
            return None
        negated = False
    if pattern is not None and negated and "drop_negated" in pattern.flags:
        return None
    if negated and "casualty" in trigger.flags and roles.actor is None:
        return None  # "Ingen blev dræbt": a toll of nought for the attack told, no act of its own
    if pattern is not None and negated and "negated_as" in pattern.options:
        event, mode, negated = pattern.options["negated_as"], None, False
    start, end, anchor = _anchor(view, trigger, roles)
    candidate = Candidate(
        event=event,
        mode=mode,
        sentence=view.index,
        paragraph=paragraph,
        trigger=trigger.index,
        start=start,
        end=end,
        anchor=anchor,
        kind=trigger.kind,
        negated=negated,
        modality=modality(view, trigger.index, lexicon, noun=trigger.kind == "noun"),
        implicit_actor=_left_out_actor(roles, event),
        sentence_start=view.sent.start_char,
        sentence_end=view.sent.end_char,
    )
    if pattern is not None and (
        "only_announced" in pattern.flags or lexicon.requires_a_modal(pattern)
    ):
        candidate.modality = "asserted"  # "vil svare igen": the announcement is the threat
    candidate.internal = _aimed_at_own_people(view, trigger)
    candidate.reciprocal = "reciprocal" in trigger.flags or _each_other(view, trigger)
    candidate.anaphoric = _definite_noun(view, trigger)
    candidate.days_told = frozenset(t.lower_ for t in view.sent if t.lower_ in WEEKDAYS)
    candidate.subordinate = _in_a_subordinate_clause(view, trigger)
    if candidate.anaphoric:
        candidate.modality = "asserted"  # "straffet for angrebet": the attack is a known fact
    _set_roles(candidate, roles, index, trigger)
    _apply_quote(candidate, view, roles, index)
    _reinterpret(candidate, roles, index, view.lang, trigger)
    if candidate.event == "ASSAULT" and _aimed_at_words(view, trigger):
        candidate.event, candidate.mode = "ACCUSE", None  # "gik til angreb på regeringens politik"
    if candidate.event == "ASSAULT" and roles.actor is None and _during_protests(view, trigger):
        candidate.implicit_actor = "COP"  # "92 er dræbt under demonstrationerne": state forces
    _threat_on_condition(candidate, view)
    _announced_hostility(candidate, view)
    _announced_meeting(candidate)
    return candidate if _codeable(candidate, trigger, view) else None


SUBORDINATE_CLAUSES = frozenset({"cause", "other"})


def _accused_of(view: SentenceView, trigger: Trigger) -> bool:
    """An event noun that an accusing verb before it lays on someone ("beskylder X for at stå
    bag protesterne")."""
    if trigger.kind != "noun":
        return False
    accusing = word_class(view.lang, "accusing_verbs").words
    return any(view.lemmas(k) & accusing for k in range(view.start, trigger.index))


def _alleged_roles(view: SentenceView, trigger: Trigger, roles: Roles) -> Roles | None:
    """ "Ministeren har vildledt Folketinget, lyder det fra Venstre": wrongdoing told as what
    someone says is their allegation against its doer; told by no one, it is no event."""
    source = view.source_of(trigger.index) or view.speaker
    if source is None or source.actor is None or roles.actor is None:
        return None
    if source.actor == roles.actor.actor:
        return None  # "vi har svigtet", says the one who failed: an admission, not a charge
    return Roles(actor=source, recipient=roles.actor)


def _in_a_subordinate_clause(view: SentenceView, trigger: Trigger) -> bool:
    """ "..., efter at Hizbollah søndag affyrede raketter": the cause told beside the news."""
    from kronist.events.clauses import clauses_at, sentence_clauses

    clauses = sentence_clauses(view.sent, view.lang)
    offset = view.doc[trigger.index].idx - view.sent.start_char
    return any(clauses[i].kind in SUBORDINATE_CLAUSES for i in clauses_at(clauses, offset, offset))


def _left_out_actor(roles: Roles, event: str) -> str | None:
    """The sector of the actor a sentence leaves out ("blev anholdt": the police)."""
    if roles.done_by_a_thing:
        return None
    return roles.implicit_actor or TYPE_ACTORS.get(event)


def _during_protests(view: SentenceView, trigger: Trigger) -> bool:
    """Killed or wounded "under demonstrationerne", "ved protesterne": by the forces that police
    them (ACLED's and POLECAT's reading of deaths at protests with no shooter named)."""
    protests = word_class(view.lang, "protest_events")
    during = word_class(view.lang, "during_words").words
    for j in range(trigger.index + 1, view.end - 1):
        if view.lower(j) in during and any(
            protests.matches_head(view.lower(k)) for k in range(j + 1, min(view.end, j + 3))
        ):
            return True
    return False


def _threat_on_condition(candidate: Candidate, view: SentenceView) -> None:
    """ "Hvis forhandlingerne bryder sammen, vil Israel genoptage angrebene": a hostile act
    promised on a condition is a threat by its doer (PLOVER THREATEN); what the clause only tells
    about ("En bøde vil typisk ligge på ..., hvis ...") is a possibility."""
    if candidate.event not in THREAT_MODES or candidate.negated:
        return
    if candidate.modality not in {"asserted", "future"}:
        return
    if candidate.actor is None or not in_consequence(view, candidate.trigger):
        return
    if not _done_by_its_clause(view, candidate):
        candidate.modality = "hypothetical"
        return
    _as_threat(candidate, candidate.actor, candidate.actor_text)


def _done_by_its_clause(view: SentenceView, candidate: Candidate) -> bool:
    """The act is its clause's verb, or the object of it ("vil genoptage angrebene"), not a
    thing the clause tells about ("En bøde vil typisk ligge på ...")."""
    if candidate.kind == "verb" or not view.tagged:
        return True
    token = view.doc[candidate.trigger]
    return token.dep_ == "obj" and token.head.pos_ == "VERB"


def _as_threat(candidate: Candidate, actor: Actor, actor_text: str | None) -> None:
    """The hostile act of a candidate turned into the threat of it by `actor`, aimed at the
    act's target."""
    target, target_text = candidate.recipient, candidate.recipient_text
    if target is None:
        target, target_text = candidate.victim, candidate.victim_text
    candidate.mode = THREAT_MODES[candidate.event]
    candidate.event = "THREATEN"
    candidate.actor, candidate.actor_text = actor, actor_text
    candidate.recipient, candidate.recipient_text = target, target_text
    candidate.implicit_actor = None
    candidate.modality = "asserted"


def _announced_hostility(candidate: Candidate, view: SentenceView) -> None:
    """ "X vil blive straffet", said by the prime minister: an announced hostile act is a
    threat by whoever announces it (PLOVER THREATEN), aimed at the act's target."""
    if candidate.event not in THREAT_MODES or candidate.modality != "future":
        return
    announcer = view.speaker or view.reporter_of(candidate.trigger)
    if announcer is None or announcer.actor is None:
        return
    doer = candidate.actor.country if candidate.actor else None
    if doer and announcer.actor.country and doer != announcer.actor.country:
        candidate.modality = "hypothetical"  # "USA mener, at Iran vil angribe": a prediction
        return
    _as_threat(candidate, announcer.actor, announcer.text)


def _announced_meeting(candidate: Candidate) -> None:
    """ "Zelenskyj vil mødes med Putin": a meeting announced is the intent to meet (CAMEO 036,
    PLOVER AGREE), an event now; the meeting itself is told when it happens."""
    if candidate.event != "CONSULT" or candidate.kind != "verb" or candidate.recipient is None:
        return  # "Nævnet skal mødes": a body's own meeting, nobody to meet
    if candidate.modality in INTENT:
        candidate.event, candidate.mode, candidate.modality = "AGREE", None, "asserted"


def _definite_noun(view: SentenceView, trigger: Trigger) -> bool:
    """ "angrebet", "drabet", "demonstrationen": an event noun with the definite ending."""
    if trigger.kind != "noun" or trigger.noun is None:
        return False
    if view.doc[trigger.index].lower_ in trigger.noun.nouns.words:
        return False
    return _definite_word(view, trigger.index)


def _definite_word(view: SentenceView, k: int) -> bool:
    token = view.doc[k]
    return "Def" in morph_values(token, "Definite") or token.lower_.endswith(DEFINITE_ENDINGS)


def _aimed_at_own_people(view: SentenceView, trigger: Trigger) -> bool:
    """ "har bedt sine rådgivere", "konsulterer sit sikkerhedsteam": the object is the actor's
    own people (a reflexive possessive right after the verb)."""
    if trigger.kind != "verb":
        return False
    end = min(view.clause_end(trigger.index), trigger.index + 1 + OBJECT_REACH)
    possessives = word_class(view.lang, "reflexive_possessives").words
    for j in range(trigger.index + 1, end):
        if view.lower(j) in possessives:
            if view.is_country_adjective(j + 1):
                return False  # "har bedt sin saudiske kollega": a counterpart abroad
            if word_class(view.lang, "public_nouns").matches(view.lower(j + 1)):
                return False  # "opfordrer sine borgere": the public, no internal affair
            # "aflyser sit besøg": the pattern's own noun is a thing, not people
            return not trigger.consumed & set(range(j + 1, j + 3))
        if view.mention_at(j) is not None or view.lower(j) in PREPOSITIONS:
            return False
    return False


def _describes_a_state(view: SentenceView, trigger: Trigger) -> bool:
    """A standing state, not an event the article reports: what a country has standing ("har
    soldater udstationeret"), who sits in prison, and a relative clause describing a state
    ("Kataib Hizbollah, der er støttet af Iran", "som støttes af Iran")."""
    if trigger.kind != "verb":
        return False
    if _held_as_a_state(view, trigger.index) or _sits(view, trigger.index):
        return True
    if view.opener(trigger.index) not in {"der", "som"}:
        return False
    start = view.clause_start(trigger.index)
    words = {view.lower(k) for k in range(start, trigger.index)}
    if words & {"blevet", "blev"}:
        return False
    return bool(words & STATE_VERBS) or _present_passive(view, trigger.index)


def _sits(view: SentenceView, i: int) -> bool:
    """ "Manden sidder fængslet i Iran": a participle after "sidde" tells a standing state."""
    j = i - 1
    while j >= view.start and view.lower(j) in ADVERBS:
        j -= 1
    return view.lower(j) in word_class(view.lang, "sitting_verbs").words


def _held_as_a_state(view: SentenceView, i: int) -> bool:
    """ "USA har 5.000 soldater udstationeret i Irak": "have" with its object between it and the
    participle tells what stands, where the perfect ("har udstationeret 5.000 soldater", "I går
    har Rusland angrebet") tells what was done."""
    if not view.lower(i).endswith(("t", "et", "ede")):
        return False
    start = view.clause_start(i)
    have_forms = word_class(view.lang, "have_forms").words
    have = next((j for j in range(i - 1, start - 1, -1) if view.lower(j) in have_forms), None)
    if have is None or view.object_fronted(start, have):
        return False  # "Det har Kreml afvist": the fronted object, "have", then the subject
    between = [k for k in range(have + 1, i) if view.lower(k) not in ADVERBS]
    following = view.lower(i + 1)
    no_object = not following or following in PREPOSITIONS or not following[0].isalnum()
    subject = (
        view.first_mention(start, have)
        or _inverted_subject(view, have, between)
        or _noun_before(view, start, have)  # "landet har siden 2017 haft soldater udstationeret"
    )
    return bool(between) and no_object and subject is not None


def _noun_before(view: SentenceView, start: int, end: int) -> Token | None:
    return next((view.doc[k] for k in range(start, end) if view.doc[k].pos_ in NOMINALS), None)


def _inverted_subject(view: SentenceView, have: int, between: list[int]) -> Mention | None:
    """ "I dag har USA 13.000 soldater udstationeret": a subject right after "have" with the
    object still to come before the participle."""
    subject = view.mention_at(have + 1)
    if subject is None or not any(k >= subject.end for k in between):
        return None
    return subject


def _present_passive(view: SentenceView, i: int) -> bool:
    token = view.doc[i]
    form = token.lower_
    if not form.endswith("es") or not view.is_passive(i):
        return False
    return "Tense=Past" not in str(token.morph)


def _speaker_mention(view: SentenceView, trigger: Trigger, index: ActorIndex) -> Mention | None:
    quote = index.quote_at(view.doc[trigger.index].idx)
    if quote is None:
        return None
    return Mention(-1, -1, None, quote.speaker or "", index.speaker_actor(quote))


NAMED_LABELS = frozenset({"PER", "ORG"})


def _set_roles(candidate: Candidate, roles: Roles, index: ActorIndex, trigger: Trigger) -> None:
    if roles.actor is not None and roles.actor is roles.recipient:
        roles.recipient = None
    mutual = (candidate.event in MUTUAL and "separate" not in trigger.flags) or (
        "mutual" in trigger.flags
    )  # "A og B underskrev"; "A og B mægler mellem parterne" each mediate (`separate`)
    partnered = mutual and roles.recipient is None  # "A og B mødtes": each the other's party
    if partnered:
        roles.recipient = roles.partner
    # "A og B mødtes med C": each met C
    candidate.co_actors = [] if roles.actor is None or partnered else roles.co_actors
    candidate.co_recipients = [] if roles.recipient is None else roles.co_recipients
    for side, mention in (
        ("actor", roles.actor),
        ("recipient", roles.recipient),
        ("victim", roles.victim),
    ):
        if mention is not None:
            setattr(candidate, side, mention.actor)
            setattr(candidate, f"{side}_text", mention.text)
    entity = roles.actor.entity if roles.actor is not None else None
    candidate.actor_named = entity is not None and entity.label in NAMED_LABELS


def _apply_quote(candidate: Candidate, view: SentenceView, roles: Roles, index: ActorIndex):
    """Inside a quote an event is the speaker's claim, unless it is the speaker's own act."""
    quote = index.quote_at(view.doc[candidate.trigger].idx)
    if quote is None:
        return
    speaker = index.speaker_actor(quote)
    actor_word = roles.actor.text.lower() if roles.actor else ""
    own_act = roles.actor is not None and roles.actor is view.speaker
    if own_act or actor_word in FIRST_PERSON or _same_actor(candidate.actor, speaker):
        candidate.actor = candidate.actor or speaker
        return
    candidate.asserted_by = (speaker.name if speaker else None) or quote.speaker
    candidate.quote_id = quote.id
    if candidate.modality == "asserted":
        candidate.modality = "claimed"


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.name == b.name:
        return True
    return bool(a.country and a.country == b.country and a.sector and a.sector == b.sector)


def _aimed_at_words(view: SentenceView, trigger: Trigger) -> bool:
    """An attack on a policy, a proposal or a statement is a verbal attack: its object ("på
    regeringens økonomiske politik") ends in a word of the language's `verbal_targets`."""
    targets = word_class(view.lang, "verbal_targets")
    end = min(view.clause_end(trigger.index), trigger.index + VERBAL_TARGET_REACH)
    after = range(trigger.index + 1, end)
    prepositions = word_class(view.lang, "target_prepositions").words
    opening = next((j for j in after if view.lower(j) in prepositions), None)
    if opening is None:
        return False
    return any(targets.matches_head(view.lower(j)) for j in range(opening + 1, end))


def _reinterpret(
    candidate: Candidate, roles: Roles, index: ActorIndex, lang: str, trigger: Trigger
) -> None:
    """PLOVER's type rules that depend on who acts: crowds riot, officials protest verbally."""
    if _is_protester(roles.actor, index, lang):
        if candidate.event == "ASSAULT":
            candidate.event, candidate.mode = "PROTEST", "riot"
            candidate.origin = "ASSAULT"
        elif candidate.event in {"ACCUSE", "COERCE"}:
            candidate.event, candidate.mode = "PROTEST", "demo"
    elif (
        candidate.event == "COERCE" and candidate.mode == "seize" and civil_society(candidate.actor)
    ):
        candidate.event, candidate.mode = "PROTEST", "obstruct"  # students occupy a campus
    elif candidate.event == "PROTEST" and trigger.kind == "verb" and _is_state(candidate.actor):
        if candidate.mode == "obstruct":  # "Rusland har blokeret grænseovergangen": a blockade
            candidate.event, candidate.mode = "COERCE", "restrict"
        else:
            candidate.event, candidate.mode = "ACCUSE", "disapprove"
    elif (
        candidate.event == "ASSAULT"
        and trigger.kind == "verb"
        and "casualty" not in trigger.flags  # a killing is no figure of speech
        and _fights_with_words(candidate.actor)
    ):
        candidate.event, candidate.mode = "ACCUSE", "disapprove"  # "Venstre angriber regeringen"


def _fights_with_words(actor: Actor | None) -> bool:
    """A party, a parliamentarian or the press attacks with words, not weapons."""
    sectors = sectors_of(actor)
    if not sectors or sectors & ARMED:
        return False  # Hamas and Hezbollah are parties with arms
    return "PTY" in sectors or sectors <= WORDS_ONLY_SECTORS


def _is_state(actor: Actor | None) -> bool:
    """A government, an official body, or a country named as such ("Sverige protesterer")."""
    if actor is None:
        return False
    sectors = sectors_of(actor)
    return bool(sectors & OFFICIAL_SECTORS) or (not sectors and bool(actor.country))


def _is_protester(mention: Mention | None, index: ActorIndex, lang: str) -> bool:
    if mention is None:
        return False
    protesters = word_class(lang, "protester")
    texts = index.texts_of(mention.entity) if mention.entity else [mention.text]
    words = [word.lower() for text in texts for word in text.split()]
    if any(protesters.matches_head(word) for word in words):
        return True
    crowds = word_class(lang, "crowds")  # "Hundredvis af vrede irakere"
    civilians = mention.actor is not None and set(sectors_of(mention.actor)) <= {"CVL"}
    return civilians and any(crowds.matches(word) for word in words)


def _codeable(candidate: Candidate, trigger: Trigger, view: SentenceView) -> bool:
    has_actor = candidate.actor is not None or candidate.implicit_actor is not None
    if _about_an_accident(candidate, trigger, view, has_actor):
        return False
    if trigger.kind == "noun" and _habitual(view, trigger):
        return False
    if _told_as_background(view, trigger.index):
        return False
    if "between" in trigger.flags and not _before_between(view, trigger):
        return False
    if candidate.event in VERBAL and not has_actor:
        return False
    if candidate.event == "CONSULT" and not _has_a_public_party(candidate, view.lang):
        return False
    if candidate.event == "MOBILIZE" and civil_society(candidate.actor):
        return False  # "Mærsk sender flere skibe": ships at sea, no forces mobilised
    return not (trigger.kind == "noun" and "standalone" not in trigger.flags and not has_actor)


def _has_a_public_party(candidate: Candidate, lang: str) -> bool:
    """A meeting is an event between actors when one side is a state, body or organisation
    ("Brandauer mødte Karin" is two private people)."""
    parties = (
        (candidate.actor, candidate.actor_text),
        (candidate.recipient, candidate.recipient_text),
    )
    return candidate.implicit_actor is not None or any(
        _public(actor, text, lang) for actor, text in parties if actor is not None
    )


def _public(actor: Actor, text: str | None, lang: str) -> bool:
    """A state, a body, an organisation, or someone the text names by a role ("Den syriske
    leder"), not by a bare name ("Brandauer", "Karin Hansen")."""
    if names_a_country(actor, lang) or sectors_of(actor) - {"CVL"}:
        return True
    return not (text and all(word[:1].isupper() for word in text.split()))


def _before_between(view: SentenceView, trigger: Trigger) -> bool:
    """ "kampe mellem hæren og RSF": the noun is followed by "mellem"."""
    return view.lower(trigger.index + 1) in word_class(view.lang, "between_words").words


def _about_an_accident(
    candidate: Candidate, trigger: Trigger, view: SentenceView, has_actor: bool
) -> bool:
    """E.g. "To blev dræbt i en trafikulykke", "efterforsker årsagen til ulykken", "Borgerne
    blev evakueret, da branden bredte sig"; a disaster that kills ("Stormen Bodil dræbte to"),
    whoever the parser finds beside it."""
    accidents = word_class(view.lang, "accident_words")
    if candidate.event == "ASSAULT" and trigger.kind == "verb" and view.parsed:
        cause = view.dep_subject(trigger.index)  # "Stormen Bodil dræbte to personer"
        if cause is not None and accidents.matches_head(cause.lower_):
            return True
    violent = candidate.event == "ASSAULT" and not has_actor
    rescue = candidate.event == "RETREAT" and candidate.mode == "withdraw"
    if not (violent or rescue or candidate.mode == "investigate"):
        return False
    lowers = token_lowers(view.doc)  # no Token made for each word of the sentence
    headline = lowers[: headline_end(view.doc)] if not rescue else []  # its own cause only
    words = lowers[view.sent.start : view.sent.end] + headline
    return any(accidents.matches_head(word) for word in words)


def _habitual(view: SentenceView, trigger: Trigger) -> bool:
    """E.g. "adskillige demonstrationer", "en række angreb": a pattern of events, not one event."""
    quantifiers = word_class(view.lang, "habitual_quantifiers")
    j = trigger.index - 1
    for _ in range(3):
        if j < view.start or view.is_boundary(j):
            return False
        if quantifiers.matches(view.lower(j)):
            return True
        j -= 1
    return False


def _anchor(view: SentenceView, trigger: Trigger, roles: Roles) -> tuple[int, int, str]:
    lo, hi = trigger.span
    for mention in (roles.actor, roles.recipient, roles.victim):
        if mention is not None and view.start <= mention.start < view.end:
            lo, hi = min(lo, mention.start), max(hi, mention.end)
    span = view.doc[lo:hi]
    text = span_text(span)
    if len(text) > ANCHOR_MAX:
        trigger_span = view.doc[trigger.span[0] : trigger.span[1]]
        span, text = trigger_span, span_text(trigger_span)[:ANCHOR_MAX]
    return span.start_char, span.end_char, text


# --- when, where, how many ------------------------------------------------------------------


def _add_attributes(
    candidate: Candidate,
    view: SentenceView,
    document: Document,
    countries: list[str],
    lang: str,
    toll: bool = False,
) -> None:
    """`toll`: the event is told by its dead and wounded ("er dræbt"): a clause of its cause
    ("efter at et marked i Omdurman søndag blev ramt") dates and places it."""
    sent = view.sent
    anchor = _attribute_anchor(candidate, view)
    noun_at = view.doc[candidate.trigger].idx if candidate.kind == "noun" else None
    candidate.date = attributes.event_date(
        sent,
        document.published,
        lang,
        document.published_precision,
        anchor=anchor,
        toll=toll,
        noun_at=noun_at,
    )
    candidate.earlier = _told_as_earlier(view, candidate.trigger)
    if _referred_to_by_another_act(candidate, view):
        candidate.date = EventDate()  # the clause's time is the act's: "kaldte onsdag angrebet"
        _add_place_and_toll(candidate, view, countries, lang, anchor, toll)
        return
    if _dated_ahead(candidate, document):
        candidate.modality = "future"  # "Hochstein rejser onsdag til Beirut", told on a Tuesday
        _announced_meeting(candidate)
    if candidate.date.date is None and _told_as_news(candidate, view):
        candidate.date = EventDate(
            date=document.published,
            precision=document.published_precision or "day",
            expression=None,
        )
        candidate.date_inferred = True
    _add_place_and_toll(candidate, view, countries, lang, anchor, toll)


def _add_place_and_toll(
    candidate: Candidate,
    view: SentenceView,
    countries: list[str],
    lang: str,
    anchor: Span | None,
    toll: bool,
) -> None:
    candidate.place = _place(candidate, view, countries, lang, anchor, toll)
    candidate.place_told = candidate.place is not None
    if candidate.event == "ASSAULT" or candidate.mode == "riot":
        candidate.killed, candidate.injured = attributes.casualties(view.sent, lang)
        candidate.toll_kinds = attributes.casualty_kinds(view.sent, lang)


OBJECTS = frozenset({"obj", "iobj"})
TIME_REACH = 3  # words from an event noun to a time told of it ("angrebet natten til søndag")


def _referred_to_by_another_act(candidate: Candidate, view: SentenceView) -> bool:
    """A definite event noun that is the object of another verb ("I en tv-tale onsdag kaldte
    præsidenten urolighederne for kriminelle", "efterforsker drabet") refers back to an event
    told before: the clause's time is that verb's, unless it is told right after the noun
    ("angrebet lørdag aften")."""
    if not candidate.anaphoric or candidate.kind != "noun" or candidate.date.date is None:
        return False
    noun = view.doc[candidate.trigger]
    if noun.dep_ not in OBJECTS or noun.head.pos_ != "VERB":
        return False
    expression = (candidate.date.expression or "").lower().split()
    if not expression:
        return True
    after = view.doc[noun.i + 1 : noun.i + 1 + TIME_REACH + len(expression)]
    following = [t.lower_ for t in after]
    told_of_the_noun = any(
        following[k : k + len(expression)] == expression for k in range(TIME_REACH + 1)
    )
    return not told_of_the_noun


def _attribute_anchor(candidate: Candidate, view: SentenceView) -> Span | None:
    """The words whose clause tells the event's time and place: from a verb on, so that a
    relative clause about the subject ("Sudans hær, der har kæmpet siden april 2023,
    beskylder ...") dates and places nothing."""
    start = candidate.start
    if candidate.kind == "verb":
        start = _after_relative_clause(view, start, candidate.trigger)
    return view.doc.char_span(start, candidate.end, alignment_mode="expand")


def _after_relative_clause(view: SentenceView, start: int, verb: int) -> int:
    """Where the anchor goes on after a relative clause between its subject and its verb."""
    tokens = [t for t in view.doc[view.start : verb] if t.idx >= start]
    for opening, token in enumerate(tokens[:-1]):
        if token.text == "," and tokens[opening + 1].lower_ in RELATIVE:
            closing = next((t for t in tokens[opening + 2 :] if t.text == ","), None)
            if closing is not None:
                return closing.idx + 1
    return start


def _place(
    candidate: Candidate,
    view: SentenceView,
    countries: list[str],
    lang: str,
    anchor,
    toll: bool = False,
):
    destination = candidate.event in DESTINATION_TYPES
    place = attributes.event_place(view.sent, countries, lang, destination, anchor, toll)
    if place is not None and _placed_away_from_its_target(candidate, place):
        # "Forsvarsministeriet i Tel Aviv oplyser, at hæren har angrebet Hizbollah": the teller's
        # town; an attack is put away from its target only by its own clause
        place = attributes.event_place(view.sent, countries, lang, destination, anchor, toll, True)
    if place is None and attributes.points_back_to_a_place(view.sent, lang):
        place = attributes.event_place(view.previous, countries, lang, destination, None)
    if place is None:
        following = _continuation(view)
        if following is not None:
            place = attributes.event_place(following, countries, lang, destination, None)
    if _target_is_a_place(candidate):  # "angreb Kharkiv", "landsbyen X i Donetsk-regionen"
        target = attributes.town_named(candidate.recipient_text, countries, lang)
        if place is None or (target is not None and attributes.finer_within(target, place)):
            place = target or place
    if place is None and candidate.event in LEFT_PLACE_TYPES and _recipient_is_a_place(candidate):
        place = attributes.place_named(candidate.recipient_text, countries, lang)  # "ud af Irak"
    if place is None and candidate.actor is not None and candidate.actor_text:
        place = _seat_of_the_actor(candidate, countries, lang)  # "Moskva vil svare igen"
    return place


def _seat_of_the_actor(candidate: Candidate, countries: list[str], lang: str):
    """ "Moskva vil svare igen", "Kreml afviser": a town standing for its country's government
    acts where it is (a country that acts is no place: "USA sender soldater")."""
    town = attributes.town_named(candidate.actor_text, countries, lang)
    return town if town is not None and town.country == candidate.actor.country else None


def _placed_away_from_its_target(candidate: Candidate, place) -> bool:
    """An attack placed in another country than its target's."""
    target = candidate.recipient_country
    return candidate.event == "ASSAULT" and bool(target) and place.country != target


def _target_is_a_place(candidate: Candidate) -> bool:
    """ "angreb Kharkiv": a target named by a town is where it happens; one the actors stage
    knows as a group or a body ("angreb Hamas") is no town, whatever town shares its name."""
    return candidate.event in TARGET_PLACE_TYPES and _recipient_is_a_place(candidate)


def _recipient_is_a_place(candidate: Candidate) -> bool:
    if not candidate.recipient_text:
        return False
    return candidate.recipient is None or not candidate.recipient.sector


def _continuation(view: SentenceView) -> Span | None:
    """The next sentence when it goes on about the same thing: "De skal ... over Island"."""
    following = view.following
    if following is None or not len(following):
        return None
    first = following[0]
    pronoun = first.lower_ in CONTINUING_PRONOUNS and first.pos_ in ("PRON", "")
    return following if pronoun else None  # "Den iranske hovedstad ..." is no pronoun


def _dated_ahead(candidate: Candidate, document: Document) -> bool:
    """An act told as done, on a day after the publication day: it is yet to come."""
    date, published = candidate.date, document.published
    if candidate.modality != "asserted" or date.date is None or published is None:
        return False
    return date.precision == "day" and date.date > published


def _told_as_news(candidate: Candidate, view: SentenceView) -> bool:
    """Headline and lead in the present or perfect tense tell what happens on the day; so does
    a statement anywhere in the present tense ("han holder Iran ansvarlig")."""
    if candidate.modality not in {"asserted", "claimed"} or candidate.earlier:
        return False  # "har tidligere affyret missiler": some time back, not today
    if candidate.event in VERBAL and candidate.kind == "verb":
        trigger = view.doc[candidate.trigger]
        perfect = not candidate.earlier and _present_perfect(view, candidate.trigger)
        return _present_tense(trigger) or perfect
    if candidate.paragraph > 1:
        return False
    return any(_present_tense(token) for token in view.sent)


def _present_perfect(view: SentenceView, i: int) -> bool:
    """ "USA har krævet": the perfect of a statement is news of the day, like its present
    (unless the clause puts it back: "har tidligere truet", `Candidate.earlier`)."""
    start = view.clause_start(i)
    return any(view.lower(k) == "har" for k in range(max(start, i - PERFECT_REACH), i))


def _told_as_earlier(view: SentenceView, i: int) -> bool:
    """An adverb in the event's clause puts it some time back ("har tidligere truet")."""
    earlier = word_class(view.lang, "earlier_adverbs").words
    return any(
        view.lower(k) in earlier and view.doc[k].pos_ != "ADJ"  # not "den tidligere præsident"
        for k in range(view.clause_start(i), view.clause_end(i))
    )


def _told_as_background(view: SentenceView, i: int) -> bool:
    """An adverb in the event's clause sets it in a past the story looks back on ("Juntaen
    lovede dengang at genoprette sikkerheden"), or a span of years makes it a state ("har i
    mange år støttet Ukraine")."""
    background = word_class(view.lang, "background_adverbs").words
    start, end = view.clause_start(i), view.clause_end(i)
    if any(view.lower(k) in background for k in range(start, end)):
        return True
    spans = _background_spans(view.lang)
    return any(
        view.reads(k, span) for k in range(start, end) for span in spans if k + len(span) <= end
    )


@cache
def _background_spans(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in word_class(lang, "background_spans").words)


def _present_tense(token) -> bool:
    if "Tense=Pres" in str(token.morph) and token.pos_ in {"VERB", "AUX"}:
        return True
    form = token.lower_
    if form in {"har", "er", "bliver", "meldes"}:
        return True
    return form.endswith("r") and any(lemma + "r" == form for lemma in lemmas(token) - {form})


# --- after merging --------------------------------------------------------------------------


def _fill_from_context(
    events: list[Candidate], groups: list[tuple[int, Span]], index: ActorIndex, lang: str
) -> None:
    countries = index.countries()
    for position, event in enumerate(events):
        if event.actor is None and event.event in INHERITING:
            event.actor, event.actor_text = _inherited_actor(events[:position], event)
        if event.actor is None and event.event == "ASSAULT":
            event.actor, event.actor_text = _perpetrator(index, lang, event.start)
        if event.recipient is None and event.victim is not None:
            event.recipient, event.recipient_text = event.victim, event.victim_text
    main_country = countries[0] if countries else None
    for event in events:
        _localize(event, events, main_country, lang)
        event.actor = _as_state(event.actor, event.event, lang)
        if event.event in VERBAL:  # "opfordrer Irak til ...": the Iraqi government is asked
            event.recipient = _as_state(event.recipient, event.event, lang)
        if _bare(event.actor) and event.implicit_actor and not _a_state_charged(event, lang):
            event.actor = _implicit_actor(
                event, _implicit_actors_country(event, events, main_country)
            )
        if event.recipient is None and event.event == "ASSAULT":
            where = _event_country(event, events) or (countries[0] if countries else None)
            partners = event.joint_countries  # "angrebet fra Rusland og Belarus": one side
            if where and where != event.actor_country and where not in partners:
                event.recipient = attributes.country_actor(where, lang)  # not named "DNK"
    _reciprocal_recipients(events, index.doc, lang)
    _aim_reactions(events)
    fill_counterparts(events, index, _country_namer(lang), lang)


def _aim_reactions(events: list[Candidate]) -> None:
    """A condemnation or threat about an attack is aimed at the attacker, a vote against a
    sanction at whoever imposes it; a denial of an attack, or a rejection of "the criticism" or
    "the demand", at whoever made it last."""
    for position, event in enumerate(events):
        if event.recipient is not None:
            continue
        denial = (
            event.event == "REJECT"
            and event.reacts_to is not None
            and event.reacts_to.event in VIOLENT
        )
        if denial and event.answers is None:
            event.answers = "ACCUSE"  # denying a part in an attack answers who alleged it
        if event.reacts_to is not None and not denial:  # "stemte imod tolden": the tariff's maker
            target = event.reacts_to.told_as
            if target.actor is not None and target.actor_country != event.actor_country:
                event.recipient, event.recipient_text = target.actor, target.actor_text
        if event.recipient is None and event.answers is not None:
            maker = _last_maker(events[:position], event)
            if maker is not None:
                event.recipient, event.recipient_text = maker.actor, maker.actor_text


def _last_maker(earlier: list[Candidate], rejection: Candidate) -> Candidate | None:
    """The latest statement of the kind a rejection answers, made by someone else: one aimed
    at the rejecter's country first ("Tusk beskylder Belarus ... Lukasjenko afviser
    anklagerne", though human rights groups criticised Poland in between)."""
    made = [
        other
        for other in earlier
        if other.event == rejection.answers
        and other.actor is not None
        and (rejection.actor is None or other.actor.name != rejection.actor.name)
    ]
    aimed = [
        o
        for o in made
        if rejection.actor_country and o.recipient_country == rejection.actor_country
    ]
    return (aimed or made or [None])[-1]


def _country_namer(lang: str):
    from kronist.actors.countries import country_lexicon

    return country_lexicon(lang).english_name


def _inherited_actor(earlier: list[Candidate], event: Candidate):
    for other in reversed(earlier):
        if (
            other.event == event.event
            and other.actor is not None
            and event.sentence - max(other.mentions or [other.sentence]) <= INHERIT_REACH
        ):
            return other.actor, other.actor_text
    return None, None


def _perpetrator(index: ActorIndex, lang: str, char: int):
    """E.g. "Den formodede gerningsmand ...": the article's perpetrator did the violence."""
    words = word_class(lang, "perpetrator")
    found = [
        e for e in index.entities if any(words.matches_head(w.lower()) for w in e.text.split())
    ]
    if not found:
        return None, None
    nearest = min(found, key=lambda e: abs(e.start - char))
    actor = index.actor_of(nearest)
    return (actor, nearest.text) if actor is not None else (None, None)


def _localize(
    event: Candidate, events: list[Candidate], main_country: str | None, lang: str
) -> None:
    """Unnamed people without a country ("demonstranter", "to personer") belong where the
    event happens, else to the country the article is mostly about."""
    country = _event_country(event, events) or main_country
    if country is None:
        return
    for side in ("actor", "recipient"):
        actor: Actor | None = getattr(event, side)
        if actor is None or actor.country is not None or not _is_domestic(actor):
            continue
        if not _told_as_foreign(getattr(event, f"{side}_text"), lang):
            setattr(event, side, actor.model_copy(update={"country": country}))


def _told_as_foreign(text: str | None, lang: str) -> bool:
    """ "udenlandske efterretningstjenester": people or bodies the text calls foreign are not
    the story's country's."""
    foreign = word_class(lang, "foreign_words")
    return bool(text) and any(foreign.matches(word.lower()) for word in text.split())


def _as_state(actor: Actor | None, event_type: str, lang: str) -> Actor | None:
    """A country that acts is its state: its armed forces when it fights or mobilizes
    ("Rusland angreb"), its government otherwise ("Danmark afviser")."""
    if actor is None or actor.sector or actor.sectors:
        return actor
    sector = "MIL" if event_type in MILITARY_TYPES else "GOV"
    if names_a_capital(actor):  # "Moskva kritiserer Washington": the capital's state
        return attributes.country_actor(actor.country, lang).model_copy(
            update={"sector": sector, "sectors": [sector]}
        )
    if not names_a_country(actor, lang):
        return actor
    return actor.model_copy(update={"sector": sector, "sectors": [sector]})


def _is_domestic(actor: Actor) -> bool:
    """People and local bodies, not international bodies, organisations (Amnesty, Læger uden
    Grænser: a country of their own is in the actor dictionary), named armed groups or the
    press. Unnamed rebels ("jihadister", "oprørerne") fight where the event is."""
    sectors = sectors_of(actor)
    if sectors == {"REB"}:
        return is_unnamed(actor)
    return bool(sectors) and not sectors & {"IGO", "NGO", "REB", "JRN"}


def _event_country(event: Candidate, events: list[Candidate]) -> str | None:
    if event.place is not None and event.place.country:
        return event.place.country
    placed = [e for e in events if e.place is not None and e.place.country]
    if not placed:
        return None
    nearest = min(placed, key=lambda e: abs(e.sentence - event.sentence))
    return nearest.place.country if nearest.place else None


def _bare(actor: Actor | None) -> bool:
    """No actor, or one the actors stage could not place or classify."""
    return actor is None or not (actor.country or actor.sector)


LAW_ENFORCERS = frozenset({"JUD", "COP"})


def _a_state_charged(event: Candidate, lang: str) -> bool:
    """ "Rusland anklages for at stå bag sabotagen": a state is not charged by its own
    prosecutors or police; whoever accuses it goes unnamed."""
    target = event.recipient
    if event.implicit_actor not in LAW_ENFORCERS or target is None:
        return False
    return names_a_country(target, lang) or bool(sectors_of(target) & {"GOV", "MIL"})


def _implicit_actors_country(
    event: Candidate, events: list[Candidate], main_country: str | None
) -> str | None:
    """Where the police or court of "blev anholdt", "blev dømt" are: the place the sentence
    names; else, when its victims have a country, theirs ("150 oppositionspolitikere er blevet
    fængslet" in a story told from Brussels are Nicaragua's); else where the story is."""
    if event.place_told and event.place is not None and event.place.country:
        return event.place.country
    return event.recipient_country or _event_country(event, events) or main_country


def _implicit_actor(event: Candidate, country: str | None) -> Actor:
    sector = event.implicit_actor or ""
    return Actor(
        name=SECTOR_NAMES.get(sector, sector.lower()),
        country=country,
        sector=sector,
        sectors=[sector],
    )


def _reciprocal_recipients(events: list[Candidate], doc: Doc, lang: str) -> None:
    """E.g. "A aflyser besøget som reaktion på, at B ikke vil sælge": in one sentence, a verbal
    conflict event without a recipient is aimed at the other party, unless the two are told
    side by side ("A stemte imod, mens B støttede")."""
    for event in events:
        if event.recipient is not None or event.event not in {"REJECT", "ACCUSE", "THREATEN"}:
            continue
        for other in events:
            if other is event or other.sentence != event.sentence:
                continue
            if other.trigger == event.trigger or told_side_by_side(doc, event, other, lang):
                continue  # "USA og Australien fordømte": co-actors, not each other's targets
            if other.actor_country and other.actor_country != event.actor_country:
                event.recipient, event.recipient_text = other.actor, other.actor_text
                break


# --- output ---------------------------------------------------------------------------------


def _as_event(candidate: Candidate, number: int, document: Document) -> Event:
    return Event(
        id=f"{document.id}-ev{number}",
        event=candidate.event,
        mode=candidate.mode,
        context=candidate.context,
        actor=candidate.actor,
        recipient=candidate.recipient,
        actor_text=candidate.actor_text,
        recipient_text=candidate.recipient_text,
        date=candidate.date,
        place=candidate.place,
        killed=candidate.killed,
        injured=candidate.injured,
        negated=candidate.negated,
        modality=candidate.modality,  # type: ignore[arg-type]
        asserted_by=candidate.asserted_by,
        quote_id=candidate.quote_id,
        anchor=candidate.anchor,
        sentence=candidate.sentence,
        start=candidate.start,
        end=candidate.end,
        mentions=sorted(set(candidate.mentions or [candidate.sentence])),
        confidence=candidate.confidence,
    )
