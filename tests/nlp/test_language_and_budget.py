"""What `kronist.analyze` does before the stages: the size and time budget, the language check,
and notes on publication dates that cannot be right (articles written for the tests)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kronist.budget import Budget, Deadline, OverBudget, deadline
from kronist.lang.detect import LAST_LATIN, detect_language, non_latin_letters, readable
from kronist.model import Document
from kronist.pipeline import analyze, date_notes

DANISH = (
    "Politiet anholdt tirsdag tre demonstranter i Aarhus, efter at de havde blokeret vejen til "
    "havnen. Det oplyser Østjyllands Politi, som siger, at de tre er sigtet for vold."
)
ENGLISH = (
    "Police arrested three protesters in Aarhus on Tuesday after they had blocked the road to "
    "the harbour. The police said that the three have been charged with violence."
)
ARABIC = (
    "اعتقلت الشرطة يوم الثلاثاء ثلاثة متظاهرين في مدينة آرهوس بعد أن أغلقوا الطريق المؤدي إلى "
    "الميناء، وقالت الشرطة إن الثلاثة متهمون بالعنف."
)
CHINESE = (
    "警方周二在奥胡斯逮捕了三名抗议者，他们此前封锁了通往港口的道路。警方表示，三人被控使用暴力。"
)
NORWEGIAN = (
    "Politiet arresterte tirsdag tre demonstranter i Aarhus etter at de hadde blokkert veien til "
    "havnen. Det opplyser politiet, som sier at de tre er siktet for vold."
)


@pytest.mark.parametrize(
    ("text", "code"), [(DANISH, "da"), (ENGLISH, "en"), (ARABIC, "ar"), (CHINESE, "zh")]
)
def test_the_language_is_detected(text, code):
    assert detect_language(text, "da") == code


@pytest.mark.parametrize(
    "text", [DANISH, ARABIC, CHINESE, DANISH + ARABIC, "½ ² Ⅻ ǅ ɏ ɐ 😀 𝔘 Ωμέγα"]
)
def test_the_letters_past_latin_are_counted_as_a_test_per_letter_counts_them(text):
    assert non_latin_letters(text) == sum(c > LAST_LATIN for c in text if c.isalpha())


def test_norwegian_is_read_by_the_danish_pipeline():
    assert readable("da", detect_language(NORWEGIAN, "da"))


def test_a_headline_alone_is_too_short_to_tell():
    assert detect_language("Iran angreb", "da") is None
    assert readable("da", None)


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (ARABIC, "ar"), (CHINESE, "zh")])
def test_text_in_another_language_is_kept_with_a_note_and_no_events(text, code):
    analysis = analyze(Document(title="Nyhed", text=text, published=dt.date(2026, 3, 10)))
    assert analysis.document.language == code
    assert analysis.events == [] and analysis.entities == [] and analysis.quotes == []
    assert "not Danish" in analysis.notes[0] and f"({code})" in analysis.notes[0]


def test_danish_text_is_analysed_without_notes():
    analysis = analyze(Document(title="Tre anholdt", text=DANISH, published=dt.date(2026, 3, 10)))
    assert analysis.document.language == "da"
    assert analysis.notes == []
    assert analysis.events


def test_an_article_over_the_size_limit_is_not_analysed():
    with pytest.raises(OverBudget, match="more than the 100 an article may have"):
        analyze(DANISH, budget=Budget(max_chars=100))


def test_an_analysis_over_its_time_is_stopped():
    with pytest.raises(OverBudget, match="of CPU time"):
        analyze(DANISH * 20, budget=Budget(max_seconds=1e-6))


def test_the_timer_interrupts_a_stage_that_runs_over():
    started = time.monotonic()
    with pytest.raises(OverBudget), deadline(0.2):
        while True:  # a stage that would never end
            pass
    assert time.monotonic() - started < 5


def test_a_deadline_without_limit_never_passes():
    Deadline(None).check()


def test_over_a_million_characters_is_refused_before_spacy_sees_it():
    long_article = "Politiet anholdt tre mænd. " * 40_000  # 1.08 million characters
    with pytest.raises(OverBudget, match="1,080,000 characters"):
        analyze(long_article)


@pytest.mark.parametrize(
    ("published", "note"),
    [
        (dt.date(1, 1, 1), "before 1800"),
        (dt.date(1799, 12, 31), "before 1800"),
        (dt.date(3000, 1, 1), "in the future"),
        (dt.date(9999, 12, 31), "in the future"),
    ],
)
def test_implausible_publication_dates_are_noted(published, note):
    [message] = date_notes(published, today=dt.date(2026, 3, 10))
    assert published.isoformat() in message and note in message


def test_plausible_publication_dates_are_not_noted():
    assert date_notes(dt.date(1800, 1, 1), today=dt.date(2026, 3, 10)) == []
    assert date_notes(dt.date(2026, 3, 11), today=dt.date(2026, 3, 10)) == []  # time zones


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 31)])
def test_dates_at_the_ends_of_the_calendar_do_not_overflow(published):
    text = (
        "Politiet anholdt tirsdag tre mænd i Aarhus. I går, i morgen og om en uge skete mere, "
        "og næste år og for to dage siden, den 1. januar og i weekenden."
    )
    analysis = analyze(Document(title="Anholdt", text=text, published=published))
    assert any(note.startswith("publication date") for note in analysis.notes)
    for event in analysis.events:
        assert event.date.date is None or dt.date.min <= event.date.date <= dt.date.max


def test_nul_characters_never_reach_a_document():
    document = Document(title="Tre\x00 anholdt", text="Politiet\x00 anholdt tre mænd.", url="x\x00")
    assert "\x00" not in document.title + document.text + document.url


def test_danish_text_labelled_english_is_analysed_as_danish():
    analysis = analyze(Document(title="Tre anholdt", text=DANISH, language="en"))
    assert analysis.document.language == "da"
    assert analysis.events
