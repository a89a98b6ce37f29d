"""Documents/second of kronist's batch engines on one machine, against the bare spaCy pipeline.

In one run, on one generated corpus (benchmarks/corpus.py):
- bare spaCy: `kronist.nlp.load_pipeline("da").pipe(texts)`, one core (the peer baseline);
- the full kronist pipeline, one core (`kronist.analyze` document after document);
- `kronist batch` with the local engine, one worker then all cores, each in a fresh process
  (end to end: start-up, model loading, reading, analysis, de-duplication, Parquet);
- `kronist batch` with Spark on local[2]: a first batch on cold Python workers (model loading
  included), then a second batch of other articles on the same, warm workers (session start-up
  reported apart);
- the start-up of a batch process (one article), to tell fixed cost from throughput;
- the resident memory of one process with the pipeline loaded (what each worker needs).

python benchmarks/throughput.py [--documents 100] [--spark-master local[2]] [--no-spark]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from kronist.batch import run_batch  # noqa: E402
from kronist.batch.local import default_workers  # noqa: E402
from kronist.ingest import ReadError, read_paths  # noqa: E402

RSS_PROBE = """
import json, sys
from kronist.ingest import read_paths
from kronist.pipeline import analyze
for number, document in enumerate(read_paths([sys.argv[1]])):
    if number == 20:
        break
    analyze(document)
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({k: int(status[k].split()[0]) // 1024 for k in ("VmRSS", "VmHWM")}))
"""


def documents_of(corpus: Path) -> list:
    return [item for item in read_paths([corpus]) if not isinstance(item, ReadError)]


def bare_spacy(documents: list, warm_up: list) -> dict:
    from kronist.nlp import load_pipeline

    nlp = load_pipeline("da")
    list(nlp.pipe(d.full_text for d in warm_up))
    started = time.perf_counter()
    for _ in nlp.pipe(d.full_text for d in documents):
        pass
    return _rate(len(documents), time.perf_counter() - started)


def kronist_one_core(documents: list, warm_up: list) -> dict:
    from kronist.pipeline import analyze

    for document in warm_up:
        analyze(document)
    started = time.perf_counter()
    events = sum(len(analyze(d).events) for d in documents)
    return _rate(len(documents), time.perf_counter() - started) | {"events": events}


def local_engine(corpus: Path, output: Path, workers: int) -> dict:
    """`run_batch` in a fresh process, timed from the process start."""
    code = (
        "import dataclasses, json, sys; from pathlib import Path; "
        "from kronist.batch import run_batch; "
        "r = run_batch([Path(sys.argv[1])], Path(sys.argv[2]), engine='local', "
        "workers=int(sys.argv[3])); print(json.dumps(dataclasses.asdict(r)))"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(output), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return _rate(result["documents"], seconds) | {"workers": workers}


def spark_engine(corpora: list[Path], output: Path, master: str) -> dict:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(master)
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    session = time.perf_counter() - started
    try:
        cold, warm = (run_batch([c], output, engine="spark", master=master) for c in corpora)
    finally:
        spark.stop()
    return {
        "master": master,
        "session_s": session,
        "cold": _rate(cold.documents, cold.seconds),
        "warm": _rate(warm.documents, warm.seconds),
    }


def worker_memory(corpus: Path) -> dict:
    probe = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, str(corpus)], capture_output=True, text=True, check=True
    )
    return json.loads(probe.stdout.strip().splitlines()[-1])


def _rate(documents: int, seconds: float) -> dict:
    return {"documents": documents, "seconds": round(seconds, 2), "docs_per_s": documents / seconds}


def report(results: dict) -> str:
    spacy_rate = results["bare_spacy"]["docs_per_s"]
    startup = results["startup"]["seconds"]
    spark = results.get("spark", {})
    master = spark.get("master", "")
    rows = [
        ("bare spaCy pipeline, 1 core (peer baseline)", results["bare_spacy"], False),
        ("kronist pipeline, 1 core", results["kronist_1_core"], False),
        ("local engine, 1 worker, end to end", results.get("local_1"), True),
        (f"local engine, {results['cores']} workers, end to end", results.get("local_all"), True),
        (f"Spark {master}, end to end, cold workers", spark.get("cold"), False),
        (f"Spark {master}, end to end, warm workers", spark.get("warm"), False),
    ]
    lines = [
        f"corpus: {results['documents']} generated articles, {results['cores']} cores, "
        f"load average {results['load_before']:.1f} before / {results['load_after']:.1f} after",
        "",
        "| run | documents/s | seconds | vs bare spaCy | documents/s net of start-up |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, row, has_startup in rows:
        if not row:
            continue
        rate, seconds = row["docs_per_s"], row["seconds"]
        net = f"{row['documents'] / (seconds - startup):.2f}" if has_startup else ""
        lines.append(f"| {name} | {rate:.2f} | {seconds:.1f} | {rate / spacy_rate:.2f} | {net} |")
    lines += [
        "",
        f"start-up of a batch process (one article, one worker, fresh process): {startup:.1f} s",
    ]
    if spark:
        lines.append(f"Spark session start-up (not counted above): {spark['session_s']:.1f} s")
    memory = results["memory_mb"]
    lines.append(
        f"one process with the pipeline loaded: {memory['VmRSS']} MB resident "
        f"(peak {memory['VmHWM']} MB) after analysing 20 articles"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--spark-master", default="local[2]")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    cores = default_workers()
    results: dict = {"documents": args.documents, "cores": cores, "load_before": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder / "corpus.jsonl", args.documents, args.seed)
        other = write_corpus(folder / "other.jsonl", args.documents, args.seed + 1)
        documents = documents_of(corpus)
        warm_up = documents_of(other)[:10]
        results["bare_spacy"] = bare_spacy(documents, warm_up)
        results["kronist_1_core"] = kronist_one_core(documents, warm_up)
        single = write_corpus(folder / "single.jsonl", 1, args.seed + 2)
        results["startup"] = local_engine(single, folder / "startup", 1)
        results["local_1"] = local_engine(corpus, folder / "local-1", 1)
        if cores > 1:
            results["local_all"] = local_engine(corpus, folder / "local-all", cores)
        if not args.no_spark:
            corpora = [corpus, other]
            results["spark"] = spark_engine(corpora, folder / "spark", args.spark_master)
        results["memory_mb"] = worker_memory(corpus)
    results["load_after"] = os.getloadavg()[0]
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
