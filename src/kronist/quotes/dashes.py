"""Dash-led direct speech: a paragraph beginning "- ", "– " or "— " is a quote running to the
end of the paragraph or up to its speech tag (", sagde han.", ", lyder det fra X.",
". Det siger X.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kronist.quotes.attribution import Attribution, ClauseReader, tail_at
from kronist.quotes.text import sentence_end, strip_span

DASH_START_RE = re.compile(r"(?:-\s+|[–—]\s*)(?=\S)")
TAIL_START_RE = re.compile(r"[,?!…](?=\s)|[.!?](?=\s+\w)")
CONTINUATION_RE = re.compile(r"[:.!?]\s*[-–—]\s+(?=\S)")
# a dash line glued to the paragraph before it: after a line break, or after the end of a
# sentence, a spaced dash before a capital ("... anholdt.\n- Vi efterforsker ...")
GLUED_DASH_RE = re.compile(r"(?:\n[ \t]*|(?<=[.!?])[ \t]+)[-–—][ \t]+(?=[A-ZÆØÅ])")
SENTENCE_FINAL = tuple(".!?…»«\"”'’")
MIN_UNTAGGED_WORDS = 3


@dataclass
class DashQuote:
    start: int
    end: int
    paragraph: int
    tail: Attribution | None = None
    punctuated: bool = False  # ends like a sentence (so not a bullet point)
    words: int = 0


def find_dash_quotes(
    text: str,
    paragraph_spans: list[tuple[int, int]],
    lang: str = "da",
    verbs: frozenset[int] = frozenset(),
) -> list[DashQuote]:
    quotes: list[DashQuote] = []
    for index, (start, end) in enumerate(paragraph_spans):
        match = DASH_START_RE.match(text, start, end) or GLUED_DASH_RE.search(text, start, end)
        if match:
            quotes += quotes_in_paragraph(text, match.end(), end, index, lang, verbs)
    tagged = {q.paragraph for q in quotes if q.tail is not None}
    return [q for q in quotes if is_speech(q, tagged)]


def quotes_in_paragraph(
    text: str, start: int, end: int, index: int, lang: str, verbs: frozenset[int]
) -> list[DashQuote]:
    """The dash quote from `start`, and any dash quote that follows its tag ("..., siger hun
    og tilføjer: - ..."); an untagged last one takes the tag before it. A loop, not recursion:
    a paragraph may hold thousands of them."""
    quotes: list[DashQuote] = []
    previous_tail = None
    while True:
        tail_start, tail = find_tail(text, start, end, lang, verbs)
        if tail is None:
            quotes.append(make_quote(text, start, end, index, previous_tail))
            return quotes
        quote_end = tail_start + 1 if text[tail_start] in "?!…." else tail_start
        quotes.append(make_quote(text, start, quote_end, index, tail))
        more = CONTINUATION_RE.search(text, tail_start + 1, end)
        if more is None:
            return quotes
        start, previous_tail = more.end(), tail


def make_quote(text: str, start: int, end: int, index: int, tail: Attribution | None) -> DashQuote:
    start, end = strip_span(text, start, end)
    words = text[start:end]
    return DashQuote(start, end, index, tail, words.endswith(SENTENCE_FINAL), len(words.split()))


def find_tail(
    text: str, start: int, end: int, lang: str, verbs: frozenset[int]
) -> tuple[int, Attribution | None]:
    """Where the speech tag of a dash quote starts, and what it says."""
    for match in TAIL_START_RE.finditer(text, start, end):
        position = match.start()
        if text[position] == "." and not starts_tagged_sentence(text, position + 1, end, lang):
            continue
        tail = tail_at(text, position, end, lang, verbs)
        if tail is not None and (tail.speaker or tail.verb):
            return position, tail
    return end, None


def starts_tagged_sentence(text: str, start: int, end: int, lang: str) -> bool:
    """ "Det siger X." / "Sådan lyder det fra X." — a sentence that only tags speech."""
    reader = ClauseReader(text, start, sentence_end(text, start, end), lang)
    return reader.is_kind(0, "inversion") and reader.is_speech_verb(1)


def is_speech(quote: DashQuote, tagged_paragraphs: set[int]) -> bool:
    """Tagged or sentence-like dash paragraphs are speech; bare bullet points are not, unless
    they stand in a run of speech paragraphs (next to a paragraph with a tagged quote)."""
    if quote.tail is not None:
        return True
    if quote.paragraph - 1 in tagged_paragraphs or quote.paragraph + 1 in tagged_paragraphs:
        return True
    return quote.punctuated and quote.words >= MIN_UNTAGGED_WORDS
