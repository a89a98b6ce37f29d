"""kronist.dedup's MinHash is datasketch 2's (MinHash(num_perm=128, seed=1), "affine32"), made
with NumPy alone: the signatures the store and the batch keep must not change."""

from __future__ import annotations

import random

import numpy as np
import pytest

from kronist import dedup

TEXT = "Politiet anholdt tirsdag to mænd i Aarhus. »Vi efterforsker sagen«, siger politiet."
VOCABULARY = "politiet anholdt tirsdag to mænd i aarhus vi efterforsker sagen siger Æblet øen å"
WORDS = VOCABULARY.split()


def texts() -> list[str]:
    rng = random.Random(18)
    sizes = [0, 1, 2, 4, 5, 6, 9, 40, 400, 3000]
    return [" ".join(rng.choice(WORDS) for _ in range(size)) for size in sizes for _ in range(3)]


def test_the_signature_is_the_one_kept_in_stores():
    signature = dedup.signature(TEXT)
    assert signature.dtype == np.uint64 and len(signature) == dedup.NUM_PERM
    assert signature[:4].tolist() == [600112965, 406321072, 42024649, 266065815]
    assert dedup.band_keys(signature)[:2] == ["00:adbc79e3cf0e66ad", "01:680087ff920803f6"]
    assert dedup.signature("").tolist() == [2**32 - 1] * dedup.NUM_PERM


@pytest.mark.parametrize("text", texts())
def test_the_signature_is_datasketchs(text):
    datasketch = pytest.importorskip("datasketch")
    minhash = datasketch.MinHash(num_perm=dedup.NUM_PERM, seed=1)
    minhash.update_batch(list(dedup.shingles(text)))
    assert dedup.signature(text).tolist() == minhash.hashvalues.astype(np.uint64).tolist()
