"""Silver trees: a teacher pipeline annotates sentences that have words but no trees.

The Universal NER Danish train sentences are the DDT train text, whose trees are not available.
A teacher (the trees-only pipeline of `trees.cfg`, trained on the gold trees) gives each of them
POS, morphology, a dependency tree and a lemma, so that the joint model's shared tok2vec, tagger
and parser learn from five times more Danish text. The sentence boundaries stay the given ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kronist.nlp import components  # noqa: F401  (registers kronist_lemma_fixes)
from kronist.train.corpora import Sentence

LEMMA_FIXES = "kronist_lemma_fixes"


def prepare_teacher(nlp: Language) -> Language:
    """The teacher tags, parses and lemmatizes (with kronist's lemma fixes), without entities."""
    for name in ("ner", "entity_ruler"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    if "trainable_lemmatizer" in nlp.pipe_names and LEMMA_FIXES not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_FIXES, after="trainable_lemmatizer")
    return nlp


def annotate(teacher: Language, sentences: list[Sentence]) -> list[Sentence]:
    """Copies of `sentences` with the teacher's tags, trees and lemmas (entities kept)."""
    docs = teacher.pipe(_one_sentence_docs(teacher, sentences), batch_size=64)
    return [_with_analysis(sent, doc) for sent, doc in zip(sentences, docs, strict=True)]


def _one_sentence_docs(nlp: Language, sentences: list[Sentence]) -> Iterator[Doc]:
    for sent in sentences:
        doc = Doc(nlp.vocab, words=sent.words, spaces=sent.spaces)
        for token in doc:
            token.is_sent_start = token.i == 0  # the parser keeps preset boundaries
        yield doc


def _with_analysis(sent: Sentence, doc: Doc) -> Sentence:
    return replace(
        sent,
        lemmas=[token.lemma_ for token in doc],
        pos=[token.pos_ for token in doc],
        morphs=[str(token.morph) for token in doc],
        heads=[token.head.i for token in doc],
        deps=[token.dep_ for token in doc],
    )
