"""Quote candidates and their own tags: marked quotes, dash-led speech, speaker-colon headlines;
which marked spans are direct speech (not names, titles or scare quotes)."""

from __future__ import annotations

import re

from kronist.quotes.article import Article, Candidate, sentence_start_before, speaker_only
from kronist.quotes.attribution import Attribution, ClauseReader, attribution_in, tail_at
from kronist.quotes.dashes import find_dash_quotes
from kronist.quotes.headline import headline_statement, is_actor_phrase
from kronist.quotes.lexicon import names_a_role, words_of
from kronist.quotes.marks import MarkedSpan, find_marked_spans
from kronist.quotes.resolution import shared
from kronist.quotes.text import paragraph_of, strip_span


def find_candidates(article: Article) -> list[Candidate]:
    text, lang = article.text, article.lang
    dash = [
        Candidate(q.start, q.end, q.paragraph, "dash", attribution=q.tail, own=q.tail is not None)
        for q in find_dash_quotes(text, article.paragraphs, lang, article.verbs)
    ]
    marked = [
        marked_candidate(article, span) for span in find_marked_spans(text, article.paragraphs)
    ]
    candidates = merge(dash, marked)
    headline = headline_candidate(article)
    if headline and not any(c.start < headline.end and headline.start < c.end for c in candidates):
        candidates.append(headline)
    return sorted(candidates, key=lambda c: c.start)


def marked_candidate(article: Article, span: MarkedSpan) -> Candidate:
    start, end = strip_span(article.text, span.start, span.end)
    paragraph = paragraph_of(article.paragraphs, span.open_at) or 0
    return Candidate(
        start,
        end,
        paragraph,
        "marks",
        full=stands_alone(article, span.open_at, paragraph),
        family=span.family,
        close_end=span.close_end,
    )


def stands_alone(article: Article, open_at: int, paragraph: int) -> bool:
    """Whether a quote opens its own sentence: at the paragraph or sentence start, after a dash
    or after a colon."""
    before = article.text[article.paragraphs[paragraph][0] : open_at].rstrip()
    return not before or before.endswith((":", ".", "!", "?", "-", "–", "—"))


def merge(dash: list[Candidate], marked: list[Candidate]) -> list[Candidate]:
    """Dash quotes and marked quotes together; a marked quote inside a dash quote is part of it,
    unless it is the whole of it ("- »...«, siger X")."""
    kept = list(dash)
    for quote in marked:
        outer = next((d for d in dash if d.start <= quote.start and quote.end <= d.end), None)
        if outer is None:
            kept.append(quote)
        elif outer.start >= quote.start - 1:
            quote.attribution, quote.own = outer.attribution, outer.own
            kept[kept.index(outer)] = quote
    return kept


def headline_candidate(article: Article) -> Candidate | None:
    if not article.paragraphs:
        return None
    statement = headline_statement(
        article.text, article.paragraphs[0], article.entities, article.lang
    )
    if statement is None:
        return None
    attribution = speaker_only(article, statement.speaker_start, statement.speaker_end)
    return Candidate(
        statement.start, statement.end, 0, "headline", attribution=attribution, own=True
    )


def own_attribution(article: Article, candidate: Candidate) -> None:
    """The tag that belongs to a marked quote: after it, before it in its sentence, or (for a
    fragment) anywhere in its sentence. Fragments without one are names or scare quotes."""
    if candidate.form != "marks" or candidate.attribution is not None:
        candidate.attribution = shared(article, candidate.attribution)
        return
    limit = article.paragraph_end(candidate.close_end)
    found = tail_at(
        article.masked,
        candidate.close_end,
        limit,
        article.lang,
        article.verbs,
        any_verb=breaks_off_for_a_tag(article, candidate),
    )
    if found is None or not (found.speaker or found.verb):
        found = intro_attribution(article, candidate)
    if found is None and not candidate.full:
        found = sentence_attribution(article, candidate)
    if found is None and candidate.paragraph == 0:
        found = headline_speaker_after(article, candidate)
    candidate.attribution = shared(article, found)
    candidate.own = candidate.attribution is not None
    candidate.keep = is_direct_speech(article, candidate)


def breaks_off_for_a_tag(article: Article, candidate: Candidate) -> bool:
    """A quote closing on a comma, question or exclamation mark (»...,« / »...«,) goes on in a
    speech tag, whatever its verb."""
    inside = article.text[candidate.start : candidate.end].rstrip()
    after = article.text[candidate.close_end : candidate.close_end + 2].lstrip()
    return inside.endswith((",", "?", "!")) or after.startswith(",")


def is_direct_speech(article: Article, candidate: Candidate) -> bool:
    """Marked text is a quote when it is tagged or stands as a sentence; a fragment inside a
    sentence only when the sentence attributes it and it does not look like a name; '...' only
    as a whole tagged statement or a whole paragraph (else it is a scare quote or a title)."""
    if candidate.family == "single":
        whole_paragraph = article.paragraphs[candidate.paragraph] == (
            candidate.start - 1,
            candidate.close_end,
        )
        return candidate.full and (candidate.own or whole_paragraph)
    if not candidate.full:
        return candidate.own and not looks_like_a_name(article, candidate)
    return candidate.own or ends_its_sentence(article, candidate)


def ends_its_sentence(article: Article, candidate: Candidate) -> bool:
    """»...« standing alone runs to the end of its sentence ("»Matador« er en serie" does not)."""
    rest = article.text[candidate.close_end : article.paragraph_end(candidate.close_end)]
    rest = rest.lstrip(".!?…:")
    return not rest.strip() or (rest[:1].isspace() and not rest.strip()[:1].islower())


def headline_speaker_after(article: Article, candidate: Candidate) -> Attribution | None:
    """A headline "»Vi er chokerede«: Forældre raser over ...": the speaker opens the clause
    after the colon."""
    rest = article.text[candidate.close_end : article.paragraph_end(candidate.close_end)]
    colon = re.match(r"[.!?…]?\s*:\s+", rest)
    if colon is None or not rest[colon.end() : colon.end() + 1].isupper():
        return None
    start = candidate.close_end + colon.end()
    end = article.paragraph_end(start)
    reader = ClauseReader(article.text, start, end, article.lang, article.verbs)
    phrase_end = reader.speaker_end(0, len(reader.tokens))
    # headline verbs are often unknown words ("raser"): keep to the name and role words
    phrase_end = min(phrase_end, end_of_name(reader, phrase_end, article.lang))
    if phrase_end == 0:
        return None
    return speaker_only(article, start, reader.tokens[phrase_end - 1].end)


def end_of_name(reader: ClauseReader, limit: int, lang: str) -> int:
    """Index after the leading capitalized words and role words ("Dansk minister")."""
    for i in range(limit):
        token = reader.tokens[i]
        if not (token.is_capitalized or names_a_role(token.lower, lang)):
            return i
    return limit


def intro_attribution(article: Article, candidate: Candidate) -> Attribution | None:
    """ "X siger: »...«", "Han siger, at »...«", or "Trump: »...«"."""
    start = sentence_start_before(article, candidate.start)
    open_at = candidate.start - 1
    clause = clause_start(article, start, open_at)
    found = attribution_in(article.masked, clause, open_at, article.lang, article.verbs)
    if found is None or not found.speaker:
        found = attribution_in(article.masked, start, open_at, article.lang, article.verbs)
    if found is not None and (found.speaker or found.verb):
        return found
    before = article.text[start:open_at].rstrip()
    if before.endswith(":"):
        speaker_end = start + len(before) - 1
        if is_actor_phrase(article.text, start, speaker_end, article.entities, article.lang):
            return speaker_only(article, start, speaker_end)
    return None


def sentence_attribution(article: Article, candidate: Candidate) -> Attribution | None:
    """The attribution of the clause a fragment stands in: the last speech verb before it
    with a speaker ("X siger, at Y kaldte det »en fejl«" is Y's), else the sentence's first."""
    for start, end in article.regions:
        if start <= candidate.start < end:
            before = attribution_in(
                article.masked,
                clause_start(article, start, candidate.start),
                candidate.start,
                article.lang,
                article.verbs,
            )
            if before is not None and before.speaker:
                return before
            return attribution_in(article.masked, start, end, article.lang, article.verbs)
    return None


def clause_start(article: Article, start: int, position: int) -> int:
    """Where the clause holding `position` begins: after the last comma before it."""
    comma = article.masked.rfind(",", start, position)
    return comma + 1 if comma >= 0 else start


def looks_like_a_name(article: Article, candidate: Candidate) -> bool:
    """A capitalized fragment inside a sentence (»Absalon«, "Men in Black") names a ship, a
    group or a title; quoted words inside a sentence start in lower case. A capitalized clause
    said by someone is speech: after "at" (skriver, at "Irans hævn er begyndt") or with a verb."""
    if not article.text[candidate.start : candidate.start + 1].isupper():
        return False
    return not (_after_complementizer(article, candidate) or _has_verb(article, candidate))


def _after_complementizer(article: Article, candidate: Candidate) -> bool:
    before = article.text[max(candidate.start - 40, 0) : candidate.start - 1].split()
    return bool(before) and before[-1].lower() in words_of(article.lang, "complementizer")


def _has_verb(article: Article, candidate: Candidate) -> bool:
    return any(candidate.start <= offset < candidate.end for offset in article.verbs)
