"""What the article as a whole decides: the one town a story names narrows a country, a story
set in one town places its events there, a weekend becomes the day the article names, and counts
told on their own belong to the attack told before them."""

import pytest
from event_coding import only


def test_a_country_is_narrowed_to_the_town_the_story_names(code):
    text = (
        "Demonstranterne samledes lørdag i Kharkiv foran rådhuset.\n\n"
        "Politiet anholdt søndag ti demonstranter i Ukraine."
    )
    arrest = only(code(text), "COERCE")
    assert (arrest.place.name, arrest.place.country) == ("Kharkiv", "UKR")


def test_two_towns_in_the_country_leave_the_country(code):
    text = (
        "Demonstranterne samledes lørdag i Kharkiv og i Odesa.\n\n"
        "Politiet anholdt søndag ti demonstranter i Ukraine."
    )
    assert only(code(text), "COERCE").place.name == "Ukraine"


def test_a_story_set_in_one_town_places_an_event_without_a_place(code):
    text = (
        "Demonstranterne samledes lørdag på Kongens Nytorv i København.\n\n"
        "Politiet anholdt søndag ti demonstranter."
    )
    assert only(code(text), "COERCE").place.name == "Copenhagen"


def test_a_statement_in_a_story_set_in_one_place_is_placed_there(code):
    text = (
        "Tusinder demonstrerede lørdag i Bagdad.\n\n"
        "Irak opfordrede søndag demonstranterne til at gå hjem."
    )
    assert only(code(text), "REQUEST").place.name == "Baghdad"
    text = "Rusland angreb tirsdag mål i Ukraine.\n\nMette Frederiksen kritiserer Rusland."
    assert only(code(text), "ACCUSE").place is None  # a story set in two countries
    text = "Uroen i Iran fortsætter.\n\nIran opfordrede demonstranterne til at gå hjem."
    assert only(code(text), "REQUEST").place.country == "IRN"


def test_a_story_in_two_countries_places_no_event_without_a_place(code):
    text = (
        "Demonstranterne samledes lørdag i København, mens andre samledes i Stockholm.\n\n"
        "Politiet anholdt søndag ti demonstranter."
    )
    assert only(code(text), "COERCE").place is None


def test_counts_told_after_an_attack_belong_to_it(code):
    text = (
        "Rusland angreb i nat byen Kharkiv med droner.\n\n"
        "Borgmesteren har talt med pressen.\n\n"
        "Mindst 14 mennesker mistede livet, og 30 blev såret."
    )
    attack = only(code(text), "ASSAULT")
    assert (attack.killed, attack.injured) == (14, 30)


def test_an_attack_named_in_another_year_is_not_the_shooting_told_before_it(code):
    text = (
        "Politiet skød mandag en 25-årig mand i benet i Aarhus.\n\n"
        "Angrebet i 2015 på et spillested i byen kostede 12 mennesker livet."
    )
    shooting, earlier = [e for e in code(text) if e.event == "ASSAULT"]
    assert (shooting.killed, shooting.injured) == (None, None)
    assert (earlier.date.date.year, earlier.killed) == (2015, 12)  # an attack of its own


def test_a_toll_that_rises_later_is_the_attacks_toll(code):
    text = (
        "Rusland angreb i nat byen Kharkiv med droner, og mindst 14 mennesker blev dræbt.\n\n"
        "Dødstallet er siden steget til 19.\n\n"
        "To af de dræbte var børn."
    )
    assert only(code(text), "ASSAULT").killed == 19


def test_the_weekend_is_the_day_the_article_names(nlp):
    import datetime as dt

    from kronist.events.attributes import name_the_weekend_day
    from kronist.events.candidate import Candidate
    from kronist.model import EventDate

    doc = nlp("Ingen har påtaget sig ansvaret for søndagens angreb på hospitalet.")
    saturday = dt.date(2024, 3, 9)

    def attack(event: str = "ASSAULT") -> Candidate:
        weekend = EventDate(date=saturday, precision="week", expression="i weekenden")
        return Candidate(event, None, 0, 0, 0, 0, 5, "angreb", "noun", date=weekend)

    strike, protest = attack(), attack("PROTEST")
    name_the_weekend_day([strike, protest], [(0, doc[:])], "da")
    assert (strike.date.date, strike.date.precision) == (dt.date(2024, 3, 10), "day")
    assert protest.date.precision == "week"  # the article names the day of an attack only


def test_an_event_without_a_time_of_its_own_belongs_to_the_story_day(code):
    text = (
        "Demonstranterne protesterede tirsdag foran ambassaden i København.\n\n"
        "Politiet anholdt tirsdag ti demonstranter.\n\n"
        "Politiet opfordrede demonstranterne til at gå hjem.\n\n"
        "Regeringen vil i næste uge drøfte sagen."
    )
    events = code(text)
    request = only(events, "REQUEST")
    assert request.date.date.isoformat() == "2024-03-12"  # the Tuesday of the story
    plans = [e for e in events if e.modality in ("future", "planned")]
    assert all(e.date.date is None or e.date.precision == "week" for e in plans)


def test_with_no_day_told_more_often_the_story_day_is_the_one_told_first(code):
    text = (
        "Demonstranterne protesterede mandag foran ambassaden i København.\n\n"
        "Politiet anholdt tirsdag ti demonstranter.\n\n"
        "Politiet opfordrede demonstranterne til at gå hjem."
    )
    request = only(code(text), "REQUEST")
    assert request.date.date.isoformat() == "2024-03-11"  # the Monday the story opens with


def test_places_shouted_in_quotes_do_not_unsettle_a_single_town_story(code):
    text = (
        "»Død over Amerika«, stod der på skiltene.\n\n"
        "Demonstranterne samledes lørdag i Bagdad.\n\n"
        "Politiet anholdt søndag ti demonstranter."
    )
    assert only(code(text), "COERCE").place.name == "Baghdad"


def test_an_attack_on_a_place_has_its_country_as_recipient_by_name(code):
    events = code("Rusland angreb i nat et hospital i Kharkiv.")
    attack = only(events, "ASSAULT")
    assert (attack.recipient.name, attack.recipient.country) == ("Ukraine", "UKR")


def test_counts_of_the_attacks_do_not_go_to_a_storming(nlp):
    from kronist.events.attributes import attach_casualties
    from kronist.events.candidate import Candidate

    doc = nlp(
        "Demonstranterne stormede ambassaden. Borgmesteren talte med pressen. "
        "Mindst 25 mennesker mistede livet under luftangrebene i Irak."
    )
    groups = list(enumerate(doc.sents))
    storming = Candidate("ASSAULT", None, 0, 0, 1, 0, 24, "Demonstranterne stormede", "verb")
    attach_casualties([storming], groups, "da")
    assert storming.killed is None
    strike = Candidate("ASSAULT", None, 0, 0, 1, 0, 24, "amerikanske luftangreb", "noun")
    attach_casualties([strike], groups, "da")
    assert strike.killed == 25


@pytest.mark.parametrize(
    ("text", "placed", "name"),
    [
        # the lead names Bagdad most: an Iraqi act without a place of its own happens there
        (
            "Demonstranter samledes i Bagdad foran den amerikanske ambassade i Bagdad.\n\n"
            "Irak opfordrede søndag demonstranterne til at gå hjem.\n\n"
            "USA kritiserede Iran.",
            "REQUEST",
            "Baghdad",
        ),
        # the lead names Gaza (a territory, no town) most: an attack on its side happens there
        (
            "Kampene i Gaza fortsætter, og i Gaza mangler vand, mens nødhjælpen venter i "
            "Egypten.\n\nIsraelske fly bombede natten til søndag flere mål.\n\n"
            "USA kritiserede Israel.",
            "ASSAULT",
            "Gaza Strip",
        ),
    ],
)
def test_a_story_about_several_countries_is_set_where_its_lead_names_most(code, text, placed, name):
    """An American statement made elsewhere is not placed in the story's setting."""
    events = code(text)
    assert only(events, placed).place.name == name
    assert only(events, "ACCUSE").place is None


def test_a_town_attacked_is_where_the_attack_happened(code):
    assert only(code("Iran angreb Bagdad i nat."), "ASSAULT").place.name == "Baghdad"


def test_an_event_whose_actor_comes_from_context_is_set_in_the_town_the_lead_names(code):
    """The protesters of the last paragraph are Hong Kong's only by the story's context; the
    lead names Hongkong most, so their protest is placed there too."""
    text = (
        "Uroen i Hongkong breder sig, og demonstranter i Hongkong kræver demokrati.\n\n"
        "Myndighederne i Kina advarer USA.\n\n"
        "Tusinder af demonstranter gik søndag på gaden igen."
    )
    protest = only(code(text), "PROTEST")
    assert (protest.actor.country, protest.place.name) == ("HKG", "Hong Kong")


def test_an_attack_on_another_country_is_not_placed_in_the_attackers_town():
    from kronist.pipeline import analyze

    text = (
        "Irans udenrigsminister advarede mandag Israel på et pressemøde i Teheran.\n\n"
        "I april angreb Iran Israel med droner."
    )
    attack = only(analyze(text, published="2026-12-02").events, "ASSAULT")
    assert attack.recipient.country == "ISR"
    assert attack.place is None or attack.place.country == "ISR"


def test_an_expulsion_by_a_government_holds_in_its_country_not_in_the_storys_town():
    from kronist.pipeline import analyze

    text = (
        "Uro i Budapest\n\n"
        "Tusinder demonstrerede i går i Budapest mod regeringen.\n\n"
        "Ungarns regering har samtidig udvist to hollandske journalister."
    )
    events = analyze(text, published="2025-03-12").events
    [expel] = [e for e in events if e.event == "COERCE"]
    assert (expel.place.name, expel.place.country) == ("Hungary", "HUN")
    [protest] = [e for e in events if e.event == "PROTEST"]
    assert protest.place.name == "Budapest"  # where the crowd was


def test_an_event_told_on_the_occasion_before_has_its_day():
    """ "Her" opening a sentence points back to the occasion the sentence before tells: Iran's
    protest was made at Monday's meeting, not on the day of the news."""
    from tests.conftest import events_of

    text = (
        "Norge udviser en iransk diplomat, oplyser det norske udenrigsministerium torsdag. "
        "Allerede mandag blev Norges ambassadør i Teheran kaldt til samtale i det iranske "
        "udenrigsministerium. Her protesterede Iran mod det, ministeriet kaldte en fjendtlig "
        "kampagne."
    )
    protests = events_of(text, "ACCUSE", published="2025-03-06")
    assert [e.date.date.isoformat() for e in protests] == ["2025-03-03"]


def test_here_in_a_sentence_of_its_own_day_keeps_that_day():
    from tests.conftest import events_of

    text = (
        "Allerede mandag blev Norges ambassadør i Teheran kaldt til samtale. Her protesterede "
        "Iran onsdag igen mod udvisningen."
    )
    protests = events_of(text, "ACCUSE", published="2025-03-06")
    assert [e.date.date.isoformat() for e in protests] == ["2025-03-05"]


def test_the_time_of_a_verb_is_not_that_of_the_event_noun_it_takes_as_object():
    """ "I en tale onsdag aften kaldte præsidenten urolighederne for kriminelle": Wednesday is
    the speech's day; the riots it refers back to are not dated by it."""
    from tests.conftest import events_of

    text = (
        "Tre mennesker blev dræbt, da politiet tirsdag skød mod demonstranter i Nairobi. I "
        "centrum satte unge demonstranter ild til biler og plyndrede butikker. I en tale onsdag "
        "aften kaldte præsidenten urolighederne for kriminelle handlinger."
    )
    riots = events_of(text, "PROTEST", published="2025-03-06")
    assert len(riots) == 1 and riots[0].date.expression != "onsdag aften"
    speech = events_of(text, "ACCUSE", published="2025-03-06")
    assert [e.date.date.isoformat() for e in speech] == ["2025-03-05"]


def test_a_time_told_right_after_the_event_noun_is_its_own():
    from tests.conftest import events_of

    text = (
        "Houthi-oprørere angreb lørdag aften et dansk containerskib i Det Røde Hav. Rederiet "
        "fordømmer angrebet lørdag aften og undersøger nu skaderne."
    )
    attacks = events_of(text, "ASSAULT", published="2025-03-04")
    assert [e.date.date.isoformat() for e in attacks] == ["2025-03-01"]
