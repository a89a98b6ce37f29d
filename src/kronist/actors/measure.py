"""How well the actors stage finds the gold entities: recall, label, actor country and sector.

    python -m kronist.actors.measure [--verbose]

Reads the gold files of `shared/` (gold/*.json with examples/, dev/gold/*.json with
dev/articles/; `KRONIST_SHARED` overrides the location) and runs the stage alone on each article.
A gold entity is found when an entity of the same words (ignoring a genitive ending) exists.
Quote speakers are also scored through `actor_for_text` given the article's entities.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from kronist.actors import actor_for_text, find_actors
from kronist.evaluation import gold_pairs, load_gold, read_article, sector_agrees, shared_dir
from kronist.model import Entity
from kronist.nlp import load_pipeline


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    label_ok: int = 0
    country_scored: int = 0
    country_ok: int = 0
    sector_scored: int = 0
    sector_ok: int = 0
    speakers: int = 0
    speaker_country_ok: int = 0
    speaker_sector_scored: int = 0
    speaker_sector_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def report(self) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part}/{whole} = {part / whole:.2f}" if whole else "-"

        return "\n".join(
            [
                f"entity recall        {share(self.found, self.gold)}",
                f"label accuracy       {share(self.label_ok, self.found)}",
                f"actor country        {share(self.country_ok, self.country_scored)}",
                f"actor sector         {share(self.sector_ok, self.sector_scored)}",
                f"speaker country      {share(self.speaker_country_ok, self.speakers)}",
                f"speaker sector       {share(self.speaker_sector_ok, self.speaker_sector_scored)}",
            ]
        )


def measure(shared: Path | None = None, nlp=None) -> Tally:
    """Score the stage on every gold file; `nlp` defaults to the shipped pipeline."""
    tally = Tally()
    nlp = nlp or load_pipeline("da")
    for gold_path, article_path in gold_pairs(shared or shared_dir()):
        gold = load_gold(gold_path)
        document = read_article(article_path)
        published = gold.published or document.published
        entities = find_actors(nlp(document.full_text), published, "da")
        _score_entities(tally, gold_path.stem, gold.entities, entities)
        _score_speakers(tally, gold_path.stem, gold.quotes, published, entities)
    return tally


def _score_entities(tally: Tally, name: str, gold_entities: list[dict], found: list[Entity]):
    for gold in gold_entities:
        tally.gold += 1
        match = _find(gold["mention"], gold.get("label"), found)
        if match is None:
            tally.misses.append(f"{name}: missed {gold['mention']!r} ({gold.get('label')})")
            continue
        tally.found += 1
        tally.label_ok += match.label == gold.get("label")
        if match.label != gold.get("label"):
            tally.misses.append(
                f"{name}: {gold['mention']!r} label {match.label} != {gold.get('label')}"
            )
        actor = gold.get("actor")
        if actor is None:
            continue
        tally.country_scored += 1
        found_country = match.actor.country if match.actor else None
        if found_country == actor.get("country"):
            tally.country_ok += 1
        else:
            tally.misses.append(
                f"{name}: {gold['mention']!r} country {found_country} != {actor.get('country')}"
            )
        agrees = sector_agrees(actor.get("sector"), match.actor)
        if agrees is not None:
            tally.sector_scored += 1
            tally.sector_ok += agrees
            if not agrees:
                found_sectors = match.actor.sectors if match.actor else None
                tally.misses.append(
                    f"{name}: {gold['mention']!r} sector {found_sectors} != {actor.get('sector')}"
                )


def _score_speakers(tally: Tally, name: str, quotes: list[dict], published, entities) -> None:
    for quote in quotes:
        wanted = quote.get("speaker_actor")
        if not quote.get("speaker") or not wanted:
            continue
        actor = actor_for_text(quote["speaker"], published, "da", entities)
        tally.speakers += 1
        country = actor.country if actor else None
        tally.speaker_country_ok += country == wanted.get("country")
        agrees = sector_agrees(wanted.get("sector"), actor)
        if agrees is not None:
            tally.speaker_sector_scored += 1
            tally.speaker_sector_ok += agrees
        if country != wanted.get("country") or agrees is False:
            tally.misses.append(f"{name}: speaker {quote['speaker']!r} -> {actor} != {wanted}")


def _find(mention: str, label: str | None, entities: list[Entity]) -> Entity | None:
    wanted = _normalise(mention)
    same_words = [e for e in entities if _normalise(e.text) == wanted]
    if not same_words:
        return None
    return next((e for e in same_words if e.label == label), same_words[0])


def _normalise(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    if words and len(words[-1]) > 2 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _fallback_pipeline():
    from kronist.nlp import blank_pipeline as fallback

    return fallback("da")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list each miss")
    parser.add_argument("--blank", action="store_true", help="use the blank fallback pipeline")
    args = parser.parse_args()
    tally = measure(nlp=_fallback_pipeline() if args.blank else None)
    print(tally.report())
    if args.verbose:
        print("\n".join(tally.misses))


if __name__ == "__main__":
    main()
