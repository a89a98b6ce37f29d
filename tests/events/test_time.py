"""Time expressions: finding them in Danish text and resolving them against the publication date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kronist.events.time import find_date, find_time_expressions, resolve_expression

THURSDAY = dt.date(2020, 1, 2)  # published on a Thursday, just after New Year
TUESDAY = dt.date(2019, 12, 31)


def resolved(expression: str, published=THURSDAY, precision=None):
    result = resolve_expression(expression, published, published_precision=precision)
    return result.date, result.precision


@pytest.mark.parametrize(
    ("expression", "date", "precision"),
    [
        ("tirsdag", dt.date(2019, 12, 31), "day"),
        ("torsdag", THURSDAY, "day"),  # the publication day itself
        ("på fredag", dt.date(2020, 1, 3), "day"),
        ("næste torsdag", dt.date(2020, 1, 9), "day"),
        ("i torsdags", dt.date(2019, 12, 26), "day"),
        ("i tirsdags", dt.date(2019, 12, 31), "day"),
        ("sidste fredag", dt.date(2019, 12, 27), "day"),
        ("søndag morgen", dt.date(2019, 12, 29), "day"),
        ("lørdag aften", dt.date(2019, 12, 28), "day"),
        ("natten til søndag", dt.date(2019, 12, 29), "day"),
        ("natten mellem lørdag og søndag", dt.date(2019, 12, 29), "day"),
        ("tirsdag i sidste uge", dt.date(2019, 12, 24), "day"),
    ],
)
def test_weekdays(expression, date, precision):
    assert resolved(expression) == (date, precision)


@pytest.mark.parametrize(
    ("expression", "date", "precision"),
    [
        ("i dag", THURSDAY, "day"),
        ("i går", dt.date(2020, 1, 1), "day"),
        ("i forgårs", dt.date(2019, 12, 31), "day"),
        ("i morgen", dt.date(2020, 1, 3), "day"),
        ("i nat", THURSDAY, "day"),
        ("i morges", THURSDAY, "day"),
        ("i aftes", dt.date(2020, 1, 1), "day"),
        ("i weekenden", dt.date(2019, 12, 28), "week"),  # Saturday of the latest weekend
        ("sidste uge", dt.date(2019, 12, 23), "week"),  # Monday of the week before
        ("i næste uge", dt.date(2020, 1, 6), "week"),
        ("i sidste måned", dt.date(2019, 12, 1), "month"),
        ("i år", dt.date(2020, 1, 1), "year"),
        ("sidste år", dt.date(2019, 1, 1), "year"),
        ("i fjor", dt.date(2019, 1, 1), "year"),
        ("for to dage siden", dt.date(2019, 12, 31), "day"),
        ("for en uge siden", dt.date(2019, 12, 26), "week"),
        ("for tre måneder siden", dt.date(2019, 10, 1), "month"),
        ("for fire år siden", dt.date(2016, 1, 1), "year"),
        ("for et par dage siden", dt.date(2019, 12, 31), "week"),  # vague: coarser
        ("om to uger", dt.date(2020, 1, 16), "week"),
        ("tidligere på ugen", dt.date(2019, 12, 30), "week"),  # Monday of this week
        ("tidligere på måneden", dt.date(2020, 1, 1), "month"),
    ],
)
def test_relative_expressions(expression, date, precision):
    assert resolved(expression) == (date, precision)


@pytest.mark.parametrize(
    ("expression", "date", "precision"),
    [
        ("31. december", dt.date(2019, 12, 31), "day"),  # year boundary: last year's
        ("d. 3. januar 2020", dt.date(2020, 1, 3), "day"),
        ("den 15. august", dt.date(2019, 8, 15), "day"),
        ("tirsdag den 31. december", dt.date(2019, 12, 31), "day"),
        ("3. jan. 2020", dt.date(2020, 1, 3), "day"),
        ("3/1", dt.date(2020, 1, 3), "day"),
        ("3/1-2020", dt.date(2020, 1, 3), "day"),
        ("3.1.2020", dt.date(2020, 1, 3), "day"),
        ("2020-01-03", dt.date(2020, 1, 3), "day"),
        ("i januar", dt.date(2020, 1, 1), "month"),
        ("i december", dt.date(2019, 12, 1), "month"),
        ("i december sidste år", dt.date(2019, 12, 1), "month"),
        ("januar 2019", dt.date(2019, 1, 1), "month"),
        ("i 2019", dt.date(2019, 1, 1), "year"),
        ("nytårsaften", dt.date(2019, 12, 31), "day"),
    ],
)
def test_absolute_expressions(expression, date, precision):
    assert resolved(expression) == (date, precision)


def test_month_names_point_to_the_nearest_occurrence_with_the_future_counting_double():
    may = dt.date(2021, 5, 20)
    assert resolved("i juni", may)[0] == dt.date(2021, 6, 1)  # coming month
    assert resolved("i december", may)[0] == dt.date(2020, 12, 1)  # months back, not 7 ahead
    assert resolved("til december", may)[0] == dt.date(2021, 12, 1)  # "til": the coming one
    assert resolved("fra august", dt.date(2022, 6, 23))[0] == dt.date(2022, 8, 1)


def test_a_weekday_on_its_own_day_is_that_day():
    assert resolved("tirsdag", TUESDAY)[0] == TUESDAY
    assert resolved("i tirsdags", TUESDAY)[0] == dt.date(2019, 12, 24)
    assert resolved("på tirsdag", TUESDAY)[0] == dt.date(2020, 1, 7)


def test_without_publication_date_only_dated_expressions_resolve():
    assert resolved("tirsdag", None) == (None, None)
    assert resolve_expression("tirsdag", None).expression == "tirsdag"
    assert resolved("31. december", None) == (None, None)
    assert resolved("d. 3. januar 2020", None) == (dt.date(2020, 1, 3), "day")
    assert resolved("i 2019", None) == (dt.date(2019, 1, 1), "year")


def test_month_precision_publication_date():
    april = dt.date(2021, 4, 1)
    for expression in ("tirsdag", "i går", "i dag", "i weekenden", "for to dage siden"):
        result = resolve_expression(expression, april, published_precision="month")
        assert (result.date, result.expression) == (None, expression)
    assert resolved("i sidste måned", april, "month") == (dt.date(2021, 3, 1), "month")
    assert resolved("i januar", april, "month") == (dt.date(2021, 1, 1), "month")
    assert resolved("den 15. august", dt.date(2021, 11, 1), "month")[0] == dt.date(2021, 8, 15)
    assert resolved("sidste år", april, "month") == (dt.date(2020, 1, 1), "year")


def test_dateparser_fallback_reads_other_spellings_of_absolute_dates():
    assert resolved("3 January 2020")[0] == dt.date(2020, 1, 3)
    assert resolved("kl. 15.30") == (None, None)  # a time of day is no date
    assert resolved("24/7") == (None, None)


def test_finder_offsets_and_words_that_are_not_dates():
    text = (
        "August Bournonville døde i dagens Danmark. Kl. 15.30 blandede de 1/2 tsk. salt i jul. "
        "I går aftes blev to personer såret."
    )
    matches = find_time_expressions(text, published=THURSDAY)
    assert [m.expression for m in matches] == ["I går aftes"]
    match = matches[0]
    assert text[match.start : match.end] == "I går aftes"
    assert match.date == dt.date(2020, 1, 1)


def test_future_auxiliary_beside_a_weekday_turns_it_forward():
    text = "Statsministeren vil torsdag gå til dronningen. Fredag skal Folketinget stemme."
    dates = [m.date for m in find_time_expressions(text, published=dt.date(2020, 11, 17))]
    assert dates == [dt.date(2020, 11, 19), dt.date(2020, 11, 20)]


def test_find_date_prefers_the_most_specific_resolvable_expression(nlp):
    doc = nlp("I år har der været uro, og tirsdag blev ambassaden angrebet af demonstranter.")
    sentence = doc[:]
    result = find_date(sentence, TUESDAY)
    assert (result.date, result.precision, result.expression) == (TUESDAY, "day", "tirsdag")


def test_find_date_picks_the_expression_nearest_the_anchor(nlp):
    doc = nlp("Efter angrebet fredag svarede hæren igen søndag med luftangreb.")
    sentence = doc[:]
    anchor = doc[8:9]  # "luftangreb", told right after "søndag"
    assert find_date(sentence, THURSDAY).date == dt.date(2019, 12, 27)
    assert find_date(sentence, THURSDAY, anchor=anchor).date == dt.date(2019, 12, 29)


def test_find_date_with_month_precision_keeps_the_words(nlp):
    doc = nlp("Sent lørdag aften var flere hundrede demonstranter samlet.")
    result = find_date(doc[:], dt.date(2021, 4, 1), published_precision="month")
    assert (result.date, result.expression) == (None, "lørdag aften")
    doc = nlp("Der var ingen demonstration.")
    assert find_date(doc[:], THURSDAY).expression is None


def test_dev_gold_dates_of_day_precision_articles_are_found(shared):
    """Every gold event date of a day-precision article should be some time expression's date
    in that article (general coverage check; no article-specific rules)."""
    gold_dir = shared / "dev" / "gold"
    if not gold_dir.is_dir():
        pytest.skip("no dev gold")
    missing = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        published = gold.get("published") or ""
        if len(published) != 10:
            continue
        article = shared / "dev" / "articles" / f"{gold_path.stem}.txt"
        text = article.read_text(encoding="utf-8")
        day = dt.date.fromisoformat(published)
        found = {m.date for m in find_time_expressions(text, published=day)}
        found.add(day)  # undated events default to the day itself
        for event in gold["events"]:
            if event.get("date") and dt.date.fromisoformat(event["date"]) not in found:
                missing.append((gold_path.stem, event["date"]))
    assert not missing


MARCH = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Demonstranterne samledes i maj foran parlamentet.", dt.date(2023, 5, 1)),
        ("Oppositionen har protesteret mod loven i maj.", dt.date(2023, 5, 1)),
        ("Han blev anholdt den 20. april i hovedstaden.", dt.date(2023, 4, 20)),
        ("Regeringen vil i maj fremlægge en ny plan.", dt.date(2024, 5, 1)),
        ("Topmødet skal holdes den 20. april.", dt.date(2024, 4, 20)),
        ("Valget finder sted i maj.", dt.date(2024, 5, 1)),  # present: the nearest May
        ("Ministeren besøgte byen i februar.", dt.date(2024, 2, 1)),
    ],
)
def test_months_and_days_without_year_follow_the_tense_of_the_sentence(nlp, sentence, date):
    assert find_date(nlp(sentence)[:], MARCH).date == date


def test_a_future_auxiliary_beats_a_participle_in_the_same_sentence(nlp):
    doc = nlp("Forslaget vil blive vedtaget i juni.")
    assert find_date(doc[:], MARCH).date == dt.date(2024, 6, 1)


# --- an event's date comes from its own clause -------------------------------------------------

WEDNESDAY = dt.date(2020, 1, 8)


def _date_at(nlp, text: str, words: str, published=WEDNESDAY):
    """The date find_date gives the event told by `words` in the one-sentence `text`."""
    doc = nlp(text)
    start = text.index(words)
    anchor = doc.char_span(start, start + len(words), alignment_mode="expand")
    return find_date(doc[:], published, anchor=anchor)


def test_a_date_in_another_events_clause_does_not_date_the_event(nlp):
    text = "Angrebet var en gengældelse for, at USA i sidste uge dræbte generalen."
    assert _date_at(nlp, text, "Angrebet").date is None
    killing = _date_at(nlp, text, "dræbte")
    assert (killing.date, killing.precision) == (dt.date(2019, 12, 30), "week")


def test_a_relative_clause_right_after_the_event_dates_it(nlp):
    text = "Angrebet, som ramte basen natten til onsdag, blev fordømt af regeringen."
    assert _date_at(nlp, text, "Angrebet").date == WEDNESDAY


def test_the_main_clause_goes_on_after_a_relative_clause(nlp):
    text = "Angrebet, som mange havde frygtet, skete tirsdag ved grænsen."
    assert _date_at(nlp, text, "Angrebet").date == dt.date(2020, 1, 7)


def test_a_semicolon_opens_a_main_clause_with_its_own_time(nlp):
    text = "I 2018 blev journalisten anholdt for spionage; mandag krævede han erstatning."
    assert _date_at(nlp, text, "anholdt").date == dt.date(2018, 1, 1)
    assert _date_at(nlp, text, "krævede").date == dt.date(2020, 1, 6)


def test_an_anniversary_dates_its_at_clause_that_long_ago(nlp):
    text = "Det er 80 år siden, at Tyskland invaderede Polen."
    found = _date_at(nlp, text, "invaderede")
    assert (found.date.year, found.precision) == (1940, "year")


def test_a_clause_of_simultaneity_shares_its_date(nlp):
    text = "Tre mænd blev anholdt, da politiet mandag ryddede pladsen."
    assert _date_at(nlp, text, "anholdt").date == dt.date(2020, 1, 6)


def test_an_at_clause_without_a_date_takes_the_governing_clause(nlp):
    text = "Politiet oplyste tirsdag, at tre mænd blev anholdt."
    assert _date_at(nlp, text, "anholdt").date == dt.date(2020, 1, 7)


def test_an_after_clause_does_not_lend_its_date(nlp):
    text = "Hæren svarede igen, efter at oprørerne mandag havde angrebet byen."
    assert _date_at(nlp, text, "svarede").date is None


# --- future or past --------------------------------------------------------------------------


def test_later_on_the_publication_weekday_is_that_day(nlp):
    text = "Senere onsdag skal Det Udenrigspolitiske Nævn mødes."
    assert _date_at(nlp, text, "mødes").date == WEDNESDAY
    text = "Onsdag skal nævnet mødes igen."
    assert _date_at(nlp, text, "mødes").date == WEDNESDAY


def test_on_weekday_said_on_that_weekday_is_next_week(nlp):
    text = "Nævnet mødes på onsdag."
    assert _date_at(nlp, text, "mødes").date == dt.date(2020, 1, 15)


def test_a_planned_day_without_a_year_lies_ahead(nlp):
    text = "Han har aflyst et planlagt statsbesøg i Danmark 3. september."
    published = dt.date(2019, 8, 21)
    assert _date_at(nlp, text, "aflyst", published).date == dt.date(2019, 9, 3)
    text = "Han aflyste sit statsbesøg i Danmark 3. juli."
    assert _date_at(nlp, text, "aflyste", published).date == dt.date(2019, 7, 3)


def test_the_genitive_of_a_weekday_dates_its_noun():
    assert resolved("søndagens", TUESDAY) == (dt.date(2019, 12, 29), "day")
    assert resolved("tirsdagens", TUESDAY) == (TUESDAY, "day")


def test_a_relative_clause_about_the_subject_dates_nothing():
    """ "Sudans hær, der har kæmpet mod RSF siden april 2023, beskylder ...": the accusation is
    today's, not from April 2023."""
    from kronist.pipeline import analyze

    text = "Sudans hær, der har kæmpet mod RSF siden april 2023, beskylder RSF for drab."
    accusation = analyze(text, published="2026-12-02").events[0]
    assert accusation.event == "ACCUSE"
    assert accusation.date.date is not None and accusation.date.date.year == 2026


def test_a_demand_told_in_the_perfect_is_dated_to_the_day_of_the_article():
    from kronist.pipeline import analyze

    events = analyze(
        "Valgrådet udråbte mandag Maduro som vinder.\n\n"
        "Dengang var der uro.\n\n"
        "USA har krævet, at valgrådet offentliggør resultaterne.",
        published="2026-12-02",
    ).events
    (demand,) = [e for e in events if e.event == "REQUEST"]
    assert str(demand.date.date) == "2026-12-02"


def test_an_act_told_as_some_time_back_takes_no_day():
    """ "har tidligere truet": not the article's day, nor the story's; "den tidligere
    præsident" (former) says nothing about when."""
    from kronist.pipeline import analyze

    def dates(text):
        return [e.date.date for e in analyze(text, published="2026-12-02").events]

    assert dates("USA har tidligere truet Danmark med told.") == [None]
    assert [str(d) for d in dates("Den tidligere præsident har kritiseret regeringen.")] == [
        "2026-12-02"
    ]


def test_a_toll_told_after_its_cause_takes_the_causes_day():
    """ "har dræbt tre civile, efter at en landsby søndag blev ramt": the deaths are Sunday's,
    not the publication day's."""
    from kronist.pipeline import analyze

    text = (
        "Russiske styrker har dræbt tre civile, efter at en landsby søndag blev ramt af artilleri."
    )
    attack = analyze(text, published="2023-06-12").events[0]  # a Monday
    assert (attack.event, attack.date.date.isoformat()) == ("ASSAULT", "2023-06-11")


def test_a_toll_told_after_its_cause_takes_the_causes_place():
    from kronist.pipeline import analyze

    text = (
        "Russiske styrker har dræbt tre civile, efter at en landsby ved Kharkiv søndag blev "
        "ramt af artilleri. Ukraines hær svarede igen i Belgorod."
    )
    attack = next(
        e for e in analyze(text, published="2023-06-12").events if e.actor.country == "RUS"
    )
    assert attack.place is not None and attack.place.name == "Kharkiv"


def test_a_weekday_in_the_genitive_dates_its_noun_not_a_verbs_act():
    from tests.conftest import events_of

    text = (
        "Georgiens opposition nægter at anerkende resultatet af lørdagens parlamentsvalg og "
        "kræver et nyt valg."
    )
    published = "2024-10-28"  # a Monday
    (demand,) = events_of(text, "REQUEST", published)
    assert demand.date.date == dt.date(2024, 10, 28)
    (attack,) = events_of(
        "Søndagens russiske droneangreb på Kyiv dræbte fire.", "ASSAULT", published
    )
    assert attack.date.date == dt.date(2024, 10, 27)


def test_a_clause_after_men_takes_no_time_from_the_clause_before():
    from tests.conftest import events_of

    text = "Ministeren inviterede i går bevægelsen til et møde, men oppositionen afviser forslaget."
    (rejection,) = events_of(text, "REJECT", "2024-09-14")
    assert rejection.date.date == dt.date(2024, 9, 14)


def test_a_weekday_told_in_the_present_tense_days_back_is_the_coming_one():
    from tests.conftest import events_of

    published = "2024-06-11"  # a Tuesday
    text = "Den amerikanske udsending Amos Hochstein rejser onsdag til Beirut for at mægle."
    (visit,) = events_of(text, "AGREE", published)  # an announced visit (PLOVER AGREE)
    assert visit.date.date == dt.date(2024, 6, 12)
    (attack,) = events_of("Israel angreb søndag mål i Gaza.", "ASSAULT", published)
    assert attack.date.date == dt.date(2024, 6, 9)
    (accusation,) = events_of("Mandag kritiserer Iran angrebet på Gaza.", "ACCUSE", published)
    assert accusation.date.date == dt.date(2024, 6, 10)  # yesterday's news told as today
