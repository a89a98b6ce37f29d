"""Measure the quote stage against the gold annotations in the shared folder.

    python -m kronist.quotes.measure [--shared PATH] [--verbose]

Reads the articles at run time (they are never copied into the repository), runs the pipeline,
the actors stage (when it works) and `find_quotes`, and matches gold quotes by `opens_with`.
Prints quote recall and precision, speaker-text agreement, channel agreement and speaker
country+sector agreement over matched quotes.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from kronist.evaluation import gold_pairs, load_gold, read_article, shared_dir
from kronist.evaluation import speaker_agrees as speaker_actor_agrees
from kronist.model import Entity, Quote


def normalize(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def speaker_agrees(gold: str | None, found: str | None) -> bool:
    """Same speaker text, allowing one to contain the other ("Paw Kaltoft" in
    "politiinspektør Paw Kaltoft fra Københavns Politi"); a gold note in parentheses is ignored."""
    gold_text = normalize(re.sub(r"\([^)]*\)", "", gold or "")) or normalize(gold)
    found_text = normalize(found)
    if not gold_text or not found_text:
        return gold_text == found_text
    return gold_text in found_text or found_text in gold_text


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    speaker: int = 0
    channel: int = 0
    actor: int = 0
    actor_scored: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "found", "matched", "speaker", "channel", "actor", "actor_scored"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lines += other.lines


def find_entities(doc, published, lang: str) -> list[Entity]:
    try:
        from kronist.actors import find_actors

        return find_actors(doc, published, lang)
    except Exception as error:  # the actors stage may still be under construction
        print(f"  (actors stage failed: {error!r})")
        return []


def pipeline(lang: str):
    """The project's pipeline; a bare sentence splitter while other stages are being built."""
    try:
        from kronist.nlp import load_pipeline

        return load_pipeline(lang)
    except Exception as error:
        import spacy

        print(f"  (pipeline failed: {error!r}; using a blank one)")
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        return nlp


def score_article(article: Path, gold_path: Path, lang: str = "da") -> Score:
    from kronist.quotes import find_quotes

    gold_doc = load_gold(gold_path)
    gold = {"quotes": gold_doc.quotes}
    document = read_article(article).model_copy(
        update={
            "published": gold_doc.published,
            "published_precision": gold_doc.published_precision,
        }
    )
    doc = pipeline(lang)(document.full_text)
    quotes = find_quotes(doc, find_entities(doc, document.published, lang), lang)
    score = Score(gold=len(gold.get("quotes", [])), found=len(quotes))
    used: set[str] = set()
    for expected in gold.get("quotes", []):
        opening = normalize(expected["opens_with"])
        quote = next(
            (q for q in quotes if q.id not in used and normalize(q.text).startswith(opening)),
            None,
        )
        if quote is None:
            score.lines.append(f"  MISSED {expected['opens_with']!r} ({expected['speaker']})")
            continue
        used.add(quote.id)
        score.matched += 1
        speaker_ok = speaker_agrees(expected.get("speaker"), quote.speaker)
        channel_ok = normalize(expected.get("channel")) == normalize(quote.channel)
        score.speaker += speaker_ok
        score.channel += channel_ok
        actor_ok = speaker_actor_agrees(expected, quote) if expected.get("speaker_actor") else None
        if actor_ok is not None:
            score.actor_scored += 1
            score.actor += actor_ok
        marks = "".join("." if ok else "x" for ok in (speaker_ok, channel_ok, actor_ok))
        score.lines.append(
            f"  {marks} {expected['opens_with'][:30]!r}: speaker {quote.speaker!r} "
            f"(gold {expected.get('speaker')!r}), channel {quote.channel!r} "
            f"(gold {expected.get('channel')!r}), actor {actor_text(quote)}"
        )
    for quote in quotes:
        if quote.id not in used:
            score.lines.append(f"  EXTRA {quote.text[:40]!r} ({quote.speaker})")
    return score


def actor_text(quote: Quote) -> str:
    actor = quote.speaker_actor
    return f"{actor.country}/{actor.sector}" if actor else "-"


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else f"{part}/0"


def measure(shared: Path | None = None, verbose: bool = False) -> Score:
    shared = shared or shared_dir()
    total = Score()
    for gold, article in gold_pairs(shared):
        score = score_article(article, gold)
        if verbose:
            print(f"{article.name}: {score.matched}/{score.gold} gold quotes, {score.found} found")
            print("\n".join(score.lines))
        total.add(score)
    print(f"quote recall        {share(total.matched, total.gold)}")
    print(f"quote precision     {share(total.matched, total.found)}")
    print(f"speaker text agrees {share(total.speaker, total.matched)}")
    print(f"channel agrees      {share(total.channel, total.matched)}")
    print(f"speaker actor agrees {share(total.actor, total.actor_scored)} (country+sector)")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--verbose", "-v", action="store_true")
    arguments = parser.parse_args()
    measure(arguments.shared, arguments.verbose)


if __name__ == "__main__":
    main()
