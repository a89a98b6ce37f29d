"""Resolving attributions across the article: pronoun speakers to earlier speakers, channel
back-references to channels named before, and what a speaker said earlier (channel, actor)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from kronist.actors import names_a_body
from kronist.model import Entity
from kronist.quotes.article import (
    Article,
    Candidate,
    in_quote,
    position,
    sentence_end_after,
    speaker_only,
)
from kronist.quotes.attribution import Attribution, attribution_in
from kronist.quotes.lexicon import words_of
from kronist.quotes.speakers import (
    attach_entity,
    can_be_antecedent,
    fuller,
    gender_agrees,
    last_name_run,
    names_a_group,
    refers_to_a_person,
    same_speaker,
)
from kronist.quotes.text import paragraph_of


def narrative_attributions(article: Article) -> list[Attribution]:
    found = []
    for start, end in article.regions:
        attribution = attribution_in(article.masked, start, end, article.lang, article.verbs)
        if attribution is not None and (attribution.speaker or attribution.verb):
            attach_entity(attribution, article.entities, article.lang, article.doc)
            found.append(attribution)
    resolve_in_order(found, article)
    return found


def resolve_in_order(attributions: list[Attribution], article: Article) -> None:
    """Pronoun speakers take the latest earlier speaker they can refer to; channels named by a
    back-reference ("i meddelelsen") count when the article named that channel before."""
    seen: list[Attribution] = []
    for attribution in sorted(attributions, key=position):
        resolve_pronoun(attribution, seen, article)
        resolve_channel_anaphor(attribution, seen)
        seen.append(attribution)


def resolve_pronoun(attribution: Attribution, earlier: list[Attribution], article: Article):
    """ "sagde han": the latest earlier speaker "han" can refer to, unless a person is named in a
    later sentence than that speaker's (outside quotes) — then that person; failing both, the
    mention the entities' coreference links the pronoun to."""
    if not attribution.pronoun or not attribution.speaker:
        return
    if refers_to_a_group(attribution.speaker, article.lang):
        group = group_before(article, attribution.start or 0)
        if group is not None:
            attribution.take_speaker_of(group)
        return
    speaker = next(
        (
            a
            for a in reversed(earlier)
            if can_be_antecedent(attribution.speaker, a, article.entities, article.lang)
        ),
        None,
    )
    after = sentence_end_after(article, position(speaker)) if speaker else 0
    person = person_between(article, after, attribution.start or 0, attribution.speaker)
    linked = attribution.antecedent
    if linked is not None and not could_be_meant(article, attribution.speaker, linked):
        linked = None
    if speaker is not None and person is None:
        choice = speaker
    elif linked is not None and not in_quote(article, linked[0]):
        choice = coreferent(linked, earlier, article)
    else:
        choice = person or speaker
    if choice is not None:
        attribution.take_speaker_of(choice)


def refers_to_a_group(pronoun: str, lang: str = "da") -> bool:
    return pronoun.lower() in words_of(lang, "group_pronoun")


def group_before(article: Article, end: int) -> Attribution | None:
    """What "de" means as a speaker: the last group or body named before it, outside quotes,
    in its paragraph or the one before ("Det er politiets formodning ... De bekræfter, at
    ...": the police); no single person and no place."""
    paragraph = paragraph_of(article.paragraphs, end) or 0
    start = article.paragraphs[max(paragraph - 1, 0)][0]
    groups = [
        e
        for e in article.entities
        if start <= e.start
        and e.end <= end
        and e.label in ("ORG", "NOM")
        and e.actor is not None
        and e.actor.sector not in (None, "JRN")  # "fortæller de til DR": DR relays
        and not refers_to_a_person(e.text, article.lang)
        and (e.label == "ORG" or names_a_group(e.text, article.lang))
        and not in_quote(article, e.start)
    ]
    if not groups:
        return None
    last = max(groups, key=lambda e: e.start)
    return speaker_only(article, last.start, last.end)


def coreferent(span: tuple[int, int], earlier: list[Attribution], article: Article) -> Attribution:
    """The speaker a pronoun corefers with (from the entities): an earlier attribution naming
    that mention, for its full phrase ("forsvarsminister X (S)"), else the mention itself."""
    start, end = span
    for attribution in reversed(earlier):
        if (
            attribution.start is not None
            and attribution.start <= start
            and end <= (attribution.end or 0)
        ):
            return attribution
    return speaker_only(article, start, end)


def could_be_meant(article: Article, pronoun: str, span: tuple[int, int]) -> bool:
    """Whether the mention at `span` (the entities' coreference for a pronoun) can be what the
    pronoun means: "hun" is no group ("naboernes") and no one of the other gender."""
    phrase = article.text[span[0] : span[1]]
    if not refers_to_a_person(pronoun, article.lang):
        return True
    entity = next((e for e in article.entities if (e.start, e.end) == span), None)
    actor = entity.actor if entity is not None else None
    if names_a_group(phrase, article.lang) or names_a_body(phrase, article.lang):
        return False
    return gender_agrees(pronoun, phrase, actor, article.lang)


def person_between(article: Article, start: int, end: int, pronoun: str = "") -> Attribution | None:
    """The last person named in text[start:end] outside quotes whose first name does not tell
    another gender than `pronoun`: a PER entity, or without entities a run of capitalized
    words inside a sentence ("FN's generalsekretær, António Guterres, opfordrer ...")."""
    if article.entities:
        person = last_person_of_gender(article, start, end, pronoun)
        if person is None or in_quote(article, person.start):
            return None
        found = Attribution(speaker=person.text, start=person.start, end=person.end)
        attach_entity(found, article.entities, article.lang, article.doc)
        return found
    name = last_name_run(
        article.masked, end, lambda name: gender_agrees(pronoun, name, None, article.lang)
    )
    if name is None or name[0] < start:
        return None
    return speaker_only(article, *name)


def last_person_of_gender(article: Article, start: int, end: int, pronoun: str) -> Entity | None:
    """The last PER entity in text[start:end], outside quotes, the pronoun can mean, walking
    back from `end` over the article's persons (sorted once) only as far as needed."""
    if "persons" not in article.memo:
        persons = sorted((e for e in article.entities if e.label == "PER"), key=lambda e: e.start)
        article.memo["persons"] = (persons, [e.start for e in persons])
    persons, starts = article.memo["persons"]
    for index in range(bisect.bisect_left(starts, end) - 1, -1, -1):
        person = persons[index]
        if person.start < start:
            return None
        if in_quote(article, person.start):
            continue  # "»Trump mener det,« siger han": a name inside the quote is not meant
        if person.end <= end and gender_agrees(pronoun, person.text, person.actor, article.lang):
            return person
    return None


def resolve_channel_anaphor(attribution: Attribution, earlier: list[Attribution]) -> None:
    if attribution.channel or not attribution.channel_anaphor:
        return
    if any(a.channel == attribution.channel_anaphor for a in earlier):
        attribution.channel = attribution.channel_anaphor


def shared(article: Article, attribution: Attribution | None) -> Attribution | None:
    """The article-level (resolved) attribution with the same speech verb, when there is one."""
    if attribution is None:
        return None
    for known in article.attributions:
        if attribution.verb_start is not None and known.verb_start == attribution.verb_start:
            return known
    attach_entity(attribution, article.entities, article.lang, article.doc)
    earlier = [a for a in article.attributions if position(a) < position(attribution)]
    resolve_pronoun(attribution, earlier, article)
    resolve_channel_anaphor(attribution, earlier)
    return attribution


def carry_over_from_same_speaker(article: Article, candidate: Candidate) -> None:
    """A speaker quoted without a channel keeps the channel of their last attribution that had
    one (a press conference, a press release goes on through the article); a speaker named
    short ("Skov") borrows the fuller actor of an earlier mention ("indsatsleder Mikkel Skov")."""
    attribution = candidate.attribution
    if attribution is None:
        return
    earlier = [a for a in article.attributions if position(a) < candidate.start]
    same = [a for a in reversed(earlier) if same_speaker(a, attribution)]
    channel = attribution.channel or next((a.channel for a in same if a.channel), None)
    actor = attribution.speaker_actor
    for other in same:
        actor = fuller(actor, other.speaker_actor)
    if channel != attribution.channel or actor is not attribution.speaker_actor:
        candidate.attribution = replace(attribution, channel=channel, speaker_actor=actor)
