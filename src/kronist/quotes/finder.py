"""Direct quotes in an article, each with its speaker and channel.

Steps: (1) find candidate spans — quotation marks, dash-led speech paragraphs, a speaker-colon
headline; (2) read every sentence of the article, quotes blanked out, for attributions; (3) give
each candidate its own attribution (the tag after it, the words before it in its sentence) or,
for a quote standing alone, one from its context; (4) resolve pronoun speakers to earlier
speakers and fill in entities, actors and channels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from kronist.model import Entity, Quote
from kronist.nlp.docs import doc_text
from kronist.quotes.affiliation import with_affiliation
from kronist.quotes.article import Article, Candidate, sentence_regions, tagged_verbs
from kronist.quotes.attribution import Attribution, attribution_in
from kronist.quotes.candidates import find_candidates, own_attribution
from kronist.quotes.context import attribute_from_context
from kronist.quotes.dashes import DASH_START_RE
from kronist.quotes.lexicon import names_a_role
from kronist.quotes.marks import find_marked_spans
from kronist.quotes.resolution import narrative_attributions
from kronist.quotes.speakers import attach_entity
from kronist.quotes.text import mask, paragraphs


def find_quotes(doc: Doc, entities: Sequence[Entity], lang: str = "da") -> list[Quote]:
    """Direct quotes of `doc` (the parsed `Document.full_text`), with speaker and channel."""
    article = read_article(doc, entities, lang)
    candidates = [c for c in article_candidates(article) if c.keep]
    for candidate in candidates:
        attribute_from_context(article, candidate, candidates)
    candidates = [c for c in candidates if not is_list_item(article, c)]
    for candidate in candidates:
        if candidate.attribution is not None:
            candidate.attribution = with_affiliation(article, candidate.attribution)
    for candidate in candidates:
        if candidate.form == "headline":
            headline_role_as_told(article, candidate, candidates)
    return [to_quote(article, c, n) for n, c in enumerate(candidates, start=1)]


HEADLINE_ROLE_PARAGRAPHS = 4  # how far into the body a headline's role-only speaker is named


def headline_role_as_told(article: Article, candidate: Candidate, candidates: list[Candidate]):
    """ "Ekspert: Rusland tester NATO" / "Politi: ...": a headline speaker named by a role word
    alone is the person the body names in that role ("militæranalytiker X", "vagtchef Y"), or,
    when the role word tells no country, the first speaker the body names."""
    headline = candidate.attribution
    if headline is None or not headline.speaker or headline.start is None:
        return
    words = headline.speaker.split()
    role = words[0].lower() if len(words) == 1 else ""
    if not role or not names_a_role(role, article.lang):
        return
    first_body = article.paragraphs[min(1, len(article.paragraphs) - 1)][0]
    last_body = article.paragraphs[min(HEADLINE_ROLE_PARAGRAPHS, len(article.paragraphs) - 1)][1]
    told = [c.attribution for c in candidates if c is not candidate and c.own]
    told += article.attributions
    named = sorted(
        (
            a
            for a in told
            if a is not None
            and a.speaker
            and not a.pronoun
            and a.start is not None
            and first_body <= a.start < last_body
            and a.speaker_actor is not None
            and a.speaker_actor.country
        ),
        key=lambda a: a.start or 0,
    )
    same_role = next((a for a in named if _holds_role(a.speaker or "", role)), None)
    known = headline.speaker_actor is not None and headline.speaker_actor.country
    found = same_role or (None if known else next(iter(named), None))
    if found is not None:
        candidate.attribution = replace(
            headline, speaker_entity=found.speaker_entity, speaker_actor=found.speaker_actor
        )


def _holds_role(phrase: str, role: str) -> bool:
    """ "militæranalytiker Anders Puck Nielsen" holds the role "analytiker"."""
    words = [word.lower() for word in phrase.split()]
    return any(word.startswith(role) or word.endswith(role) for word in words)


def is_list_item(article: Article, candidate: Candidate) -> bool:
    """An untagged dash paragraph is a bullet point, not speech, when nobody can be found to
    say it or when it follows a list heading ("Sådan beskytter du dig:") that names no speaker."""
    if candidate.form != "dash" or candidate.own:
        return False
    if candidate.attribution is None or not candidate.attribution.speaker:
        return True
    heading = list_heading(article, candidate.paragraph)
    return heading is not None and attribution_in(article.masked, *heading, article.lang) is None


def list_heading(article: Article, paragraph: int) -> tuple[int, int] | None:
    """The paragraph ending in a colon that opens the run of dash paragraphs holding
    `paragraph`, if any."""
    index = paragraph - 1
    while index >= 0 and DASH_START_RE.match(article.text, *article.paragraphs[index]):
        index -= 1
    if index < 0:
        return None
    start, end = article.paragraphs[index]
    return (start, end) if article.text[start:end].rstrip().endswith(":") else None


def find_attributions(doc: Doc, entities: Sequence[Entity], lang: str = "da") -> list[Attribution]:
    """Every attribution in the article's narrative (quotes blanked out), pronouns resolved."""
    return read_article(doc, entities, lang).attributions


def find_attribution(
    sentence: Span, entities: Sequence[Entity] = (), lang: str = "da"
) -> Attribution | None:
    """The attribution of one sentence ("Det oplyser forsvarsminister X", "X siger, at ..."),
    with words inside quotation marks ignored. A pronoun speaker is resolved only through the
    entities' coreference (`Entity.refers_to`); use `find_attributions` for the article-level
    resolution."""
    start, end = sentence.start_char, sentence.end_char
    text = " " * start + sentence.text  # offsets as in the document, without building doc.text
    quoted = [(s.start, s.end) for s in find_marked_spans(text, [(start, end)])]
    attribution = attribution_in(mask(text, quoted), start, end, lang, tagged_verbs(sentence))
    if attribution is not None:
        attach_entity(attribution, entities, lang, sentence.doc)
    return attribution


def read_article(doc: Doc, entities: Sequence[Entity], lang: str) -> Article:
    """Paragraphs, sentences, quote candidates and the narrative's attributions of `doc`."""
    article = Article(doc=doc, entities=entities, lang=lang, text=doc_text(doc))
    article.paragraphs = paragraphs(article.text)
    article.verbs = tagged_verbs(doc)
    article.sentence_starts = [s.start_char for s in doc.sents]
    article.regions = sentence_regions(doc, article.paragraphs)
    article.candidates = find_candidates(article)
    article.masked = mask(article.text, [(c.start, c.end) for c in article.candidates])
    article.attributions = narrative_attributions(article)
    return article


def article_candidates(article: Article) -> list[Candidate]:
    for candidate in article.candidates:
        own_attribution(article, candidate)
    return article.candidates


def to_quote(article: Article, candidate: Candidate, number: int) -> Quote:
    attribution = candidate.attribution or Attribution(speaker=None)
    speaker = attribution.speaker
    if speaker:
        speaker = speaker.strip(" ,.;:")
    return Quote(
        id=f"q{number}",
        text=article.text[candidate.start : candidate.end],
        start=candidate.start,
        end=candidate.end,
        sentence=article.sentence_index(candidate.start),
        speaker=speaker or None,
        speaker_entity=attribution.speaker_entity,
        speaker_actor=attribution.speaker_actor,
        channel=attribution.channel,
    )
