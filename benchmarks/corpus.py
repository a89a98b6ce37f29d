"""A generated corpus of Danish-like news articles for benchmarks (seeded, no real articles)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

ACTORS = [
    "Politiet",
    "Regeringen",
    "Demonstranter",
    "Forsvarsministeriet",
    "Statsministeren",
    "Russiske styrker",
    "Ukraines regering",
    "FN",
    "Nato",
    "Oprørere",
    "Udenrigsministeren",
]
VERBS = [
    "angreb",
    "kritiserede",
    "mødtes med",
    "opfordrede",
    "anholdt",
    "støttede",
    "truede",
    "beskyldte",
    "sendte soldater til",
    "demonstrerede mod",
]
TARGETS = [
    "ambassaden",
    "Folketinget",
    "Rusland",
    "Ukraine",
    "byrådet",
    "borgerne",
    "Irak",
    "EU",
    "Danmark",
    "Tyskland",
]
PLACES = ["København", "Aarhus", "Kyiv", "Bagdad", "Berlin", "Odense", "Oslo", "Kharkiv"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TARGETS)} "
        f"i {rng.choice(PLACES)} {rng.choice(DAYS)}, oplyser kilder til nyhedsbureauet."
    )


def article(rng: random.Random, index: int) -> dict[str, str]:
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(6)]
    quote = f"»Vi tager situationen meget alvorligt«, siger {rng.choice(ACTORS).lower()}."
    paragraphs.insert(3, quote)
    published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    return {
        "id": f"bench-{index:05d}",
        "title": sentence(rng).split(",")[0],
        "text": "\n\n".join(paragraphs),
        "published": published.isoformat(),
        "source": "benchmark",
    }


def write_corpus(path: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            handle.write(json.dumps(article(rng, index), ensure_ascii=False) + "\n")
    return path
