"""Pipeline pieces that kronist adds at load time, around the trained components.

- `kronist_sentence_hints` (before the parser): a blank line always starts a sentence; no
  sentence starts after an abbreviation that never ends a sentence ("kl.", "bl.a."), after an
  ordinal followed by a lowercase word ("31. december"), right after an opening quote mark,
  at a closing quote mark attached to the word before it, or at a lowercase word that does not
  follow sentence-final punctuation. The parser respects these preset
  boundaries and decides all others.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kronist.nlp.lemmas import LemmaLexicon, lemma_lexicon
from kronist.nlp.tokenizer import inner_abbreviations


def _gap_before(doc: Doc, i: int) -> str:
    """The whitespace between token i and the previous non-space token."""
    gap = ""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        gap = doc[j].text_with_ws + gap
        j -= 1
    return (doc[j].whitespace_ if j >= 0 else "") + gap


OPENING_QUOTES = frozenset({"»", "„", "“", '"', "‘"})
CLOSING_QUOTES = frozenset({"«", "”", "“", '"', "’"})
SENTENCE_END = frozenset({".", "!", "?", ":", "…", "..."})


def _cannot_start_sentence(prev: Token, token: Token, inner: frozenset[str]) -> bool:
    if prev.text in inner or prev.text.lower() in inner:
        return True
    if prev.text in OPENING_QUOTES and not prev.whitespace_:
        return True  # "»Vi har …": the quote mark opens the sentence that follows it
    if token.text in CLOSING_QUOTES and not prev.whitespace_:
        return True  # "… tæt.«": the closing mark ends the sentence before it
    # a lowercase word after a comma, a word or an ordinal ("31. december") continues the sentence
    return token.text[:1].islower() and prev.text not in SENTENCE_END


@Language.component("kronist_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    inner = inner_abbreviations(doc.lang_)
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False
        elif _gap_before(doc, token.i).count("\n") >= 2:
            token.is_sent_start = True
        elif _cannot_start_sentence(prev, token, inner):
            token.is_sent_start = False
        elif _after_quoted_sentence_end(doc, token):
            token.is_sent_start = True
    return doc


def _after_quoted_sentence_end(doc: Doc, token: Token) -> bool:
    """ "… tæt.« Derefter gik han": a capitalised word after a closing quote mark that follows
    a full stop, question or exclamation mark starts a sentence."""
    if token.i < 2 or not token.text[:1].isupper():
        return False
    quote, end = doc[token.i - 1], doc[token.i - 2]
    return quote.text in CLOSING_QUOTES and end.text in {".", "!", "?"} and not end.whitespace_


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
    lexicon = lemma_lexicon(doc.lang_)
    for token in doc:
        token.lemma_ = fixed_lemma(token, lexicon)
    return doc


def fixed_lemma(token: Token, lexicon: LemmaLexicon) -> str:
    exception = lexicon.exceptions.get(token.text) or lexicon.exceptions.get(token.lower_)
    if exception:
        return exception
    lemma = token.lemma_ or token.text
    if token.pos_ in OPEN_CLASSES and not lexicon.is_lemma(lemma):
        lemma = lexicon.lookup(token.text) or lemma
    if token.pos_ not in NAME_CLASSES and token.text.istitle():
        lemma = lemma.lower()
    if token.pos_ == "PROPN" and lemma.lower() == token.lower_:
        lemma = token.text
    return lemma
