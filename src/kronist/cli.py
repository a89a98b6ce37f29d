"""The `kronist` command: thin wrappers that parse arguments, call the library and print."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from typer.core import TyperArgument, TyperCommand, TyperGroup

import kronist
from kronist import render
from kronist.budget import DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS


class PlainHelp:
    """Help that names values (DATE, URL, TEXT) instead of Python types (<str>, <list[Path]>)."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None  # its name already says it
            elif param.metavar is None:
                param.metavar = "" if getattr(param, "is_flag", False) else _value_name(param)
        return params


def _value_name(param) -> str:
    bare = param.bare_type() if hasattr(param, "bare_type") else ""
    return {"int": "N", "float": "NUMBER", "Path": "PATH"}.get(bare, "TEXT")


class PlainHelpCommand(PlainHelp, TyperCommand):
    pass


class PlainHelpGroup(PlainHelp, TyperGroup):
    pass


class KronistTyper(typer.Typer):
    def command(self, *args, **kwargs):
        kwargs.setdefault("cls", PlainHelpCommand)
        return super().command(*args, **kwargs)


app = KronistTyper(
    cls=PlainHelpGroup,
    help="kronist: news articles in, structured and sourced event data out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help="Store URL or SQLite path (default: $KRONIST_DB or the user data dir).",
    ),
]

# The event filters of `events` and `export` (one definition, the store's EventFilter).
SinceOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Events on or after YYYY-MM-DD.")
]
UntilOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Events on or before YYYY-MM-DD.")
]
TypeOption = Annotated[
    str | None, typer.Option("--type", metavar="TYPE", help="PLOVER type, e.g. ASSAULT.")
]
ActorOption = Annotated[
    str | None, typer.Option(metavar="NAME", help="Actor or recipient name contains.")
]
CountryOption = Annotated[
    str | None,
    typer.Option(metavar="ISO3", help="ISO alpha-3 of actor, recipient or place, e.g. UKR."),
]
TextOption = Annotated[str | None, typer.Option(metavar="WORDS", help="Event text contains.")]

EVENT_LIST_FORMATS = ("table", "jsonl")


def _print_version(value: bool) -> None:
    if value:
        console.print(f"kronist {kronist.__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """kronist: news articles in, structured and sourced event data out."""


def _fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def _parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)", 2) from None


def _parse_published(value: str | None) -> tuple[dt.date | None, str | None]:
    """--published: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), with its precision."""
    if value is None:
        return None, None
    from kronist.ingest.fields import parse_published

    try:
        date, precision = parse_published(value)
    except ValueError:
        date = None
    if date is None or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value.strip()):
        raise _fail(f"--published: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", 2)
    return date, precision


PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) for documents that carry none.",
    ),
]


def _progress(auto_refresh: bool = True) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=False,
        auto_refresh=auto_refresh,
    )


def _open_store(db: str | None, create: bool = True):
    """The store; read-only commands pass create=False and never make one."""
    from kronist.store import NoStoreError, Store, StoreError, display_url, redact

    try:
        return Store(db, create=create)
    except NoStoreError as exc:
        raise _fail(str(exc)) from None
    except (StoreError, Exception) as exc:
        where = display_url(db) if db else "(default)"
        raise _fail(redact(f"cannot open the store {where}: {exc}", db)) from None


MaxCharsOption = Annotated[
    int,
    typer.Option("--max-chars", help="Longest article analysed, in characters (0: no limit)."),
]
MaxSecondsOption = Annotated[
    float,
    typer.Option("--max-seconds", help="Time one article's analysis may take (0: no limit)."),
]


def _budget(max_chars: int, max_seconds: float):
    from kronist.budget import Budget

    return Budget(max_chars=max_chars or None, max_seconds=max_seconds or None)


def _analyse(run, item, budget) -> tuple[object | None, str | None]:
    """(analysis, None), or (None, why it failed) for one document: one line, no traceback."""
    from kronist.budget import OverBudget

    try:
        return run(item, budget=budget), None
    except OverBudget as exc:
        return None, str(exc)
    except Exception as exc:  # a batch goes on past a bad item
        return None, f"could not be analysed ({type(exc).__name__}: {exc})"


def _print_notes(console_: Console, analysis, path: str | None) -> None:
    for note in analysis.notes:
        console_.print(f"[yellow]warning[/yellow] {path or '<text>'}: {note}", highlight=False)


@app.command()
def analyze(
    article: Annotated[str, typer.Argument(help="Article file (text, JSONL, HTML, feed) or '-'.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (reference for 'tirsdag').")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="table | json | jsonl (one event per line)")
    ] = "table",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    max_seconds: MaxSecondsOption = DEFAULT_MAX_SECONDS,
) -> None:
    """Analyse one article and print what happened in it."""
    from kronist.ingest import ReadError, read_paths
    from kronist.pipeline import analyze as run

    if output_format not in ("table", "json", "jsonl"):
        raise _fail(f"--format must be table, json or jsonl, not {output_format!r}", 2)
    reference = _parse_date(published, "--published")
    budget = _budget(max_chars, max_seconds)
    analysed = failed = 0
    for item in read_paths([article]):
        if isinstance(item, ReadError):
            errors.print(render.read_error(item), highlight=False)
            continue
        if reference:
            item = item.model_copy(update={"published": reference, "published_precision": "day"})
        analysis, failure = _analyse(run, item, budget)
        if analysis is None:
            errors.print(f"[red]error[/red] {item.path or article}: {failure}", highlight=False)
            failed += 1
            continue
        _print_notes(errors, analysis, item.path or article)
        analysed += 1
        if output_format == "json":
            sys.stdout.write(analysis.model_dump_json(indent=2) + "\n")
        elif output_format == "jsonl":
            for event in analysis.events:
                sys.stdout.write(
                    json.dumps(render.event_record(analysis, event), ensure_ascii=False) + "\n"
                )
        else:
            render.print_analysis(console, analysis)
    if failed:
        raise typer.Exit(1)
    if analysed == 0:
        raise _fail(f"{article}: no article could be read")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (recursive), or '-'.")],
    db: DbOption = None,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    max_seconds: MaxSecondsOption = DEFAULT_MAX_SECONDS,
    published: PublishedOption = None,
) -> None:
    """Read articles, analyse them and store every document with its analysis."""
    from kronist.ingest import ReadError, count_candidates, read_paths
    from kronist.ingest.fields import with_default_published
    from kronist.pipeline import analyze as run

    budget = _budget(max_chars, max_seconds)
    default = _parse_published(published)
    store = _open_store(db)
    keys = ("read", "stored", "duplicates", "near_duplicates", "failed", "undated")
    counts = dict.fromkeys(keys, 0)
    with _progress() as progress:
        task = progress.add_task("ingesting", total=count_candidates(paths) or None)
        current_path = None
        for item in read_paths(paths):
            path = item.path
            if path != current_path:
                if current_path is not None:
                    progress.advance(task)
                current_path = path
            if isinstance(item, ReadError):
                progress.console.print(render.read_error(item), highlight=False)
                counts["failed"] += item.fatal
                continue
            counts["read"] += 1
            item = with_default_published(item, *default)
            try:
                if store.find_by_hash(item.content_hash):
                    counts["duplicates"] += 1
                    continue
            except Exception as exc:
                raise _fail(f"the store {store.url} failed: {type(exc).__name__}: {exc}") from None
            analysis, failure = _analyse(run, item, budget)
            if analysis is not None:
                _print_notes(progress.console, analysis, path)
                try:
                    result = store.add(analysis)
                except Exception as exc:  # a batch goes on past a bad item
                    analysis, failure = None, f"not stored ({type(exc).__name__}: {exc})"
            if analysis is None:
                counts["failed"] += 1
                progress.console.print(f"[red]failed[/red] {path}: {failure}", highlight=False)
                continue
            key = {"stored": "stored", "duplicate": "duplicates"}.get(
                result.status, "near_duplicates"
            )
            counts[key] += 1
            counts["stored"] += key == "near_duplicates"
            counts["undated"] += key != "duplicates" and item.published is None
        if current_path is not None:
            progress.advance(task)
    if counts["stored"]:
        store.optimize()  # the query planner's statistics, for the store's new size
    console.print(render.ingest_summary(counts, store.display_url))
    if counts["stored"] + counts["duplicates"] == 0:
        raise typer.Exit(1)  # nothing read, or every document read failed


def _event_filter(
    since: str | None,
    until: str | None,
    event_type: str | None,
    actor: str | None,
    country: str | None,
    text: str | None = None,
    limit: int | None = None,
):
    """The store's EventFilter from the command line's filter options (checked)."""
    from kronist.model import PLOVER_EVENT_TYPES
    from kronist.store import EventFilter

    if event_type and event_type.upper() not in PLOVER_EVENT_TYPES:
        raise _fail(
            f"--type {event_type!r} is not a PLOVER event type ({', '.join(PLOVER_EVENT_TYPES)})", 2
        )
    if country and not (len(country) == 3 and country.isalpha()):
        raise _fail(f"--country {country!r} is not an ISO alpha-3 code such as UKR", 2)
    return EventFilter(
        since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"),
        type=event_type,
        actor=actor,
        country=country,
        text=text,
        limit=limit,
    )


@app.command()
def events(
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    country: CountryOption = None,
    text: TextOption = None,
    limit: Annotated[int, typer.Option(metavar="N", help="At most this many events.")] = 100,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="table | jsonl")
    ] = "table",
) -> None:
    """List stored events."""
    if output_format not in EVENT_LIST_FORMATS:
        raise _fail(
            f"--format must be {' or '.join(EVENT_LIST_FORMATS)}, not {output_format!r} "
            "(files in other formats: kronist export)",
            2,
        )
    flt = _event_filter(since, until, event_type, actor, country, text, limit)
    rows = _open_store(db, create=False).events(flt)
    if output_format == "jsonl":
        from kronist.export import plover_record

        for row in rows:
            sys.stdout.write(json.dumps(plover_record(row), ensure_ascii=False, default=str) + "\n")
    else:
        render.print_event_rows(console, rows)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(metavar="OUT", help="Output file.")],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="jsonl | json | csv | parquet (default: from OUT's suffix; csv with a preset).",
        ),
    ] = None,
    preset: Annotated[
        str | None,
        typer.Option(
            metavar="PRESET", help="acled | gdelt: that dataset's columns (see the README)."
        ),
    ] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    country: CountryOption = None,
) -> None:
    """Write stored events as PLOVER JSONL/JSON, CSV or Parquet, or in ACLED's or GDELT's shape."""
    from kronist.export import FORMATS, format_for, write_events
    from kronist.presets import PRESET_NAMES

    fmt = format_for(output, output_format, preset)
    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}", 2)
    if preset is not None and preset not in PRESET_NAMES:
        raise _fail(f"--preset must be one of {', '.join(PRESET_NAMES)}, not {preset!r}", 2)
    flt = _event_filter(since, until, event_type, actor, country)
    seen = 0

    def counted(rows):
        nonlocal seen
        for row in rows:
            seen += 1
            yield row

    written = write_events(
        counted(_open_store(db, create=False).iter_events(flt)), output, fmt, preset
    )
    shape = f"{fmt}, {preset} columns" if preset else fmt
    console.print(f"wrote {written} events to {output} ({shape})", highlight=False)
    if seen > written:
        console.print(
            f"left out {seen - written} events {preset.upper()} would not hold (see the README)",
            highlight=False,
        )


@app.command(name="eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files.")],
    articles_dir: Annotated[Path, typer.Argument(help="Folder of the articles they name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    examples: Annotated[
        int, typer.Option("--examples", help="Show the first N errors of each cause.")
    ] = 0,
    by_type: Annotated[
        bool, typer.Option("--by-type", help="Precision and recall per event type.")
    ] = False,
) -> None:
    """Score the pipeline against gold annotations."""
    from kronist.evaluation import GoldError, read_article
    from kronist.evaluation import evaluate as run_eval
    from kronist.pipeline import analyze as run

    for folder in (gold_dir, articles_dir):
        if not folder.is_dir():
            raise _fail(f"{folder}: no such folder", 2)
    try:
        with _progress() as progress:
            task = progress.add_task("evaluating", total=len(list(gold_dir.glob("*.json"))))
            report = run_eval(
                gold_dir, read_article, run, articles_dir, lambda _d: progress.advance(task)
            )
    except GoldError as exc:
        raise _fail(str(exc), 2) from None
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        render.print_eval(console, report, examples)
        if by_type:
            render.print_types(console, report)


@app.command()
def stats(db: DbOption = None) -> None:
    """Count what the store holds."""
    store = _open_store(db, create=False)
    console.print(f"store: {store.display_url}", highlight=False)
    for key, value in store.stats().items():
        console.print(f"  {key}: {value}")


@app.command()
def info(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print it as JSON.")] = False,
) -> None:
    """Show the version, the linguistic model, the language data and where the store is."""
    from kronist.info import describe

    described = describe(db)
    if as_json:
        sys.stdout.write(json.dumps(described, indent=2, ensure_ascii=False) + "\n")
    else:
        render.print_info(console, described)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """Serve the REST API and the analysts' web page."""
    from kronist.api import serve as run_server

    _open_store(db, create=False).close()  # a clear message when there is no store
    console.print(f"kronist on http://{host}:{port}/ (API docs: /docs)")
    run_server(db, host, port)


@app.command()
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Files and folders: JSONL, Parquet or any format `ingest` reads."),
    ],
    output: Annotated[
        str, typer.Argument(help="Output folder (overwritten), or with Spark any Hadoop URL.")
    ],
    engine: Annotated[str, typer.Option(help="local (all cores) or spark.")] = "local",
    master: Annotated[
        str | None, typer.Option(help="Spark master URL (default: spark-submit's, else local[*]).")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(help="Parts the input is cut into (default: 4 per worker).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes (local) or local[N] cores (spark).")
    ] = None,
    published: PublishedOption = None,
) -> None:
    """Analyse many articles in parallel (local cores or Apache Spark) into partitioned Parquet."""
    from kronist.batch import BatchError, run_batch

    default = _parse_published(published)
    unit = "splits" if engine == "local" else "Spark tasks"
    # The local engine's bar is redrawn as splits finish, not by a thread of its own: workers
    # start as copies of this process only when no other thread runs in it (kronist.batch.local).
    local = engine == "local"
    with _progress(auto_refresh=not local) as bar:
        task = bar.add_task(f"starting {engine} workers", total=None)

        def report(done: int, total: int) -> None:
            description = f"analysing ({unit})"
            bar.update(task, description=description, completed=done, total=total, refresh=local)

        try:
            result = run_batch(
                inputs, output, engine, master, partitions, workers, report, published=default
            )
        except BatchError as error:
            raise _fail(str(error), 2) from None
    console.print(
        f"{result.documents} documents ({result.near_duplicates} near-duplicates), "
        f"{result.events} events, {result.quotes} quotes, {result.errors} errors, "
        f"{result.duplicates} exact duplicates left out; {result.seconds:.1f} s -> {result.output}"
    )
    if result.undated:
        console.print(render.undated_warning(result.undated))
    if result.documents == 0:
        raise typer.Exit(1)


@app.command()
def load(
    output: Annotated[Path, typer.Argument(help="A folder written by `kronist batch`.")],
    db: DbOption = None,
) -> None:
    """Put a batch result into the store (idempotent: loading twice adds nothing)."""
    from kronist.batch import BatchError, load_batch

    try:
        counts = load_batch(output, db)
    except BatchError as error:
        raise _fail(str(error), 2) from None
    console.print(
        f"{counts['documents']} documents read: {counts['stored']} stored "
        f"({counts['near_duplicates']} near-duplicates), {counts['duplicates']} already stored, "
        f"{counts['failed']} failed"
    )


@app.command()
def train(
    lang: Annotated[str, typer.Argument(help="Language code.")] = "da",
    quick: Annotated[
        bool, typer.Option(help="A few hundred steps on a slice (smoke test).")
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            help="Write the model here (default: the user data folder, never the installed "
            "package; KRONIST_MODELS=<its parent> loads it)."
        ),
    ] = None,
    shared: Annotated[
        Path | None, typer.Option(help="The shared folder with data/ (default ../shared).")
    ] = None,
) -> None:
    """Train the linguistic pipeline from the openly licensed corpora in shared/data/."""
    from kronist.train import train as run_training

    scores = run_training(lang=lang, quick=quick, output=output, shared=shared)
    console.print_json(data=scores)
    target = Path(scores["output"])
    errors.print(
        f"model written to {target}; use it with KRONIST_MODELS={target.parent}", highlight=False
    )


@app.command(name="evaluate-model")
def evaluate_model(
    lang: Annotated[str, typer.Argument(help="Language code.")] = "da",
    shared: Annotated[
        Path | None, typer.Option(help="The shared folder with data/ (default ../shared).")
    ] = None,
) -> None:
    """Score the shipped linguistic pipeline on held-out data (NER F1, UPOS, LAS)."""
    from kronist.train import evaluate_model as run_model_eval

    console.print_json(data=run_model_eval(lang=lang, shared=shared))


if __name__ == "__main__":
    app()
