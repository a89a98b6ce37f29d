"""Pipeline pieces that kronist adds at load time, around the trained components.

- `kronist_sentence_hints` (before the parser): a blank line always starts a sentence; no
  sentence starts after an abbreviation that never ends a sentence ("kl.", "bl.a."), after an
  ordinal followed by a lowercase word ("31. december"), right after an opening quote mark,
  at a closing quote mark attached to the word before it, or at a lowercase word that does not
  follow sentence-final punctuation. The parser respects these preset
  boundaries and decides all others.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kronist.memo import Memo
from kronist.nlp.lemmas import LemmaLexicon, lemma_lexicon
from kronist.nlp.tokenizer import inner_abbreviations


@dataclass(frozen=True)
class _Tokens:
    """The token texts and whitespace of a Doc as lists: the hints ask about each token and its
    neighbours several times, and every `doc[i]` makes a new Token object."""

    text: list[str]
    space: list[str]  # whitespace after the token
    is_space: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        strings = doc.vocab.strings
        readings = doc.to_array([ORTH, SPACY, IS_SPACE]).tolist()  # no Token made per word
        return cls(
            text=[strings[orth] for orth, _, _ in readings],
            space=[" " if space else "" for _, space, _ in readings],
            is_space=[bool(is_space) for _, _, is_space in readings],
        )

    def gap_before(self, i: int) -> str:
        """The whitespace between token i and the previous non-space token."""
        gap = ""
        j = i - 1
        while j >= 0 and self.is_space[j]:
            gap = self.text[j] + self.space[j] + gap
            j -= 1
        return (self.space[j] if j >= 0 else "") + gap


OPENING_QUOTES = frozenset({"»", "„", "“", '"', "‘"})
CLOSING_QUOTES = frozenset({"«", "”", "“", '"', "’"})
SENTENCE_END = frozenset({".", "!", "?", ":", "…", "..."})


def _cannot_start_sentence(tokens: _Tokens, i: int, inner: frozenset[str]) -> bool:
    prev, prev_space, text = tokens.text[i - 1], tokens.space[i - 1], tokens.text[i]
    if prev in inner or prev.lower() in inner:
        return True
    if prev in OPENING_QUOTES and not prev_space:
        return True  # "»Vi har …": the quote mark opens the sentence that follows it
    if text in CLOSING_QUOTES and not prev_space:
        return True  # "… tæt.«": the closing mark ends the sentence before it
    # a lowercase word after a comma, a word or an ordinal ("31. december") continues the sentence
    return text[:1].islower() and prev not in SENTENCE_END


# A sentence longer than this many tokens is cut (at its last sentence-final mark, else its last
# comma): text without sentence ends (lists, tables, runaway quotes) would otherwise make one
# sentence of a whole article, and the event stage's work per sentence grows with its length.
MAX_SENTENCE_TOKENS = 200
SOFT_BREAKS = frozenset({";", ","})


@Language.component("kronist_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    if len(doc) < 2:
        return doc
    inner = inner_abbreviations(doc.lang_)
    tokens = _Tokens.of(doc)
    starts: list[bool | None] = [doc[0].is_sent_start] + [
        _sentence_start_hint(tokens, i, inner) for i in range(1, len(doc))
    ]
    _bound_sentence_length(tokens, starts)
    _set_sentence_starts(doc, starts)
    return doc


def _sentence_start_hint(tokens: _Tokens, i: int, inner: frozenset[str]) -> bool | None:
    """True or False where kronist knows whether token i starts a sentence, None elsewhere."""
    if tokens.is_space[i]:
        return False
    if tokens.is_space[i - 1] and tokens.gap_before(i).count("\n") >= 2:
        return True  # a blank line (only space tokens hold line breaks)
    if _cannot_start_sentence(tokens, i, inner):
        return False
    if _after_quoted_sentence_end(tokens, i):
        return True
    return None


def _bound_sentence_length(tokens: _Tokens, starts: list[bool | None]) -> None:
    """Preset a sentence start wherever MAX_SENTENCE_TOKENS tokens pass without one."""
    last_start = 0
    best_break, best_rank = None, 0
    for i in range(1, len(starts)):
        if starts[i]:
            last_start, best_break, best_rank = i, None, 0
            continue
        if starts[i] is None:
            rank = _break_rank(tokens, i)
            if rank >= best_rank:
                best_break, best_rank = i, rank
        if i - last_start >= MAX_SENTENCE_TOKENS:
            cut = best_break if best_break is not None and best_break > last_start else i
            starts[cut] = True
            last_start, best_break, best_rank = cut, None, 0


def _break_rank(tokens: _Tokens, i: int) -> int:
    """How good a place the start of token i is to cut an over-long sentence."""
    prev = i - 1
    if tokens.is_space[prev] and i >= 2:
        prev = i - 2
    if tokens.text[prev] in SENTENCE_END:
        return 3
    if tokens.text[prev] in SOFT_BREAKS:
        return 2
    return 1 if tokens.space[prev] or tokens.is_space[i - 1] else 0


def _set_sentence_starts(doc: Doc, starts: list[bool | None]) -> None:
    """Write all hints at once: setting Token.is_sent_start one by one costs a scan of the
    whole document each time (spaCy checks for a parse), quadratic on long documents."""
    values = numpy.array([{True: 1, False: -1, None: 0}[s] for s in starts], dtype="int64")
    doc.from_array([SENT_START], values.astype("uint64"))


def _after_quoted_sentence_end(tokens: _Tokens, i: int) -> bool:
    """ "… tæt.« Derefter gik han": a capitalised word after a closing quote mark that follows
    a full stop, question or exclamation mark starts a sentence."""
    if i < 2 or not tokens.text[i][:1].isupper():
        return False
    quote, end = tokens.text[i - 1], tokens.text[i - 2]
    return quote in CLOSING_QUOTES and end in {".", "!", "?"} and not tokens.space[i - 2]


# --- lemmas -----------------------------------------------------------------------------------

OPEN_CLASSES = frozenset({"NOUN", "VERB", "ADJ", "AUX"})
NAME_CLASSES = frozenset({"PROPN", "X", "SYM"})


@Language.component("kronist_lemma_fixes")
def lemma_fixes(doc: Doc) -> Doc:
    """Correct the trained lemmatizer with spaCy's Danish lemma table and kronist's exceptions.

    Open-class words whose predicted lemma is no known Danish lemma take the table's lemma;
    capitalised common words (sentence-initial "Demonstranterne") get a lowercase lemma; proper
    names keep their spelling ("Israel", not "israel").
    """
    lang = doc.lang_
    lexicon = lemma_lexicon(lang)
    changes = _lemma_changes(lang)
    strings = doc.vocab.strings
    readings = doc.to_array([ORTH, LOWER, POS, LEMMA]).tolist()  # no Token made per word
    for i, reading in enumerate(readings):
        key = tuple(reading)
        change = changes.get(key)
        if change is None:
            text, lower, pos, predicted = (strings[value] for value in reading)
            lemma = fixed_lemma(text, lower, pos, predicted, lexicon)
            change = changes.keep(key, "" if lemma == predicted else lemma)
        if change:  # writing a lemma stores its string anew: only a changed one is written
            doc[i].lemma_ = change
    return doc


@cache
def _lemma_changes(lang: str) -> Memo[tuple[int, ...], str]:
    """(form, lowercase form, part of speech, predicted lemma), as string-store keys -> the lemma
    to write instead, "" to keep the predicted one: the same words come again and again."""
    return Memo()


def fixed_lemma(text: str, lower: str, pos: str, predicted: str, lexicon: LemmaLexicon) -> str:
    """The lemma a token (its text, lowercase text, part of speech, predicted lemma) should have."""
    exception = lexicon.exceptions.get(text) or lexicon.exceptions.get(lower)
    if exception:
        return exception
    lemma = predicted or text
    if pos in OPEN_CLASSES and not lexicon.is_lemma(lemma):
        lemma = lexicon.lookup(text) or lemma
    if pos not in NAME_CLASSES and text.istitle():
        lemma = lemma.lower()
    if pos == "PROPN" and lemma.lower() == lower:
        lemma = text
    return lemma
