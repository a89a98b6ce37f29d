"""Near-duplicate detection (syndicated wire copy) with MinHash over word shingles.

Band keys are plain strings so any engine can join on them: the store keeps them in a table,
the Spark engine joins them as columns. Both then confirm a candidate pair with the signatures'
estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np

NUM_PERM = 128
BANDS = 16  # 16 bands x 8 rows: pairs above ~0.7 Jaccard become candidates
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.8

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's shingles: the values datasketch 2's `MinHash(num_perm=128,
    seed=1)` gives after `update_batch(shingles)` (its default "affine32" scheme), computed here
    with NumPy alone: importing datasketch imports SciPy, a third of a second at every start of
    a process that stores or batches documents. The tests compare the two."""
    a, b = _permutations()
    values = np.full(NUM_PERM, _MAX_HASH32, dtype=np.uint32)
    items = shingles(text)
    if items:
        hashed = np.array([_sha1_hash32(item) for item in items], dtype=np.uint32)
        permuted = _fmix32(hashed).reshape(-1, 1) * a + b  # uint32: wraps around, mod 2^32
        values = np.minimum(values, permuted.min(axis=0))
    return values.astype(np.uint64)


_MAX_HASH32 = np.uint32(0xFFFFFFFF)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine permutations h -> a * h + b mod 2^32 (odd a) for seed 1."""
    generator = np.random.RandomState(1)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _sha1_hash32(data: bytes) -> int:
    """datasketch's `sha1_hash32`: the first four bytes of the SHA-1 digest, little-endian."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")


def _fmix32(values: np.ndarray) -> np.ndarray:
    """The MurmurHash3 finalizer on 32 bits (datasketch mixes each hash with it once)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def band_keys(sig: np.ndarray) -> list[str]:
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band:02d}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)
