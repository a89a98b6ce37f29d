"""The events kronist codes in single newspaper sentences of a treebank: a hunt for false events.

    python eval/treebank_events.py [FILE.conllu ...] [--limit N]

Reads the `# text =` lines of CoNLL-U files (by default the UD Danish DDT dev/test and the silver
train trees in `../shared/data`, read at run time, never stored), analyses each sentence as an
article of its own and prints one tab-separated line per coded event: type, mode, actor and
recipient (country/sector), the event's words and the sentence. There is no gold: reading the list
shows the kinds of words kronist takes for events where a newspaper told none ("verdens mest
komplette angriber" is a striker).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_FILES = (
    SHARED / "ud-danish-ddt" / "da_ddt-ud-dev.conllu",
    SHARED / "ud-danish-ddt" / "da_ddt-ud-test.conllu",
    SHARED / "ddt-native-cdt" / "da_ddt-ud-train.silver-from-native.conllu",
)
PUBLISHED = "1995-06-15"  # the DDT's texts are newspapers of the 1980s-90s


def sentence_texts(path: Path) -> Iterator[str]:
    """The text of each sentence of a CoNLL-U file (its `# text =` comment)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# text = "):
                yield line[len("# text = ") :].strip()


def event_rows(sentences: Iterable[str], published: str = PUBLISHED) -> Iterator[list[str]]:
    """One row per event coded in each sentence analysed alone."""
    from kronist.pipeline import analyze

    for sentence in sentences:
        for event in analyze(sentence, published=published).events:
            sides = [
                f"{a.country}/{a.sector}" if a else "-" for a in (event.actor, event.recipient)
            ]
            yield [event.event, event.mode or "-", *sides, event.anchor, sentence]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="CoNLL-U files (default: the DDT's)")
    parser.add_argument("--limit", type=int, default=0, help="read at most N sentences")
    args = parser.parse_args(argv)
    files = args.files or [f for f in DEFAULT_FILES if f.is_file()]
    if not files:
        print(f"no CoNLL-U files given and none found under {SHARED}", file=sys.stderr)
        return 2
    sentences = (text for path in files for text in sentence_texts(path))
    if args.limit:
        sentences = (text for _, text in zip(range(args.limit), sentences, strict=False))
    for row in event_rows(sentences):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
