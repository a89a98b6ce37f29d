"""Silver trees: a teacher pipeline annotates sentences that have words but no trees.

The Universal NER Danish train sentences are the DDT train text, whose trees are not available.
A teacher (the trees-only pipeline of `trees.cfg`, trained on the gold trees) gives each of them
POS, morphology, a dependency tree and a lemma, so that the joint model's shared tok2vec, tagger
and parser learn from five times more Danish text. The sentence boundaries stay the given ones.

With several teachers (trained alike from different seeds), a sentence keeps its silver tree
only where the teachers agree on enough of its labelled attachments, and a word keeps its silver
tag, features and lemma only where all teachers agree (`consensus`); the other sentences keep
their entities alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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


def consensus(
    annotations: list[list[Sentence]], threshold: float
) -> tuple[list[Sentence], list[int]]:
    """The first teacher's sentences on which all teachers agree, and the indices of the rest.

    `annotations[k][i]` is teacher k's analysis of sentence i. A sentence is kept when each other
    teacher agrees with the first on at least `threshold` of its labelled attachments; in a kept
    sentence, tags, features and lemmas on which the teachers differ are left blank (unknown)."""
    kept, rest = [], []
    for index, versions in enumerate(zip(*annotations, strict=True)):
        first, others = versions[0], versions[1:]
        if all(arc_agreement(first, other) >= threshold for other in others):
            kept.append(_agreed_labels(first, others))
        else:
            rest.append(index)
    return kept, rest


def arc_agreement(a: Sentence, b: Sentence) -> float:
    """Share of words with the same head and relation in both analyses."""
    same = sum(arc == other for arc, other in zip(_arcs(a), _arcs(b), strict=True))
    return same / max(len(a.words), 1)


def _arcs(sent: Sentence) -> list[tuple[int, str]]:
    return list(zip(sent.heads, sent.deps, strict=True))


def _agreed_labels(first: Sentence, others: tuple[Sentence, ...]) -> Sentence:
    versions = (first, *others)
    tags_agree = _all_equal(*(list(zip(v.pos, v.morphs, strict=True)) for v in versions))
    lemmas_agree = _all_equal(*(v.lemmas for v in versions))
    return replace(
        first,
        pos=_blank_unless(first.pos, tags_agree),
        morphs=_blank_unless(first.morphs, tags_agree),
        lemmas=_blank_unless(first.lemmas, lemmas_agree),
    )


def _all_equal(*columns: list) -> list[bool]:
    return [len(set(values)) == 1 for values in zip(*columns, strict=True)]


def _blank_unless(values: list[str], keep: list[bool]) -> list[str]:
    return [value if ok else "" for value, ok in zip(values, keep, strict=True)]


def label(
    teachers: Sequence[Language], sentences: list[Sentence], threshold: float
) -> tuple[list[Sentence], list[Sentence]]:
    """(silver-labelled sentences the teachers agree on, the other sentences unchanged)."""
    kept, rest = consensus([annotate(teacher, sentences) for teacher in teachers], threshold)
    return kept, [sentences[index] for index in rest]
