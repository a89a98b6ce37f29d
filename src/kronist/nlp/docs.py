"""What the stages ask of a whole parsed document again and again, computed once per Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from functools import wraps
from typing import TypeVar, overload
from weakref import WeakKeyDictionary, ref

import numpy
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


def per_doc(function: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """`function(doc)` computed once for each Doc and kept while the Doc lives. Only for what
    cannot change once the Doc is made (its text, its tokens' texts and spaces)."""
    values: WeakKeyDictionary[Doc, T] = WeakKeyDictionary()

    @wraps(function)
    def once(doc: Doc) -> T:
        value = values.get(doc, _MISSING)  # no exception raised when it is the first time
        if value is _MISSING:
            value = values[doc] = function(doc)
        return value

    return once


def per_span(function: Callable[..., T]) -> Callable[..., T]:
    """`function(span, *args)` computed once for each span of a Doc and arguments, kept while
    the Doc lives. Only for what the finished parse decides and nobody changes afterwards (the
    caller gets the same object every time)."""
    values: WeakKeyDictionary[Doc, dict[tuple, T]] = WeakKeyDictionary()

    @wraps(function)
    def once(span: Span, *args: Hashable) -> T:
        known = values.get(span.doc)
        if known is None:
            known = values[span.doc] = {}
        key = (span.start, span.end, *args)
        value = known.get(key, _MISSING)
        if value is _MISSING:
            value = known[key] = function(span, *args)
        return value

    return once


_MISSING = object()  # no value kept yet


class SpanTokens(Sequence[Token]):
    """A span's tokens as a sequence, each Token made when it is asked for (a stage that scans
    the words' texts asks for few of them). It reaches the Doc through a weak reference, so
    that a value kept for the Doc (`per_span`) may hold it: a list of the Tokens themselves
    would keep the Doc, and every value kept for it, alive for good."""

    def __init__(self, span: Span) -> None:
        self._doc = ref(span.doc)
        self._start = span.start
        self._length = span.end - span.start

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            doc, start = self._doc(), self._start
            return [doc[start + i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("span token index out of range")
        return self._doc()[self._start + index]


@per_doc
def doc_text(doc: Doc) -> str:
    """`doc.text`, which spaCy joins anew from a Token object per word each time it is read:
    joined here once from the token texts and the Doc's array of trailing spaces."""
    spaces = doc.to_array(SPACY).tolist()
    return "".join(
        [
            text + " " if space else text
            for text, space in zip(token_texts(doc), spaces, strict=True)
        ]
    )


def paragraph_number(doc: Doc, offset: int) -> int:
    """How many blank lines ("\\n\\n", counted as `str.count` counts them: left to right, not
    overlapping) stand before the character `offset` of the Doc's text: the number of its
    paragraph. Found by bisection, not by counting the text before it anew for each question
    (quadratic, or worse, on a long article)."""
    return bisect_right(_blank_line_ends(doc), offset)


@per_doc
def _blank_line_ends(doc: Doc) -> list[int]:
    return [match.end() for match in re.finditer("\n\n", doc_text(doc))]


def span_as_doc(span: Span) -> Doc:
    """`span.as_doc()`, from the Doc's array of annotations read once per Doc (spaCy reads
    the whole Doc's array for every span it copies: quadratic time when a long article's
    phrases are copied one by one). spaCy edits the rows it is given, so each copy gets its
    own rows."""
    head, array = _annotation_array(span.doc)
    return span.as_doc(array_head=head, array=array[: span.end].copy())


@per_doc
def _annotation_array(doc: Doc) -> tuple[tuple[int, ...], numpy.ndarray]:
    """What `Span.as_doc` reads of the Doc: its attributes and their array (the parse is
    finished: no stage writes annotations)."""
    head = doc._get_array_attrs()
    return head, doc.to_array(head)


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's text (read once per Doc): spaCy joins a span's text anew
    from its tokens, a Token object made for each, every time it is read."""
    return doc_text(span.doc)[span.start_char : span.end_char]


@per_doc
def token_texts(doc: Doc) -> list[str]:
    """Each token's `text`, read off the Doc's array of forms (no Token made per word)."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


@per_doc
def token_lemmas(doc: Doc) -> list[str]:
    """Each token's `lemma_` (read once the pipeline has set them), off the Doc's array."""
    strings = doc.vocab.strings
    return [strings[lemma] for lemma in doc.to_array(LEMMA).tolist()]


@per_doc
def token_pos(doc: Doc) -> list[str]:
    """Each token's `pos_` ("" where untagged), off the Doc's array."""
    strings = doc.vocab.strings
    return [strings[pos] for pos in doc.to_array(POS).tolist()]


@per_doc
def alpha_or_space(doc: Doc) -> list[list[bool]]:
    """Each token's [`is_alpha`, `is_space`], read for the whole Doc at once."""
    return doc.to_array([IS_ALPHA, IS_SPACE]).astype(bool).tolist()


@per_doc
def token_lowers(doc: Doc) -> list[str]:
    """Each token's `lower_` (reading `doc[i].lower_` makes a Token object every time), read
    off the Doc's array of lowercase forms."""
    strings = doc.vocab.strings
    return [strings[lower] for lower in doc.to_array(LOWER).tolist()]


@per_doc
def punct_or_number(doc: Doc) -> list[bool]:
    """Each token's `is_punct or like_num`, read for the whole Doc at once."""
    return doc.to_array([IS_PUNCT, LIKE_NUM]).any(axis=1).tolist()


@per_doc
def headline_end(doc: Doc) -> int:
    """The index of the token after which a blank line ends the headline (0 when none does)."""
    return next((t.i for t in doc if "\n\n" in t.text_with_ws), 0)


def morph_values(token: Token, field: str) -> list[str]:
    """`token.morph.get(field)` ("Tense" -> ["Past"]), read off the analysis's string form
    ("Tense=Past|VerbForm=Fin") at a tenth of the cost of `get`'s string-store look-ups."""
    for feature in str(token.morph).split("|"):
        name, _, values = feature.partition("=")
        if name == field:
            return values.split(",")
    return []
