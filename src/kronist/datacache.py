"""Derived lookup tables kept between runs, so that a process starts in a fraction of the time.

At start-up kronist builds indexes from large data files of other packages (GeoNames' cities,
spaCy's lemma table, CLDR names): seconds of work each time, always with the same result while
those files, kronist's language data and the code building the index stay the same.
`cached(name, build, sources)` returns `build()`'s value; the first time it also writes the value
to the user cache folder (marshal: dicts, lists, tuples, strings, numbers, None) and later reads
it from there, as long as nothing changed: the Python and kronist versions and the size and
modification time of each source (the data files and the modules holding the building code)
and the versions of the packages whose data it reads.
A missing, stale or unreadable file is rebuilt; a cache folder that cannot be written only costs
the time.

`KRONIST_CACHE=off` builds every time; `KRONIST_CACHE_DIR` names another folder.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import platformdirs

FORMAT = 1  # raise when the file layout changes
T = TypeVar("T")


def cache_dir() -> Path:
    if folder := os.environ.get("KRONIST_CACHE_DIR"):
        return Path(folder).expanduser()
    return Path(platformdirs.user_cache_dir("kronist"))


def enabled() -> bool:
    return os.environ.get("KRONIST_CACHE", "").lower() not in ("off", "0", "no", "false")


def cached(
    name: str,
    build: Callable[[], T],
    sources: Iterable[str | Path],
    packages: Iterable[str] = (),
    content: Iterable[str] = (),
    valid: Callable[[object], bool] | None = None,
) -> T:
    """`build()`, or what it returned last time while `sources` (files), the versions of the
    installed `packages` it reads and the `content` it is built from are unchanged. A value read
    back that `valid` rejects is built and written again."""
    if not enabled():
        return build()
    paths = [Path(source).resolve() for source in sources]
    # one file per table and set of source paths (two installs do not take turns rebuilding),
    # named after the state of the sources
    stem = f"{name}-{_digest(str(path) for path in paths)}"
    state = [*_state(paths), *(_version(package) for package in packages), _digest(content)]
    path = cache_dir() / f"{stem}-{_digest(state)}.marshal"
    try:
        value = marshal.loads(path.read_bytes())
        if valid is None or valid(value):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    _write(path, value, stem)
    return value


def _state(paths: list[Path]) -> list[str]:
    from kronist import __version__

    state = [f"format {FORMAT}", f"python {sys.version_info[:2]}", f"kronist {__version__}"]
    for path in paths:
        try:
            stat = path.stat()
            state.append(f"{stat.st_size} {stat.st_mtime_ns}")
        except OSError:
            state.append("missing")
    return state


def _version(package: str) -> str:
    try:
        return f"{package} {metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return f"{package} missing"


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:12]


def _write(path: Path, value: object, stem: str) -> None:
    """Write atomically (a parallel process reads the old file or the new one, never half of
    one) and drop the files of the same table and sources in an earlier state."""
    try:
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return
    for old in path.parent.glob(f"{stem}-*.marshal"):
        if old != path:
            old.unlink(missing_ok=True)
