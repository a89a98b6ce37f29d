"""Speakers of quotes that carry no tag of their own, taken from the speech around them."""

from __future__ import annotations

import bisect

from kronist.quotes.article import (
    Article,
    Candidate,
    position,
    sentence_start_before,
    speaker_only,
)
from kronist.quotes.attribution import Attribution, ClauseReader, tail_at
from kronist.quotes.resolution import carry_over_from_same_speaker, shared
from kronist.quotes.text import paragraph_of

CONTEXT_PARAGRAPHS = 3  # how far back a standalone quote looks for its speaker


def attribute_from_context(article: Article, candidate: Candidate, all_quotes: list[Candidate]):
    """A quote with no tag of its own continues the speech around it: the quote just before it,
    the attribution just before it, the actor of a paragraph that introduces it with a colon,
    the tag of the next quote in the run, or the nearest attribution before it."""
    if candidate.attribution is not None and candidate.attribution.speaker:
        carry_over_from_same_speaker(article, candidate)
        return
    rules = (
        next_sentence_tag,
        previous_quote,
        subject_just_before,
        previous_attribution,
        colon_introduction,
        next_quote_in_run,
    )
    for rule in rules:
        found = rule(article, candidate, all_quotes)
        if found is not None and found.speaker:
            candidate.attribution = found
            break
    else:
        candidate.attribution = nearest_attribution_before(article, candidate)
    if candidate.attribution is not None:
        carry_over_from_same_speaker(article, candidate)


def next_sentence_tag(article: Article, candidate: Candidate, _quotes) -> Attribution | None:
    """»...« followed by a paragraph "Det siger X til DR."."""
    end = article.paragraph_end(candidate.end)
    if article.text[candidate.end : end].strip(" »«\"”'’.,") != "":
        return None
    following = bisect.bisect_right(article.paragraphs, end, key=lambda p: p[0])
    if following == len(article.paragraphs):
        return None
    start, stop = article.paragraphs[following]
    reader = ClauseReader(article.masked, start, stop, article.lang)
    if reader.is_kind(0, "inversion") and reader.is_speech_verb(1):
        return shared(article, tail_at(article.masked, start, stop, article.lang, article.verbs))
    return None


def previous_quote(article: Article, candidate: Candidate, quotes: list[Candidate]):
    """The speaker of the quote right before, when nothing but its tag stands between them."""
    earlier = [q for q in quotes if q.end <= candidate.start and q.attribution is not None]
    if not earlier or candidate.paragraph - earlier[-1].paragraph > 1:
        return None
    previous = earlier[-1]
    return previous.attribution if previous_is_adjacent(article, previous, candidate) else None


def previous_is_adjacent(article: Article, previous: Candidate, candidate: Candidate) -> bool:
    """No narrative sentence of its own between the two quotes (tags do not count), and no
    actor named between them outside the previous quote's tag ("Ministeriet reagerede. »...«")."""
    between = [r for r in article.regions if previous.end <= r[0] and r[1] <= candidate.start]
    if not all(region_is_tag(article, r, previous) for r in between):
        return False
    tag = previous.attribution
    tag_span = (tag.start, tag.end) if tag is not None and tag.start is not None else (0, 0)
    return not any(
        previous.end <= e.start < candidate.start
        and e.actor is not None
        and not tag_span[0] <= e.start < (tag_span[1] or 0)
        for e in article.entities
    )


def region_is_tag(article: Article, region: tuple[int, int], previous: Candidate) -> bool:
    attribution = previous.attribution
    return (
        attribution is not None
        and attribution.verb_start is not None
        and (region[0] <= attribution.verb_start < region[1])
    )


def previous_attribution(article: Article, candidate: Candidate, _quotes) -> Attribution | None:
    """The attribution in the sentence right before the quote ("X meddeler, at ...")."""
    # regions are in text order and do not overlap: the last one ending before the quote
    before = bisect.bisect_right(article.regions, candidate.start, key=lambda r: r[1])
    if before == 0:
        return None
    region = article.regions[before - 1]
    if (paragraph_of(article.paragraphs, region[0]) or 0) < candidate.paragraph - 1:
        return None
    return next((a for a in article.attributions if region[0] <= position(a) < region[1]), None)


def subject_just_before(article: Article, candidate: Candidate, _quotes) -> Attribution | None:
    """ "Udenrigsministeriet reagerede hurtigt. »...«, lød det i en udtalelse": the actor that
    opens the sentence just before the quote, in its paragraph, says it."""
    paragraph_start = article.paragraphs[candidate.paragraph][0]
    narrative = article.masked[paragraph_start : candidate.start].rstrip(' »«"“”-–')
    if not narrative.strip():
        return None
    last_word = paragraph_start + len(narrative.rstrip()) - 1
    sentence_start = max(paragraph_start, sentence_start_before(article, last_word))
    return _opening_actor(article, sentence_start, candidate.start)


def colon_introduction(article: Article, candidate: Candidate, _quotes) -> Attribution | None:
    """ "Justitsministeren var klar i mælet på pressemødet:" over a paragraph that opens with
    the quote: the actor that opens the introducing sentence says it."""
    if candidate.paragraph == 0:
        return None
    paragraph_start = article.paragraphs[candidate.paragraph][0]
    if article.text[paragraph_start : candidate.start].strip(' »«"“”-–'):
        return None
    start, end = article.paragraphs[candidate.paragraph - 1]
    introduction = article.masked[start:end].rstrip()
    if not introduction.endswith(":"):
        return None
    last_word = start + len(introduction) - 1
    return _opening_actor(article, max(start, sentence_start_before(article, last_word)), end)


def _opening_actor(article: Article, sentence_start: int, end: int) -> Attribution | None:
    """The actor that opens the sentence starting at `sentence_start`, as a speaker."""
    opening = next((e for e in article.entities if sentence_start <= e.start < end), None)
    if opening is None or opening.actor is None:
        return None
    if article.text[sentence_start : opening.start].strip():
        return None  # only a subject that opens the sentence
    return speaker_only(article, opening.start, opening.end)


def next_quote_in_run(article: Article, candidate: Candidate, quotes: list[Candidate]):
    """In a run of quote paragraphs, an untagged one takes the tag of the next tagged one."""
    paragraph = candidate.paragraph
    for quote in quotes:
        if quote.start <= candidate.start:
            continue
        if quote.paragraph > paragraph + 1:
            return None
        paragraph = quote.paragraph
        if quote.own and quote.attribution is not None:
            return quote.attribution
    return None


def nearest_attribution_before(article: Article, candidate: Candidate) -> Attribution | None:
    first_paragraph = article.paragraphs[max(candidate.paragraph - CONTEXT_PARAGRAPHS, 0)][0]
    earlier = [
        a
        for a in article.attributions
        if first_paragraph <= position(a) < candidate.start and a.speaker
    ]
    return earlier[-1] if earlier else None
