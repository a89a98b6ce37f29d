"""One event per real-world event."""

from event_coding import only
from tests.conftest import events_of

from kronist.events.candidate import Candidate
from kronist.events.merging import same_event
from kronist.model import Actor


def test_headline_and_body_tell_one_event(code):
    events = code(
        "Rusland angreb natten til torsdag Kyiv med droner.\n\nAngrebet ramte flere boligblokke.",
        title="Russisk angreb mod Ukraine",
    )
    assault = only(events, "ASSAULT")
    assert len(assault.mentions) >= 2
    assert assault.sentence == 0


def test_attacks_on_different_days_stay_apart(code):
    events = code("Rusland angreb Ukraine tirsdag. Rusland angreb også Ukraine i februar 2022.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_actor_filled_from_a_later_mention(code):
    events = code(
        "Et skyderi i Malmø kostede to liv. Politiet mener, at skyderiet blev udført "
        "af gerningsmanden alene."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


def test_casualties_from_the_next_sentence(code):
    events = code("Israel angreb Hamas i weekenden. 12 blev dræbt, og 30 blev såret søndag.")
    assault = only(events, "ASSAULT")
    assert (assault.killed, assault.injured) == (12, 30)


def test_opposite_directions_are_two_events(code):
    events = code("Rusland angreb Ukraine. Ukraine angreb Rusland dagen efter.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_ids_are_deterministic(code):
    events = code("Rusland angreb Ukraine. Danmark fordømmer angrebet.")
    assert [e.id for e in events] == [f"t-ev{n}" for n in range(1, len(events) + 1)]


def test_an_armed_group_without_a_country_is_not_another_countrys_army(code):
    events = code("Israel angreb Gaza tirsdag. Samme dag angreb militsen soldater i Gaza.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_attacks_on_different_named_weekdays_stay_apart(code):
    events = code(
        "En bilbombe dræbte torsdag fem mennesker i Kabul.\n\n"
        "Mandag blev 16 dræbt i et bombeangreb i Kabul."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_a_definite_event_noun_refers_back_whatever_place_it_names(code):
    events = code(
        "Rusland angreb Ukraine med droner natten til tirsdag.\n\n"
        "Angrebet ramte også en fabrik i Polen, oplyser Ukraine."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


def test_a_day_named_but_not_placed_is_kept_when_mentions_merge(code):
    events = code(
        "En bilbombe eksploderede torsdag i Kabul. Mindst fem mennesker blev dræbt.\n\n"
        "Mandag blev 16 dræbt ved et bombeangreb i Kabul."
    )
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_a_toll_told_apart_joins_the_attack_whose_doer_is_named(code):
    events = code(
        "Mindst fem mennesker blev dræbt i Kabul torsdag.\n\n"
        "Hamas har angrebet ambassadekvarteret i byen med en bilbombe."
    )
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].actor.country == "PSE" and attacks[0].killed == 5


def test_a_question_whether_it_happened_is_not_the_event_told():
    """ "angrebet" (told as fact) and "undersøger, om raketterne blev affyret fra Iran" (asked)
    stay apart: the question must not lend the attack its doer."""
    iran = Actor(name="Iran", country="IRN")
    told = _candidate(sentence=0, anaphoric=True)
    asked = _candidate(sentence=1, actor=iran, modality="hypothetical")
    assert not same_event(told, asked)
    assert same_event(told, _candidate(sentence=1, actor=iran))


def _candidate(sentence: int, **fields) -> Candidate:
    return Candidate(
        event="ASSAULT", mode=None, sentence=sentence, paragraph=sentence, trigger=0, start=0,
        end=1, anchor="angreb", kind="noun", **fields
    )  # fmt: skip


def test_a_minister_and_a_union_of_one_country_are_two_actors():
    union = Actor(name="3F", country="DNK", sector="LAB")
    minister = Actor(name="Ane Jensen", country="DNK", sector="GOV", sectors=["GOV"])
    police = Actor(name="police", country="DNK", sector="COP")
    sweden = Actor(name="Sweden", country="SWE", sector="GOV")
    first = Candidate("REQUEST", None, 0, 0, 1, 0, 2, "3F kræver", "verb", actor=union)
    second = Candidate("REQUEST", None, 2, 0, 1, 0, 2, "opfordrer", "verb", actor=minister)
    third = Candidate("REQUEST", None, 3, 0, 1, 0, 2, "beder", "verb", actor=police)
    assert not same_event(first, second)
    second.recipient = third.recipient = sweden
    assert same_event(second, third)  # a government and its police abroad: one state


def test_a_body_and_its_organ_telling_one_act_are_one_event():
    """The headline's "EU" and the lead's "Europa-Kommissionen" (part_of in actors.yaml) give
    one fine, dated by the lead's "torsdag"."""
    from kronist.pipeline import analyze

    text = (
        "EU giver amerikansk techgigant bøde\n\n"
        "Europa-Kommissionen gav torsdag det amerikanske teknologiselskab Veridian en bøde på 1,4 "
        "milliarder euro."
    )
    fines = [e for e in analyze(text, published="2024-07-19").events if e.event == "SANCTION"]
    assert len(fines) == 1
    assert fines[0].date.date.isoformat() == "2024-07-18"


def test_rejections_of_a_criticism_and_of_a_demand_are_two_events():
    from kronist.pipeline import analyze

    text = (
        "Norge kritiserede tirsdag Færøerne for at fange for meget makrel.\n\n"
        "Færøerne afviser kritikken.\n\n"
        "EU kræver, at Færøerne sænker kvoten.\n\n"
        "Færøernes regering afviser kravet."
    )
    events = analyze(text, published="2025-03-04").events
    rejections = [e for e in events if e.event == "REJECT"]
    assert [e.recipient.name for e in rejections] == ["Norway", "European Union"]


def test_a_toll_told_next_goes_to_the_news_not_to_its_cause():
    from kronist.pipeline import analyze

    text = (
        "Israels militær har natten til mandag angrebet flere mål i Libanon, efter at "
        "Hizbollah søndag affyrede raketter mod Israel.\n\n"
        "Ifølge det libanesiske sundhedsministerium blev mindst syv mennesker dræbt og 22 "
        "såret i angrebene."
    )
    events = analyze(text, published="2025-03-10").events
    tolls = {e.actor.country: (e.killed, e.injured) for e in events if e.event == "ASSAULT"}
    assert tolls == {"ISR": (7, 22), "LBN": (None, None)}


def test_two_named_parties_make_two_statements():
    """ "Venstre kritiserer regeringen. Enhedslisten kritiserer også regeringen": one country,
    two speakers, two accusations; the same party told twice stays one."""
    from kronist.pipeline import analyze

    text = "Venstre kritiserer regeringen.\n\nEnhedslisten kritiserer også regeringen."
    accusations = [e for e in analyze(text, published="2026-12-03").events if e.event == "ACCUSE"]
    assert sorted(e.actor_text for e in accusations) == ["Enhedslisten", "Venstre"]
    text = "Venstre kritiserer regeringen.\n\nVenstre kritiserer regeringen for skattelettelserne."
    assert len(analyze(text, published="2026-12-03").events) == 1


def test_the_wounded_are_no_toll_of_their_own_sides_attack():
    """ "Demonstranter kastede sten mod betjentene, som svarede igen med tåregas. 14 betjente
    blev såret": the police were hurt in the riot, not by their own tear gas."""
    from kronist.pipeline import analyze

    text = (
        "Demonstranter kastede sten og brændende dæk mod betjentene, som svarede igen med "
        "tåregas.\n\n14 betjente blev lettere såret, og ni demonstranter blev anholdt."
    )
    events = analyze(text, published="2026-03-10").events
    police = [e for e in events if e.actor and e.actor_text == "betjentene"]
    assert police and all(e.injured != 14 for e in police)
    assert any(e.injured == 14 for e in events if e.event == "PROTEST")


def test_the_counted_people_are_named_by_the_noun_past_their_age():
    """ "en 24-årig betjent": the noun after the age names the wounded, one of the police, so
    the toll is the riot's, not that of the police's answer told after it."""
    text = (
        "Demonstranter kastede lørdag sten mod politiet i Lagos. Betjentene svarede igen med "
        "gummikugler. Ifølge politiet blev en 24-årig betjent indlagt efter at være blevet ramt "
        "af en sten."
    )
    assert [e.injured for e in events_of(text, "ASSAULT")] == [None]
    assert [e.injured for e in events_of(text, "PROTEST")] == [1]


def test_an_event_told_only_in_the_headline_gives_way_to_the_body_s_telling():
    from kronist.pipeline import analyze

    text = (
        "Iran angriber USA\n\n"
        "Irakiske militser affyrede tirsdag raketter mod en amerikansk base i Irak. "
        "Ingen blev såret."
    )
    assaults = [e for e in analyze(text, published="2026-12-01").events if e.event == "ASSAULT"]
    assert [(e.actor.country, e.recipient.country) for e in assaults] == [("IRQ", "USA")]


def test_a_headline_event_of_a_type_the_body_does_not_tell_stays():
    from kronist.pipeline import analyze

    text = "Iran angriber USA\n\nDen amerikanske regering har indkaldt Irans ambassadør."
    events = analyze(text, published="2026-12-01").events
    assert [e.event for e in events if e.event == "ASSAULT"] == ["ASSAULT"]


def test_the_accused_accusing_in_turn_is_a_second_event():
    """One side's target acts in turn: two accusations, even with one country on both sides
    and a sector the two share (the RSF militia is REB and MIL)."""
    from kronist.pipeline import analyze

    text = (
        "Sudans hær giver RSF skylden for beskydningen af Omdurman.\n\n"
        "RSF afviser anklagen og beskylder til gengæld hæren for at stå bag."
    )
    accusations = [e for e in analyze(text, published="2026-12-01").events if e.event == "ACCUSE"]
    assert len(accusations) == 2


def test_an_adverb_made_with_a_preposition_leaves_the_object_after_it(code):
    events = code("Hamas beskylder til gengæld Israel for angrebet.")
    accusation = next(e for e in events if e.event == "ACCUSE")
    assert (accusation.actor.country, accusation.recipient.country) == ("PSE", "ISR")
    assert accusation.recipient_text == "Israel"  # read as the object, not inferred


def test_a_person_and_a_company_punished_alike_are_two_cases():
    text = (
        "En 34-årig mand er tirsdag blevet idømt fem års fængsel for vold i Odense. "
        "Konkurrencerådet har samme dag givet Carlsberg en bøde på 100 millioner kroner."
    )
    sanctions = events_of(text, "SANCTION")
    assert sorted(e.recipient.sector for e in sanctions) == ["BUS", "CVL"]


def test_a_suspect_told_as_a_man_and_as_an_offender_is_one_arrest():
    text = (
        "Politiet har anholdt en 22-årig mand efter skyderiet i Aarhus. "
        "Den formodede gerningsmand blev anholdt uden for butikken."
    )
    assert len(events_of(text, "COERCE")) == 1


def test_statements_of_the_police_and_the_government_at_home_are_two():
    text = (
        "Politiet anholdt lørdag 40 klimaaktivister foran Christiansborg.\n\n"
        "Vicepolitiinspektør Trine Møller afviser kritikken af anholdelserne.\n\n"
        "Klimaministeren afviser samtidig aktivisternes krav om et stop for olieudvinding."
    )
    rejections = events_of(text, "REJECT", "2024-09-14")
    assert sorted(e.actor.sector for e in rejections) == ["COP", "GOV"]


def test_a_minister_and_their_party_are_one_speaker():
    from kronist.events.merging import _kinds

    assert not _kinds({"GOV"}).isdisjoint(_kinds({"PTY", "OPP"}))
    assert _kinds({"COP"}).isdisjoint(_kinds({"GOV"}))


def test_a_toll_told_as_a_floor_is_no_other_toll_than_a_higher_count():
    """ "et drab" (at least one dead) or "mindst fem" told without a doer joins the named attack
    with eight dead; an exact toll of five stays apart."""
    from kronist.events.merging import fold_actorless

    gang = Actor(name="banden", country="DNK", sector="CRM")

    def pair(killed: int, kind: str | None) -> list[Candidate]:
        named = _candidate(sentence=0, actor=gang, killed=8)
        nameless = _candidate(sentence=2, killed=killed, toll_kinds=(kind, None))
        return fold_actorless([named, nameless])

    assert len(pair(1, "floor")) == 1
    assert len(pair(5, "floor")) == 1
    assert len(pair(5, None)) == 2


def test_a_definite_event_noun_naming_a_day_refers_back_to_the_event_of_that_day():
    """ "ved angrebet lørdag aften": the attack told of Saturday, past the navy's answer told
    between on Sunday, takes the toll of nought."""
    text = (
        "Houthi-oprørere angreb lørdag aften et dansk containerskib i Det Røde Hav. Søndag "
        "sænkede amerikanske helikoptere tre af oprørernes både. Rederiet oplyser, at ingen af "
        "besætningsmedlemmerne kom til skade ved angrebet lørdag aften."
    )
    attacks = events_of(text, "ASSAULT")
    assert [(e.actor.country, e.injured) for e in attacks] == [("YEM", 0), ("USA", None)]


def test_a_definite_event_noun_naming_no_day_refers_back_to_the_last_event():
    text = (
        "Russiske styrker angreb tirsdag en ukrainsk landsby. Onsdag beskød ukrainske styrker "
        "en russisk by. Ingen kom til skade ved angrebet, oplyser de lokale myndigheder."
    )
    attacks = events_of(text, "ASSAULT")
    assert [e.injured for e in attacks] == [None, 0]
