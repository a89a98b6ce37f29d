"""Read the shared treebanks and NER files into spaCy Docs and write DocBins for training.

CoNLL-U (UD treebanks) gives words, spaces, lemmas, UPOS, morphology and trees; the Universal NER
IOB2 files give words and PER/ORG/LOC spans (spaces recovered from the `# text` comment).
Sentences are grouped into documents of a few sentences, so that the parser learns where
sentences end.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

SENTS_PER_DOC = 10


@dataclass
class Sentence:
    text: str = ""
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    ner: list[str] = field(default_factory=list)
    comments: dict[str, str] = field(default_factory=dict)  # `# key = value` lines


def _blocks(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _token_columns(block: list[str], sent: Sentence) -> Iterator[list[str]]:
    """The columns of each token line; `# key = value` comments go to `sent.comments`, the
    `# text = ` one to `sent.text` too."""
    for line in block:
        if line.startswith("#"):
            key, sep, value = line[1:].partition(" = ")
            if sep:
                sent.comments[key.strip()] = value
        else:
            yield line.split("\t")
    sent.text = sent.comments.get("text", "")


def read_conllu(path: Path) -> list[Sentence]:
    sentences = []
    for block in _blocks(path):
        sent = Sentence()
        for cols in _token_columns(block, sent):
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword ranges and empty nodes
            sent.words.append(cols[1])
            sent.lemmas.append(cols[2])
            sent.pos.append(cols[3])
            sent.morphs.append("" if cols[5] == "_" else cols[5])
            sent.heads.append(int(cols[6]) - 1 if cols[6] != "0" else int(cols[0]) - 1)
            sent.deps.append("ROOT" if cols[7] == "root" else cols[7])
            sent.spaces.append("SpaceAfter=No" not in cols[9])
        if sent.spaces:
            sent.spaces[-1] = True
        sentences.append(sent)
    return sentences


def read_iob2(path: Path) -> list[Sentence]:
    sentences = []
    for block in _blocks(path):
        sent = Sentence()
        for cols in _token_columns(block, sent):
            sent.words.append(cols[1])
            sent.ner.append(cols[2])
        sent.spaces = spaces_from_text(sent.words, sent.text)
        sentences.append(sent)
    return sentences


def without_word(sentences: list[Sentence], word: str) -> list[Sentence]:
    """NER-only sentences without the tokens `word` (e.g. the NDT's `|` paragraph marks)."""
    kept = []
    for sent in sentences:
        keep = [w != word for w in sent.words]
        if any(keep):
            kept.append(
                replace(
                    sent,
                    words=[w for w, k in zip(sent.words, keep, strict=True) if k],
                    spaces=[s for s, k in zip(sent.spaces, keep, strict=True) if k],
                    ner=[t for t, k in zip(sent.ner, keep, strict=True) if k],
                )
            )
    return kept


def spaces_from_text(words: list[str], text: str) -> list[bool]:
    """Whether each word is followed by a space in `text` (True when it cannot be aligned)."""
    spaces = []
    pos = 0
    for word in words:
        found = text.find(word, pos)
        if found < 0:
            spaces.append(True)
            continue
        pos = found + len(word)
        spaces.append(pos >= len(text) or text[pos].isspace())
    if spaces:
        spaces[-1] = True
    return spaces


def sentence_text(sent: Sentence) -> str:
    """The sentence as written (its words joined by the recorded spaces)."""
    pieces = (
        word + (" " if space else "") for word, space in zip(sent.words, sent.spaces, strict=True)
    )
    return "".join(pieces).strip()


def sentences_to_doc(vocab: Vocab, sentences: list[Sentence], *, trees: bool, ner: bool) -> Doc:
    words, spaces, lemmas, pos, morphs, heads, deps, sent_starts, iob = ([] for _ in range(9))
    for sent in sentences:
        offset = len(words)
        words += sent.words
        spaces += sent.spaces
        sent_starts += [True] + [False] * (len(sent.words) - 1)
        if trees:
            lemmas += sent.lemmas
            pos += sent.pos
            morphs += sent.morphs
            heads += [h + offset for h in sent.heads]
            deps += sent.deps
        if ner:
            iob += sent.ner
    kwargs = {}
    if trees:
        kwargs = dict(lemmas=lemmas, pos=pos, morphs=morphs, heads=heads, deps=deps)
    else:
        kwargs = dict(sent_starts=sent_starts)
    doc = Doc(vocab, words=words, spaces=spaces, **kwargs)
    if trees:
        _unset_missing_morphs(doc)
    if ner:
        doc.ents = _spans_from_iob(doc, iob)
    return doc


def _unset_missing_morphs(doc: Doc) -> None:
    """Tokens without POS get no morph either, so the morphologizer treats them as missing."""
    for token in doc:
        if not token.pos_:
            token.set_morph(None)


def _spans_from_iob(doc: Doc, tags: list[str]) -> list[Span]:
    spans = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and label == tag[2:]
        if start is not None and not inside:
            spans.append(Span(doc, start, i, label=label))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return spans


def group(sentences: list[Sentence], size: int = SENTS_PER_DOC) -> Iterator[list[Sentence]]:
    for i in range(0, len(sentences), size):
        yield sentences[i : i + size]


def to_docbin(
    vocab: Vocab,
    sentences: Iterable[Sentence],
    *,
    trees: bool = False,
    ner: bool = False,
    size: int = SENTS_PER_DOC,
) -> DocBin:
    docbin = DocBin(store_user_data=False)
    for chunk in group(list(sentences), size):
        docbin.add(sentences_to_doc(vocab, chunk, trees=trees, ner=ner))
    return docbin


def without_lemmas(sentences: list[Sentence]) -> list[Sentence]:
    """Foreign-language trees teach tags and syntax; their lemmas would teach foreign endings."""
    for sent in sentences:
        sent.lemmas = [""] * len(sent.words)
    return sentences


def without_tags(sentences: list[Sentence]) -> list[Sentence]:
    """Foreign-language trees teach syntax; their POS and features disturb the Danish tagger."""
    for sent in sentences:
        sent.pos = [""] * len(sent.words)
        sent.morphs = [""] * len(sent.words)
    return sentences


def is_tree(sent: Sentence) -> bool:
    """One root (its own head, labelled ROOT) that every word reaches without a cycle."""
    roots = [i for i, head in enumerate(sent.heads) if head == i]
    if len(roots) != 1 or sent.deps.count("ROOT") != 1 or sent.deps[roots[0]] != "ROOT":
        return False
    for start in range(len(sent.heads)):
        node, steps = start, 0
        while sent.heads[node] != node:
            node, steps = sent.heads[node], steps + 1
            if steps > len(sent.heads) or not 0 <= node < len(sent.heads):
                return False
    return True


def sample(sentences: list[Sentence], n: int | None, seed: int = 0) -> list[Sentence]:
    if n is None or n >= len(sentences):
        return sentences
    return random.Random(seed).sample(sentences, n)
