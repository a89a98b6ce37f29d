"""The lexicon's PLOVER families: one invented sentence per type and mode the rows were written
for (see lang/da/README.md, "How a lexicon row is justified"), coded through the real coder."""

import pytest
from event_coding import countries

from kronist.events.lexicon import WordSet, load_lexicon

# text, event, mode, (actor country, recipient country); None = not asserted for the recipient
FAMILIES = [
    # AGREE: settle, reach agreement
    ("Israel og Hamas nåede til enighed om en våbenhvile.", "AGREE", None, ("ISR", "PSE")),
    ("Danmark og Sverige landede en aftale om grænsekontrollen.", "AGREE", None, ("DNK", "SWE")),
    # AGREE: intent to meet or negotiate (CAMEO 036)
    ("Iran foreslår samtaler med USA.", "AGREE", None, ("IRN", "USA")),
    ("Kina tilbyder forhandlinger.", "AGREE", None, ("CHN", None)),
    ("Mette Frederiksen vil mødes med Olaf Scholz.", "AGREE", None, ("DNK", "DEU")),
    # CONSULT: negotiations, visits
    ("Ukraine og Rusland førte forhandlinger i Istanbul.", "CONSULT", None, ("UKR", "RUS")),
    ("Olaf Scholz gæstede Danmark tirsdag.", "CONSULT", "visit", ("DEU", "DNK")),
    ("I går indkaldte statsministeren Olaf Scholz til et møde.", "CONSULT", None, ("DNK", "DEU")),
    # SUPPORT: welcome, endorse
    ("Tyskland bød aftalen velkommen.", "SUPPORT", None, ("DEU", None)),
    ("Danmark og Norge underskrev en traktat om fiskeri.", "SUPPORT", None, ("DNK", None)),
    # CONCEDE: admit, accede, ease restrictions
    ("I dag erkender statsministeren fejl i sagen.", "CONCEDE", None, ("DNK", None)),
    ("Tyskland har undskyldt over for Israel.", "CONCEDE", None, ("DEU", "ISR")),
    ("Tyskland har opgivet sin modstand mod planen.", "CONCEDE", None, ("DEU", None)),
    # RETREAT: a resignation in the perfect with "være" is no passive
    ("Ulf Kristersson er gået af.", "RETREAT", "resign", ("SWE", None)),
    ("Rusland imødekom Ukraines krav.", "CONCEDE", None, ("RUS", None)),
    ("I går ophævede regeringen undtagelsestilstanden.", "CONCEDE", None, ("DNK", None)),
    # CONCEDE: sanctions lifted from whom they were aimed at
    ("Kina har ophævet sanktionerne mod Tyskland.", "CONCEDE", None, ("CHN", "DEU")),
    # COOPERATE: joint exercises, judicial cooperation
    ("Danmark og Tyskland øvede sammen i Østersøen.", "COOPERATE", None, ("DNK", "DEU")),
    ("Sverige bistod efterforskningen i Danmark.", "COOPERATE", None, ("SWE", None)),
    # AID: craft handed over, projects financed
    ("Danmark giver Ukraine yderligere 20 kampfly.", "AID", None, ("DNK", "UKR")),
    ("Tyskland finansierer et nyt hospital i Kabul.", "AID", None, ("DEU", "AFG")),
    # AID: means put at someone's disposal, money set aside for them
    (
        "Tyskland stiller to Patriot-batterier til rådighed for Ukraine.",
        "AID",
        None,
        ("DEU", "UKR"),
    ),
    ("Norge øremærker en milliard kroner til Ukraine.", "AID", None, ("NOR", "UKR")),
    ("Danmark bidrager med 500 millioner kroner til Ukraine.", "AID", None, ("DNK", "UKR")),
    # AID: debt relief, asylum
    ("Kina eftergav Ruslands gæld.", "AID", None, ("CHN", "RUS")),
    ("Danmark modtager flygtninge fra Ukraine.", "AID", None, ("DNK", None)),
    # RETREAT: surrender, ceasefire, resignation
    ("Hamas overgav sig til Israel.", "RETREAT", "disarm", ("PSE", "ISR")),
    ("Rusland indstillede beskydningen af Kyiv.", "RETREAT", "ceasefire", ("RUS", None)),
    ("Rusland stoppede med at angribe Kyiv.", "RETREAT", "ceasefire", ("RUS", None)),
    ("I går trak statsministeren sig som formand.", "RETREAT", "resign", ("DNK", None)),
    ("Efter massiv kritik trækker statsministeren sig.", "RETREAT", "resign", ("DNK", None)),
    # REQUEST: deadlines, orders, demands for change
    ("Ukraine gav Rusland en frist til fredag.", "REQUEST", None, ("UKR", "RUS")),
    ("I går beordrede regeringen politiet til at rydde pladsen.", "REQUEST", None, ("DNK", "DNK")),
    ("Tyskland kræver nyvalg i Iran.", "REQUEST", "change", ("DEU", None)),
    # REQUEST meet: wanting to meet or talk with someone
    ("Olaf Scholz ønsker at tale med Ulf Kristersson.", "REQUEST", "meet", ("DEU", "SWE")),
    # the preposition "mod" is no "mod" (courage) a task requires
    ("Ukraine kræver nye sanktioner mod Rusland.", "REQUEST", None, ("UKR", "RUS")),
    # ACCUSE: scolding, summoning an ambassador, interrogation, a case brought (CAMEO 115)
    ("Tyskland har indledt en traktatbrudssag mod Sverige.", "ACCUSE", "allege", ("DEU", "SWE")),
    ("Sverige skældte Rusland ud.", "ACCUSE", "disapprove", ("SWE", "RUS")),
    ("Tyskland kaldte udtalelsen uhørt.", "ACCUSE", "disapprove", ("DEU", None)),
    ("Rusland kaldte demonstranterne for ekstremister.", "ACCUSE", "disapprove", ("RUS", None)),
    ("Tyskland kalder tolden dybt skadelig.", "ACCUSE", "disapprove", ("DEU", None)),
    ("Danmark kaldte Ruslands ambassadør ind.", "ACCUSE", "disapprove", ("DNK", "RUS")),
    ("Politiet afhørte en 30-årig mand.", "ACCUSE", "investigate", ("DNK", "DNK")),
    # ACCUSE: disapproval told as a state of mind about someone's act (CAMEO 111)
    ("Tyskland er dybt skuffet over Ruslands beslutning.", "ACCUSE", "disapprove", ("DEU", "RUS")),
    ("Sverige blev vred på Norge.", "ACCUSE", "disapprove", ("SWE", "NOR")),
    # PROTEST obstruct: a street blocked, named by one compound word whatever the NER calls it
    ("Demonstranterne blokerede lørdag Bernstorffsgade.", "PROTEST", "obstruct", (None, None)),
    # AGREE: the intent to meet; "har til hensigt at mødes" is no "have et møde"
    ("Olaf Scholz har til hensigt at mødes med Mette Frederiksen.", "AGREE", None, ("DEU", "DNK")),
    # AGREE: a promise received is the giver's promise
    ("Ukraine har fået lovning på flere våben fra Tyskland.", "AGREE", None, ("DEU", "UKR")),
    # SANCTION withdraw: leaving a treaty or an international court, aimed at its other party
    ("USA har trukket sig fra atomaftalen med Iran.", "SANCTION", "withdraw", ("USA", "IRN")),
    # REJECT: a fronted "nej" is what the inverted speech verb says
    ("Nej, siger Sverige til Ruslands tilbud.", "REJECT", None, ("SWE", "RUS")),
    # REQUEST: an explanation or apology demanded from someone
    ("Sverige kræver svar fra Rusland efter sabotagen.", "REQUEST", None, ("SWE", "RUS")),
    # REJECT: contest, deny
    ("Iran anfægter valgresultatet.", "REJECT", None, ("IRN", None)),
    ("Rusland benægter angrebet på Kyiv.", "REJECT", None, ("RUS", None)),
    ("Danmark gav Iran afslag på en ny aftale.", "REJECT", None, ("DNK", "IRN")),
    ("Ukraine trak sig fra forhandlingerne med Rusland.", "REJECT", None, ("UKR", None)),
    ("Kina kalder beskyldningerne fra USA grundløse.", "REJECT", None, ("CHN", None)),
    ("Rusland kalder anklagerne for det rene opspind.", "REJECT", None, ("RUS", None)),
    # courts: acquittal, a sentence upheld or raised, charges brought
    ("Sverige frikendte Olaf Scholz for spionage.", "CONCEDE", None, ("SWE", "DEU")),
    ("Retten stadfæstede dommen over Olaf Scholz.", "SANCTION", "convict", (None, "DEU")),
    ("Politiet har rejst sigtelse mod en 30-årig mand.", "ACCUSE", "allege", ("DNK", "DNK")),
    # THREATEN: a warning of one's own reaction, announced sanctions, force not ruled out
    ("Iran advarer USA om gengældelse.", "THREATEN", None, ("IRN", "USA")),
    # THREATEN: retaliation announced (told as done, it is no threat: see the test below)
    ("USA vil reagere beslutsomt, hvis Kina angriber.", "THREATEN", None, ("USA", "CHN")),
    ("Iran vil svare igen, hvis USA angriber.", "THREATEN", None, ("IRN", "USA")),
    ("Iran vil hævne drabet.", "THREATEN", "violence", ("IRN", None)),
    (
        "Rusland advarer om konsekvenser, hvis Finland går med i NATO.",
        "THREATEN",
        None,
        ("RUS", None),
    ),
    ("Kina advarede USA mod at sende flere våben til Taiwan.", "THREATEN", None, ("CHN", "USA")),
    ("Norge varslede sanktioner mod Rusland.", "THREATEN", None, ("NOR", "RUS")),
    # the target of what is threatened is the threat's recipient, even for an actor with no
    # country to guess a counterpart from
    ("Nato truer med sanktioner mod Rusland.", "THREATEN", "restrict", (None, "RUS")),
    ("USA udelukker ikke militær magt mod Iran.", "THREATEN", "violence", ("USA", None)),
    ("Israel er klar til nye angreb mod Hamas.", "THREATEN", "violence", ("ISR", "PSE")),
    # PROTEST: rally (CAMEO 141): a crowd of protesters gathering
    ("Tusindvis af demonstranter samledes foran parlamentet.", "PROTEST", "demo", (None, None)),
    # PROTEST: obstruction
    ("Demonstranterne klistrede sig fast på motorvejen.", "PROTEST", "obstruct", (None, None)),
    # SANCTION: fines, punishment, leaving organisations and treaties
    (
        "Tidligere i dag blev en 30-årig mand idømt en bøde på 5000 kroner.",
        "SANCTION",
        "convict",
        ("DNK", "DNK"),
    ),
    ("USA vil straffe Rusland for angrebet.", "SANCTION", None, ("USA", "RUS")),
    ("Rusland meldte sig ud af Europarådet.", "SANCTION", "withdraw", ("RUS", None)),
    ("USA forlod atomaftalen med Iran.", "SANCTION", "withdraw", ("USA", None)),
    # RETREAT: people set free; SANCTION: aid cut, an agreement suspended
    ("Rusland har frigivet seks ukrainske soldater.", "RETREAT", "release", ("RUS", None)),
    ("USA har skåret ned på bistanden til Ukraine.", "SANCTION", "discontinue", ("USA", "UKR")),
    (
        "Rusland har suspenderet militæraftalen med Norge.",
        "SANCTION",
        "discontinue",
        ("RUS", "NOR"),
    ),
    # AID received: the subject receives, the "fra" phrase gives
    ("Ukraine har modtaget kampvogne fra Tyskland.", "AID", None, ("DEU", "UKR")),
    ("Ukraine tog imod kampvogne fra Tyskland.", "AID", None, ("DEU", "UKR")),
    # CONSULT: a visitor received (hosting)
    ("Mette Frederiksen tog imod Olaf Scholz i København.", "CONSULT", "visit", ("DNK", "DEU")),
    # ACCUSE: an ambassador summoned (CAMEO 1xx: formally protest)
    ("Danmark har indbestilt Ruslands ambassadør.", "ACCUSE", "disapprove", ("DNK", "RUS")),
    # an event noun after "svare igen med" is the subject's act (retaliation)
    ("Israel svarede igen med luftangreb mod Gaza.", "ASSAULT", "aerial", ("ISR", "PSE")),
    # MOBILIZE: lining up troops, weapons tests
    ("Rusland stillede kampvogne op ved grænsen.", "MOBILIZE", "troops", ("RUS", None)),
    ("Kina testaffyrede et missil i går.", "MOBILIZE", "weapons", ("CHN", None)),
    # weapons moved to a border or front are deployed, not given (to a country: AID)
    ("Israel har sendt flere kampvogne til grænsen.", "MOBILIZE", "weapons", ("ISR", None)),
    # MOBILIZE: moving nuclear weapons or rockets is deploying them; sending them to a state
    # that receives them is military aid
    ("Rusland har flyttet atomvåben til Belarus.", "MOBILIZE", "weapons", ("RUS", None)),
    ("USA sender raketter til Ukraine.", "AID", None, ("USA", "UKR")),
    ("Danmark sender kampvogne til Ukraine.", "AID", None, ("DNK", "UKR")),
    # the army sent in as a whole (CAMEO 152, demonstrate military power)
    ("Ukraine har indsat hæren ved grænsen.", "MOBILIZE", "troops", ("UKR", None)),
    # COERCE: taking territory, dispersing a crowd, censorship, misinformation
    ("Rusland tog kontrol over byen.", "COERCE", "seize", ("RUS", None)),
    ("Politiet opløste demonstrationen.", "COERCE", "restrict", ("DNK", None)),
    ("Iran lukkede avisen.", "COERCE", "censor", ("IRN", None)),
    ("Rusland spreder desinformation om Ukraine.", "COERCE", "misinformation", ("RUS", None)),
    # COERCE: seizing a named town or regaining control of an area
    ("Rusland har erobret Ukraine.", "COERCE", "seize", ("RUS", "UKR")),
    ("Ukraine har genvundet kontrollen over byen.", "COERCE", "seize", ("UKR", None)),
    # COERCE: a crackdown is aimed at whom "slå ned på" names
    ("Kina slog hårdt ned på Hamas.", "COERCE", None, ("CHN", "PSE")),
    ("Rusland har blokeret adgangen til YouTube.", "COERCE", "censor", ("RUS", None)),
    # SANCTION: an ambassador called home, however far the particle stands from the verb
    ("Israel har kaldt sin ambassadør i Norge hjem.", "SANCTION", "expel", ("ISR", None)),
    ("Militæret i Niger overtog magten i juli.", "COERCE", "seize", (None, None)),
    # ASSAULT: rockets, looting, hijacking
    ("Hamas skød raketter mod Israel.", "ASSAULT", "heavy-weapons", ("PSE", "ISR")),
    ("Soldater plyndrede landsbyen i Ukraine.", "ASSAULT", "destroy", (None, "UKR")),
    ("Iran kaprede et skib.", "ASSAULT", "abduct", ("IRN", None)),
    ("Rusland opsendte i nat 150 droner mod Ukraine.", "ASSAULT", "drone", ("RUS", "UKR")),
    ("Politiet slog demonstranterne ned.", "ASSAULT", "beat", ("DNK", None)),
    (
        "Politiet svarede med tåregas mod demonstranterne.",
        "ASSAULT",
        "crowd-control",
        ("DNK", None),
    ),
    ("Russiske soldater stak en ukrainsk fange med en kniv.", "ASSAULT", "primitive", (None, None)),
    ("Et granatangreb ramte Kyiv i nat.", "ASSAULT", "heavy-weapons", (None, None)),
    # rows written from the CAMEO -> PLOVER table (destroy property, blockade, coup, tariffs ...)
    ("Rusland har ødelagt en dæmning i Ukraine.", "ASSAULT", "destroy", ("RUS", "UKR")),
    ("Iran har sendt droner mod Israel.", "ASSAULT", "aerial", ("IRN", "ISR")),
    ("Rusland har belejret byen i flere måneder.", "COERCE", "restrict", ("RUS", None)),
    ("Israel har indført en total blokade af Gaza.", "COERCE", "restrict", ("ISR", "PSE")),
    ("Hamas tog magten i Gaza.", "COERCE", "seize", ("PSE", None)),
    ("Politiet ryddede pladsen foran parlamentet.", "COERCE", "restrict", ("DNK", None)),
    ("Rusland fratog 94 politikere deres statsborgerskab.", "COERCE", "restrict", ("RUS", None)),
    ("USA hæver tolden på kinesiske elbiler.", "SANCTION", "discontinue", ("USA", None)),
    ("USA har lagt told på stål fra Kina.", "SANCTION", "discontinue", ("USA", None)),
    ("Rusland har lukket for gassen til Tyskland.", "SANCTION", "discontinue", ("RUS", "DEU")),
    ("Kina har forbudt eksport af ris.", "SANCTION", "discontinue", ("CHN", None)),
    ("Rusland satte Olaf Scholz på en sanktionsliste.", "SANCTION", None, ("RUS", "DEU")),
    ("Sverige kaldte sin ambassadør hjem.", "SANCTION", "expel", ("SWE", None)),
    ("Tyskland blokerede EU's nye sanktionspakke.", "REJECT", None, ("DEU", None)),
    ("Iran har affyret et missil ud i havet.", "MOBILIZE", "weapons", ("IRN", None)),
    ("I går meddelte statsministeren sin afgang.", "RETREAT", "resign", ("DNK", None)),
    ("USA har godkendt en våbenpakke til Israel.", "AID", None, ("USA", "ISR")),
    ("Tyskland leverer to Patriot-batterier til Ukraine.", "AID", None, ("DEU", "UKR")),
    ("Danmark sender redningsfolk til Tyskland efter jordskælvet.", "AID", None, ("DNK", "DEU")),
    ("Danmark øger nødhjælpen til Ukraine med 50 millioner kroner.", "AID", None, ("DNK", "UKR")),
    ("Norge har hjulpet Danmark med efterforskningen.", "COOPERATE", None, ("NOR", "DNK")),
    # asking for talks with someone: a request to meet that party (CAMEO 106)
    ("Danmark ønsker forhandlinger med Tyskland.", "REQUEST", "meet", ("DNK", "DEU")),
    # soldiers sent to rescue are aid; sent to deter, a mobilization
    ("Danmark sender 200 soldater til Tyrkiet til redningsarbejdet.", "AID", None, ("DNK", None)),
    (
        "Danmark sender 135 soldater til at bistå Natos afskrækkelse.",
        "MOBILIZE",
        "troops",
        ("DNK", None),
    ),
    ("I går trak regeringen loven tilbage.", "CONCEDE", None, ("DNK", None)),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "expected"), FAMILIES)
def test_family(code, text, event_type, mode, expected):
    events = [e for e in code(text) if e.event == event_type]
    assert events, f"no {event_type} in {text!r}: {code(text)}"
    event = events[0]
    assert event.mode == mode
    actor, recipient = countries(event)
    assert actor == expected[0]
    if expected[1] is not None:
        assert recipient == expected[1]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a warning about the weather is no threat; a bare "advare om" is not enough
        ("DMI advarer om storm i weekenden.", "THREATEN"),
        # a press conference, a suicide and critics are not meetings, attacks or accusations
        ("I aften holder statsministeren et pressemøde.", "CONSULT"),
        ("Selvmordet chokerede Danmark.", "ASSAULT"),
        ("Kritikerne i Danmark var mange.", "ACCUSE"),
        # taking control of a situation or conquering first place seizes no territory
        ("Politiet tog hurtigt kontrol over situationen i Danmark.", "COERCE"),
        ("FC København erobrede førstepladsen i Danmark.", "COERCE"),
        # ruling out force without a negation threatens nothing
        ("USA udelukker militær magt mod Iran.", "THREATEN"),
        # a promise to defend is no promise to strike back ("forsvare" ends like "svare")
        ("USA lover at forsvare Ukraine.", "THREATEN"),
        # events ("begivenheder") are no troops ("enheder")
        ("Rusland sendte begivenhederne videre til Ukraine.", "MOBILIZE"),
        # whole words (=x): "uenige" is no "enige", "Frankrig" no "krig", "bagefter" no "efter"
        ("Danmark og Sverige blev uenige om grænsekontrollen.", "AGREE"),
        ("Kina udelukker ikke et samarbejde med Frankrig.", "THREATEN"),
        ("Bagefter gav Danmark Ukraine en hånd.", "CONCEDE"),
        # signing a law is no formal agreement between parties
        ("Mette Frederiksen underskrev loven i går.", "SUPPORT"),
        # moving residents out of harm's way withdraws no one's own people or forces (PLOVER
        # RETREAT withdraw: "oneself or one's resources")
        ("Beredskabet i Danmark har evakueret 200 beboere.", "RETREAT"),
        # settling down is no beating down, nor is a rocket striking down
        ("En raket fra Rusland slog ned i Ukraine.", "ASSAULT"),
        ("Familien fra Ukraine slog sig ned i Danmark.", "ASSAULT"),
        # money or a name released frees no one
        ("Regeringen i Danmark frigiver 2 milliarder kroner til sundhed.", "RETREAT"),
        # rocket fire received is an attack, not weapons given
        ("Israel modtog raketbeskydning fra Rusland.", "AID"),
        # a wanted notice asks the public to find someone, it asks no actor for anything
        ("Politiet i Danmark efterlyser en 45-årig mand.", "REQUEST"),
        # ministers gathering are not protesters rallying
        ("Ministrene i Danmark samledes i Bruxelles.", "PROTEST"),
        # courage a task requires is no demand
        ("Opgaven i Danmark kræver stort mod.", "REQUEST"),
        # disappointment with a result is nobody's act criticised
        ("Træneren i Danmark er skuffet over resultatet.", "ACCUSE"),
        # first aid from the police is no aid between political actors
        ("Politiet gav en 30-årig mand førstehjælp.", "AID"),
    ],
)
def test_look_alikes_are_not_events(code, text, event_type):
    assert not [e for e in code(text) if e.event == event_type]


def test_an_excluded_compound_does_not_fill_a_slot():
    slot = WordSet.parse("møde|topmøde|!pressemøde", "da")
    assert slot.matches_head("nato-topmødet")
    assert slot.matches_head("krisemøde")
    assert not slot.matches_head("pressemødet")
    assert not slot.matches("pressemøder")


def test_a_whole_word_is_no_compound_end():
    slot = WordSet.parse("=sten|brosten|=igen", "da")
    assert slot.matches_head("stenene") and slot.matches_head("brostenene")
    assert not slot.matches_head("resten") and not slot.matches_head("krigen")
    assert slot.words == {"sten", "brosten", "igen"}  # "=igen" is still a particle


def test_a_non_event_noun_hides_its_head():
    lexicon = load_lexicon("da")
    assert lexicon.noun_pattern("pressemødet") is None
    assert lexicon.noun_pattern("selvmordet") is None
    assert lexicon.noun_pattern("topmødet").event == "CONSULT"
    assert lexicon.noun_pattern("mordet").event == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Human Rights Watch har dokumenteret krigsforbrydelser begået af russiske soldater.",
            "RUS",
        ),
        ("Polen peger på Rusland som ansvarlig for sabotagen.", "RUS"),
    ],
)
def test_naming_who_is_to_blame_is_an_allegation(text, recipient):
    from kronist.pipeline import analyze

    [event] = analyze(text, published="2025-03-12").events
    assert (event.event, event.mode, event.recipient.country) == ("ACCUSE", "allege", recipient)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Tyrkiet blokerer Sveriges medlemskab af NATO.", "Sweden"),
        ("Ungarn blokerer EU's nye sanktionspakke mod Rusland.", "European Union"),
    ],
)
def test_what_is_blocked_belongs_to_the_one_rebuffed(text, recipient):
    from kronist.pipeline import analyze

    [event] = analyze(text, published="2025-03-12").events
    assert (event.event, event.recipient.name) == ("REJECT", recipient)


def test_a_strike_given_notice_of_is_aimed_at_whom_mod_names():
    from kronist.pipeline import analyze

    text = "Fagforbundet 3F har varslet konflikt mod Ryanair."
    threat = next(e for e in analyze(text, published="2026-12-01").events if e.event == "THREATEN")
    assert threat.recipient is not None and threat.recipient.name == "Ryanair"


def test_retaliation_told_as_done_is_no_threat_and_its_act_is_coded(code):
    events = code("USA svarede igen ved at angribe Iran.")
    assert [e.event for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Den russiske hær er sat i højeste beredskab.", None),  # the passive's subject acts
        ("Politiet har sat ekstra betjente ind på Nørrebro.", "police"),
    ],
)
def test_readiness_raised_and_police_sent_in_are_mobilizations(text, mode):
    from kronist.pipeline import analyze

    events = [e for e in analyze(text, published="2026-12-01").events if e.event == "MOBILIZE"]
    assert len(events) == 1 and events[0].mode == mode and events[0].actor is not None


def test_people_blocking_a_border_crossing_protest_a_state_blocking_it_coerces(code):
    from kronist.pipeline import analyze

    farmers = "Landmænd har spærret grænseovergangene mellem Polen og Ukraine."
    events = analyze(farmers, published="2026-12-01").events
    assert [(e.event, e.mode) for e in events] == [("PROTEST", "obstruct")]
    blockade = code("Rusland har blokeret grænseovergangen.")
    assert [(e.event, e.mode) for e in blockade] == [("COERCE", "restrict")]


def test_protesters_burning_police_cars_riot():
    from kronist.pipeline import analyze

    events = analyze(
        "Demonstranterne brændte politibiler af i Paris.", published="2026-12-01"
    ).events
    assert [(e.event, e.mode) for e in events] == [("PROTEST", "riot")]


def test_students_occupying_a_building_protest_an_army_taking_a_town_coerces():
    from kronist.pipeline import analyze

    students = analyze("Studerende har besat universitetet i Beograd.", published="2026-12-01")
    assert [(e.event, e.mode) for e in students.events] == [("PROTEST", "obstruct")]
    army = analyze("Rusland har indtaget Avdijivka.", published="2026-12-01")
    assert [(e.event, e.mode) for e in army.events] == [("COERCE", "seize")]


def test_readiness_to_negotiate_is_the_intent_to_meet_not_a_meeting(code):
    """ "klar til at forhandle": CAMEO 036, an intent to meet (AGREE), like "vil mødes med"."""
    events = code("Iran er klar til at forhandle med USA.")
    assert [(e.event, countries(e)) for e in events] == [("AGREE", ("IRN", "USA"))]


def test_talks_a_call_presses_for_are_its_content_not_a_meeting(code):
    events = code("Kina presser på for nye forhandlinger mellem Rusland og Ukraine.")
    assert {e.event for e in events} == {"REQUEST"}
