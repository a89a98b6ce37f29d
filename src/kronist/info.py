"""What this kronist is made of: version, linguistic model, language data, store location.

Nothing here loads the model or the lexicons: it reads their files (for `kronist info`).
"""

from __future__ import annotations

import hashlib
import json
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import kronist
from kronist.lang import LANG_ROOT


def _package_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def model_info(lang: str = "da") -> dict[str, Any]:
    """The pipeline kronist loads for `lang`: where, which, and its held-out scores."""
    from kronist.nlp import has_trained_model, model_path

    path = model_path(lang)
    if not has_trained_model(lang):
        return {"path": str(path), "trained": False}
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    scores_file = path / "scores.json"
    scores = json.loads(scores_file.read_text(encoding="utf-8")) if scores_file.is_file() else {}
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return {
        "path": str(path),
        "trained": True,
        "name": meta.get("name"),
        "version": meta.get("version"),
        "size_mb": round(size / 1e6, 1),
        "ner_f1": scores.get("ner_f"),
        "las": scores.get("las"),
    }


def lexicon_info(lang: str = "da") -> dict[str, Any]:
    """The language data files: entries in each and a fingerprint of them all (it changes with
    any edit, so two installs with the same fingerprint read the same lexicons)."""
    folder = LANG_ROOT / lang
    digest = hashlib.sha256()
    files = {}
    for path in sorted(folder.glob("*.*")):
        if path.suffix not in (".tsv", ".yaml"):
            continue
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + data)
        lines = data.decode("utf-8").splitlines()
        entries = sum(1 for line in lines if line.strip() and not line.lstrip().startswith("#"))
        files[path.name] = {"entries": entries, "sha256": hashlib.sha256(data).hexdigest()[:12]}
    return {"path": str(folder), "fingerprint": digest.hexdigest()[:12], "files": files}


def store_info(db: str | None) -> dict[str, Any]:
    """Where the store is and what it holds; a default SQLite file is not created by asking."""
    from kronist.store import SCHEMA_VERSION, Store, default_url, display_url, normalize_url, redact

    url = normalize_url(db) if db else default_url()
    info: dict[str, Any] = {"url": display_url(url), "schema_version": SCHEMA_VERSION}
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return info | {"exists": False}
    try:
        with Store(url) as store:
            return info | {"exists": True, **store.stats()}
    except Exception as error:  # an unreachable server is worth reporting, not failing on
        return info | {"error": redact(f"{type(error).__name__}: {error}", url)}


def describe(db: str | None = None, lang: str = "da") -> dict[str, Any]:
    return {
        "kronist": kronist.__version__,
        "python": platform.python_version(),
        "spacy": _package_version("spacy"),
        "model": model_info(lang),
        "lexicons": lexicon_info(lang),
        "store": store_info(db),
    }
