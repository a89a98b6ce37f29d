"""Which language an article is written in, so that kronist does not code events in text its
pipeline cannot read.

The pipeline's own language is recognised by the share of its stop words
(`lang/<lang>/language.yaml`): cheap and certain on any article of a few sentences. Any other
text is named by py3langid (a small language-identification model, offline).
"""

from __future__ import annotations

import re
from functools import cache

from kronist.lang import lang_dir, read_yaml

_WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 20
MIN_WORDS = 12  # for a language without its own language.yaml
LAST_LATIN = "\u024f"  # the end of Latin Extended-B
SAMPLE_CHARS = 20_000  # the start of a long article tells its language as well as all of it


@cache
def _settings(lang: str) -> dict | None:
    try:
        if not (lang_dir(lang) / "language.yaml").is_file():
            return None
    except ValueError:
        return None
    data = read_yaml(lang, "language.yaml")
    return {
        "min_words": int(data["min_words"]),
        "min_share": float(data["min_stopword_share"]),
        "readable": frozenset(str(code) for code in data["readable"]),
        "stopwords": frozenset(str(word).casefold() for word in data["stopwords"]),
    }


def detect_language(text: str, expected: str = "da") -> str | None:
    """The ISO 639-1 code of the text's language; None when the text is too short to tell.

    `expected` is the language the text is said to be in: its stop words decide first."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))  # counted in C, not by a Python test per character
    if letters < MIN_LETTERS:
        return None
    if non_latin_letters(sample) > letters / 2:
        return _identify(sample)  # mostly not Latin script (Arabic, Chinese, Cyrillic, ...)
    settings = _settings(expected)
    words = _WORD.findall(sample.casefold())
    if len(words) < (settings["min_words"] if settings else MIN_WORDS):
        return None
    if settings is None:
        return _identify(sample)
    share = sum(map(settings["stopwords"].__contains__, words)) / len(words)
    return expected if share >= settings["min_share"] else _identify(sample)


def non_latin_letters(text: str) -> int:
    """How many of the text's letters come after Latin Extended-B: the characters past it are
    found by one regex scan (few in a Latin-script text), and only they are asked `isalpha`."""
    return sum(map(str.isalpha, _BEYOND_LATIN.findall(text)))


_BEYOND_LATIN = re.compile(f"[^\\x00-{LAST_LATIN}]")


def readable(expected: str, detected: str | None) -> bool:
    """Whether the pipeline for `expected` can read text detected as `detected`."""
    if detected is None or detected == expected:
        return True
    settings = _settings(expected)
    return settings is not None and detected in settings["readable"]


def reads(lang: str) -> bool:
    """Whether kronist has a pipeline and language data for `lang` (a `language.yaml`)."""
    return _settings(lang) is not None


def _identify(text: str) -> str:
    try:
        import py3langid
    except ImportError:  # the check still tells the expected language from any other
        return "und"
    code, _score = py3langid.classify(text)
    return code


def language_name(code: str) -> str:
    """English name of a language code ("en" -> "English"), the code itself when unknown."""
    try:
        import pycountry
    except ImportError:
        return code
    language = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return language.name if language is not None else code
