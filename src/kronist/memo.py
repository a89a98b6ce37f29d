"""Answers to pure questions kept by their key, for questions asked again and again (the same
word forms in every sentence), with a bound on how many are kept: a long batch meets ever new
words, so once `limit` answers are kept they are dropped and kept afresh."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

LIMIT = 50_000


class Memo(dict[K, V]):
    def __init__(self, limit: int = LIMIT) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: K, value: V) -> V:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
