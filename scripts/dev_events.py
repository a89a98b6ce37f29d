"""Quick look at the event coder on the shared example and dev articles.

    python scripts/dev_events.py [-v] [NAME ...]

Runs `kronist.analyze.analyze` on each article with its gold publication date, scores events
with `kronist.evaluation.score_events` (type + actor/recipient countries; optional gold events
neither reward nor penalise), and prints matches, misses, spurious events and field agreement.
Reads `../shared` (or $KRONIST_SHARED) at run time; nothing from it is stored.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from kronist.evaluation import (
    EventScore,
    load_gold,
    read_article,
    score_events,
)
from kronist.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KRONIST_SHARED", ROOT.parent / "shared"))


def sources() -> list[tuple[Path, Path]]:
    pairs = [(SHARED / "gold/baghdad-embassy.json", SHARED / "examples/baghdad-embassy.txt")]
    for gold in sorted((SHARED / "dev/gold").glob("*.json")):
        pairs.append((gold, SHARED / "dev/articles" / f"{gold.stem}.txt"))
    return pairs


def _side(actor) -> str:
    return f"{actor.country}/{actor.sector}" if actor else "-"


def show(gold_path: Path, article: Path, verbose: bool) -> EventScore:
    gold = load_gold(gold_path)
    document = read_article(article).model_copy(
        update={"published": gold.published, "published_precision": gold.published_precision}
    )
    analysis = _analyze(document)
    score = score_events(gold.events, analysis.events)
    f1 = _f1(score)
    print(
        f"== {gold_path.stem}: tp={score.true_positives} fp={score.false_positives} "
        f"fn={score.false_negatives} opt={score.optional_matched} F1={f1:.2f}"
    )
    matched = dict((event_id, gold_id) for gold_id, event_id in score.matched)
    for event in analysis.events:
        mark = matched.get(event.id, "")
        date = event.date.date.isoformat() if event.date.date else "-"
        place = event.place.name if event.place else "-"
        flags = ("NEG " if event.negated else "") + (
            f"[{event.modality}]" if event.modality != "asserted" else ""
        )
        print(
            f"  {'+' if mark else ' '} {event.event:9} {event.mode or '-':11} "
            f"{_side(event.actor):10} -> {_side(event.recipient):10} {date:10} {place:12} "
            f"k={event.killed} i={event.injured} {flags} s{event.mentions} "
            f"{mark and '=' + mark} | {event.anchor[:70]}"
        )
    for gold_id in score.missed:
        print(f"  MISSED {gold_id}")
    if verbose:
        for entity in analysis.entities:
            print(
                f"     ent {entity.text!r} {entity.label} {_side(entity.actor)} "
                f"ref={entity.refers_to}"
            )
    _fields(score)
    return score


def _analyze(document):
    """The whole pipeline; while a sibling stage is broken mid-edit, the stages one by one."""
    try:
        return analyze(document)
    except Exception as exc:  # noqa: BLE001 - a dev tool keeps going
        print(f"  (analyze failed: {type(exc).__name__}: {exc}; running stages by hand)")
    from kronist.actors import find_actors
    from kronist.events import code_events
    from kronist.model import Analysis
    from kronist.quotes import find_quotes

    doc = _blank_pipeline()(document.full_text)
    entities, quotes = _guarded(find_actors, doc, document.published, "da"), []
    if entities:
        quotes = _guarded(find_quotes, doc, entities, "da")
    events = code_events(doc, document, entities or [], quotes or [])
    return Analysis(document=document, entities=entities or [], quotes=quotes or [], events=events)


@functools.cache
def _blank_pipeline():
    import spacy

    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    return nlp


def _guarded(function, *args):
    try:
        return function(*args)
    except Exception as exc:  # noqa: BLE001
        print(f"  ({function.__name__} failed: {type(exc).__name__}: {exc})")
        return []


def _fields(score: EventScore) -> None:
    parts = [f"{name}={sum(v)}/{len(v)}" for name, v in sorted(score.fields.items())]
    if parts:
        print("  fields: " + " ".join(parts))


def _f1(score: EventScore) -> float:
    tp, fp, fn = score.true_positives, score.false_positives, score.false_negatives
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    dev_total = EventScore()
    for gold, article in sources():
        if names and gold.stem not in names:
            continue
        score = show(gold, article, verbose)
        if gold.stem != "baghdad-embassy":
            dev_total.add(score)
    print(
        f"\nDEV total: tp={dev_total.true_positives} fp={dev_total.false_positives} "
        f"fn={dev_total.false_negatives} F1={_f1(dev_total):.2f}"
    )
    _fields(dev_total)


if __name__ == "__main__":
    main(sys.argv[1:])
