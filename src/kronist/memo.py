"""Answers to pure questions kept by their key, for questions asked again and again (the same
word forms in every sentence), with a bound on how many are kept: a long batch meets ever new
words, so once `limit` answers are kept they are dropped and kept afresh."""

from __future__ import annotations

from typing import TypeVar
from weakref import ref

K = TypeVar("K")
V = TypeVar("V")

LIMIT = 50_000

_ALL: list[ref[Memo]] = []  # every memo made, to forget them all at once


MISSING: object = object()  # `memo.get(key, MISSING)`: no answer kept yet (None may be one)


class Memo(dict[K, V]):
    def __init__(self, limit: int = LIMIT) -> None:
        super().__init__()
        self.limit = limit
        _ALL.append(ref(self))

    def keep(self, key: K, value: V) -> V:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


def forget_all() -> None:
    """Drop every memo's answers (benchmarks: each run meets the words for the first time)."""
    alive = [memo for memo in (r() for r in _ALL) if memo is not None]
    for memo in alive:
        memo.clear()
    _ALL[:] = [ref(memo) for memo in alive]
