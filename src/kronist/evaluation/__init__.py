"""Scoring the pipeline against gold annotations (the format of shared/gold/FORMAT.md).

Events match when the type (or an `also_accept` type) and the actor and recipient countries agree;
precision/recall/F1 count non-optional gold events, and an extracted event that matches an
optional gold event is neither rewarded nor penalised. Matched events are then compared field by
field (sector, date, location, casualties, negation). Quotes match on their opening words.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kronist.evaluation.errors import (
    ATTRIBUTE_FAULTS,
    ErrorClasses,
    attribute_fault,
    classify_errors,
)
from kronist.model import Actor, Analysis, Document, Event, Quote


class GoldError(ValueError):
    pass


REPO_ROOT = Path(__file__).resolve().parents[3]
GOLD_SETS = (("gold", "examples"), ("dev/gold", "dev/articles"))


def shared_dir(shared: str | Path | None = None) -> Path:
    """The shared folder: argument, else $KRONIST_SHARED, else ../shared beside the repo."""
    if shared is not None:
        return Path(shared)
    return Path(os.environ.get("KRONIST_SHARED", REPO_ROOT.parent / "shared"))


def gold_pairs(shared: str | Path | None = None) -> list[tuple[Path, Path]]:
    """(gold file, article file) for the reference article and the development set."""
    root = shared_dir(shared)
    pairs = []
    for gold_folder, article_folder in GOLD_SETS:
        for gold_path in sorted((root / gold_folder).glob("*.json")):
            article = root / article_folder / (gold_path.stem + ".txt")
            if article.is_file():
                pairs.append((gold_path, article))
    return pairs


@dataclass
class GoldDocument:
    path: Path
    document: str
    published: dt.date | None
    published_precision: str | None
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]


def parse_published(value: str | None) -> tuple[dt.date | None, str | None]:
    """'2019-12-31' -> day precision; '2021-04' -> first of month, month precision."""
    if not value or value == "unknown":
        return None, None
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date.fromisoformat(value + "-01"), "month"
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), "year"
    return dt.date.fromisoformat(value[:10]), "day"


def load_gold(path: Path) -> GoldDocument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not a readable gold JSON file ({exc})") from exc
    if not isinstance(data, dict) or "document" not in data:
        raise GoldError(f"{path}: gold file has no 'document' field")
    published, precision = parse_published(data.get("published"))
    return GoldDocument(
        path=path,
        document=data["document"],
        published=published,
        published_precision=precision,
        entities=data.get("entities", []),
        quotes=data.get("quotes", []),
        events=data.get("events", []),
    )


def read_article(path: Path) -> Document:
    """The article a gold file names, read by the ingest stage."""
    from kronist.ingest import ReadError, read_paths

    for item in read_paths([path]):
        if isinstance(item, ReadError):
            if item.fatal:
                raise GoldError(f"{item.path}: {item.message}")
            continue
        return item
    raise GoldError(f"{path}: no article found")


# --- comparing values ---------------------------------------------------------------------


def _as_set(value: Any) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


def sector_agrees(gold: Any, actor: Actor | None) -> bool | None:
    """None when gold gives no sector (not scored)."""
    wanted = _as_set(gold)
    if not wanted:
        return None
    found = {
        s
        for s in ([actor.sector] if actor and actor.sector else [])
        + (actor.sectors if actor else [])
    }
    return bool(wanted & found)


def country_of(actor: Actor | None) -> str | None:
    return actor.country if actor else None


def gold_country(gold_actor: dict[str, Any] | None) -> str | None:
    return gold_actor.get("country") if gold_actor else None


ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def place_key(name: str) -> str:
    """A place name as transliterations agree on it: "Al Qāmishlī" (GeoNames) is "Qamishli",
    "Chāndpur" is "Chandpur" (accents dropped, an Arabic article and hyphens ignored)."""
    folded = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(c for c in folded if not unicodedata.combining(c))
    words = _norm(ascii_name.replace("-", " ")).split()
    if len(words) > 1 and words[0] in ARABIC_ARTICLES:
        words = words[1:]
    return "".join(words)


# --- events ---------------------------------------------------------------------------------


def event_matches(gold: dict[str, Any], event: Event) -> bool:
    types = {gold["event"], *gold.get("also_accept", [])}
    return (
        event.event in types
        and country_of(event.actor) == gold_country(gold.get("actor"))
        and country_of(event.recipient) == gold_country(gold.get("recipient"))
    )


def _field_agreements(gold: dict[str, Any], event: Event) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for side, actor in (("actor", event.actor), ("recipient", event.recipient)):
        if gold.get(side):
            agrees = sector_agrees(gold[side].get("sector"), actor)
            if agrees is not None:
                out[f"{side}_sector"] = agrees
    if gold.get("date"):
        out["date"] = event.date.date is not None and event.date.date.isoformat() == gold["date"]
    if gold.get("location"):
        loc = gold["location"]
        place = event.place
        agrees = place is not None and (
            loc.get("country") is None or place.country == loc["country"]
        )
        if agrees and loc.get("name"):
            agrees = place is not None and place_key(place.name or "") == place_key(loc["name"])
        out["location"] = agrees
    for number in ("killed", "injured"):
        if gold.get(number) is not None:
            out[number] = getattr(event, number) == gold[number]
    out["negated"] = event.negated == bool(gold.get("negated"))
    return out


@dataclass
class EventScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    optional_matched: int = 0
    fields: dict[str, list[bool]] = field(default_factory=dict)
    field_faults: Counter[tuple[str, str]] = field(default_factory=Counter)  # (field, how)
    matched: list[tuple[str, str]] = field(default_factory=list)  # (gold id, event id)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    errors: ErrorClasses = field(default_factory=ErrorClasses)
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, tp|fp|fn)

    def add(self, other: EventScore) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.optional_matched += other.optional_matched
        for name, values in other.fields.items():
            self.fields.setdefault(name, []).extend(values)
        self.field_faults.update(other.field_faults)
        self.errors.add(other.errors)
        self.by_type.update(other.by_type)


def score_events(
    gold_events: list[dict[str, Any]], events: list[Event], lang: str = "da"
) -> EventScore:
    """Greedy one-to-one matching, required gold events first."""
    score = EventScore()
    unused = list(events)
    pairs: list[tuple[dict[str, Any], Event]] = []
    ordered = sorted(gold_events, key=lambda g: bool(g.get("optional")))
    for gold in ordered:
        found = next((e for e in unused if event_matches(gold, e)), None)
        if found is None:
            if not gold.get("optional"):
                score.false_negatives += 1
                score.by_type[(gold["event"], "fn")] += 1
                score.missed.append(gold.get("id", gold["event"]))
            continue
        unused.remove(found)
        pairs.append((gold, found))
        if gold.get("optional"):
            score.optional_matched += 1
            continue
        score.true_positives += 1
        score.by_type[(gold["event"], "tp")] += 1
        score.matched.append((gold.get("id", gold["event"]), found.id))
        for name, agrees in _field_agreements(gold, found).items():
            score.fields.setdefault(name, []).append(agrees)
            if not agrees and (fault := attribute_fault(name, gold, found)):
                score.field_faults[(name, fault)] += 1
    score.false_positives = len(unused)
    score.by_type.update((e.event, "fp") for e in unused)
    score.spurious = [f"{e.event}:{e.anchor[:60]}" for e in unused]
    score.errors = classify_errors(gold_events, events, pairs, _trigger_knowledge(lang))
    return score


def _trigger_knowledge(lang: str) -> Callable[[str, str], bool] | None:
    from kronist.events.lexicon import has_lexicon, load_lexicon

    return load_lexicon(lang).knows if has_lexicon(lang) else None


# --- quotes and entities ------------------------------------------------------------------


def _quote_for(gold: dict[str, Any], quotes: list[Quote]) -> Quote | None:
    opening = _norm(gold["opens_with"])
    return next((q for q in quotes if _norm(q.text).startswith(opening)), None)


SPEAKER_FAULTS = ("no speaker", "no country", "other country", "extra country", "other sector")


def speaker_fault(gold: dict[str, Any], quote: Quote) -> str | None:
    """How a found quote's speaker disagrees with gold (one of `SPEAKER_FAULTS`), None if not."""
    if speaker_agrees(gold, quote):
        return None
    wanted = (gold.get("speaker_actor") or {}).get("country")
    found = country_of(quote.speaker_actor)
    if quote.speaker is None and quote.speaker_actor is None:
        return "no speaker"
    if found == wanted:
        return "other sector"
    if found is None:
        return "no country"
    return "other country" if wanted else "extra country"


def speaker_agrees(gold: dict[str, Any], quote: Quote) -> bool:
    wanted = gold.get("speaker_actor") or {}
    actor = quote.speaker_actor
    if country_of(actor) != wanted.get("country"):
        return False
    return sector_agrees(wanted.get("sector"), actor) is not False


@dataclass
class DocumentScore:
    document: str
    events: EventScore
    quotes_gold: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    channels_right: int = 0
    entities_gold: int = 0
    entities_found: int = 0
    actor_countries_gold: int = 0
    actor_countries_right: int = 0
    speaker_faults: Counter[str] = field(default_factory=Counter)
    error: str | None = None


def score_document(gold: GoldDocument, analysis: Analysis) -> DocumentScore:
    result = DocumentScore(
        gold.document,
        score_events(gold.events, analysis.events, analysis.document.language or "da"),
    )
    for gold_quote in gold.quotes:
        result.quotes_gold += 1
        quote = _quote_for(gold_quote, analysis.quotes)
        if quote is None:
            continue
        result.quotes_found += 1
        result.speakers_right += speaker_agrees(gold_quote, quote)
        if fault := speaker_fault(gold_quote, quote):
            result.speaker_faults[fault] += 1
        result.channels_right += _norm(quote.channel or "") == _norm(
            gold_quote.get("channel") or ""
        )
    by_text: dict[str, list] = {}
    for entity in analysis.entities:
        by_text.setdefault(_norm(entity.text), []).append(entity)
    for gold_entity in gold.entities:
        result.entities_gold += 1
        found = by_text.get(_norm(gold_entity["mention"]), [])
        result.entities_found += bool(found)
        actor = gold_entity.get("actor") or {}
        if actor.get("country"):
            result.actor_countries_gold += 1
            result.actor_countries_right += any(
                country_of(e.actor) == actor["country"] for e in found
            )
    return result


# --- reports --------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def prf(score: EventScore) -> dict[str, float | None]:
    precision = _ratio(score.true_positives, score.true_positives + score.false_positives)
    recall = _ratio(score.true_positives, score.true_positives + score.false_negatives)
    if precision and recall:
        f1: float | None = round(2 * precision * recall / (precision + recall), 3)
    else:  # nothing found, or nothing right: 0 when there was something to find
        f1 = 0.0 if recall is not None else None
    return {"precision": precision, "recall": recall, "f1": f1}


def summarize_scores(scores: Iterable[DocumentScore]) -> dict[str, Any]:
    scores = list(scores)
    total = EventScore()
    sums: dict[str, int] = dict.fromkeys(
        (
            "quotes_gold",
            "quotes_found",
            "speakers_right",
            "channels_right",
            "entities_gold",
            "entities_found",
            "actor_countries_gold",
            "actor_countries_right",
        ),
        0,
    )
    speaker_faults: Counter[str] = Counter()
    for s in scores:
        total.add(s.events)
        speaker_faults.update(s.speaker_faults)
        for key in sums:
            sums[key] += getattr(s, key)
    return {
        "documents": len(scores),
        "failed": sum(1 for s in scores if s.error),
        "events": {
            **prf(total),
            "true_positives": total.true_positives,
            "false_positives": total.false_positives,
            "false_negatives": total.false_negatives,
            "fields": {k: _ratio(sum(v), len(v)) for k, v in sorted(total.fields.items())},
            "field_faults": {
                name: {how: total.field_faults[(name, how)] for how in kinds}
                for name, kinds in ATTRIBUTE_FAULTS.items()
            },
            "errors": total.errors.counts(),
            "by_type": _by_type(total),
        },
        "quotes": {
            "gold": sums["quotes_gold"],
            "found": sums["quotes_found"],
            "recall": _ratio(sums["quotes_found"], sums["quotes_gold"]),
            "speaker_accuracy": _ratio(sums["speakers_right"], sums["quotes_found"]),
            "speaker_accuracy_of_gold": _ratio(sums["speakers_right"], sums["quotes_gold"]),
            "channel_accuracy": _ratio(sums["channels_right"], sums["quotes_found"]),
            "speaker_faults": {name: speaker_faults[name] for name in SPEAKER_FAULTS},
        },
        "entities": {
            "gold": sums["entities_gold"],
            "recall": _ratio(sums["entities_found"], sums["entities_gold"]),
            "actor_country_accuracy": _ratio(
                sums["actor_countries_right"], sums["actor_countries_gold"]
            ),
        },
    }


def _by_type(score: EventScore) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 per PLOVER type (the gold type for matched and missed events)."""
    types = sorted({kind for kind, _ in score.by_type})
    report = {}
    for kind in types:
        counts = EventScore(
            true_positives=score.by_type[(kind, "tp")],
            false_positives=score.by_type[(kind, "fp")],
            false_negatives=score.by_type[(kind, "fn")],
        )
        report[kind] = {
            **prf(counts),
            "matched": counts.true_positives,
            "spurious": counts.false_positives,
            "missed": counts.false_negatives,
        }
    return report


def document_report(score: DocumentScore) -> dict[str, Any]:
    report = summarize_scores([score])
    report.pop("documents")
    report.pop("failed")
    report["document"] = score.document
    report["error"] = score.error
    report["events"]["missed"] = score.events.missed
    report["events"]["spurious"] = score.events.spurious
    report["events"]["error_examples"] = {
        "missed": score.events.errors.missed,
        "spurious": score.events.errors.spurious,
    }
    return report


def evaluate(
    gold_dir: Path,
    read_article: Callable[[Path], Document],
    analyze: Callable[[Document], Analysis],
    articles_dir: Path,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score every gold file in `gold_dir` against the analysis of its article."""
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    scores: list[DocumentScore] = []
    for path in gold_files:
        gold = load_gold(path)
        try:
            document = read_article(articles_dir / gold.document)
            document = document.model_copy(
                update={
                    "published": gold.published,
                    "published_precision": gold.published_precision,
                }
            )
            scores.append(score_document(gold, analyze(document)))
        except Exception as exc:  # one bad article must not stop the evaluation
            failed = DocumentScore(gold.document, score_events(gold.events, []))
            failed.error = f"{type(exc).__name__}: {exc}"
            scores.append(failed)
        if progress:
            progress(gold.document)
    return {
        "overall": summarize_scores(scores),
        "documents": [document_report(s) for s in scores],
    }
