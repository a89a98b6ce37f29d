"""Where users wait: kronist against bare spaCy, in one run, on one real-text corpus.

    python benchmarks/speed.py [--corpus dev|generated] [--runs 5] [--batch-documents 300]
                               [--batch-runs 3] [--no-batch] [--json FILE]

The corpus is `../shared/dev/articles` (real Danish news, read at run time, never copied) when
present, else generated articles (benchmarks/corpus.py); `--corpus generated` forces those.
Four measures, each against a baseline measured in the same run, min and median of several runs
(the machine may be shared: other processes take cores, so wall times vary; CPU times less):

1. stages: CPU of `kronist.analyze` over the corpus / CPU of the bare spaCy pipeline (the
   shipped trained model loaded with `spacy.load`, nothing of kronist's added) over the same
   texts, in one process, after warming both up;
2. start-up: CPU and wall time of one `kronist analyze --format json` process on the corpus's
   shortest article / a bare-spaCy process (import spaCy, load the model, parse the article);
3. batch worker: time from starting a local-engine worker to the worker being ready (pipeline
   loaded, warm-up analysis done), its CPU and resident memory: started afresh (spawn, the
   fallback), and forked from this process once it has the pipeline loaded (as `kronist batch`
   starts its workers on Linux), with the memory that is the fork's own (not shared with the
   parent) after one article;
4. batch scaling: wall time of `kronist batch` end to end (fresh process, start-up included) on
   the corpus cycled to `--batch-documents` articles, 1 worker / 2 workers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Heavy imports stay inside the functions: spawned batch workers re-import this module.

HERE = Path(__file__).resolve().parent
SHARED_ARTICLES = HERE.parents[1] / "shared" / "dev" / "articles"

BARE_PROCESS = """
import sys
import spacy
import kronist.nlp.features  # registers the lexicon-flag callback the model's config names
from kronist.nlp import model_path
nlp = spacy.load(model_path("da"))
with open(sys.argv[1], encoding="utf-8") as handle:
    print(len(nlp(handle.read())))
"""


# --- the corpus -------------------------------------------------------------------------------


def load_corpus(kind: str, generated_count: int = 40) -> tuple[str, list]:
    """(description, documents) of the chosen corpus."""
    from kronist.ingest import ReadError, read_paths

    if kind == "dev":
        documents = [d for d in read_paths([SHARED_ARTICLES]) if not isinstance(d, ReadError)]
        return f"{len(documents)} real articles from {SHARED_ARTICLES}", documents
    sys.path.insert(0, str(HERE))
    from corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(Path(tmp) / "generated.jsonl", generated_count)
        documents = [d for d in read_paths([path]) if not isinstance(d, ReadError)]
    return f"{len(documents)} generated articles (benchmarks/corpus.py)", documents


def write_jsonl(documents: list, count: int, path: Path) -> Path:
    """The documents cycled to `count` records (each copy with its own id)."""
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            document = documents[number % len(documents)]
            record = {
                "id": f"speed-{number:05d}",
                "title": document.title,
                "text": document.text,
                "published": document.published.isoformat() if document.published else None,
                "source": document.source,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_article(document, path: Path) -> Path:
    """One document in the plain-text article format (headline, date header, body)."""
    header = f"date: {document.published.isoformat()}\n" if document.published else ""
    path.write_text(f"{document.title}\n{header}\n{document.text}\n", encoding="utf-8")
    return path


# --- 1. kronist's stages against the bare spaCy pipeline --------------------------------------


def stage_ratio(documents: list, runs: int) -> dict:
    import spacy

    import kronist.nlp.features  # noqa: F401  (the model's lexicon-flag callback)
    from kronist.memo import forget_all
    from kronist.nlp import model_path
    from kronist.pipeline import analyze
    from kronist.quotes.speakers import actor_for_phrase

    bare = spacy.load(model_path("da"))
    texts = [document.full_text for document in documents]
    for document in documents[:3]:  # warm-up: lazy tables, caches, memory
        bare(document.full_text)
        analyze(document)
    spacy_cpu, kronist_cpu = [], []
    for _ in range(runs):
        spacy_cpu.append(_cpu(lambda: [bare(text) for text in texts]))
        actor_for_phrase.cache_clear()  # each run sees the speaker phrases for the first time
        forget_all()  # and the words (kronist.memo)
        kronist_cpu.append(_cpu(lambda: [analyze(document) for document in documents]))
    return {"bare_spacy_cpu_s": spacy_cpu, "analyze_cpu_s": kronist_cpu}


def _cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


# --- 2. process start-up ----------------------------------------------------------------------


def kronist_command() -> list[str]:
    script = Path(sys.executable).with_name("kronist")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kronist"]


def startup(article: Path, runs: int) -> dict:
    commands = {
        "bare_spacy": [sys.executable, "-c", BARE_PROCESS, str(article)],
        "kronist_analyze": [*kronist_command(), "analyze", str(article), "--format", "json"],
    }
    results = {name: {"cpu": [], "wall": []} for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            cpu, wall = _run_measured(command)
            results[name]["cpu"].append(cpu)
            results[name]["wall"].append(wall)
    return results


def _run_measured(command: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_one_thread_env()
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def _one_thread_env() -> dict[str, str]:
    threads = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
    return os.environ | dict.fromkeys(threads, "1")


# --- 3. a batch worker getting ready -----------------------------------------------------------


def worker_ready(runs: int, method: str = "spawn", article: object = None) -> dict:
    """A local-engine worker started by `method`; with "fork", this process loads the pipeline
    first (not timed) and `article` is analysed in the worker before its own memory is read."""
    from kronist.batch.local import worker_pool
    from kronist.batch.worker import warm_up

    if method == "fork":
        warm_up()
    ready, cpu, rss, peak, private = [], [], [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        with worker_pool(1, method) as pool:
            pid = pool.submit(os.getpid).result()
            ready.append(time.perf_counter() - started)
            cpu.append(_process_cpu(pid))
            status = _proc_status(pid)
            rss.append(status["VmRSS"])
            peak.append(status["VmHWM"])
            if article is not None:
                pool.submit(_analyse, article).result()
                private.append(_private_mb(pid))
    return {
        "method": method,
        "ready_s": ready,
        "cpu_s": cpu,
        "rss_mb": rss,
        "peak_rss_mb": peak,
        "private_mb": private,
    }


def _analyse(document) -> int:
    from kronist.pipeline import analyze

    return len(analyze(document).events)


def _private_mb(pid: int) -> float:
    """Memory of the process's own: pages no other process shares (smaps_rollup)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, value = line.partition(":")
        fields[key] = int(value.split()[0]) if value.split() else 0
    return (fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)) / 1024


def _process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_status(pid: int) -> dict[str, float]:
    status = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            status[key] = int(value.split()[0]) / 1024
    return status


# --- 4. batch scaling --------------------------------------------------------------------------


def batch_scaling(corpus: Path, folder: Path, runs: int) -> dict:
    walls: dict[str, list[float]] = {"1": [], "2": []}
    for run in range(runs):
        for workers in walls:
            output = folder / f"batch-{workers}-{run}"
            command = [*kronist_command(), "batch", str(corpus), str(output), "--workers", workers]
            _, wall = _run_measured(command)
            walls[workers].append(wall)
            shutil.rmtree(output, ignore_errors=True)
    return {"workers_1_s": walls["1"], "workers_2_s": walls["2"]}


# --- the report --------------------------------------------------------------------------------


def _fmt(values: list[float], digits: int = 2) -> str:
    return f"{min(values):.{digits}f} / {statistics.median(values):.{digits}f}"


def _ratio(top: list[float], bottom: list[float]) -> str:
    median = statistics.median(top) / statistics.median(bottom)
    return f"{min(top) / min(bottom):.2f}× / {median:.2f}×"


def report(results: dict) -> str:
    lines = [
        f"kronist speed, {results['date']}, {results['machine']}",
        f"corpus: {results['corpus']}",
        f"load average {results['load_before']:.1f} before, {results['load_after']:.1f} after "
        f"({results['cores']} cores; other processes may share them: figures are min / median "
        "of the runs, ratios taken against baselines of the same run)",
        "",
        "| measure | kronist (min / median) | baseline (min / median) | ratio (min / median) |",
        "| --- | ---: | ---: | ---: |",
    ]
    stages = results["stages"]
    lines.append(
        f"| analyze CPU s, whole corpus / bare spaCy pipeline | {_fmt(stages['analyze_cpu_s'])} "
        f"| {_fmt(stages['bare_spacy_cpu_s'])} "
        f"| {_ratio(stages['analyze_cpu_s'], stages['bare_spacy_cpu_s'])} |"
    )
    up = results["startup"]
    for kind in ("cpu", "wall"):
        lines.append(
            f"| one `kronist analyze` process, {kind} s / bare-spaCy process "
            f"| {_fmt(up['kronist_analyze'][kind])} | {_fmt(up['bare_spacy'][kind])} "
            f"| {_ratio(up['kronist_analyze'][kind], up['bare_spacy'][kind])} |"
        )
    worker = results["worker"]
    lines += [
        f"| batch worker ready (spawn + load + warm-up), wall s | {_fmt(worker['ready_s'])} | | |",
        f"| batch worker ready, CPU s | {_fmt(worker['cpu_s'])} | | |",
        f"| batch worker resident memory, MB (peak) | {_fmt(worker['rss_mb'], 0)} "
        f"({max(worker['peak_rss_mb']):.0f}) | | |",
    ]
    if forked := results.get("worker_fork"):
        lines += [
            f"| batch worker ready, forked from the loaded parent, wall ms "
            f"| {_fmt([1000 * s for s in forked['ready_s']], 0)} | | |",
            f"| forked worker's own memory after one article, MB (resident) "
            f"| {_fmt(forked['private_mb'], 0)} ({_fmt(forked['rss_mb'], 0)}) | | |",
        ]
    if batch := results.get("batch"):
        one, two = batch["workers_1_s"], batch["workers_2_s"]
        lines.append(
            f"| `kronist batch` {results['batch_documents']} articles, 2 workers, wall s "
            f"/ 1 worker (speed-up) | {_fmt(two)} | {_fmt(one)} | {_ratio(one, two)} |"
        )
    return "\n".join(lines)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_corpus = "dev" if SHARED_ARTICLES.is_dir() else "generated"
    parser.add_argument("--corpus", choices=("dev", "generated"), default=default_corpus)
    parser.add_argument("--runs", type=int, default=5, help="runs of the stage/start-up measures")
    parser.add_argument("--batch-documents", type=int, default=300)
    parser.add_argument("--batch-runs", type=int, default=3)
    parser.add_argument("--no-batch", action="store_true", help="skip the batch scaling runs")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if args.corpus == "dev" and not SHARED_ARTICLES.is_dir():
        print(f"{SHARED_ARTICLES} is absent: use --corpus generated")
        return
    results: dict = {
        "date": dt.date.today().isoformat(),
        "machine": machine(),
        "cores": len(os.sched_getaffinity(0)),
        "load_before": os.getloadavg()[0],
        "batch_documents": args.batch_documents,
    }
    results["corpus"], documents = load_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shortest = min(documents, key=lambda d: len(d.full_text.split()))
        article = Path(shortest.path or "")
        if not article.is_file():
            article = write_article(shortest, folder / "shortest.txt")
        results["startup_article_words"] = len(shortest.full_text.split())
        results["startup"] = startup(article, args.runs)
        results["worker"] = worker_ready(args.runs)
        if not args.no_batch:
            corpus = write_jsonl(documents, args.batch_documents, folder / "batch.jsonl")
            results["batch"] = batch_scaling(corpus, folder, args.batch_runs)
    results["stages"] = stage_ratio(documents, args.runs)
    from kronist.batch.local import start_method

    if start_method() == "fork":  # after the stages: this process has the pipeline loaded
        results["worker_fork"] = worker_ready(args.runs, "fork", documents[0])
    results["load_after"] = os.getloadavg()[0]
    print(report(results))
    print(f"(start-up article: {results['startup_article_words']} words)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
