"""Where the shared corpora are and how they are split into training and held-out parts.

Held-out protocol (see MODEL.md):
- NER trains on Universal NER Danish train (+ dev for the shipped model) and is scored on UNER test.
- Tags, lemmas and trees train on UD Danish DDT dev + the first half of DDT test + Norwegian Bokmål
  + Swedish trees, and are scored on the second half of DDT test, which no component trains on.
- In `tune` mode (for choosing settings), DDT test and UNER test are not used at all: trees train
  on DDT dev + the foreign trees and are scored on the first half of DDT test; NER trains on UNER
  train and is scored on UNER dev.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import spacy

from kronist.evaluation import shared_dir
from kronist.train import corpora

DDT = "ud-danish-ddt/da_ddt-ud-{split}.conllu"
UNER = "uner-danish-ddt/da_ddt-ud-{split}.iob2"
NORWEGIAN = "ud-norwegian-bokmaal/no_bokmaal-ud-{split}.conllu"
SWEDISH = "ud-swedish-talbanken/sv_talbanken-ud-{split}.conllu"


def data_dir(shared: str | Path | None = None) -> Path:
    return shared_dir(shared) / "data"


@dataclass(frozen=True)
class Split:
    """DocBin paths of one training setup."""

    ner_train: Path
    ner_dev: Path
    ner_test: Path
    trees_train: Path
    trees_dev: Path
    trees_test: Path


@dataclass(frozen=True)
class Options:
    mode: str = "final"  # "final" (shipped model) or "tune" (choose settings without test data)
    quick: bool = False
    foreign_trees: tuple[str, ...] = ("no", "sv")
    foreign_lemmas: bool = False
    foreign_tags: bool = False
    danish_weight: int = 3  # Danish trees are repeated this often beside the foreign ones
    quick_sentences: int = 300


def _conllu(root: Path, pattern: str, split: str) -> list[corpora.Sentence]:
    return corpora.read_conllu(root / pattern.format(split=split))


def _iob2(root: Path, split: str) -> list[corpora.Sentence]:
    return corpora.read_iob2(root / UNER.format(split=split))


def ddt_test_halves(root: Path) -> tuple[list[corpora.Sentence], list[corpora.Sentence]]:
    test = _conllu(root, DDT, "test")
    half = len(test) // 2
    return test[:half], test[half:]


def foreign_trees(root: Path, options: Options) -> list[corpora.Sentence]:
    patterns = {"no": NORWEGIAN, "sv": SWEDISH}
    sentences = []
    for lang in options.foreign_trees:
        for split in ("dev", "test"):
            sentences += _conllu(root, patterns[lang], split)
    if not options.foreign_tags:
        sentences = corpora.without_tags(sentences)
    return sentences if options.foreign_lemmas else corpora.without_lemmas(sentences)


def tree_sentences(root: Path, options: Options):
    """(train, dev, test) sentence lists for the tagger, parser and lemmatizer."""
    dev = _conllu(root, DDT, "dev")
    first_half, second_half = ddt_test_halves(root)
    weight = options.danish_weight if options.foreign_trees else 1
    if options.mode == "tune":
        return dev * weight + foreign_trees(root, options), first_half, first_half
    return (dev + first_half) * weight + foreign_trees(root, options), dev, second_half


def ner_sentences(root: Path, options: Options):
    """(train, dev, test) sentence lists for the NER."""
    train, dev = _iob2(root, "train"), _iob2(root, "dev")
    if options.mode == "tune":
        return train, dev, dev
    return train + dev, dev, _iob2(root, "test")


def prepare(
    workdir: Path, shared: str | Path | None, options: Options, parts: tuple[str, ...] = ()
) -> Split:
    """Convert the corpora into DocBins in `workdir` (never in the repository).

    `parts` limits the conversion to some of the Split's fields (default: all)."""
    root = data_dir(shared)
    vocab = spacy.blank("da").vocab
    n = options.quick_sentences if options.quick else None
    split = Split(*(workdir / f"{name}.spacy" for name in Split.__dataclass_fields__))
    ner_train, ner_dev, ner_test = ner_sentences(root, options)
    trees_train, trees_dev, trees_test = tree_sentences(root, options)
    todo = [
        (split.ner_train, corpora.sample(ner_train, n), False, True),
        (split.ner_dev, corpora.sample(ner_dev, n), False, True),
        (split.ner_test, ner_test, False, True),
        (split.trees_train, corpora.sample(trees_train, n), True, False),
        (split.trees_dev, corpora.sample(trees_dev, n), True, False),
        (split.trees_test, trees_test, True, False),
    ]
    workdir.mkdir(parents=True, exist_ok=True)
    wanted = {getattr(split, name) for name in parts} if parts else None
    for path, sentences, trees, ner in todo:
        if wanted is not None and path not in wanted:
            continue
        corpora.to_docbin(vocab, sentences, trees=trees, ner=ner).to_disk(path)
    return split
