"""Turning loose metadata (dates, addresses, language tags) into Document fields."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from functools import cache
from urllib.parse import urlsplit

from kronist.ingest.errors import IngestError
from kronist.ingest.headline import looks_like_slug, repair_slug_title
from kronist.model import Document, Precision

UNKNOWN_DATES = frozenset({"", "unknown", "ukendt", "none", "null", "n/a", "-"})
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")
# Characters that are invisible in print and only split words for the tokenizer.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

DateValue = tuple[dt.date | None, Precision | None]


def parse_published(value: object) -> DateValue:
    """A publication date and its precision from an ISO string, a loose date or a date object.

    `YYYY-MM-DD` (optionally with a time) is a day, `YYYY-MM` the first of the month, `YYYY` the
    first of the year; "unknown" and empty values are no date. Raises ValueError when a value is
    given but is not a date.
    """
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    if text.lower() in UNKNOWN_DATES:
        return None, None
    return _parse_date_text(text)


def with_default_published(
    document: Document, published: dt.date | None, precision: Precision | str | None = "day"
) -> Document:
    """The document with `published` as its date when it carries none of its own."""
    if document.published is not None or published is None:
        return document
    return document.model_copy(
        update={"published": published, "published_precision": precision or "day"}
    )


def _parse_date_text(text: str) -> DateValue:
    if match := _ISO_DAY.fullmatch(text) or _COMPACT_DAY.fullmatch(text):
        return _checked_date(text, *match.groups()), "day"
    if match := _ISO_MONTH.fullmatch(text):
        return _checked_date(text, *match.groups(), "01"), "month"
    if match := _YEAR.fullmatch(text):
        return _checked_date(text, match.group(1), "01", "01"), "year"
    if rfc_date := _parse_rfc2822(text):
        return rfc_date, "day"
    return _parse_loose_date(text)


def _checked_date(text: str, year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"not a valid date: {text!r}") from None


def _parse_rfc2822(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


_PERIOD_PRECISION: dict[str, Precision] = {"time": "day", "day": "day", "week": "week"}


def _parse_loose_date(text: str) -> DateValue:
    """Written-out dates ("5. marts 2024", "14.03.2024"): absolute dates with a year only."""
    parsed = _date_parser().get_date_data(text)
    if parsed.date_obj is None:
        raise ValueError(f"not a date: {text!r}")
    precision = _PERIOD_PRECISION.get(parsed.period or "day", parsed.period)
    date = parsed.date_obj.date()
    if precision == "year":
        date = date.replace(month=1, day=1)
    elif precision == "month":
        date = date.replace(day=1)
    return date, precision


@cache
def _date_parser():
    from dateparser.date import DateDataParser  # slow import, only needed for loose dates

    return DateDataParser(
        languages=["da", "en"],
        settings={
            "REQUIRE_PARTS": ["year"],
            "PARSERS": ["custom-formats", "absolute-time"],
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def is_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def host_of(url: str) -> str | None:
    host = urlsplit(url.strip()).hostname
    return host.removeprefix("www.") if host else None


def normalize_language(value: str | None) -> str | None:
    """`da-DK`, `da_dk`, `DA` -> `da`; anything that is not a language tag -> None."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def clean_text(text: str) -> str:
    """NFC-normalize and drop invisible characters (soft hyphens, zero-width spaces)."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def _dictionary(lang: str):
    """Whether a word is a known word of the language (its lemma table), for headline repair."""
    from kronist.nlp.lemmas import lemma_lexicon

    lexicon = lemma_lexicon(lang)
    return lambda word: lexicon.lookup(word) is not None


def make_document(
    *,
    title: str | None = "",
    text: str | None = "",
    published: object = None,
    url: str | None = None,
    source: str | None = None,
    language: str | None = None,
    id: str | None = "",
    path: str | None = None,
    meta: dict[str, str] | None = None,
) -> tuple[Document, list[str]]:
    """A Document from loosely typed fields, with warnings about what was dropped.

    A `source` that is an address also fills `url`, and becomes its host; without a source the
    host of `url` is the source. Raises IngestError when there is neither title nor text.
    """
    title = clean_text(title or "").strip()
    text = clean_text(text or "").strip()
    if not title and not text:
        raise IngestError("no article text")
    meta = dict(meta or {})
    if title and (meta.get("title_from_url") or looks_like_slug(title, text)):
        meta["url_title"] = title
        title = repair_slug_title(title, text, _dictionary(normalize_language(language) or "da"))
    warnings = []
    try:
        date, precision = parse_published(published)
    except ValueError as error:
        date, precision = None, None
        warnings.append(f"publication date left empty: {error}")
    url = (url or "").strip() or None
    source = (source or "").strip() or None
    if source and is_url(source):
        url = url or source
        source = host_of(source)
    if not source and url and is_url(url):
        source = host_of(url)
    document = Document(
        id=str(id or ""),
        title=title,
        text=text,
        language=normalize_language(language) or "da",
        published=date,
        published_precision=precision,
        source=source,
        url=url,
        path=path,
        meta=meta,
    )
    return document, warnings
