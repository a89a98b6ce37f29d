"""Does one analysis cost time linear in the article's length, whatever the article?

    python benchmarks/pathological.py [--chars 20000] [--repeats 3] [--kinds quote_marks,...]

For each generated pathological text (below) the whole pipeline analyses a text of about
`--chars` characters and one four times as long; prints the CPU seconds of each (min of
`--repeats` runs) and their ratio. Linear cost gives a ratio near 4, quadratic near 16.
tests/test_linear_cost.py runs the same texts with a generous bound.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


# Texts of about `chars` characters that once cost super-linear time somewhere in the pipeline.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "quote_marks": lambda n: _repeat("»", n),
    "quoted_sentences": lambda n: _repeat("»Iran angreb« siger Trump. ", n),
    "unclosed_quotes": lambda n: _repeat("»Iran angreb Irak, siger Trump. ", n),
    "straight_quotes": lambda n: _repeat('"Iran angreb" siger "Trump" ', n),
    "dashes": lambda n: _repeat("—", n),
    "speech_dashes": lambda n: _repeat("- Vi angreb Irak, siger Trump.\n", n),
    "unknown_spokesmen": lambda n: _repeat("»Vi angreb Irak,« siger talsmand Ole Bak. ", n),
    "pronoun_speakers": lambda n: _repeat("Anne Lund kom. »Vi angreb Irak,« siger han. ", n),
    "dash_paragraphs": lambda n: _repeat("- Vi angreb Irak.\n\n", n),
    "long_sentence": lambda n: _repeat("og Iran angreb Irak i Bagdad tirsdag ", n),
    "no_spaces": lambda n: _repeat("IranangrebIrakiBagdad", n),
    "paragraphs": lambda n: _repeat("Politiet anholdt 3 demonstranter i Aarhus.\n\n", n),
    "dates_and_numbers": lambda n: _repeat("den 3. marts 2020 blev 12 dræbt og 4 såret, ", n),
}


def cpu_seconds(analyze: Callable[[str], object], text: str, repeats: int) -> float:
    """The least CPU time of `repeats` analyses (the least is the least disturbed by others)."""
    best = float("inf")
    text = text.strip()
    for _ in range(repeats):
        started = time.process_time()
        analyze(text)
        best = min(best, time.process_time() - started)
    return best


def growth(analyze: Callable[[str], object], kind: str, chars: int, repeats: int) -> tuple:
    """(seconds for `chars`, seconds for 4 x `chars`, their ratio)."""
    make = PATHOLOGICAL[kind]
    small = cpu_seconds(analyze, make(chars), repeats)
    large = cpu_seconds(analyze, make(4 * chars), repeats)
    return small, large, large / max(small, 1e-3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--kinds", default=",".join(PATHOLOGICAL))
    args = parser.parse_args()

    from functools import partial

    from kronist.budget import UNLIMITED
    from kronist.pipeline import analyze as analyze_with_budget

    analyze = partial(analyze_with_budget, budget=UNLIMITED)
    analyze("Politiet anholdt tirsdag 3 demonstranter i Aarhus.")  # load the model and lexicons
    print(f"{'text':<20} {'n chars':>8} {'s (n)':>8} {'s (4n)':>8} {'ratio':>6}")
    for kind in args.kinds.split(","):
        small, large, ratio = growth(analyze, kind, args.chars, args.repeats)
        print(f"{kind:<20} {args.chars:>8} {small:>8.2f} {large:>8.2f} {ratio:>6.1f}", flush=True)


if __name__ == "__main__":
    main()
