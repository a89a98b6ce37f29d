import datetime as dt

from kronist.evaluation import (
    GoldDocument,
    parse_published,
    prf,
    score_document,
    score_events,
    speaker_fault,
)
from kronist.model import Actor, Analysis, Document, Event, EventDate, Place, Quote


def _event(kind, actor=None, recipient=None, **kw):
    return Event(
        id=f"x-{kind}-{actor}",
        event=kind,
        actor=Actor(name=actor, country=actor) if actor else None,
        recipient=Actor(name=recipient, country=recipient) if recipient else None,
        anchor="...",
        sentence=0,
        start=0,
        end=1,
        **kw,
    )


def _gold(kind, actor=None, recipient=None, **kw):
    return {
        "id": f"g-{kind}",
        "event": kind,
        "also_accept": kw.pop("also_accept", []),
        "actor": {"country": actor, "sector": None} if actor else None,
        "recipient": {"country": recipient, "sector": None} if recipient else None,
        **kw,
    }


def test_match_needs_type_and_both_countries():
    gold = [_gold("ASSAULT", "RUS", "UKR")]
    assert score_events(gold, [_event("ASSAULT", "RUS", "UKR")]).true_positives == 1
    wrong_recipient = score_events(gold, [_event("ASSAULT", "RUS", "POL")])
    assert (
        wrong_recipient.true_positives,
        wrong_recipient.false_positives,
        wrong_recipient.false_negatives,
    ) == (0, 1, 1)


def test_also_accept_and_optional_events():
    gold = [
        _gold("PROTEST", "IRQ", "USA", also_accept=["ASSAULT"]),
        _gold("THREATEN", "IRQ", "USA", optional=True),
    ]
    score = score_events(gold, [_event("ASSAULT", "IRQ", "USA"), _event("THREATEN", "IRQ", "USA")])
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 0, 0)
    assert score.optional_matched == 1
    assert prf(score) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_one_extracted_event_matches_one_gold_event():
    gold = [_gold("ACCUSE", "USA", "IRN"), _gold("ACCUSE", "USA", "IRN")]
    score = score_events(gold, [_event("ACCUSE", "USA", "IRN")])
    assert (score.true_positives, score.false_negatives) == (1, 1)


def test_fields_of_matched_events_are_compared():
    gold = [_gold("ASSAULT", "USA", "IRQ", date="2019-12-29", killed=25, injured=51, negated=False)]
    event = _event(
        "ASSAULT",
        "USA",
        "IRQ",
        killed=25,
        injured=50,
        date=EventDate(date=dt.date(2019, 12, 29), precision="day"),
    )
    fields = score_events(gold, [event]).fields
    assert fields == {"date": [True], "killed": [True], "injured": [False], "negated": [True]}


def test_disagreeing_attributes_are_told_how_they_disagree():
    cases = [
        (
            {"name": "Kharkiv", "country": "UKR"},
            Place(name="Ukraine", country="UKR"),
            "country only",
        ),
        ({"name": "Ukraine", "country": "UKR"}, Place(name="Kharkiv", country="UKR"), "finer"),
        (
            {"name": "Kharkiv", "country": "UKR"},
            Place(name="Moscow", country="RUS"),
            "other country",
        ),
        ({"name": "Kharkiv", "country": "UKR"}, Place(name="Odesa", country="UKR"), "other place"),
        ({"name": "Kharkiv", "country": "UKR"}, None, "none"),
    ]
    for gold_place, place, expected in cases:
        gold = [_gold("ASSAULT", "RUS", "UKR", location=gold_place, date="2024-03-05", killed=4)]
        event = _event(
            "ASSAULT",
            "RUS",
            "UKR",
            place=place,
            killed=7,
            date=EventDate(date=dt.date(2024, 3, 4), precision="day"),
        )
        faults = score_events(gold, [event]).field_faults
        assert faults == {("location", expected): 1, ("date", "earlier"): 1, ("killed", "more"): 1}


def test_quote_speaker_needs_country_and_sector():
    gold = GoldDocument(
        path=None,
        document="a.txt",
        published=None,
        published_precision=None,
        entities=[
            {
                "mention": "Mark Esper",
                "label": "PER",
                "actor": {"name": "Mark Esper", "country": "USA", "sector": ["GOV", "MIL"]},
            }
        ],
        quotes=[
            {
                "opens_with": "Vi sender",
                "speaker": "Esper",
                "speaker_actor": {"country": "USA", "sector": ["GOV", "MIL"]},
                "channel": "Twitter",
            }
        ],
        events=[],
    )
    right = Actor(name="Mark Esper", country="USA", sector="MIL", sectors=["MIL"])
    analysis = Analysis(
        document=Document(text="x"),
        quotes=[
            Quote(
                id="q1",
                text="Vi sender flere soldater",
                start=0,
                end=5,
                sentence=0,
                speaker="Esper",
                speaker_actor=right,
                channel="Twitter",
            )
        ],
    )
    score = score_document(gold, analysis)
    assert (score.quotes_found, score.speakers_right, score.channels_right) == (1, 1, 1)
    assert (score.entities_found, score.actor_countries_right) == (0, 0)


def test_disagreeing_speakers_are_told_how_they_disagree():
    gold = {"opens_with": "Vi sender", "speaker_actor": {"country": "USA", "sector": "MIL"}}
    cases = [
        (None, None, "no speaker"),
        ("Esper", Actor(name="Esper"), "no country"),
        ("Esper", Actor(name="Esper", country="DNK", sector="MIL"), "other country"),
        (
            "Esper",
            Actor(name="Esper", country="USA", sector="BUS", sectors=["BUS"]),
            "other sector",
        ),
        ("Esper", Actor(name="Esper", country="USA", sector="MIL", sectors=["MIL"]), None),
    ]
    for speaker, actor, expected in cases:
        quote = Quote(
            id="q",
            text="Vi sender",
            start=0,
            end=2,
            sentence=0,
            speaker=speaker,
            speaker_actor=actor,
        )
        assert speaker_fault(gold, quote) == expected
    stateless = {"opens_with": "Vi sender", "speaker_actor": {"country": None, "sector": "NGO"}}
    assert speaker_fault(stateless, quote) == "extra country"


def test_published_month_precision():
    assert parse_published("2021-04") == (dt.date(2021, 4, 1), "month")
    assert parse_published("2019-12-31") == (dt.date(2019, 12, 31), "day")
    assert parse_published("unknown") == (None, None)


def test_f1_is_zero_when_nothing_is_found():
    score = score_events([_gold("ASSAULT", "RUS", "UKR")], [])
    assert prf(score) == {"precision": None, "recall": 0.0, "f1": 0.0}


def test_a_place_agrees_whatever_its_transliteration():
    gold = [_gold("ASSAULT", "TUR", "SYR", location={"name": "Qamishli", "country": "SYR"})]
    event = _event("ASSAULT", "TUR", "SYR", place=Place(name="Al Qāmishlī", country="SYR"))
    assert score_events(gold, [event]).fields["location"] == [True]
    other = _event("ASSAULT", "TUR", "SYR", place=Place(name="Al Hasakah", country="SYR"))
    assert score_events(gold, [other]).fields["location"] == [False]
