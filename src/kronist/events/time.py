"""Time expressions: find them in text and resolve them against the publication date.

Rules, all read from `lang/<lang>/time.yaml` for the words:

- A bare weekday ("tirsdag", "søndag morgen") is the most recent such day on or before the
  publication date: news reports what happened. "på fredag"/"næste fredag", or a future auxiliary
  right beside the weekday ("vil torsdag gå"), make it the next such day after publication;
  "i tirsdags"/"sidste tirsdag" the last one strictly before. "natten til søndag" is the Sunday.
- Week-precision dates point at the first day of their span: the Monday of a week, the Saturday of
  a weekend ("i weekenden" = the latest weekend that began on or before publication).
- Month-precision dates are the 1st of the month; year precision is 1 January.
- A day and month without a year ("31. december") and a month alone ("i januar") take the
  occurrence nearest the publication date, where a future occurrence counts double distance
  (published 2020-01-02: "31. december" is 2019-12-31; published in May, "i juni" is this June).
- When the publication date is only known to the month (or year), expressions that need a finer
  reference ("tirsdag", "i går", "for to dage siden", "i weekenden") keep their words and get no
  date; coarser ones ("i sidste måned", "i januar", "sidste år") still resolve.
- Without a publication date only expressions carrying their own year resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span

from kronist.events.clauses import bound_to_event, sentence_clauses
from kronist.events.numbers import parse_number
from kronist.lang import read_tsv, read_yaml
from kronist.model import EventDate
from kronist.nlp.docs import morph_values, per_span, span_text, token_pos, token_texts

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_COARSER = {"day": "week", "week": "month", "month": "year", "year": "year"}


@dataclass(frozen=True)
class TimeMatch:
    """A time expression found in a text, with its resolution (date None if unresolvable)."""

    start: int
    end: int
    expression: str
    kind: str  # which rule read it: date, numeric, iso, month, year, relative, ago, weekday
    precision: str  # what the expression can give at best, even when `date` is None
    date: dt.date | None = None

    def event_date(self) -> EventDate:
        if self.date is None:
            return EventDate(expression=self.expression)
        return EventDate(date=self.date, precision=self.precision, expression=self.expression)


@dataclass(frozen=True)
class _Reference:
    """The publication date and how much of it is known."""

    date: dt.date | None
    precision: str  # day, week, month, year

    def knows(self, precision: str) -> bool:
        return self.date is not None and PRECISION_RANK[self.precision] <= PRECISION_RANK[precision]


# --- patterns -------------------------------------------------------------------------------


def _alternation(words) -> str:
    """Regex alternation of phrases for a case-insensitive pattern, spaces matching any
    whitespace: of the phrases that match, the longest. Written as a tree of the phrases'
    shared beginnings ("i (?:dag|går(?: aften)?)") rather than one phrase after the other, so
    that the regex engine reads a word once, not once per phrase."""
    tree = _phrase_tree(words)
    if tree is None:  # letters that match one another ignoring case begin two branches
        escaped = (
            r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
        )
        return "(?:" + "|".join(escaped) + ")"
    return "(?:" + _tree_pattern(tree) + ")"


_SPACE = " "  # a tree branch for the whitespace between two words
_END = ""  # the tree key that marks the end of a phrase


def _phrase_tree(words) -> dict | None:
    """The phrases as a tree of their lowercased characters and word breaks; None when two
    branches of a node would match the same text ignoring case."""
    root: dict = {}
    for phrase in words:
        node = root
        for character in _SPACE.join(phrase.split()):
            if len(character.lower()) != 1:
                return None  # "İ": lowercased, two characters
            node = node.setdefault(character.lower(), {})
        node[_END] = {}
    return root if _branches_apart(root) else None


def _branches_apart(node: dict) -> bool:
    keys = [key for key in node if key not in (_END, _SPACE)]
    for first in keys:
        if any(
            re.fullmatch(re.escape(first), other, re.IGNORECASE) for other in keys if other != first
        ):
            return False
    return all(_branches_apart(child) for child in node.values())


def _tree_pattern(node: dict) -> str:
    """A node's branches as a regex; a phrase that ends here makes the rest optional (greedy:
    a longer phrase is tried first, as in an alternation ordered longest first)."""
    branches = [
        (r"\s+" if key == _SPACE else re.escape(key)) + _tree_pattern(child)
        for key, child in node.items()
        if key != _END
    ]
    if not branches:
        return ""
    ends_here = _END in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


_L = r"(?<![\w.])"  # left word edge ("d." and "jan." end in a dot, so no \b there)
_R = r"(?![\w])"


@dataclass(frozen=True)
class _Patterns:
    data: dict
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    number_words: str


# Rules that match only where the text has a digit (a day, a month or a year in figures): a
# text without one is not scanned for them.
_FIGURE_RULES = frozenset({"iso", "numeric", "dotted", "date", "month_year", "year"})
_DIGIT = re.compile(r"\d")


@cache
def _patterns(lang: str) -> _Patterns:
    data = read_yaml(lang, "time.yaml")
    weekday = _alternation(data["weekdays"])
    month = _alternation(data["months"])
    abbreviation = _alternation(data["month_abbreviations"]) + r"\.?"
    article = _alternation(data["day_articles"])
    numbers = _alternation(
        [w for w, _v, kind in read_tsv(lang, "numbers.tsv") if kind in ("unit", "teen", "tens")]
    )
    count = rf"(?:\d+|{numbers}|[^\W\d]+og[^\W\d]+|{_alternation(data['vague_counts'])})"
    unit = _alternation(data["ago_units"])
    modifiers = data["weekday_modifiers"]
    part = _alternation(data["parts_of_day"])
    week = _alternation(data["weekday_weeks"])
    year = r"(?:1[89]\d\d|20\d\d)"
    units = _alternation(data["fraction_units"])
    between, joiner = data["night_between"]
    rules = {
        "iso": rf"{_L}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_R}",
        "numeric": rf"(?<!\d\s){_L}(?:{weekday}\s+)?(?:{article}\s+)?"
        rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:[-/.](?P<y>\d{{4}}|\d{{2}}))?{_R}(?![-–%])(?!\s*(?:af|%|procent|{units})\b)",
        "dotted": rf"{_L}(?:{weekday}\s+)?(?:{article}\s+)?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\."
        rf"(?P<y>\d{{4}}|\d{{2}}){_R}",
        "date": rf"{_L}(?:(?P<wd>{weekday})\s+)?(?:{article}\s+)?(?P<d>\d{{1,2}})\.?\s*"
        rf"(?:(?P<mon>{month})|(?P<abbr>{abbreviation}))(?:,?\s+(?P<y>{year}))?(?![\w])",
        "month": rf"{_L}(?P<prep>{_alternation(data['month_prepositions'])})\s+(?P<mon>{month})"
        rf"(?:\s+(?P<y>{year})|\s+(?P<rel>{_alternation(data['month_year_words'])}))?{_R}",
        "month_year": rf"{_L}(?P<mon>{month})\s+(?P<y>{year}){_R}",
        "year": rf"{_L}(?P<prep>{_alternation(data['year_prepositions'])})\s+(?P<y>{year}){_R}"
        r"(?!\s*(?:%|procent|kr\.|kroner))",
        "holiday": rf"{_L}(?P<hol>{_alternation(data['holidays'])})(?:\s+(?P<y>{year}))?{_R}",
        "relative": rf"{_L}(?P<rel>{_alternation(data['relative'])}){_R}",
        "ago": rf"{_L}{_alternation(data['ago']['before'])}\s+(?P<n>{count})\s+"
        rf"(?P<unit>{unit})\s+"
        rf"{re.escape(data['ago']['after'])}{_R}",
        "ahead": rf"{_L}{re.escape(data['ahead'])}\s+(?P<n>{count})\s+(?P<unit>{unit}){_R}",
        "night_between": rf"{_L}{_alternation([between])}\s+{weekday}\s+{_alternation([joiner])}\s+"
        rf"(?P<wd>{weekday}){_R}",
        "weekday": rf"{_L}(?:(?P<night>{_alternation(data['night_before'])})\s+)?"
        rf"(?:(?P<future>{_alternation(modifiers['future'])})\s+"
        rf"|(?P<later>{_alternation(modifiers['later'])})\s+"
        rf"|(?P<past>{_alternation(modifiers['past'])})\s+)?"
        rf"(?P<wd>{weekday})(?:\s+(?P<part>{part}))?(?:\s+(?P<week>{week}))?{_R}",
        "weekday_past": rf"{_L}{_alternation([data['weekday_past_prefix']])}\s+"
        rf"(?P<wdp>{_alternation(data['weekdays_past'])})"
        rf"(?:\s+(?P<part>{part}))?{_R}",
        "weekday_genitive": rf"{_L}(?P<wdg>{_alternation(data['weekdays_genitive'])}){_R}",
    }
    compiled = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in rules.items())
    return _Patterns(data=data, rules=compiled, number_words=numbers)


# --- finding --------------------------------------------------------------------------------


def find_time_expressions(
    text: str,
    lang: str = "da",
    published: dt.date | None = None,
    published_precision: str | None = None,
    tense_at: Callable[[int, bool], str | None] | None = None,
) -> list[TimeMatch]:
    """All time expressions in `text`, in order, resolved against `published` when given.

    `tense_at(offset, present)` gives the tense ("past", "future" or None; "present" too when
    asked) governing an expression at that offset; it turns days and months without a year to
    the past or the future, and a weekday told in the present tense to the coming one.
    """
    patterns = _patterns(lang)
    reference = _reference(published, published_precision)
    candidates = []
    has_figures = _DIGIT.search(text) is not None
    for kind, pattern in patterns.rules:
        if kind in _FIGURE_RULES and not has_figures:
            continue
        for match in pattern.finditer(text):
            if match.group(0).casefold() in patterns.data["not_dates"]:
                continue
            candidates.append((kind, match))
    chosen: list[tuple[str, re.Match[str]]] = []
    for kind, match in sorted(
        candidates, key=lambda c: (-(c[1].end() - c[1].start()), c[1].start())
    ):
        if all(match.end() <= other.start() or match.start() >= other.end() for _, other in chosen):
            chosen.append((kind, match))
    chosen.sort(key=lambda c: c[1].start())
    results = []
    for kind, match in chosen:
        future = _future_marked(text, match, patterns.data)
        tense = tense_at(match.start(), kind == "weekday") if tense_at is not None else None
        resolved = _resolve(kind, match, reference, future, lang, tense)
        if resolved is not None:
            results.append(resolved)
    return results


def _reference(published: dt.date | None, precision: str | None) -> _Reference:
    return _Reference(published, precision or "day")


def _future_marked(text: str, match: re.Match[str], data: dict) -> bool:
    """A future auxiliary right before or right after the expression ("vil torsdag gå")."""
    markers = {w.casefold() for w in data["future_markers"]}
    before = text[: match.start()].split()[-1:]
    after = text[match.end() :].split()[:1]
    return any(w.strip(",.").casefold() in markers for w in before + after)


# --- resolving ------------------------------------------------------------------------------


_TENSE_AWARE = {"numeric", "dotted", "date", "month", "holiday"}


def _resolve(
    kind: str,
    match: re.Match[str],
    reference: _Reference,
    future: bool,
    lang: str,
    tense: str | None = None,
) -> TimeMatch | None:
    resolver = _RESOLVERS[kind]
    try:
        if kind in _TENSE_AWARE:
            outcome = resolver(match, reference, future, lang, tense="future" if future else tense)
        elif kind == "weekday":
            outcome = resolver(match, reference, future, lang, present=tense == "present")
        else:
            outcome = resolver(match, reference, future, lang)
    except (OverflowError, ValueError):
        return None  # "tirsdag" before 0001-01-01 or "næste år" after 9999: off the calendar
    if outcome is None:
        return None
    date, precision = outcome
    return TimeMatch(match.start(), match.end(), match.group(0), kind, precision, date)


def _resolve_iso(match, reference, future, lang):
    return _safe_date(int(match["y"]), int(match["m"]), int(match["d"])), "day"


def _resolve_numeric(match, reference, future, lang, tense=None):
    day, month = int(match["d"]), int(match["m"])
    if not 1 <= month <= 12 or _safe_date(2000, month, day) is None:
        return None
    return _day_month(day, month, match["y"], reference, tense), "day"


def _resolve_date(match, reference, future, lang, tense=None):
    data = _patterns(lang).data
    if match["mon"]:
        month = data["months"][match["mon"].casefold()]
    else:
        month = data["month_abbreviations"][match["abbr"].rstrip(".").casefold()]
    day = int(match["d"])
    if _safe_date(2000, month, day) is None:
        return None
    return _day_month(day, month, match["y"], reference, tense), "day"


def _resolve_holiday(match, reference, future, lang, tense=None):
    month, day = _patterns(lang).data["holidays"][" ".join(match["hol"].casefold().split())]
    return _day_month(day, month, match["y"], reference, tense), "day"


def _day_month(
    day: int, month: int, year: str | None, reference: _Reference, tense: str | None = None
) -> dt.date | None:
    if year:
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        return _safe_date(full_year, month, day)
    if not reference.knows("month"):
        return None
    anchor = reference.date if reference.knows("day") else reference.date.replace(day=15)
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    if tense == "past" and reference.knows("day"):
        candidates = [d for d in candidates if d <= anchor] or candidates
    elif tense == "future" and reference.knows("day"):
        candidates = [d for d in candidates if d >= anchor] or candidates
    return min(candidates, key=lambda d: _cost((d - anchor).days)) if candidates else None


def _cost(distance: int) -> int:
    """Distance from the publication date; the future counts double (news tells the past)."""
    return -distance if distance <= 0 else 2 * distance


def _resolve_month(match, reference, future, lang, tense=None):
    data = _patterns(lang).data
    month = data["months"][match["mon"].casefold()]
    if match["y"]:
        return dt.date(int(match["y"]), month, 1), "month"
    if not reference.knows("month"):
        return None, "month"
    anchor = reference.date
    if match.groupdict().get("rel"):
        offset = data["month_year_words"][" ".join(match["rel"].casefold().split())]
        return dt.date(anchor.year + offset, month, 1), "month"
    direction = _month_direction(match.groupdict().get("prep") or "", data)
    candidates = [(y, month) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    here = anchor.year * 12 + anchor.month
    distances = [(y * 12 + m - here, y, m) for y, m in candidates]
    if direction == "past":
        distances = [d for d in distances if d[0] < 0]
    elif direction == "future":
        distances = [d for d in distances if d[0] > 0]
    elif tense == "past":
        distances = [d for d in distances if d[0] <= 0]
    elif tense == "future":
        distances = [d for d in distances if d[0] >= 0]
    _, year, month = min(distances, key=lambda d: _cost(d[0]))
    return dt.date(year, month, 1), "month"


def _month_direction(preposition: str, data: dict) -> str | None:
    words = " ".join(preposition.casefold().split())
    for direction, prepositions in data["month_direction"].items():
        if words in prepositions:
            return direction
    return None


def _resolve_year(match, reference, future, lang):
    return dt.date(int(match["y"]), 1, 1), "year"


def _resolve_relative(match, reference, future, lang):
    data = _patterns(lang).data
    key = " ".join(match["rel"].casefold().split())
    unit, offset = data["relative"][key]
    if unit == "weekend" and offset == 0 and future:
        offset = 1
    precision = "week" if unit == "weekend" else unit
    if not reference.knows("day" if unit in ("day", "week", "weekend") else unit):
        return None, precision
    return _shift(reference.date, unit, offset), precision


def _shift(anchor: dt.date, unit: str, offset: int) -> dt.date:
    if unit == "day":
        return anchor + dt.timedelta(days=offset)
    if unit == "week":
        return anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
    if unit == "weekend":
        return _weekend(anchor, offset)
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + offset
        return dt.date(months // 12, months % 12 + 1, 1)
    return dt.date(anchor.year + offset, 1, 1)


def _weekend(anchor: dt.date, offset: int) -> dt.date:
    """Saturday of a weekend: 0 the latest begun on or before `anchor`, -1 the latest ended
    before it, 1 the next one beginning after it."""
    latest = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    if offset == 0:
        return latest
    if offset < 0:
        ended = latest if latest + dt.timedelta(days=1) < anchor else latest - dt.timedelta(weeks=1)
        return ended + dt.timedelta(weeks=offset + 1)
    return latest + dt.timedelta(weeks=offset)


def _resolve_ago(match, reference, future, lang, sign=-1):
    data = _patterns(lang).data
    unit = data["ago_units"][match["unit"].casefold()]
    count_text = " ".join(match["n"].casefold().split())
    vague = data["vague_counts"].get(count_text)
    count = vague if vague is not None else parse_number(count_text, lang)
    if count is None:
        return None
    precision = _COARSER[unit] if vague is not None else unit
    if not reference.knows(unit):
        return None, precision
    anchor = reference.date
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return anchor + dt.timedelta(days=sign * days), precision
    if unit == "month":
        return _shift(anchor, "month", sign * count), precision
    return dt.date(anchor.year + sign * count, 1, 1), precision


def _resolve_ahead(match, reference, future, lang):
    return _resolve_ago(match, reference, future, lang, sign=1)


PRESENT_REACH = 16  # characters: the verb right before or after its day ("rejser onsdag")
PRESENT_PAST_DAYS = 1  # "siger mandag" published Tuesday: the news of yesterday, told as today


def _resolve_weekday(match, reference, future, lang, present: bool = False):
    data = _patterns(lang).data
    groups = match.groupdict()
    if groups.get("wdp"):
        weekday, direction = data["weekdays_past"][groups["wdp"].casefold()], "past"
    elif groups.get("wdg"):
        weekday, direction = data["weekdays_genitive"][groups["wdg"].casefold()], None
    else:
        weekday = data["weekdays"][groups["wd"].casefold()]
        direction = "future" if groups.get("future") else None
        direction = "onward" if direction is None and (groups.get("later") or future) else direction
        direction = "past" if groups.get("past") else direction
    if not reference.knows("day"):
        return None, "day"
    anchor = reference.date
    if groups.get("week"):
        offset = data["weekday_weeks"][" ".join(groups["week"].casefold().split())]
        monday = _shift(anchor, "week", offset)
        return monday + dt.timedelta(days=weekday), "day"
    if direction == "future":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1), "day"
    if direction == "onward":  # "senere onsdag", "skal onsdag": today when today is onsdag
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7), "day"
    if direction == "past":
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1), "day"
    back = (anchor.weekday() - weekday) % 7
    if present and back > PRESENT_PAST_DAYS:
        # "Hochstein rejser onsdag til Beirut", published a Tuesday: Danish tells a day days
        # back in the past tense, so a present tense with it is the coming one
        return anchor + dt.timedelta(days=7 - back), "day"
    return anchor - dt.timedelta(days=back), "day"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_RESOLVERS = {
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "dotted": _resolve_numeric,
    "date": _resolve_date,
    "month": _resolve_month,
    "month_year": _resolve_month,
    "year": _resolve_year,
    "holiday": _resolve_holiday,
    "relative": _resolve_relative,
    "ago": _resolve_ago,
    "ahead": _resolve_ahead,
    "night_between": _resolve_weekday,
    "weekday": _resolve_weekday,
    "weekday_past": _resolve_weekday,
    "weekday_genitive": _resolve_weekday,
}


# --- entry points ---------------------------------------------------------------------------


@cache  # asked for every event's date
def weekday_genitives(lang: str = "da") -> dict[str, int]:
    """ "søndagens" -> 6: weekday names in the genitive, which date the noun after them."""
    return {word.casefold(): day for word, day in _patterns(lang).data["weekdays_genitive"].items()}


def resolve_expression(
    expression: str,
    published: dt.date | None,
    lang: str = "da",
    published_precision: str | None = None,
) -> EventDate:
    """Resolve one time expression ("i tirsdags", "31. december") against the publication date.

    Expressions the rules do not know go to dateparser (absolute dates in other spellings).
    """
    matches = find_time_expressions(expression, lang, published, published_precision)
    if matches:
        best = max(matches, key=lambda m: m.end - m.start)
        return best.event_date()
    return _dateparser_fallback(expression, published, lang, published_precision)


def _dateparser_fallback(
    expression: str, published: dt.date | None, lang: str, published_precision: str | None
) -> EventDate:
    reference = _reference(published, published_precision)
    data = _patterns(lang).data
    words = set(re.findall(r"[^\W\d]+", expression.casefold()))
    has_year = re.search(r"\b(1[89]\d\d|20\d\d)\b", expression) is not None
    has_month = bool(words & (set(data["months"]) | set(data["month_abbreviations"])))
    if expression.strip().casefold() in data["not_dates"] or not (has_year or has_month):
        return EventDate(expression=expression)
    if not has_year and not reference.knows("day"):
        return EventDate(expression=expression)
    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "RETURN_TIME_AS_PERIOD": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    languages = [lang] if lang == "en" else [lang, "en"]  # English dates turn up in quotes
    parser = DateDataParser(languages=languages, settings=settings)
    data = parser.get_date_data(expression)
    if data is None or data.date_obj is None:
        return EventDate(expression=expression)
    precision = data.period if data.period in PRECISION_RANK else "day"
    date = data.date_obj.date()
    if precision == "month":
        date = date.replace(day=1)
    elif precision == "year":
        date = date.replace(month=1, day=1)
    return EventDate(date=date, precision=precision, expression=expression)


def find_date(
    sentence: Span,
    published: dt.date | None,
    lang: str = "da",
    published_precision: str | None = None,
    anchor: Span | None = None,
    toll: bool = False,
    noun_at: int | None = None,
) -> EventDate:
    """The most specific time expression in the sentence, resolved against the publication date.

    Resolved expressions beat unresolved ones; among equally specific ones the one nearest
    `anchor` (the event's words) wins, else the first. No expression: an empty EventDate.
    `toll`: the event is told by its dead and wounded, so a clause of its cause dates it.
    `noun_at`: where the event's noun starts (an event told by a noun, not a verb).
    """
    offset = sentence.start_char
    matches = _sentence_expressions(sentence, published, lang, published_precision)
    if anchor is not None and matches:  # (bound_to_event keeps nothing of nothing)
        clauses = sentence_clauses(sentence, lang)
        start, end = anchor.start_char - offset, anchor.end_char - offset
        matches = bound_to_event(
            matches, clauses, start, end, lambda m: m.start, with_cause=toll, with_report=True
        )
        text = span_text(sentence)
        genitives = weekday_genitives(lang)
        if noun_at is None and not toll:  # a verb's act: "lørdagens" dates a noun, not it
            matches = [m for m in matches if m.expression.casefold() not in genitives]
        else:
            if noun_at is not None:  # "søndagens angreb": the day of the noun right after it
                start = end = noun_at - offset
            matches = [
                m for m in matches if not _dates_another_noun(m, text, start, end, genitives)
            ]
    if not matches:
        return EventDate()
    center = None if anchor is None else (anchor.start_char + anchor.end_char) / 2 - offset

    def rank(match: TimeMatch) -> tuple:
        distance = 0 if center is None else abs((match.start + match.end) / 2 - center)
        return (match.date is None, PRECISION_RANK[match.precision], distance, match.start)

    return min(matches, key=rank).event_date()


NOUN_PHRASE_GAP = 2  # words between a genitive day and its noun ("søndagens voldsomme angreb")


def _dates_another_noun(
    match: TimeMatch, text: str, start: int, end: int, genitives: dict[str, int]
) -> bool:
    """ "nægter at anerkende resultatet af lørdagens valg": a weekday in the genitive dates the
    noun after it, not the event told around it, unless that noun is the event's own word."""
    if match.expression.casefold() not in genitives or start <= match.start < end:
        return False
    if match.end <= start:
        return len(text[match.end : start].split()) > NOUN_PHRASE_GAP
    return True


@per_span  # every event of the sentence asks
def _sentence_expressions(
    sentence: Span, published: dt.date | None, lang: str, published_precision: str | None
) -> list[TimeMatch]:
    markers: list[list[tuple[int, str]]] = []  # read only when an expression needs a tense

    def tense_at(position: int, present: bool = False) -> str | None:
        if not markers:
            markers.append(_tense_markers(sentence, lang))
        return _tense_near(markers[0], position, present)

    return find_time_expressions(
        span_text(sentence), lang, published, published_precision, tense_at=tense_at
    )


# --- tense ----------------------------------------------------------------------------------


def _tense_markers(sentence: Span, lang: str) -> list[tuple[int, str]]:
    """(offset in the sentence, tense) of the words that mark the sentence's tense; "participle"
    counts as past unless a future auxiliary is there too ("vil blive anholdt")."""
    words = _patterns(lang).data["tense_markers"]
    past, future, planned = (_tense_words(lang, kind) for kind in ("past", "future", "planned"))
    suffixes = tuple(words["past_suffixes"])
    doc = sentence.doc
    texts, tags = token_texts(doc), token_pos(doc)  # a Token is made only where needed
    markers = []
    for i in range(sentence.start, sentence.end):
        word = texts[i].casefold()
        if word in planned:
            markers.append((doc[i].idx - sentence.start_char, "future"))
            continue
        tense = (
            _perfect_tense(doc, i, word, words)
            or _token_tense(doc, i, word, tags[i], past, future, suffixes)
            or _present_tense(doc, i, tags[i])
        )
        if tense is not None:
            markers.append((doc[i].idx - sentence.start_char, tense))
    return markers


@cache
def _tense_words(lang: str, kind: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _patterns(lang).data["tense_markers"].get(kind, ()))


def _token_tense(
    doc: Doc,
    i: int,
    word: str,
    pos: str,
    past: set[str],
    future: set[str],
    suffixes: tuple[str, ...],
) -> str | None:
    """The tense token i (`word`: its text casefolded, `pos`: its part of speech) marks."""
    if word in future and pos in ("AUX", "VERB", ""):
        return "future"
    if word in past:
        return "past"
    if pos in ("VERB", "AUX"):
        token = doc[i]
        verb_form = morph_values(token, "VerbForm")
        if "Past" in morph_values(token, "Tense") and "Fin" in verb_form:
            return "past"
        if "Part" in verb_form:
            return "participle"
    if pos in ("VERB", "AUX", "") and word.endswith(suffixes) and doc[i].is_lower:
        return "past"  # "-ede(s)" is the regular past ending; also read without a tagger
    return None


def _present_tense(doc: Doc, i: int, pos: str) -> str | None:
    """A main verb in the present tense ("rejser"); auxiliaries ("har", "er") make perfects
    and passives, which tell the past."""
    if pos != "VERB":
        return None
    token = doc[i]
    finite = "Fin" in morph_values(token, "VerbForm")
    return "present" if finite and "Pres" in morph_values(token, "Tense") else None


def _perfect_tense(doc: Doc, i: int, word: str, words: dict) -> str | None:
    """ "har ... protesteret": a perfect auxiliary with a participle shortly after it."""
    if word not in words["perfect_auxiliaries"]:
        return None
    following = doc[i + 1 : i + 4]
    endings = tuple(words["participle_suffixes"])
    if any(t.is_lower and t.is_alpha and t.text.endswith(endings) for t in following):
        return "past"
    return None


def _tense_near(markers: list[tuple[int, str]], position: int, present: bool = False) -> str | None:
    """The tense of the marker nearest `position`; participles are past only without a future
    auxiliary in the sentence; a present-tense verb counts only when `present` is asked and it
    stands right by the expression."""
    has_future = any(tense == "future" for _, tense in markers)
    usable = [
        (offset, "past" if tense == "participle" else tense)
        for offset, tense in markers
        if not (tense == "participle" and has_future)
        and (tense != "present" or (present and abs(offset - position) <= PRESENT_REACH))
    ]
    if not usable:
        return None
    return min(usable, key=lambda marker: abs(marker[0] - position))[1]


@cache
def same_time_words(lang: str) -> tuple[str, ...]:
    """Sentence openers that put an event on the day of the one told before ("samtidig")."""
    return tuple(str(word).casefold() for word in read_yaml(lang, "time.yaml").get("same_time", []))


@cache
def same_occasion_words(lang: str) -> tuple[str, ...]:
    """Sentence openers that point back to the occasion the sentence before tells ("Her")."""
    words = read_yaml(lang, "time.yaml").get("same_occasion", [])
    return tuple(str(word).casefold() for word in words)
