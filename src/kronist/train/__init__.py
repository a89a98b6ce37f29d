"""Offline training of kronist's own linguistic pipeline (`kronist train da`).

`train()` rebuilds `kronist/models/da/` from the shared corpora; `evaluate_model()` scores the
shipped model on the held-out data; `entity_recall()` checks it against the dev gold entities.
"""

from __future__ import annotations

from kronist.train.run import train

__all__ = ["entity_recall", "evaluate_model", "train"]


def evaluate_model(lang: str = "da", shared=None) -> dict:
    from kronist.train.scoring import evaluate_model as _evaluate

    return _evaluate(lang, shared)


def entity_recall(shared=None, lang: str = "da", verbose: bool = True) -> dict:
    from kronist.train.scoring import entity_recall as _recall

    return _recall(shared, lang, verbose)
