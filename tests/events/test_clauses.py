"""Infinitives, "ved at", control, coordination and relative clauses."""

from event_coding import countries, only


def test_ved_at_clause_takes_the_main_subject(code):
    event = only(code("USA svarede igen i weekenden ved at angribe Iran."), "ASSAULT")
    assert countries(event) == ("USA", "IRN")


def test_object_control_mistaenke_for_at(code):
    events = code("USA mistænker Iran for at stå bag angrebet mod Irak.")
    accuse = only(events, "ACCUSE")
    assert accuse.mode == "allege"
    assert countries(accuse) == ("USA", "IRN")
    assault = only(events, "ASSAULT")
    assert countries(assault) == ("IRN", "IRQ")


def test_coordinated_verbs_share_their_subject(code):
    events = code("Rusland angreb Ukraine og truede Sverige.")
    assert countries(only(events, "ASSAULT")) == ("RUS", "UKR")
    assert countries(only(events, "THREATEN")) == ("RUS", "SWE")


def test_relative_clause_subject_is_the_antecedent(code):
    events = code("Vi taler om Iran, der angreb Irak sidste år.")
    assert countries(only(events, "ASSAULT")) == ("IRN", "IRQ")


def test_at_clause_subject_is_the_recipient_of_forvente(code):
    events = code("Mette Frederiksen forventer, at Sverige beskytter ambassaden.")
    request = only(events, "REQUEST")
    assert countries(request) == ("DNK", "SWE")


def test_object_control_opfordre_til_at(code):
    events = code("Tyskland opfordrer Rusland til at trække sine soldater tilbage.")
    request = only(events, "REQUEST")
    assert countries(request) == ("DEU", "RUS")
    assert not [e for e in events if e.event == "RETREAT"]  # the content of the request


def test_threat_swallows_the_threatened_act(code):
    events = code("Rusland truer med at angribe Sverige.")
    threat = only(events, "THREATEN")
    assert threat.mode == "violence"
    assert not [e for e in events if e.event == "ASSAULT"]


def test_apposition_between_subject_and_verb(code):
    events = code("Sveriges statsminister, Ulf Kristersson, takker Tyskland for støtten.")
    assert countries(only(events, "SUPPORT")) == ("SWE", "DEU")


def test_coordinated_demand_with_at_clause(code):
    events = code("Kina kritiserer besøget og kræver, at USA stopper al kontakt med Taiwan.")
    assert countries(only(events, "REQUEST")) == ("CHN", "USA")


def test_an_unnamed_subject_is_not_replaced_by_the_object(code):
    events = code("Vestlige lande har kritiseret Kina for samarbejdet.")
    assert all(e.actor is None or e.actor.country != "CHN" for e in events)


def test_inverted_subject_after_auxiliary(code):
    event = only(code("I går har Rusland angrebet Ukraine igen."), "ASSAULT")
    assert countries(event) == ("RUS", "UKR")


def test_what_a_promise_clause_says_is_its_content_not_an_event(code):
    events = code("Tyskland har lovet, at regeringen vil sende våben til Ukraine.")
    assert not [e for e in events if e.event == "AID"]
    promise = only(events, "AGREE")
    assert promise.recipient is not None and promise.recipient.country == "UKR"


def test_a_demand_that_troops_leave_is_no_retreat(code):
    events = code("USA kræver, at Rusland trækker sine soldater ud af Ukraine.")
    assert not [e for e in events if e.event == "RETREAT"]
    assert only(events, "REQUEST").mode == "yield"


def test_som_as_a_preposition_opens_no_relative_clause():
    """ "betragter YPG som en terrororganisation": "som" means "as"; the next verb shares the
    main subject, YPG does not become the accuser."""
    from kronist.pipeline import analyze

    text = (
        "Tyrkiet betragter den kurdiske milits YPG som en terrororganisation "
        "og beskylder den for et bombeangreb."
    )
    accusation = only(analyze(text, published="2026-12-02").events, "ACCUSE")
    assert countries(accusation) == ("TUR", "SYR")


def test_a_second_content_clause_after_og_is_still_what_is_demanded(code):
    """ "kræver, at ..., og at premierministeren går af": the resignation is demanded, it did
    not happen."""
    events = code(
        "Demonstranterne kræver, at politiet løslader de anholdte, og at statsministeren går af."
    )
    assert not [e for e in events if e.event == "RETREAT" and e.modality == "asserted"]


def test_an_infinitive_after_an_owned_noun_is_the_owners_act():
    """ "regeringens beslutning om at indstille forhandlingerne": the government suspends them,
    not the demonstrators who protest against it."""
    from kronist.pipeline import analyze

    text = (
        "Tusinder demonstrerede i Tbilisi mod regeringens beslutning om at indstille "
        "forhandlingerne med EU."
    )
    events = analyze(text, published="2025-03-10").events
    [suspension] = [e for e in events if e.event == "REJECT"]
    assert (suspension.actor.country, suspension.actor.sector) == ("GEO", "GOV")


def test_a_bare_count_is_the_subject_of_its_own_clause():
    """ "og mindst 40 blev anholdt": forty people, not the police of the clause before."""
    from kronist.pipeline import analyze

    text = "Politiet brugte tåregas mod demonstranterne, og mindst 40 blev anholdt."
    events = analyze(text, published="2025-03-10").events
    [arrest] = [e for e in events if e.event == "COERCE"]
    assert arrest.recipient is None or "COP" not in (arrest.recipient.sectors or [])


def test_a_verb_joined_after_an_apposition_keeps_the_first_verbs_subject():
    """ "Soldater ... har afsat præsidenten, Mohamed Bazoum, og taget magten": the soldiers
    took power, not the president named in the apposition."""
    from kronist.pipeline import analyze

    text = (
        "Soldater fra præsidentgarden har afsat Nigers præsident, Mohamed Bazoum, og taget "
        "magten i landet."
    )
    [seizure] = analyze(text, published="2025-03-10").events
    assert (seizure.event, seizure.actor.sector) == ("COERCE", "MIL")


def test_an_indefinite_pronoun_is_the_unnamed_subject_of_its_clause():
    """ "efter at nogle kastede sten": some people threw stones, not the police named before."""
    from kronist.pipeline import analyze

    text = "Politiet anholdt 35 demonstranter, efter at nogle kastede sten mod rådhuset."
    events = analyze(text, published="2025-03-10").events
    assert [(e.event, e.actor.sector) for e in events] == [("COERCE", "COP")]


def test_an_organisations_genitive_gives_way_to_the_person_named_beside_it():
    """ "FN's generalsekretær, António Guterres, fordømmer drabene": Guterres condemns."""
    from kronist.pipeline import analyze

    text = "FN's generalsekretær, António Guterres, fordømmer drabene i El Fasher."
    [condemnation] = analyze(text, published="2025-10-28").events
    assert condemnation.actor_text == "António Guterres"


def test_after_a_fronted_subordinate_clause_the_subject_follows_the_verb(code):
    """V2: the clause "Efter at Israel angreb Gaza" fills the main clause's first place, so its
    subject stands after the verb; the name in the fronted clause is no subject of it."""
    events = code("Efter at Israel angreb Gaza, truede Iran med gengældelse.")
    assert countries(only(events, "THREATEN"))[0] == "IRN"
    assert countries(only(events, "ASSAULT")) == ("ISR", "PSE")


def test_a_fronted_clause_of_time_before_a_perfect_keeps_the_inverted_subject(code):
    events = code("Da Rusland havde angrebet Ukraine, har Tyskland indkaldt Ruslands ambassadør.")
    assert countries(only(events, "ACCUSE")) == ("DEU", "RUS")
