"""The other party of an event the sentence leaves implicit, from the article's cast."""

from event_coding import countries, only
from tests.conftest import events_of


def test_vow_of_revenge_is_aimed_at_the_other_party_of_the_article(code):
    events = code("USA angreb Iran i weekenden. Iran har svoret hævn.")
    threat = only(events, "THREATEN")
    assert countries(threat) == ("IRN", "USA")
    assert threat.recipient_text is None  # inferred, not read


def test_country_named_in_the_same_sentence_comes_first(code):
    events = code("Rusland angreb Ukraine tirsdag. Iran har truet med hævn efter USA's angreb.")
    assert countries(only(events, "THREATEN"))[1] == "USA"


def test_domestic_story_keeps_the_country(code):
    events = code("Mette Frederiksen holdt tale i Folketinget. I dag har politiet kritiseret det.")
    event = only(events, "ACCUSE")
    assert countries(event) == ("DNK", "DNK")


def test_a_state_is_not_taken_to_act_on_itself(code):
    events = code("Ukraine angreb Rusland tirsdag.\n\nI dag har Kina kritiseret det.")
    event = only(events, "ACCUSE")
    assert countries(event)[0] == "CHN"
    assert countries(event)[1] != "CHN"


def test_a_state_in_a_one_country_story_quarrels_at_home():
    """An article that names no other country: the government's criticism is aimed
    at someone of its own country (no sector guessed); a request for weapons is not."""
    from kronist.pipeline import analyze

    text = "Regeringen kritiserer beslutningen.\n\nDen kom bag på alle i Folketinget."
    criticism = only(analyze(text, published="2026-12-03").events, "ACCUSE")
    assert countries(criticism) == ("DNK", "DNK")
    assert criticism.recipient.sectors == []
    text = "Ukraine beder om flere våben."
    request = only(analyze(text, published="2026-12-03").events, "REQUEST")
    assert countries(request)[1] != "UKR"


def test_a_cited_source_is_no_other_party():
    """ "Nordkorea har ifølge Sydkoreas militær affyret et missil": South Korea tells it."""
    from kronist.pipeline import analyze

    for source in ("Sydkoreas militær", "det sydkoreanske militær"):
        text = f"Nordkorea har ifølge {source} affyret et ballistisk missil."
        for event in analyze(text, published="2026-12-03").events:
            assert event.recipient is None or event.recipient.country != "KOR", source


def test_victims_attacker_is_their_opponent_in_the_article(code):
    events = code(
        "Israel angreb Hamas i Gaza mandag. Hamas affyrede raketter mod Israel.\n\n"
        "I alt 20 palæstinensere blev dræbt onsdag."
    )
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert ("ISR", "PSE") in {countries(e) for e in attacks}


def test_mobilizing_needs_no_recipient(code):
    events = code("Rusland angreb Ukraine. Danmark sender 100 soldater.")
    assert only(events, "MOBILIZE").recipient is None


def test_a_country_named_as_where_is_no_other_party():
    from kronist.pipeline import analyze

    analysis = analyze("Piloter i Danmark, Norge og Sverige strejker.", published="2022-07-04")
    strike = only(analysis.events, "PROTEST")
    assert strike.recipient is None or strike.recipient.country == "DNK"


def test_countries_taking_positions_side_by_side_are_not_each_others_targets():
    from kronist.pipeline import analyze

    analysis = analyze(
        "Kina kritiserer EU's told på elbiler.\n\n"
        "Tyskland stemte imod tolden, mens Frankrig støttede forslaget.",
        published="2026-12-02",
    )
    assert countries(only(analysis.events, "REJECT")) == ("DEU", None)
    assert countries(only(analysis.events, "SUPPORT")) == ("FRA", None)


def test_a_denial_beside_an_accusation_is_still_aimed_at_the_accuser(code):
    events = code("USA anklager Iran for angrebet, og Iran afviser beskyldningerne.")
    assert countries(only(events, "REJECT")) == ("IRN", "USA")


def test_an_opposition_quarrels_with_its_own_state_not_with_its_states_rivals():
    from kronist.pipeline import analyze

    analysis = analyze(
        "Rusland truer Georgien med sanktioner.\n\nOppositionen i Georgien afviser valgresultatet.",
        published="2026-12-02",
    )
    rejection = only(analysis.events, "REJECT")
    assert countries(rejection) == ("GEO", "GEO")


def test_rejecting_the_criticism_is_aimed_at_the_critic():
    from kronist.pipeline import analyze

    analysis = analyze(
        "Enhedslisten kritiserer forsvarsministeren for aftalen.\n\n"
        "Ministeren afviser kritikken og henviser til truslen fra Rusland.",
        published="2026-12-02",
    )
    rejection = only(analysis.events, "REJECT")
    assert rejection.recipient is not None and rejection.recipient.sector == "PTY"


def test_a_story_about_parties_sets_the_government_in_their_country():
    """The only foreign country is named as a threat's origin; the parties are Danish, and so
    is "Regeringen" that makes a deal with them."""
    from kronist.pipeline import analyze

    analysis = analyze(
        "Regeringen indgår aftale om forsvaret\n\n"
        "Regeringen har indgået en aftale med Venstre og Konservative.\n\n"
        "Ministeren henviser til truslen fra Rusland.",
        published="2026-12-02",
    )
    assert only(analysis.events, "AGREE").actor.country == "DNK"


def code_real(text):
    from kronist.pipeline import analyze

    return analyze(text, published="2026-12-02").events


def test_a_country_someone_comes_from_is_not_their_target():
    events = code_real("Bevæbnede mænd fra Syrien angreb i går en politistation i Istanbul.")
    assert countries(only(events, "ASSAULT"))[1] != "SYR"


def test_denying_a_part_in_an_attack_is_aimed_at_the_accuser_not_the_attackers():
    events = code_real(
        "Bevæbnede mænd angreb i går en politistation i Istanbul.\n\n"
        "Tyrkiet beskylder PKK for angrebet.\n\n"
        "PKK afviser at have noget med angrebet at gøre."
    )
    rejection = only(events, "REJECT")
    assert rejection.recipient is not None and rejection.recipient.name == "Turkey"


def test_a_role_in_a_named_country_with_a_name_after_it_is_that_person():
    events = code_real(
        "Ifølge valgkommissionen fik præsident Emmerson Mnangagwa 50,8 procent af stemmerne.\n\n"
        "Præsidenten i nabolandet Sydafrika, Cyril Ramaphosa, beder alle politiske ledere i "
        "Zimbabwe om at acceptere resultatet."
    )
    assert only(events, "REQUEST").actor.country == "ZAF"


def test_a_hostile_act_without_a_target_is_not_aimed_at_a_friendly_neighbour():
    """South Africa only appeals to Zimbabwe: Zimbabwe's threat is not guessed to be aimed at
    it (who fights whom is read from the article's hostile events only)."""
    events = code_real(
        "Sydafrika opfordrer Zimbabwe til at acceptere valgresultatet.\n\n"
        "Zimbabwes regering truer med sanktioner."
    )
    threat = only(events, "THREATEN")
    assert threat.recipient is None or threat.recipient.country != "ZAF"


def test_rejecting_accusations_answers_the_one_aimed_at_the_rejecter():
    events = code_real(
        "Polens premierminister beskylder Belarus for at sende migranter mod grænsen.\n\n"
        "Amnesty International kritiserer Polen for at lukke grænsen.\n\n"
        "Belarus' præsident afviser anklagerne."
    )
    assert countries(only(events, "REJECT")) == ("BLR", "POL")


def test_a_call_for_peace_between_two_parties_addresses_both():
    from kronist.pipeline import analyze

    text = "Egypten opfordrer til en øjeblikkelig våbenhvile mellem Indien og Pakistan."
    events = analyze(text, published="2025-03-04").events
    requests = [countries(e) for e in events if e.event == "REQUEST"]
    assert requests == [("EGY", "IND"), ("EGY", "PAK")]


def test_a_demand_of_a_body_of_no_country_is_addressed_to_the_state_it_names():
    """The UN or an NGO has no country of its own: the state its call speaks of is the one
    it is addressed to, even when named as the place ("våbenhvile i Sudan")."""
    events = code_real("FN opfordrer til en øjeblikkelig våbenhvile i Sudan.")
    request = only(events, "REQUEST")
    assert countries(request) == (None, "SDN")
    assert request.recipient_text is None  # inferred, not read


def test_a_demand_of_a_body_of_no_country_told_alone_addresses_the_story_s_country():
    events = code_real(
        "Tusinder demonstrerede i weekenden i Teheran mod regimet.\n\n"
        "Politiet anholdt over 200 demonstranter i Teheran og Isfahan.\n\n"
        "Amnesty International opfordrer nu til besindighed."
    )
    assert countries(only(events, "REQUEST")) == (None, "IRN")


def test_a_body_of_no_country_does_not_take_a_country_that_its_sentence_does_not_need():
    """The recipient read in the sentence stays: only a missing one is inferred."""
    events = code_real("Amnesty International kritiserer Polen for at lukke grænsen.")
    assert countries(only(events, "ACCUSE")) == (None, "POL")


def test_backing_an_act_is_aimed_at_whoever_did_it(code):
    """ "Danmark støtter sanktionerne": support for the sanctions is support for the body
    that imposed them, not for the country they are aimed at."""
    events = code("Nato har indført sanktioner mod Rusland.\n\nDanmark støtter sanktionerne.")
    support = only(events, "SUPPORT")
    assert support.recipient is not None and support.recipient.name == "NATO"


def test_a_capital_that_acts_or_is_addressed_is_its_country_s_government():
    events = code_real("Moskva kritiserer Washington for de nye sanktioner.")
    accusation = only(events, "ACCUSE")
    assert (accusation.actor.name, accusation.actor.sector) == ("Russia", "GOV")
    assert (accusation.recipient.name, accusation.recipient.sector) == ("United States", "GOV")


def test_a_capital_attacked_stays_the_city():
    events = code_real("Russiske droner angreb Kyiv i nat.")
    assert only(events, "ASSAULT").recipient.name == "Kyiv"


def test_partners_taking_a_stance_together_are_not_each_others_target(code):
    events = code("Sverige og Tyskland kritiserer beslutningen.")
    accusations = [e for e in events if e.event == "ACCUSE"]
    assert sorted(e.actor.country for e in accusations) == ["DEU", "SWE"]
    assert all(e.recipient is None for e in accusations)


def test_a_vote_against_a_sanction_is_aimed_at_its_maker_not_the_last_accuser():
    from kronist.pipeline import analyze

    analysis = analyze(
        "Rusland anklager Polen for at stå bag sabotagen.\n\n"
        "USA har indført told på kinesiske elbiler.\n\n"
        "Canada stemte imod tolden.",
        published="2025-03-04",
    )
    assert countries(only(analysis.events, "REJECT")) == ("CAN", "USA")


def test_a_country_acting_beside_a_body_of_no_country_is_not_its_target():
    text = (
        "Kina har torsdag indledt en stor militærøvelse omkring Taiwan.\n\n"
        "Japan har udtrykt bekymring over øvelsen, mens FN har bedt begge parter om at undgå "
        "en optrapning."
    )
    (request,) = events_of(text, "REQUEST")
    assert request.recipient is not None and request.recipient.country != "JPN"
