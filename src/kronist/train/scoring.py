"""Score the shipped pipeline: held-out corpora (`evaluate_model`) and dev-article entities."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language

from kronist.nlp import customize, has_trained_model, model_path
from kronist.train import data
from kronist.train.evaluate import score_ner, score_trees

SCORED_LABELS = frozenset({"PER", "ORG", "LOC"})


def load_for_scoring(lang: str, model: str | Path | None = None, ruler: bool = True) -> Language:
    """The pipeline as `load_pipeline` builds it, from `model` (default: the shipped one)."""
    path = Path(model) if model else model_path(lang)
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no trained model in {path}")
    nlp = customize(spacy.load(path), lang)
    if not ruler and "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")
    return nlp


def evaluate_model(lang: str = "da", shared=None, model: str | Path | None = None) -> dict:
    """Held-out scores of the shipped (or given) model; see MODEL.md for what is held out."""
    with tempfile.TemporaryDirectory(prefix="kronist-eval-") as tmp:
        parts = ("ner_test", "ner_test_unseen", "trees_test")
        split = data.prepare(Path(tmp), shared, data.Options(), parts=parts)
        return score_built_model(model or model_path(lang), split, lang)


def score_built_model(model: Path, split: data.Split, lang: str = "da") -> dict:
    """Scores of a model folder as kronist loads it (with its lemma fixes and sentence hints).

    The NER is scored without the actor-dictionary entity ruler (`ner_f`) and with it
    (`ner_f_with_ruler`, when the dictionary is available)."""
    nlp = load_for_scoring(lang, model, ruler=False)
    scores = {**score_ner(nlp, split.ner_test), **score_trees(nlp, split.trees_test)}
    scores["ner_f_unseen"] = score_ner(nlp, split.ner_test_unseen)["ner_f"]
    with_ruler = load_for_scoring(lang, model, ruler=True)
    if "entity_ruler" in with_ruler.pipe_names:
        scores["ner_f_with_ruler"] = score_ner(with_ruler, split.ner_test)["ner_f"]
    return scores


def read_article_text(path: Path) -> str:
    """`Document.full_text` of a plain-text article (headline, blank line, body)."""
    try:
        from kronist.ingest.text_article import read_text_article
    except ImportError:
        lines = path.read_text(encoding="utf-8").split("\n")
        body = "\n".join(lines[1:]).split("\n\n", 1)[-1]
        return f"{lines[0].strip()}\n\n{body.strip()}"
    return read_text_article(path.read_text(encoding="utf-8"), str(path)).full_text


def gold_entities(gold_file: Path) -> list[tuple[str, str]]:
    entities = json.loads(gold_file.read_text(encoding="utf-8")).get("entities", [])
    return sorted({(e["label"], e["mention"]) for e in entities if e["label"] in SCORED_LABELS})


def found_entities(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(ent.label_, ent.text) for ent in nlp(text).ents}


def article_recall(nlp: Language, article: Path, gold_file: Path) -> dict:
    gold = gold_entities(gold_file)
    found = found_entities(nlp, read_article_text(article))
    mentions = {mention for _, mention in found}
    return {
        "gold": len(gold),
        "found": sum(1 for item in gold if item in found),
        "mention_found": sum(1 for _, mention in gold if mention in mentions),
        "missed": [
            f"{label}:{mention}" for label, mention in gold if (label, mention) not in found
        ],
    }


def entity_recall(
    shared=None, lang: str = "da", verbose: bool = True, nlp: Language | None = None
) -> dict:
    """Recall of the gold PER/ORG/LOC entities (label + mention) in the dev articles."""
    dev = data.shared_dir(shared) / "dev"
    if nlp is None:
        from kronist.nlp import load_pipeline

        nlp = load_pipeline(lang)
    per_article = {}
    for gold_file in sorted((dev / "gold").glob("*.json")):
        article = dev / "articles" / f"{gold_file.stem}.txt"
        if article.is_file():
            per_article[gold_file.stem] = article_recall(nlp, article, gold_file)
    gold = sum(r["gold"] for r in per_article.values())
    result = {
        "articles": len(per_article),
        "gold": gold,
        "recall": round(sum(r["found"] for r in per_article.values()) / max(gold, 1), 4),
        "mention_recall": round(
            sum(r["mention_found"] for r in per_article.values()) / max(gold, 1), 4
        ),
        "per_article": per_article,
    }
    if verbose:
        _print_recall(result, has_trained_model(lang))
    return result


def _print_recall(result: dict, trained: bool) -> None:
    print(f"pipeline: {'trained' if trained else 'blank fallback'}")
    for name, r in result["per_article"].items():
        print(f"{name}: {r['found']}/{r['gold']}  missed: {', '.join(r['missed']) or '-'}")
    print(
        f"entity recall (label+mention): {result['recall']:.3f}   "
        f"mention only: {result['mention_recall']:.3f}   over {result['gold']} gold entities"
    )
