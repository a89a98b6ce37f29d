"""Words per second of the shipped Danish pipeline on one thread.

    python benchmarks/nlp_speed.py [--words 50000] [--shared ../shared] [--model DIR]
    python benchmarks/nlp_speed.py --compare OLD_MODEL_DIR [--rounds 5]

Text: the shared dev articles when present (read at run time, never copied), else sentences
written here, repeated. Prints words/s (tokens per second) for the whole pipeline. With
`--compare`, the shipped (or `--model`) pipeline and the one in OLD_MODEL_DIR run in turns on the
same text, several rounds each, and the min/median words/s of both and their ratio are printed.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import statistics  # noqa: E402
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


def load(model: str | None):
    import spacy

    from kronist.nlp import customize, load_pipeline

    return customize(spacy.load(model), "da") if model else load_pipeline("da")


def words_per_second(nlp, texts: list[str]) -> float:
    started = time.perf_counter()
    n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return n_words / (time.perf_counter() - started)


def side_by_side(pipelines: dict, texts: list[str], rounds: int) -> None:
    """Each pipeline in turn, `rounds` times, so both see the same machine load."""
    speeds: dict[str, list[float]] = {name: [] for name in pipelines}
    for _ in range(rounds):
        for name, nlp in pipelines.items():
            speeds[name].append(words_per_second(nlp, texts))
    for name, values in speeds.items():
        print(
            f"{name}: min {min(values):,.0f}  median {statistics.median(values):,.0f} words/s"
            f"  ({rounds} rounds, 1 thread)"
        )
    new, old = (statistics.median(values) for values in speeds.values())
    print(f"ratio new/old (medians): {new / old:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--shared", default=os.environ.get("KRONIST_SHARED"))
    parser.add_argument("--model", default=None, help="a model folder instead of the shipped one")
    parser.add_argument("--compare", default=None, help="a second model folder, run in turns")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    shared = Path(args.shared) if args.shared else Path(__file__).resolve().parents[2] / "shared"

    nlp = load(args.model)
    texts = sample_texts(shared, args.words)
    print(f"pipeline {nlp.meta.get('name')} {nlp.pipe_names}")
    if args.compare:
        old = load(args.compare)
        for pipeline in (nlp, old):
            list(pipeline.pipe(texts[:20]))  # warm-up
        side_by_side({"new": nlp, f"old ({args.compare})": old}, texts, args.rounds)
        return
    list(nlp.pipe(texts[:20]))  # warm-up
    speed = words_per_second(nlp, texts)
    print(f"{speed:,.0f} words/s (1 thread)")


if __name__ == "__main__":
    main()
