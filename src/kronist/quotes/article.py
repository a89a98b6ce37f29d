"""The article as the quote finder sees it: text, paragraphs, sentence regions, quote
candidates and the attributions read from its narrative."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy import symbols
from spacy.attrs import IDX, POS
from spacy.tokens import Doc, Span

from kronist.model import Entity
from kronist.nlp.docs import doc_text
from kronist.quotes.attribution import Attribution, ClauseReader
from kronist.quotes.speakers import attach_entity
from kronist.quotes.text import paragraph_of, strip_span


@dataclass
class Candidate:
    start: int
    end: int
    paragraph: int
    form: str  # marks | dash | headline
    full: bool = True  # stands as sentence(s) of its own, not a fragment inside a sentence
    family: str = ""
    close_end: int = 0
    attribution: Attribution | None = None
    own: bool = False  # the attribution is the quote's own tag, not taken from context
    keep: bool = True


@dataclass
class Article:
    """The text of a parsed article with what the finder has learnt about it."""

    doc: Doc
    entities: Sequence[Entity]
    lang: str
    text: str = ""
    masked: str = ""
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    verbs: frozenset[int] = frozenset()  # offsets of VERB/AUX tokens when the doc is tagged
    memo: dict = field(default_factory=dict)  # per-article lookups built once (speaker mentions)

    def sentence_index(self, position: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, position) - 1, 0)

    def region_index(self, position: int) -> int | None:
        """Index of the sentence region holding `position`, if any."""
        index = bisect.bisect_right(self.regions, position, key=lambda r: r[0]) - 1
        if index >= 0 and self.regions[index][0] <= position < self.regions[index][1]:
            return index
        return None

    def paragraph_end(self, position: int) -> int:
        index = paragraph_of(self.paragraphs, position)
        return self.paragraphs[index][1] if index is not None else len(self.text)


def tagged_verbs(tokens: Doc | Span) -> frozenset[int]:
    """Start offsets of verbs and auxiliaries, when the pipeline tags parts of speech."""
    doc = tokens if isinstance(tokens, Doc) else tokens.doc
    if not doc.has_annotation("POS"):
        return frozenset()
    if isinstance(tokens, Doc):  # read off the Doc's arrays, no Token made per word
        rows = doc.to_array([IDX, POS]).tolist()
        return frozenset(start for start, pos in rows if pos in VERB_POS)
    return frozenset(t.idx for t in tokens if t.pos_ in ("VERB", "AUX"))


VERB_POS = frozenset({symbols.VERB, symbols.AUX})


def sentence_regions(doc: Doc, paragraph_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pipeline's sentences, cut at paragraph breaks (a headline has no final stop)."""
    regions = []
    text = doc_text(doc)
    ends = [p_end for _p_start, p_end in paragraph_spans]
    for sentence in doc.sents:
        # paragraphs are in order: start at the first one that ends after the sentence starts
        first = bisect.bisect_right(ends, sentence.start_char)
        for p_start, p_end in itertools.islice(paragraph_spans, first, None):
            if p_start >= sentence.end_char:
                break
            start, end = max(sentence.start_char, p_start), min(sentence.end_char, p_end)
            if start < end:
                regions.append(strip_span(text, start, end))
    regions = [r for r in regions if any(c.isalnum() for c in text[r[0] : r[1]])]
    return _joined_at_abbreviations(text, regions)


def _joined_at_abbreviations(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence break after a dot before a lower-case word is an abbreviation's dot
    ("siger adm. direktør X"): the two regions are one sentence."""
    joined: list[tuple[int, int]] = []
    for start, end in regions:
        if joined:
            previous_start, previous_end = joined[-1]
            between = text[previous_end:start]
            if text[previous_end - 1] == "." and text[start].islower() and "\n" not in between:
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


def position(attribution: Attribution) -> int:
    if attribution.verb_start is not None:
        return attribution.verb_start
    return attribution.start or 0


def in_quote(article: Article, offset: int) -> bool:
    """Whether the offset lies inside a quote candidate: a binary search over the candidates'
    spans, joined where they overlap (asked for every person of every speaker phrase)."""
    key = ("quote_spans", id(article.candidates), len(article.candidates))
    found = article.memo.get(key)
    if found is None:
        spans: list[list[int]] = []
        for start, end in sorted((c.start, c.end) for c in article.candidates):
            if spans and start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        found = article.memo[key] = ([s for s, _ in spans], [e for _, e in spans])
    starts, ends = found
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


def speaker_only(article: Article, start: int, end: int) -> Attribution:
    """An attribution to the words text[start:end] ("Forsvarschefen" before a colon), cut to
    the speaker phrase they begin with ("Trump til Danmark" -> "Trump")."""
    start, end = strip_span(article.text, start, end)
    reader = ClauseReader(article.text, start, end, article.lang, article.verbs)
    phrase_end = reader.speaker_end(0, len(reader.tokens))
    if phrase_end > 0:
        end = reader.tokens[phrase_end - 1].end
    attribution = Attribution(speaker=article.text[start:end], start=start, end=end)
    attach_entity(attribution, article.entities, article.lang, article.doc)
    return attribution


def sentence_start_before(article: Article, position: int) -> int:
    for start, end in article.regions:
        if start <= position < end:
            return start
    paragraph = paragraph_of(article.paragraphs, position)
    return article.paragraphs[paragraph][0] if paragraph is not None else 0


def sentence_end_after(article: Article, position_: int) -> int:
    return next((end for start, end in article.regions if start <= position_ < end), position_)
