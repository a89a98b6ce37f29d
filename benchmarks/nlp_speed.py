"""Words per second of the shipped Danish pipeline on one thread.

    python benchmarks/nlp_speed.py [--words 50000] [--shared ../shared]

Text: the shared dev articles when present (read at run time, never copied), else sentences
written here, repeated. Prints words/s (tokens per second) for the whole pipeline.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

WRITTEN = [
    "Statsminister Mette Frederiksen mødte mandag NATO's generalsekretær i Bruxelles.",
    "- Vi står sammen med Ukraine, sagde hun bl.a. på et pressemøde kl. 14.",
    "Ifølge politiet blev ca. 1.200 demonstranter samlet på Rådhuspladsen i København.",
    "Regeringen vil bruge 3,5 mia. kr. på forsvaret frem til 31. december 2030.",
    "Militsen Kataib Hizbollah angreb USA's ambassade i Bagdad, oplyser det irakiske militær.",
    "»Det er en alvorlig situation,« siger forsvarsministeren til Ritzau.",
]


def sample_texts(shared: Path | None, words: int) -> list[str]:
    paragraphs = []
    articles = shared / "dev" / "articles" if shared else None
    if articles and articles.is_dir():
        for path in sorted(articles.glob("*.txt")):
            paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    paragraphs = paragraphs or [" ".join(WRITTEN)]
    texts, count = [], 0
    while count < words:
        for paragraph in paragraphs:
            texts.append(paragraph)
            count += len(paragraph.split())
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--shared", default=os.environ.get("KRONIST_SHARED"))
    parser.add_argument("--model", default=None, help="a model folder instead of the shipped one")
    args = parser.parse_args()
    shared = Path(args.shared) if args.shared else Path(__file__).resolve().parents[2] / "shared"

    import spacy

    from kronist.nlp import customize, load_pipeline

    nlp = customize(spacy.load(args.model), "da") if args.model else load_pipeline("da")
    texts = sample_texts(shared, args.words)
    list(nlp.pipe(texts[:20]))  # warm-up
    started = time.perf_counter()
    n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - started
    print(f"pipeline {nlp.meta.get('name')} {nlp.pipe_names}")
    print(f"{n_words} tokens in {seconds:.1f} s: {n_words / seconds:,.0f} words/s (1 thread)")


if __name__ == "__main__":
    main()
