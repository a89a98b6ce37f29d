"""The store at scale: build a store of generated events and time the API's queries on it.

    python benchmarks/store_scale.py [--documents 100000] [--db URL] [--keep PATH] [--runs 40]
    python benchmarks/store_scale.py --reuse (--keep PATH | --db URL) [--runs 200]

Builds `--documents` documents with about ten events each (100,000 documents: a million
events) into a new SQLite file (or `--db postgresql://...`: a schema `kronist_store_scale`
made anew in that database),
through the store's own write path (`Store.add_rows`: the rows `Store.add` writes, with the
search index and the kept counts), then times each API query of the table below through the
HTTP API (in process), `--runs` times with parameters drawn like users would, and prints the
p50 and p95 in milliseconds. `--reuse` times the store built before (with the same seed)
again, upgrading it first when an older kronist built it.

The data follow the shape of news: event types, countries, actors and words drawn from skewed
(Zipf-like) distributions, five years of dates with one event in twelve undated, one document
in twelve a near-duplicate copy of an earlier one, actors known by name or only by their words.
Nothing is read from real articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

TYPES = {
    "ASSAULT": 18, "ACCUSE": 10, "CONSULT": 10, "SUPPORT": 8, "PROTEST": 7, "COERCE": 7,
    "COOPERATE": 6, "REQUEST": 6, "AGREE": 5, "REJECT": 5, "THREATEN": 4, "SANCTION": 4,
    "MOBILIZE": 3, "AID": 3, "RETREAT": 2, "CONCEDE": 2,
}  # fmt: skip
COUNTRIES = (  # noqa: SIM905
    "DNK USA RUS UKR DEU GBR FRA SWE NOR CHN ISR PSE IRN IRQ SYR TUR AFG POL FIN NLD ITA ESP "
    "BEL GRL FRO ISL EST LVA LTU BLR GEO ARM AZE KAZ IND PAK BGD JPN KOR PRK TWN VNM THA MMR "
    "IDN PHL AUS NZL CAN MEX BRA ARG CHL COL VEN CUB EGY LBY TUN DZA MAR SDN SSD ETH SOM KEN "
    "NGA MLI NER BFA ZAF COD YEM SAU ARE QAT LBN JOR HUN SRB"
).split()
SECTORS = ("GOV", "MIL", "COP", "CVL", "JRN", "BUS", "IGO", "LEG", "JUD", "OPP", "REB", "PTY")
MODALITIES = ("asserted",) * 8 + ("claimed", "planned")
SYLLABLES = (  # noqa: SIM905
    "an gre ben ste mod for sva ret ud pol iti de mon str ant er ne ing hed sk ab lan "
    "kri g fre d s ag ve rn mi ni st rium fo lk ting by rå d hus sol da t kam p fly"
).split()
FIRST_NAMES = ("Anne", "Lars", "Mette", "Jens", "Sofie", "Ahmed", "Olga", "Ivan", "Maria", "Peter")
START = dt.date(2021, 1, 1)
DAYS = 5 * 365
START_YEAR = START.year


class Zipf:
    """Draws items with probability ~ 1 / rank**s."""

    def __init__(self, items: list, s: float = 1.1):
        self.items = items
        self.weights = list(_cumulative([1 / (rank**s) for rank in range(1, len(items) + 1)]))

    def __call__(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.weights)[0]


def _cumulative(values: list[float]):
    total = 0.0
    for value in values:
        total += value
        yield total


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


class World:
    """The vocabularies the generated documents draw from."""

    def __init__(self, seed: int):
        rng = random.Random(seed)
        self.words = Zipf(list(dict.fromkeys(_word(rng) for _ in range(12_000))), 1.05)
        names = [f"{rng.choice(FIRST_NAMES)} {_word(rng).capitalize()}" for _ in range(15_000)]
        names += [f"{_word(rng).capitalize()}s {_word(rng)}" for _ in range(5_000)]
        self.actors = Zipf(list(dict.fromkeys(names)), 1.05)
        self.actor_country = {name: rng.choice(COUNTRIES[:40]) for name in self.actors.items}
        self.actor_sector = {name: rng.choice(SECTORS) for name in self.actors.items}
        self.countries = Zipf(COUNTRIES, 1.2)
        self.types = list(TYPES), list(_cumulative(list(TYPES.values())))

    def sentence(self, rng: random.Random, words: int) -> str:
        return " ".join(self.words(rng) for _ in range(words))


def _actor(world: World, rng: random.Random, prefix: str, missing: float) -> dict:
    """The actor columns of one side of an event: a known actor, words only, or nobody."""
    draw = rng.random()
    if draw < missing:
        name = country = sector = text = None
    elif draw < missing + 0.15:  # known only by its words ("demonstranterne")
        name, sector = None, rng.choice(SECTORS)
        country = world.countries(rng) if rng.random() < 0.7 else None
        text = world.sentence(rng, rng.randint(1, 3))
    else:
        name = world.actors(rng)
        country, sector = world.actor_country[name], world.actor_sector[name]
        text = name
    return {
        f"{prefix}_name": name,
        f"{prefix}_country": country,
        f"{prefix}_sector": sector,
        f"{prefix}_text": text,
    }


def document_rows(world: World, rng: random.Random, number: int, original: dict | None) -> dict:
    """The table rows of one generated document (a copy of `original`'s when given)."""
    doc_id = f"doc{number:07d}"
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    if original is not None:
        published = original["documents"][0]["published"]
    document = {
        "id": doc_id,
        "content_hash": f"{number:064x}",
        "title": world.sentence(rng, 8),
        "text": world.sentence(rng, 250),
        "language": "da",
        "published": published,
        "published_precision": "day",
        "source": rng.choice(("Ritzau", "DR", "TV 2", "Politiken", "Berlingske", None)),
        "url": f"https://example.org/{doc_id}",
        "path": None,
        "pipeline": "benchmark",
        "summary": world.sentence(rng, 30),
        "analysis": {"document": {"id": doc_id}, "events": []},
        "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=number),
        "duplicate_of": original["documents"][0]["id"] if original else None,
        "similarity": 0.9 if original else None,
        "minhash": b"\0" * 1024,
    }
    if original is not None:
        events = [
            e | {"id": f"{doc_id}-{e['id']}", "document_id": doc_id} for e in original["events"]
        ]
    else:
        events = [_event(world, rng, doc_id, published, i) for i in range(_count(rng, 10))]
    entities = [_entity(world, rng, doc_id, i) for i in range(_count(rng, 12))]
    quotes = [_quote(world, rng, doc_id, i) for i in range(_count(rng, 2))]
    bands = [
        {"document_id": doc_id, "band_key": f"{b:02d}:{rng.getrandbits(64):016x}"}
        for b in range(16)
    ]
    return {
        "documents": [document],
        "minhash_bands": bands,
        "entities": entities,
        "quotes": quotes,
        "events": events,
    }


def _count(rng: random.Random, mean: float) -> int:
    return max(1, round(rng.gauss(mean, mean / 3)))


def _event(world: World, rng: random.Random, doc_id: str, published: dt.date, i: int) -> dict:
    undated = rng.random() < 1 / 12
    day = None if undated else published - dt.timedelta(days=min(int(rng.expovariate(0.7)), 30))
    has_place = rng.random() < 0.6
    event = rng.choices(world.types[0], cum_weights=world.types[1])[0]
    return {
        "id": f"{doc_id}-ev{i}",
        "document_id": doc_id,
        "event": event,
        "mode": None,
        "context": [],
        "cameo_root": None,
        **_actor(world, rng, "actor", 0.1),
        **_actor(world, rng, "recipient", 0.35),
        "date": day,
        "date_precision": None if undated else "day",
        "date_expression": None if undated else "tirsdag",
        "place_name": world.words(rng).capitalize() if has_place else None,
        "place_country": world.countries(rng) if has_place else None,
        "place_lat": rng.uniform(-60, 70) if has_place else None,
        "place_lon": rng.uniform(-180, 180) if has_place else None,
        "place_geonames_id": rng.randrange(10**7) if has_place else None,
        "killed": rng.randrange(20) if event == "ASSAULT" and rng.random() < 0.3 else None,
        "injured": None,
        "negated": rng.random() < 0.05,
        "modality": rng.choice(MODALITIES),
        "asserted_by": None,
        "quote_id": None,
        "anchor": world.sentence(rng, rng.randint(4, 14)),
        "sentence": i,
        "start_char": i * 100,
        "end_char": i * 100 + 60,
        "confidence": round(rng.uniform(0.4, 1.0), 2),
        "mention_count": rng.randint(1, 3),
    }


def _entity(world: World, rng: random.Random, doc_id: str, i: int) -> dict:
    name = world.actors(rng) if rng.random() < 0.7 else None
    return {
        "document_id": doc_id,
        "id": f"e{i}",
        "text": name or world.words(rng),
        "label": rng.choice(("PER", "ORG", "LOC", "NOM")),
        "start_char": i * 50,
        "end_char": i * 50 + 10,
        "sentence": i,
        "actor_name": name,
        "actor_country": world.actor_country[name] if name else None,
        "actor_sector": world.actor_sector[name] if name else None,
    }


def _quote(world: World, rng: random.Random, doc_id: str, i: int) -> dict:
    name = world.actors(rng)
    return {
        "document_id": doc_id,
        "id": f"q{i}",
        "text": world.sentence(rng, 20),
        "start_char": i * 300,
        "end_char": i * 300 + 120,
        "sentence": i,
        "speaker": name,
        "speaker_name": name,
        "speaker_country": world.actor_country[name],
        "speaker_sector": world.actor_sector[name],
        "channel": None,
    }


def build(store, documents: int, seed: int, chunk: int = 500) -> dict:
    world = World(seed)
    rng = random.Random(seed + 1)
    originals: list[dict] = []
    started = time.perf_counter()
    batch: dict[str, list] = {}
    events = 0
    for number in range(documents):
        copy_of = rng.choice(originals[-2000:]) if originals and rng.random() < 1 / 12 else None
        rows = document_rows(world, rng, number, copy_of)
        if copy_of is None:
            originals.append(rows)
            if len(originals) > 4000:
                del originals[:2000]
        events += len(rows["events"])
        for table, table_rows in rows.items():
            batch.setdefault(table, []).extend(table_rows)
        if (number + 1) % chunk == 0 or number + 1 == documents:
            write(store, batch)
            batch = {}
            if (number + 1) % (chunk * 20) == 0:
                seconds = time.perf_counter() - started
                print(f"  {number + 1} documents, {events} events, {seconds:.0f} s")
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    if hasattr(store, "optimize"):
        store.optimize()
    analyzed = time.perf_counter() - started
    return {"events": events, "load_s": loaded, "analyze_s": analyzed, "world": world}


def write(store, rows: dict[str, list]) -> None:
    """Through the store's write path; a kronist from before `Store.add_rows` gets the rows
    inserted as its `add` did (it kept nothing else)."""
    if hasattr(store, "add_rows"):
        store.add_rows(rows)
        return
    from sqlalchemy import insert

    from kronist.store.schema import documents, entities, events, minhash_bands, quotes

    with store.engine.begin() as conn:
        for table in (documents, minhash_bands, entities, quotes, events):
            conn.execute(insert(table), rows[table.name])


# --- the queries ---------------------------------------------------------------------------


def queries(world: World, rng: random.Random) -> dict:
    """Name -> a function drawing one request (path and query string) as a user would."""
    # users search for moderately common words and names, not only the commonest
    words = [w for w in world.words.items[20:3000] if len(w) >= 4]
    search = Zipf(words, 0.6)

    def window() -> tuple[str, str]:
        start = START + dt.timedelta(days=rng.randrange(DAYS - 90))
        return start.isoformat(), (start + dt.timedelta(days=90)).isoformat()

    def type_dates() -> str:
        since, until = window()
        kind = rng.choices(world.types[0], cum_weights=world.types[1])[0]
        return f"/api/events?type={kind}&since={since}&until={until}"

    def year() -> str:
        first = START_YEAR + rng.randrange(5)
        return f"/api/aggregates/daily?since={first}-01-01&until={first}-12-31"

    return {
        "events by type and dates (90 days)": type_dates,
        "events by country": lambda: f"/api/events?country={world.countries(rng)}",
        "events by country, newest first (the page's order)": lambda: (
            f"/api/events?country={world.countries(rng)}&sort=date&order=desc"
        ),
        "events by text": lambda: f"/api/events?text={search(rng)}",
        "daily aggregates for a year": year,
        "actors with counts": lambda: f"/api/actors?offset={rng.choice((0, 0, 0, 100, 200))}",
    }


def time_queries(url: str, world: World, runs: int, seed: int) -> dict[str, list[float]]:
    from fastapi.testclient import TestClient

    from kronist.api.app import create_app

    client = TestClient(create_app(url))
    rng = random.Random(seed + 2)
    timings: dict[str, list[float]] = {}
    for name, draw in queries(world, rng).items():
        client.get(draw()).raise_for_status()  # warm-up
        found = timings[name] = []
        for _ in range(runs):
            path = draw()
            started = time.perf_counter()
            response = client.get(path)
            found.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def report(url: str, built: dict, timings: dict[str, list[float]], size_mb: float | None) -> str:
    if built.get("reused"):
        made = f"built before, opened (and upgraded if older) in {built['load_s']:.1f} s"
    else:
        made = f"built in {built['load_s']:.0f} s, statistics in {built['analyze_s']:.1f} s"
    lines = [
        f"store {url}: {built['events']:,} events; {made}"
        + (f"; {size_mb:,.0f} MB" if size_mb else ""),
        f"load average {os.getloadavg()[0]:.1f} (a shared machine: other processes take cores)",
        "",
        "| API query | p50 ms | p95 ms | max ms |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, values in timings.items():
        lines.append(
            f"| {name} | {statistics.median(values):.0f} | {percentile(values, 0.95):.0f} "
            f"| {max(values):.0f} |"
        )
    return "\n".join(lines)


def reopen(url: str, seed: int) -> dict:
    """A store built before with the same seed (an older one is upgraded when opened)."""
    from kronist.store import Store

    started = time.perf_counter()
    with Store(url) as store:
        events = store.stats()["events"]
    opened = time.perf_counter() - started
    return {"events": events, "load_s": opened, "reused": True, "world": World(seed)}


SCALE_SCHEMA = "kronist_store_scale"


def postgres_store(url: str, fresh: bool = True) -> str:
    """The store URL of a schema of its own in the PostgreSQL database at `url`: made anew when
    `fresh` (its previous content dropped), with pg_trgm kept in `public` where other schemas
    find it."""
    from sqlalchemy import create_engine, text

    from kronist.store import normalize_url

    if fresh:
        engine = create_engine(normalize_url(url))
        with engine.begin() as conn:
            with conn.begin_nested() as attempt:
                try:
                    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
                except Exception:  # the store then searches without it
                    attempt.rollback()
            conn.execute(text(f"DROP SCHEMA IF EXISTS {SCALE_SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {SCALE_SCHEMA}"))
        engine.dispose()
    separator = "&" if "?" in url else "?"
    return f"{normalize_url(url)}{separator}options=-csearch_path%3D{SCALE_SCHEMA}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument(
        "--db", help="a PostgreSQL URL (emptied first!); default: a new SQLite file"
    )
    parser.add_argument("--runs", type=int, default=40, help="requests per query")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="keep the SQLite store at this path")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time the queries on the store built before (at --keep, or --db's schema; same seed)",
    )
    args = parser.parse_args()
    from kronist.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "scale.db"
        built = None
        if args.reuse and args.db:
            url = postgres_store(args.db, fresh=False)
            built = reopen(url, args.seed)
        elif args.reuse and args.keep and path.exists():
            url = str(path)
            built = reopen(url, args.seed)
        elif args.db:
            url = postgres_store(args.db)
        else:
            path.unlink(missing_ok=True)
            url = str(path)
        if built is None:
            with Store(url) as store:
                print(f"building {args.documents:,} documents into {store.display_url} ...")
                built = build(store, args.documents, args.seed)
        timings = time_queries(url, built["world"], args.runs, args.seed)
        size = path.stat().st_size / 1e6 if not args.db else None
        print(report(url if not args.db else "PostgreSQL", built, timings, size))


if __name__ == "__main__":
    main()
