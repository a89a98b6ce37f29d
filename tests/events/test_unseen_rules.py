"""Rules found on unseen news, each on invented sentences: office holders of an international
body act as the body, unnamed rebels fight where the event is, small towns abroad are not read
into an article about another country."""

from __future__ import annotations

from kronist.events.place import geocode
from kronist.pipeline import analyze


def events_of(text: str, event_type: str, published: str = "2023-05-12"):
    return [e for e in analyze(text, published=published).events if e.event == event_type]


def test_ministers_of_an_international_body_are_the_body_not_the_meeting_place():
    text = (
        "EU's udenrigsministre vedtog torsdag på et møde i Bruxelles at indføre sanktioner mod "
        "Venezuelas forsvarsminister."
    )
    (sanction,) = events_of(text, "SANCTION")
    assert sanction.actor.country is None
    assert "IGO" in sanction.actor.sectors
    assert sanction.recipient.country == "VEN"


def test_a_coordinator_of_the_un_speaks_for_the_un():
    analysis = analyze(
        "FN's nødhjælpskoordinator i Somalia, Ruth Abara, opfordrer parterne til at indstille "
        "kampene.",
        published="2023-05-12",
    )
    coordinator = next(e for e in analysis.entities if e.text.startswith("FN's"))
    assert coordinator.actor.country is None
    request = next(e for e in analysis.events if e.event == "REQUEST")
    assert request.actor.country is None and "IGO" in request.actor.sectors


def test_unnamed_rebels_fight_in_the_country_of_the_attack():
    text = "Oprørere dræbte natten til mandag otte soldater nær byen Djibo i Burkina Faso."
    (attack,) = events_of(text, "ASSAULT")
    assert (attack.actor.country, attack.actor.sector) == ("BFA", "REB")


def test_a_named_armed_group_keeps_having_no_country():
    text = "Islamisk Stat dræbte mandag otte soldater i det nordlige Burkina Faso."
    (attack,) = events_of(text, "ASSAULT")
    assert attack.actor.country is None


def test_a_village_abroad_is_no_reading_of_an_unknown_place_in_the_articles_country():
    assert geocode("Soum").country == "SEN"  # a village in Senegal by that name
    assert geocode("Soum", prefer_countries=["BFA"]) is None
    assert geocode("Djibo", prefer_countries=["BFA"]).country == "BFA"
    assert geocode("Bergen", prefer_countries=["DNK"]).country == "NOR"  # a city abroad stays


def speaker_of(text: str, opening: str, published: str = "2023-05-12"):
    quotes = analyze(text, published=published).quotes
    return next(q for q in quotes if q.text.startswith(opening))


def test_a_compound_title_tagged_as_a_verb_still_gives_the_speaker_a_sector():
    text = (
        "Isen smelter\n\n"
        "– Vi ser det hvert år nu, siger seniorforsker Karen Vestergaard fra Center for Polarklima."
    )
    speaker = speaker_of(text, "Vi ser det").speaker_actor
    assert (speaker.country, speaker.sector) == ("DNK", "EDU")


def test_an_ambiguous_role_word_used_as_a_verb_is_no_title():
    analysis = analyze("Karen Vestergaard forsker i havis ved Grønland.", published="2023-05-12")
    person = next(e for e in analysis.entities if e.text == "Karen Vestergaard")
    assert person.actor.sector != "EDU"


def test_a_country_that_speaks_is_its_government():
    text = "Tyrkiet kritiserer angrebet\n\nTyrkiet kalder angrebet »en krigsforbrydelse«."
    speaker = speaker_of(text, "en krigsforbrydelse").speaker_actor
    assert (speaker.country, speaker.sector) == ("TUR", "GOV")


def test_a_particle_far_after_a_long_object_still_belongs_to_its_verb():
    text = (
        "Ambassadør kaldt hjem\n\n"
        "Regeringen i Nairobi kaldte tirsdag aften sin ambassadør i Uganda hjem til "
        "konsultationer."
    )
    (recall,) = events_of(text, "SANCTION")
    assert recall.actor.country == "KEN"
    assert recall.recipient.country == "UGA"  # where the ambassador was posted


def test_plain_congo_is_the_democratic_republic():
    analysis = analyze("Uro i Congo\n\nCongo beskylder M23 for angrebet.", published="2023-05-12")
    assert next(e for e in analysis.entities if e.text == "Congo").actor.country == "COD"


def test_de_before_an_adjective_and_noun_is_an_article_not_a_pronoun():
    text = (
        "Demonstranter i Teheran\n\n"
        "Flere hundrede demonstranter samledes tirsdag i Teheran.\n\n"
        "Irans regering afviser de amerikanske krav om inspektioner."
    )
    (rejection,) = events_of(text, "REJECT", published="2024-05-10")
    assert rejection.recipient.country == "USA"
    assert rejection.recipient_text != "de"


def test_criticism_of_the_arrests_is_aimed_at_whoever_made_them():
    text = (
        "Anholdelser i Minsk\n\n"
        "Politiet i Hviderusland anholdt onsdag 40 demonstranter i Minsk.\n\n"
        "Sverige kritiserer anholdelserne."
    )
    (criticism,) = events_of(text, "ACCUSE", published="2024-05-10")
    assert (criticism.actor.country, criticism.recipient.country) == ("SWE", "BLR")
    assert criticism.recipient.sector == "COP"  # the police who arrested, not a guessed state


def test_a_cited_source_before_the_verb_is_not_its_subject():
    text = (
        "Droner over Det Røde Hav\n\n"
        "Ifølge den amerikanske militærkommando Centcom skød en britisk destroyer søndag to "
        "droner ned."
    )
    (downing,) = events_of(text, "ASSAULT", published="2024-05-12")
    assert downing.actor.country == "GBR"


def test_an_act_told_as_back_then_is_background():
    text = (
        "Kup i Niger\n\n"
        "Niger har været ledet af en militærjunta siden et kup i juli. "
        "Juntaen lovede dengang at genoprette sikkerheden."
    )
    assert not events_of(text, "AGREE", published="2024-05-12")


def test_nobody_killed_is_a_toll_of_nought_for_the_attack_not_an_event():
    text = (
        "Droneangreb mod Odesa\n\n"
        "Rusland angreb natten til mandag Odesa med droner. Ingen blev dræbt."
    )
    (attack,) = events_of(text, "ASSAULT", published="2024-05-13")
    assert (attack.actor.country, attack.killed, attack.negated) == ("RUS", 0, False)


def test_a_quoted_verdict_is_the_speakers_disapproval_of_the_act_told_before():
    text = (
        "Angreb på hospital\n\n"
        "Rusland angreb tirsdag et hospital i Kharkiv.\n\n"
        "»Det er fuldstændig uacceptabelt,« siger udenrigsminister Lars Løkke Rasmussen."
    )
    (verdict,) = events_of(text, "ACCUSE", published="2024-05-12")
    assert (verdict.actor.country, verdict.recipient.country) == ("DNK", "RUS")
    assert verdict.mode == "disapprove"


def test_a_quote_without_a_verdict_is_no_accusation():
    text = (
        "Angreb på hospital\n\n"
        "Rusland angreb tirsdag et hospital i Kharkiv.\n\n"
        "»Vi følger situationen nøje,« siger udenrigsminister Lars Løkke Rasmussen."
    )
    assert not events_of(text, "ACCUSE", published="2024-05-12")


def test_an_organisation_named_international_belongs_to_no_country():
    text = (
        "Angreb i Gaza\n\n"
        "Generalsekretær for Den internationale Komité for Nødhjælp, Ravi Menon, siger, at "
        "»det her er uacceptabelt«."
    )
    analysis = analyze(text, published="2024-05-12")
    speaker = analysis.quotes[0].speaker_actor
    assert speaker.country is None


def test_a_verdict_in_reported_speech_is_the_reporters_disapproval():
    text = (
        "Angreb på hospital\n\n"
        "Rusland angreb tirsdag et hospital i Kharkiv.\n\n"
        "Udenrigsminister Lars Løkke Rasmussen siger, at angrebet er fuldstændig uacceptabelt."
    )
    (verdict,) = events_of(text, "ACCUSE", published="2024-05-12")
    assert (verdict.actor.country, verdict.recipient.country) == ("DNK", "RUS")


def test_the_storys_day_is_the_day_its_events_are_told_on_not_the_days_statements():
    text = (
        "Landmænd blokerer motorveje\n\n"
        "Tusindvis af landmænd blokerede mandag flere motorveje omkring Lyon med traktorer.\n\n"
        "Ved en blokade uden for byen kom det til sammenstød, og politiet anholdt ni "
        "demonstranter.\n\n"
        "Landbrugsorganisationen kræver, at regeringen hæver priserne.\n\n"
        "Ministeren afviser kravet.\n\n"
        "Oppositionen kritiserer ministeren.\n\n"
        "Fagforeningen opfordrer regeringen til at forhandle.\n\n"
        "Miljøorganisationer advarer regeringen mod at give efter."
    )
    (arrest,) = events_of(text, "COERCE", published="2026-03-10")
    assert arrest.date.date.isoformat() == "2026-03-09"  # Monday, not the publication day


def test_an_event_told_as_at_the_same_time_has_the_day_of_the_one_before():
    text = (
        "Bøde til techselskab\n\n"
        "Europa-Kommissionen gav torsdag det amerikanske teknologiselskab Veltrix en bøde.\n\n"
        "Samtidig pålægger Kommissionen selskabet at ændre sin praksis."
    )
    analysis = analyze(text, published="2024-07-19")
    later = [e for e in analysis.events if "pålægger" in e.anchor]
    assert later and later[0].date.date.isoformat() == "2024-07-18"


def test_the_police_who_jailed_people_are_of_their_country_not_of_where_the_story_is_told():
    text = (
        "EU-sanktioner mod Belarus\n\n"
        "EU's udenrigsministre vedtog torsdag i Bruxelles nye sanktioner mod Belarus.\n\n"
        "Mere end 200 hviderussiske oppositionspolitikere er blevet fængslet det seneste år, "
        "oplyser EU."
    )
    jailings = events_of(text, "COERCE", published="2024-05-10")
    assert jailings and all(e.actor.country == "BLR" for e in jailings)


def test_attacks_told_as_a_regular_pattern_are_background():
    text = (
        "Droner over Kherson\n\n"
        "Kherson har siden krigens begyndelse jævnligt været mål for russiske angreb."
    )
    assert not events_of(text, "ASSAULT", published="2024-05-10")


def test_an_actor_noun_the_tagger_calls_an_adjective_is_the_subject_of_the_verb_after_it():
    # "Oprørere" is tagged ADJ, "angreb" NOUN: the rebels, then their attack on the base
    text = "Oprørere angreb natten til søndag en militærbase i Mali."
    (attack,) = events_of(text, "ASSAULT", published="2025-03-04")
    assert "REB" in attack.actor.sectors
    assert attack.recipient.country == "MLI"


def test_a_head_of_state_received_is_a_visit_hosted():
    text = "Den franske præsident modtog tirsdag Ukraines præsident i Élysée-palæet."
    (visit,) = events_of(text, "CONSULT", published="2025-03-04")
    assert (visit.actor.country, visit.recipient.country, visit.mode) == ("FRA", "UKR", "visit")


def test_receiving_criticism_or_a_prize_is_no_visit():
    for text in (
        "Forfatteren modtog en pris af kongen.",
        "Danmark var vært for topmødet i sidste uge.",
    ):
        assert not events_of(text, "CONSULT", published="2025-03-04"), text


def test_bringing_a_state_before_a_court_accuses_it():
    text = "Sydafrika har indbragt Israel for Den Internationale Domstol."
    (lawsuit,) = events_of(text, "ACCUSE", published="2025-03-04")
    assert (lawsuit.actor.country, lawsuit.recipient.country) == ("ZAF", "ISR")


def test_warships_sailing_into_another_states_waters_are_a_show_of_force():
    cases = {
        "Kinesiske krigsskibe sejlede tirsdag ind i taiwanske farvande.": ("CHN", "TWN"),
        "Russiske kampfly krænkede fredag dansk luftrum over Bornholm.": ("RUS", "DNK"),
        # "fløj" is also a party's wing: tagged a verb, it is the verb
        "Et russisk militærfly fløj ind i svensk luftrum.": ("RUS", "SWE"),
    }
    for text, sides in cases.items():
        (show,) = events_of(text, "MOBILIZE", published="2025-03-04")
        assert (show.actor.country, show.recipient.country) == sides, text
    assert not events_of("Et fragtskib sejlede ind i danske farvande.", "MOBILIZE")


def test_the_reason_given_for_an_expulsion_is_no_event_of_its_own():
    text = "Udlændingestyrelsen har udvist en imam for at true den nationale sikkerhed."
    analysis = analyze(text, published="2025-03-04")
    assert [e.event for e in analysis.events] == ["COERCE"]


def test_an_impersonal_man_after_a_fronted_place_or_side_is_that_side():
    for text in ("I Kreml afviser man anklagerne.", "Fra russisk side afviser man anklagerne."):
        (rejection,) = events_of(text, "REJECT", published="2025-03-04")
        assert rejection.actor.country == "RUS", text


def test_a_counterpart_abroad_asked_is_no_own_people():
    text = "Irans udenrigsminister har bedt sin saudiske kollega om et møde."
    (request,) = events_of(text, "REQUEST", published="2025-03-04")
    assert (request.actor.country, request.recipient.country) == ("IRN", "SAU")
    assert not events_of("Præsidenten har bedt sine rådgivere om en plan.", "REQUEST")


def test_neither_of_two_parties_is_the_others_target():
    text = "Hverken Rusland eller Ukraine har accepteret våbenhvilen."
    rejections = events_of(text, "REJECT", published="2025-03-04")
    assert sorted(e.actor.country for e in rejections) == ["RUS", "UKR"]
    assert all(e.recipient is None for e in rejections)


def test_a_protest_that_says_how_an_act_was_done_is_no_demonstration():
    text = "Sydkorea har indkaldt Japans ambassadør i protest mod udtalelserne."
    analysis = analyze(text, published="2025-03-04")
    assert [e.event for e in analysis.events] == ["ACCUSE"]
    assert events_of("Oppositionen forlod parlamentet i protest.", "PROTEST", "2025-03-04")


def test_who_claims_another_party_is_behind_an_attack_accuses_it():
    for verb in ("påstår", "fastholder", "antyder"):
        text = f"Venezuela {verb}, at Colombia står bag angrebet."
        accusations = events_of(text, "ACCUSE", published="2025-03-04")
        assert [(e.actor.country, e.recipient.country) for e in accusations] == [("VEN", "COL")]


def test_human_rights_groups_are_organisations_that_can_ask():
    text = "Menneskerettighedsorganisationer har opfordret Qatar til at beskytte migrantarbejdere."
    (request,) = events_of(text, "REQUEST", published="2025-03-04")
    assert "NGO" in request.actor.sectors and request.recipient.country == "QAT"


def test_who_a_demand_is_made_of_stands_after_fra():
    text = "Grækenland kræver Parthenon-skulpturerne tilbage fra Storbritannien."
    (request,) = events_of(text, "REQUEST", published="2025-03-04")
    assert (request.actor.country, request.recipient.country) == ("GRC", "GBR")


def test_not_only_but_also_denies_nothing():
    text = "Irans øverste leder har ikke blot fordømt angrebet, men også kritiseret USA."
    accusations = events_of(text, "ACCUSE", published="2025-03-04")
    assert accusations and not any(e.negated for e in accusations)
    (denied,) = events_of("Kina har ikke fordømt angrebet.", "ACCUSE", published="2025-03-04")
    assert denied.negated


def test_a_participle_coordinated_under_har_is_active_like_the_first():
    text = "Iran har fordømt angrebet og truet med hævn."
    (threat,) = events_of(text, "THREATEN", published="2025-03-04")
    assert threat.actor.country == "IRN"


def test_a_relative_clause_after_a_role_and_its_place_hangs_on_the_role():
    text = "Præsidenten i Brasilien, der selv har mødt Putin flere gange, opfordrede til fred."
    (request,) = events_of(text, "REQUEST", published="2025-03-04")
    assert request.actor.country == "BRA"
    text = "Et angreb i Bagdad, der dræbte fem, blev fordømt af Iran."
    (condemnation,) = events_of(text, "ACCUSE", published="2025-03-04")
    assert condemnation.actor.country == "IRN"


def test_talks_refused_or_called_off_are_refused_to_whom_they_were_with():
    text = (
        "Ruslands udenrigsminister, som i går besøgte Ankara, afviste enhver forhandling med Kyiv."
    )
    (refusal,) = events_of(text, "REJECT", published="2025-03-04")
    assert refusal.recipient.country == "UKR"
    (cancelled,) = events_of("Iran aflyste mødet med Saudi-Arabien.", "REJECT", "2025-03-04")
    assert cancelled.recipient.country == "SAU"


def test_each_agent_of_a_passive_list_acts():
    text = "Forslaget blev afvist af Polen, Ungarn og Slovakiet."
    rejections = events_of(text, "REJECT", published="2025-03-04")
    assert sorted(e.actor.country for e in rejections) == ["HUN", "POL", "SVK"]
    assert all(e.recipient is None for e in rejections)


def test_an_af_phrase_inside_the_charge_is_no_agent():
    text = (
        "Han er sigtet for at have snydt statskassen gennem et netværk af danske og "
        "svenske selskaber."
    )
    (charge,) = events_of(text, "ACCUSE", published="2025-03-04")
    assert charge.actor_text is None and "COP" in charge.actor.sectors  # the police, unnamed


def test_inspectorates_and_councils_of_the_state_act():
    for text in (
        "Finanstilsynet har givet Danske Bank en bøde.",
        "Konkurrencerådet har givet Mærsk en bøde på 10 millioner kroner.",
    ):
        (fine,) = events_of(text, "SANCTION", published="2025-03-04")
        assert (fine.actor.country, fine.actor.sector) == ("DNK", "GOV"), text


def test_a_motion_of_no_confidence_filed_is_a_threat_to_the_minister():
    text = "Oppositionen har indgivet et mistillidsvotum mod justitsministeren."
    (motion,) = events_of(text, "THREATEN", published="2025-03-04")
    assert "OPP" in motion.actor.sectors and "GOV" in motion.recipient.sectors


def test_audit_office_and_ombudsman_are_state_bodies():
    for text in (
        "Rigsrevisionen kritiserer Forsvarsministeriet skarpt.",
        "Folketingets Ombudsmand kritiserer Udlændingestyrelsen.",
    ):
        (criticism,) = events_of(text, "ACCUSE", published="2025-03-04")
        assert (criticism.actor.country, criticism.actor.sector) == ("DNK", "GOV"), text


def test_a_promise_looks_ahead_an_assurance_of_a_fact_is_none():
    assert not events_of(
        "Oppositionslederen lover, at han har beviser for valgfusk.", "AGREE", "2025-03-04"
    )
    for text in (
        "Rusland lover at trække tropperne tilbage.",
        "Regeringen lover, at den vil sænke skatten.",
    ):
        assert events_of(text, "AGREE", published="2025-03-04"), text


def test_a_visit_looked_forward_to_is_not_made():
    # a meeting looked forward to shows willingness: PLOVER's AGREE, not a CONSULT
    analysis = analyze("Macron glæder sig til at besøge Kina.", published="2025-03-04")
    assert [e.event for e in analysis.events] == ["AGREE"]
    # one that had been looked forward to did not happen
    analysis = analyze("Trump havde set frem til at besøge Danmark.", published="2025-03-04")
    assert not analysis.events
    assert [e.modality for e in analysis.unrealized] == ["hypothetical"]


def test_a_group_word_refers_to_the_group_whatever_place_the_sentence_names():
    text = "Hamas oplyser, at bevægelsen står bag angrebet i Tel Aviv."
    (attack,) = events_of(text, "ASSAULT", published="2025-03-04")
    assert (attack.actor.country, attack.recipient.country) == ("PSE", "ISR")


def test_a_reply_asked_about_is_no_threat():
    assert not events_of("Det er uklart, om Iran vil svare igen.", "THREATEN", "2025-03-04")
    assert events_of("Hvis USA angriber, vil Iran svare igen.", "THREATEN", "2025-03-04")


def test_an_adverbial_fronted_after_a_conjunction_puts_the_subject_after_the_verb():
    text = "Frankrig kritiserede Kina, men i dag roste Indien Beijing."
    (praise,) = events_of(text, "SUPPORT", published="2025-03-04")
    assert (praise.actor.country, praise.recipient.country) == ("IND", "CHN")
    (shared,) = events_of(
        "Frankrig kritiserede Kina og roste senere Indien.", "SUPPORT", "2025-03-04"
    )
    assert (shared.actor.country, shared.recipient.country) == ("FRA", "IND")
