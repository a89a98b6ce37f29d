"""What a reader reports instead of (or before) a document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadError:
    """A file, or one record in it, that could not be read as an article.

    `fatal=False` marks a warning: something was read in a fallback way (an encoding guess, a date
    that was not understood, a page without article text inside a web archive). Warnings about a
    document are yielded before that document.
    """

    path: str
    message: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        kind = "error" if self.fatal else "warning"
        return f"{where}: {kind}: {self.message}"


class IngestError(ValueError):
    """Raised by the single-article parsers; the file readers turn it into a ReadError."""
