"""De-duplication of a batch by the store's rules, so a batch and `Store.add` agree.

Taken in input order, as `Store.add` takes documents one after another:
- a document with the same content hash as an earlier one is an exact duplicate: not kept;
- a document whose id an earlier, different document already has is not kept (the store would
  refuse it);
- among the earlier kept documents sharing a MinHash band key with it, the one with the highest
  estimated Jaccard similarity >= `dedup.THRESHOLD` (the earliest on a tie) is its best copy; the
  document is linked to that copy's first copy (`duplicate_of`), with the similarity to the best.

`InputOrderDedup` applies these rules one document at a time (the local engine); the Spark engine
computes the same best copies with a join on band keys and follows the links to the first copy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np

from kronist import dedup
from kronist.batch.tables import error_record


@dataclass(frozen=True)
class Decision:
    keep: bool
    duplicate_of: str | None = None
    similarity: float | None = None
    error: dict[str, Any] | None = None  # the errors row of a document not kept


def exact_duplicate_error(
    order: tuple[int, int], path: str | None, doc_id: str, first_id: str
) -> dict[str, Any]:
    reason = f"same text as document {first_id} (exact duplicate): not kept"
    return error_record(order, path, "dedup", reason, doc_id, fatal=False)


def id_conflict_error(order: tuple[int, int], path: str | None, doc_id: str) -> dict[str, Any]:
    reason = f"id {doc_id} is already used by a document with other text: not kept"
    return error_record(order, path, "dedup", reason, doc_id, fatal=True)


class InputOrderDedup:
    """Decide, document after document in input order, what the store would do with each."""

    def __init__(self) -> None:
        self._first_by_hash: dict[str, str] = {}
        self._ids: set[str] = set()
        self._buckets: dict[str, list[int]] = defaultdict(list)
        self._signatures: list[np.ndarray] = []
        self._first_copies: list[str] = []  # per kept document: its duplicate_of, or its own id

    def decide(
        self,
        doc_id: str,
        content_hash: str,
        minhash: bytes,
        band_keys: list[str],
        order: tuple[int, int],
        path: str | None = None,
    ) -> Decision:
        if (first := self._first_by_hash.get(content_hash)) is not None:
            return Decision(False, error=exact_duplicate_error(order, path, doc_id, first))
        if doc_id in self._ids:
            return Decision(False, error=id_conflict_error(order, path, doc_id))
        signature = dedup.from_bytes(minhash)
        best, score = self._best_copy(signature, band_keys)
        duplicate_of = self._first_copies[best] if best is not None else None
        self._remember(doc_id, content_hash, signature, band_keys, duplicate_of)
        return Decision(True, duplicate_of, score)

    def _best_copy(
        self, signature: np.ndarray, band_keys: list[str]
    ) -> tuple[int | None, float | None]:
        candidates = sorted({i for key in band_keys for i in self._buckets.get(key, ())})
        best, best_score = None, None
        for index in candidates:  # input order: the earliest wins a tie
            score = dedup.similarity(signature, self._signatures[index])
            if score >= dedup.THRESHOLD and (best_score is None or score > best_score):
                best, best_score = index, score
        return best, best_score

    def _remember(
        self,
        doc_id: str,
        content_hash: str,
        signature: np.ndarray,
        band_keys: list[str],
        duplicate_of: str | None,
    ) -> None:
        index = len(self._signatures)
        self._first_by_hash[content_hash] = doc_id
        self._ids.add(doc_id)
        self._signatures.append(signature)
        self._first_copies.append(duplicate_of or doc_id)
        for key in band_keys:
            self._buckets[key].append(index)
