"""What one analysis may cost: a size limit checked before anything runs and a time limit.

Every stage costs time linear in the article's length, so the size limit bounds the time too;
the time limit is the safety net should some text still cost more than it should. It counts the
CPU time of the analysis (not the wall clock: a busy machine does not make an article fail). It
is checked between the stages (and between spaCy's components) everywhere; in a program's main
thread on POSIX a CPU timer also interrupts a stage that runs over.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

# A long read is ~60,000 characters; a million is 100 of them (a book, a dump, not an article).
DEFAULT_MAX_CHARS = 1_000_000
DEFAULT_MAX_SECONDS = 300.0  # 1,000,000 ordinary characters take ~90 s on one core


class OverBudget(Exception):  # noqa: N818 (it is a report, not a programming error)
    """An article kronist does not analyse (too long, or its analysis ran out of time).
    The message says why, in words for the user."""


@dataclass(frozen=True)
class Budget:
    max_chars: int | None = DEFAULT_MAX_CHARS
    max_seconds: float | None = DEFAULT_MAX_SECONDS

    def check_size(self, chars: int) -> None:
        if self.max_chars is not None and chars > self.max_chars:
            raise OverBudget(
                f"{chars:,} characters, more than the {self.max_chars:,} an article may have: "
                "not analysed (split it into articles, or raise the limit with --max-chars)"
            )


UNLIMITED = Budget(max_chars=None, max_seconds=None)


class Deadline:
    """The CPU time left for one analysis on this thread; `check()` raises OverBudget once it
    has been used up."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends = None if seconds is None else time.thread_time() + seconds

    def check(self) -> None:
        if self.ends is not None and time.thread_time() > self.ends:
            raise self.error()

    def error(self) -> OverBudget:
        return OverBudget(
            f"its analysis took more than {self.seconds:g} s of CPU time: stopped "
            "(raise the limit with --max-seconds)"
        )


@contextmanager
def deadline(seconds: float | None) -> Iterator[Deadline]:
    """A Deadline for the block; in the main thread (POSIX) a CPU timer also interrupts the
    block when it runs over, so that even one slow stage cannot hold a batch."""
    limit = Deadline(seconds)
    if seconds is None or not _can_interrupt():
        yield limit
        return

    def interrupt(_signum, _frame):
        raise limit.error()

    previous = signal.signal(signal.SIGVTALRM, interrupt)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield limit
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def _can_interrupt() -> bool:
    return (
        hasattr(signal, "ITIMER_VIRTUAL")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)  # no timer of someone else's
    )
