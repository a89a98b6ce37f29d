"""Documents/second for `kronist ingest` into SQLite on a generated corpus.

python benchmarks/ingest_speed.py [--documents 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from kronist.ingest import ReadError, read_paths  # noqa: E402
from kronist.nlp import load_pipeline  # noqa: E402
from kronist.pipeline import analyze  # noqa: E402
from kronist.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", args.documents)
        store = Store(str(Path(tmp) / "bench.db"))
        load_pipeline("da")  # loading the model is not ingest work
        analyze("Opvarmning af pipelinen.")
        words = 0
        started = time.perf_counter()
        for item in read_paths([corpus]):
            if isinstance(item, ReadError):
                continue
            words += len(item.full_text.split())
            store.add(analyze(item))
        elapsed = time.perf_counter() - started
        stats = store.stats()
    print(f"ingest into SQLite: {stats['documents']} documents, {words} words, {elapsed:.1f} s")
    print(f"documents/second: {stats['documents'] / elapsed:.1f}")
    print(f"words/second: {words / elapsed:.0f}")
    print(f"events stored: {stats['events']}, quotes: {stats['quotes']}")


if __name__ == "__main__":
    main()
