"""Speaker attribution in general Danish news constructions, on sentences written for the tests:
appositions before the verb, pronouns by gender and number, object pronouns."""

from __future__ import annotations

import pytest
from quote_helpers import entity_at

from kronist.model import Actor
from kronist.quotes import find_quotes


def test_apposition_before_the_verb_is_the_subject_not_a_statement(quotes):
    body = (
        "Formanden for fagforeningen, Lis Holm, kalder planen urimelig.\n\n"
        "»Den rammer skævt«, siger hun."
    )
    [quote] = quotes("Plan", body)
    assert quote.speaker == "Formanden for fagforeningen, Lis Holm"


def test_a_titles_portfolio_joined_by_og_is_part_of_the_speaker(quotes):
    body = 'Rådmand for teknik og miljø, Ida Lund, kalder forsinkelserne "dybt beklagelige".'
    [quote] = quotes("Busser", body)
    assert quote.speaker == "Rådmand for teknik og miljø, Ida Lund"
    [quote] = quotes("Busser", "»Det er for sent«, siger Ida Lund, rådmand for teknik og miljø.")
    assert quote.speaker == "Ida Lund, rådmand for teknik og miljø"
    [quote] = quotes("Busser", "»Det er for sent«, siger formanden for FH og borgmesteren.")
    assert quote.speaker == "formanden for FH"  # "og" a second speaker


def test_a_manner_adverb_after_a_verb_is_no_speaker():
    from kronist.pipeline import analyze

    text = (
        "Grønlands landsstyreformand, Múte B. Egede, afviser blankt.\n\n"
        "- Grønland er ikke til salg, siger han."
    )
    [quote] = analyze(text, published="2025-03-10").quotes
    assert (quote.speaker, quote.speaker_actor.country) == ("Egede", "GRL")


def test_a_relative_clause_before_the_verb_is_part_of_the_subject(quotes):
    body = 'Den tidligere minister Ana Ruiz, der lever i eksil, kalder sanktionerne "for lidt".'
    [quote] = quotes("Sanktioner", body)
    assert quote.speaker == "Den tidligere minister Ana Ruiz"


def test_a_statement_before_a_comma_still_takes_the_tag_after_it(quotes):
    body = "Skolen lukker, siger borgmester Ib Lund.\n\n»Det er trist«, siger han."
    [quote] = quotes("Skole", body)
    assert quote.speaker == "borgmester Ib Lund"


def test_pronoun_takes_the_latest_speaker_of_its_gender(quotes):
    body = (
        "Borgmester Anne Lund siger, at byen skal spare.\n\n"
        "Direktør Peter Holm siger, at det er forkert.\n\n"
        "»Vi har intet valg«, siger hun."
    )
    [quote] = quotes("Budget", body)
    assert quote.speaker == "Borgmester Anne Lund"


def test_pronoun_of_the_other_gender_takes_the_latest_speaker(quotes):
    body = (
        "Borgmester Anne Lund siger, at byen skal spare.\n\n"
        "Direktør Peter Holm siger, at det er forkert.\n\n"
        "»Vi har intet valg«, siger han."
    )
    [quote] = quotes("Budget", body)
    assert quote.speaker == "Direktør Peter Holm"


def test_pronoun_skips_a_person_entity_of_the_other_gender(parse):
    doc = parse("Møde", "Karen Dahl talte med Ib Lund.\n\n»Det gik godt«, sagde hun.")
    dahl = entity_at(doc, "Karen Dahl", "PER", "e1")
    lund = entity_at(doc, "Ib Lund", "PER", "e2")
    [quote] = find_quotes(doc, [dahl, lund], "da")
    assert quote.speaker == "Karen Dahl"


def test_pronoun_is_not_linked_to_a_group(parse):
    body = "Lone Bach frygter for naboernes helbred.\n\n»Vi bliver ikke hørt«, siger hun."
    doc = parse("Møller", body)
    person = entity_at(doc, "Lone Bach", "PER", "e1")
    group = entity_at(doc, "naboernes", "NOM", "e2")
    pronoun = entity_at(doc, "hun", "NOM", "e3", refers_to="e2")
    [quote] = find_quotes(doc, [person, group, pronoun], "da")
    assert quote.speaker == "Lone Bach"


def test_a_tag_with_a_verb_no_lexicon_lists(nlp_tagged):
    body = (
        "Partierne er uenige.\n\n"
        "»Truslen er reel,« fastholder forsvarsminister Ole Bak.\n\n"
        "»Det er for sent,« indvender Lis Holm."
    )
    first, second = nlp_tagged_quotes(nlp_tagged, body)
    assert first.speaker == "forsvarsminister Ole Bak"
    assert second.speaker == "Lis Holm"


def test_an_unlisted_verb_with_a_first_person_subject_is_no_tag(nlp_tagged):
    body = (
        "Ib Lund taler.\n\n»Det er for sent,« indvender Lis Holm.\n\n»Det holder ikke,« tænker vi."
    )
    quotes = nlp_tagged_quotes(nlp_tagged, body)
    assert [q.text for q in quotes] == ["Det er for sent,"]


def nlp_tagged_quotes(nlp_tagged, body: str):
    from kronist.model import Document

    return find_quotes(nlp_tagged(Document(title="Forsvar", text=body).full_text), [], "da")


CHINA_GOV = Actor(name="China government", country="CHN", sector="GOV", sectors=["GOV"])


def test_a_spokesman_belongs_to_the_organisation_named_before(parse):
    body = (
        "Kinas udenrigsministerium opfordrer til ro.\n\n"
        "»Vi håber på dialog«, siger talsmand Zhao Lijian."
    )
    doc = parse("Missil", body)
    ministry = entity_at(doc, "Kinas udenrigsministerium", "ORG", "e1", actor=CHINA_GOV)
    person = entity_at(doc, "Zhao Lijian", "PER", "e2", actor=Actor(name="Zhao Lijian"))
    [quote] = find_quotes(doc, [ministry, person], "da")
    assert quote.speaker == "talsmand Zhao Lijian"
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("CHN", "GOV")
    assert quote.speaker_actor.name == "Zhao Lijian"


def test_the_organisations_director_takes_its_sector(parse):
    ngo = Actor(name="Human Rights Watch", sector="NGO", sectors=["NGO"])
    body = (
        "Human Rights Watch kræver en undersøgelse.\n\n"
        "»Det kan være krigsforbrydelser«, siger organisationens direktør."
    )
    doc = parse("Sudan", body)
    hrw = entity_at(doc, "Human Rights Watch", "ORG", "e1", actor=ngo)
    [quote] = find_quotes(doc, [hrw], "da")
    assert quote.speaker_actor.sector == "NGO"


def test_a_person_without_an_organisation_role_takes_no_organisation(parse):
    body = "Kinas udenrigsministerium opfordrer til ro.\n\n»Jeg er bange«, siger Li Wei."
    doc = parse("Missil", body)
    ministry = entity_at(doc, "Kinas udenrigsministerium", "ORG", "e1", actor=CHINA_GOV)
    person = entity_at(doc, "Li Wei", "PER", "e2", actor=Actor(name="Li Wei"))
    [quote] = find_quotes(doc, [ministry, person], "da")
    assert quote.speaker_actor.sector is None


def test_a_medium_quoted_through_is_no_organisation_of_the_speaker(parse):
    tv = Actor(name="DR", country="DNK", sector="JRN", sectors=["JRN"])
    body = "Sagen blev afsløret af DR.\n\n»Vi undersøger det«, siger talsmand Ib Lund."
    doc = parse("Sag", body)
    medium = entity_at(doc, "DR", "ORG", "e1", actor=tv)
    [quote] = find_quotes(doc, [medium], "da")
    assert quote.speaker_actor is None or quote.speaker_actor.sector != "JRN"


def test_a_body_known_by_its_sector_takes_the_country_of_that_body_named_before(parse):
    israel_army = Actor(name="Israel military", country="ISR", sector="MIL", sectors=["MIL"])
    some_army = Actor(name="military", sector="MIL", sectors=["MIL"])
    body = (
        "Israels hær vil ikke kommentere angrebet.\n\n"
        "»Vi kommenterer ikke rygter«, siger en talsperson for hæren."
    )
    doc = parse("Angreb", body)
    army = entity_at(doc, "Israels hær", "ORG", "e1", actor=israel_army)
    speaker = entity_at(doc, "en talsperson for hæren", "NOM", "e2", actor=some_army)
    [quote] = find_quotes(doc, [army, speaker], "da")
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("ISR", "MIL")


def test_an_international_body_keeps_no_country(parse):
    un = Actor(name="United Nations", sector="IGO", sectors=["IGO"])
    kenya = Actor(name="Kenya government", country="KEN", sector="GOV", sectors=["GOV", "IGO"])
    body = "Kenyas regering støtter FN.\n\n»Vi sender hjælp«, siger FN's talsperson."
    doc = parse("Hjælp", body)
    government = entity_at(doc, "Kenyas regering", "ORG", "e1", actor=kenya)
    speaker = entity_at(doc, "FN's talsperson", "NOM", "e2", actor=un)
    [quote] = find_quotes(doc, [government, speaker], "da")
    assert quote.speaker_actor.country is None


def test_pronoun_is_not_linked_to_a_counted_group(parse):
    body = "Anne Holm mødtes med tre ministre i regeringen.\n\n»Vi er enige«, siger hun."
    doc = parse("Lov", body)
    person = entity_at(doc, "Anne Holm", "PER", "e1")
    group = entity_at(doc, "tre ministre i regeringen", "NOM", "e2")
    pronoun = entity_at(doc, "hun", "NOM", "e3", refers_to="e2")
    [quote] = find_quotes(doc, [person, group, pronoun], "da")
    assert quote.speaker == "Anne Holm"


def test_a_person_named_by_age_refers_back_like_a_pronoun(quotes):
    body = (
        "Landmand Jens Bak siger, at høsten er tabt.\n\n"
        "Tørken har ramt hele Vestjylland.\n\n"
        "»Vi har ikke set regn i ti uger«, siger den 58-årige."
    )
    [quote] = quotes("Tørke", body)
    assert quote.speaker == "Landmand Jens Bak"


def test_an_age_with_a_noun_refers_back_too(quotes):
    body = "Kim Berg siger, at han blev overfaldet.\n\n»Jeg var bange«, siger den 19-årige mand."
    [quote] = quotes("Overfald", body)
    assert quote.speaker == "Kim Berg"


def test_the_entitys_dated_actor_beats_the_phrases_undated_one(parse, with_actors):
    body = "»Vi står sammen«, siger NATO's generalsekretær, Jens Stoltenberg."
    doc = parse("NATO", body)
    nato_chief = Actor(name="Jens Stoltenberg", sector="IGO", sectors=["IGO"])
    person = entity_at(doc, "Jens Stoltenberg", "PER", "e1", actor=nato_chief)
    [quote] = find_quotes(doc, [person], "da")
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == (None, "IGO")


def test_the_country_the_speaker_phrase_names_beats_the_story_country(parse, with_actors):
    body = "»Det var et svar«, siger Irans FN-ambassadør, Amir Saeid Iravani."
    doc = parse("Angreb", body)
    story_country = Actor(name="Amir Saeid Iravani", country="ISR")
    person = entity_at(doc, "Amir Saeid Iravani", "PER", "e1", actor=story_country)
    [quote] = find_quotes(doc, [person], "da")
    assert quote.speaker_actor.country == "IRN"


def test_everyday_roles_of_speakers_have_sectors(with_actors):
    from kronist.quotes.speakers import actor_for_phrase

    assert actor_for_phrase("en 34-årig mor fra Khan Younis", "da").sector == "CVL"
    assert actor_for_phrase("tillidsrepræsentant hos Midttrafik", "da").sector == "LAB"
    assert actor_for_phrase("FN's højkommissær for menneskerettigheder", "da").sector == "IGO"
    assert actor_for_phrase("EU-kommissær Ida Holm", "da").sector == "IGO"
    assert actor_for_phrase("brandmand Ole Bak", "da").sector == "GOV"
    assert actor_for_phrase("kaffebonde Juan Pérez", "da").sector == "AGR"  # farmers farm
    assert actor_for_phrase("skoleleder Mette Lund", "da").sector == "EDU"
    assert actor_for_phrase("vognmand Jens Kruse", "da").sector == "BUS"


def test_a_role_in_an_organisation_the_phrase_names_takes_nothing_from_before(parse):
    clinic = Actor(name="Gaza health", country="PSE", sector="HLH", sectors=["HLH"])
    body = (
        "Klinikkens læger arbejder døgnet rundt.\n\n"
        "»Det er uacceptabelt«, siger generalsekretær for Nødhjælpsforbundet Ib Lund."
    )
    doc = parse("Gaza", body)
    doctors = entity_at(doc, "Klinikkens læger", "NOM", "e1", actor=clinic)
    ngo = entity_at(doc, "Nødhjælpsforbundet", "ORG", "e2")
    [quote] = find_quotes(doc, [doctors, ngo], "da")
    assert quote.speaker_actor is None or quote.speaker_actor.sector != "HLH"


def test_name_particles_stay_in_the_speaker_phrase(quotes):
    body = (
        "»Vi forhandler«, siger Ahmed al-Hassan, talsmand for oprørerne.\n\n"
        "»Vi skal handle«, siger kommissionsformand Ursula von der Leyen.\n\n"
        "»Olien flyder«, siger kronprins Mohammed bin Salman til Fox."
    )
    speakers = [q.speaker for q in quotes("Navne", body)]
    assert speakers == [
        "Ahmed al-Hassan, talsmand for oprørerne",
        "kommissionsformand Ursula von der Leyen",
        "kronprins Mohammed bin Salman",
    ]


def test_a_lower_case_word_after_a_name_still_ends_the_phrase(quotes):
    [quote] = quotes("Møde", "»Det går fint«, siger Jens Hansen de næste dage.")
    assert quote.speaker == "Jens Hansen"


def test_a_sentence_after_the_quote_that_means_it_names_the_speaker(nlp_tagged):
    body = (
        "Floden gik over sine bredder.\n\n"
        "»Vandet kom som en bølge.« Sådan beskriver Carmen Lopez natten.\n\n"
        "»Vi har aldrig set noget lignende.« Ordene kommer fra borgmester Ana Ruiz."
    )
    speakers = [q.speaker for q in nlp_tagged_quotes(nlp_tagged, body)]
    assert speakers == ["Carmen Lopez", "borgmester Ana Ruiz"]


def test_a_role_given_in_the_sentence_after_the_tag(quotes, with_actors):
    body = (
        "Hospitalet mangler strøm.\n\n"
        "»Vi har ikke set noget lignende«, siger Rania Khalil. Hun er sygeplejerske på "
        "hospitalet."
    )
    [quote] = quotes("Gaza", body)
    assert quote.speaker == "Rania Khalil"
    assert quote.speaker_actor.sector == "HLH"


def test_a_sentence_after_the_tag_about_someone_else_gives_no_role(quotes, with_actors):
    body = "»Vi har ikke set noget lignende«, siger Karen Dahl. Han er sygeplejerske."
    [quote] = quotes("Gaza", body)
    assert quote.speaker_actor is None or quote.speaker_actor.sector != "HLH"


def test_what_a_document_says_is_said_by_its_author(quotes):
    body = (
        "En ny rapport kritiserer politiet.\n\n"
        "»Der var ikke nok koordinering«, står der i rapporten fra Politiklagemyndigheden."
    )
    [quote] = quotes("Rapport", body)
    assert quote.speaker == "Politiklagemyndigheden"


def test_a_compound_role_names_the_kind_of_body(quotes):
    body = (
        "»Vi mangler hænder«, siger hospitalsdirektør Ole Bak.\n\n"
        "»Eleverne savner lærerne«, siger skoleleder Ida Holm."
    )
    sectors = [q.speaker_actor.sector for q in quotes("Mangel", body)]
    assert sectors == ["HLH", "EDU"]


def test_a_role_given_after_an_earlier_mention_of_the_speaker(parse, with_actors):
    body = (
        "Karen Dahl står ved en seng. Hun er sygeplejerske på hospitalet.\n\n"
        "Strejken begyndte mandag.\n\n"
        "»Vi kan ikke mere«, siger Karen Dahl."
    )
    doc = parse("Strejke", body)
    first = entity_at(doc, "Karen Dahl", "PER", "e1")
    later_at = doc.text.rindex("Karen Dahl")
    later = first.model_copy(
        update={"id": "e2", "start": later_at, "end": later_at + 10, "refers_to": "e1"}
    )
    [quote] = find_quotes(doc, [first, later], "da")
    assert quote.speaker_actor.sector == "HLH"


def test_a_fragment_belongs_to_the_clause_it_stands_in(quotes):
    body = "Borgmesteren siger, at ministeren kaldte planen »en historisk fejl« i går."
    [quote] = quotes("Plan", body)
    assert quote.speaker == "ministeren"


def test_a_relative_clause_after_the_speaker_gives_the_role(quotes, with_actors):
    body = (
        "»Vi mangler medicin«, siger Ahmed Nasser, der arbejder som læge på hospitalet.\n\n"
        "»Vi hjælper hvor vi kan«, siger Ida Holm, som underviser på universitetet."
    )
    sectors = [q.speaker_actor.sector for q in quotes("Gaza", body)]
    assert sectors == ["HLH", "EDU"]


def test_a_relative_clause_without_a_role_gives_none(quotes, with_actors):
    [quote] = quotes("Gaza", "»Vi flygter igen«, siger Karim Said, der har mistet alt.")
    assert quote.speaker_actor is None or quote.speaker_actor.sector is None


def test_a_role_a_person_works_as(parse, with_actors):
    body = (
        "Karen Dahl står ved en seng. Hun arbejder som sygeplejerske.\n\n"
        "»Vi kan ikke mere«, siger Karen Dahl."
    )
    doc = parse("Strejke", body)
    first = entity_at(doc, "Karen Dahl", "PER", "e1")
    [quote] = find_quotes(doc, [first], "da")
    assert quote.speaker_actor.sector == "HLH"


def test_a_relative_clause_after_an_earlier_mention_gives_the_role(parse, with_actors):
    body = (
        "Ahmed Nasser, der arbejder som læge på hospitalet, har ikke sovet.\n\n"
        "»Vi kan ikke mere«, siger Ahmed Nasser."
    )
    doc = parse("Gaza", body)
    first = entity_at(doc, "Ahmed Nasser", "PER", "e1")
    [quote] = find_quotes(doc, [first], "da")
    assert quote.speaker_actor.sector == "HLH"


def test_a_speaker_who_lives_somewhere_is_a_civilian(quotes, with_actors):
    [quote] = quotes("Gaza", "»Vi flygter igen«, siger Karim Said, der bor i Rafah.")
    assert quote.speaker_actor.sector == "CVL"


def test_a_person_from_an_organisation_takes_its_sector(parse):
    amnesty = Actor(name="Amnesty International", sector="NGO", sectors=["NGO"])
    body = "»Det er krigsforbrydelser«, siger Jens Lund fra Amnesty International til DR."
    doc = parse("Gaza", body)
    person = entity_at(doc, "Jens Lund", "PER", "e1", actor=Actor(name="Jens Lund", country="DNK"))
    ngo = entity_at(doc, "Amnesty International", "ORG", "e2", actor=amnesty)
    [quote] = find_quotes(doc, [person, ngo], "da")
    assert (quote.speaker_actor.country, quote.speaker_actor.sector) == ("DNK", "NGO")


def test_a_party_in_parentheses_stays_with_the_name(quotes):
    body = (
        "»Forslaget er for slapt«, siger Ida Holm (Dansk Folkeparti) til DR.\n\n"
        "»Det er et godt forslag«, siger Ole Bak (se foto)."
    )
    speakers = [q.speaker for q in quotes("Asyl", body)]
    assert speakers == ["Ida Holm (Dansk Folkeparti)", "Ole Bak"]


def test_a_region_left_empty_by_the_masked_quote_refers_to_nobody():
    """A quote's second sentence masked up to its ", siger ..." leaves a lone comma as the first
    word of the sentence after it: no person is referred to (it raised IndexError)."""
    from kronist.quotes.speakers import refers_to_a_person

    assert not refers_to_a_person(",".strip(",."))
    assert refers_to_a_person("hun")
    assert refers_to_a_person("den 45-årige")


def last_speaker(text: str):
    """The whole pipeline's quotes of an invented article: the last one's speaker phrase and
    actor."""
    from kronist.pipeline import analyze

    quote = analyze(text, published="2025-03-10").quotes[-1]
    return quote.speaker, quote.speaker_actor


REFUGEES = (
    "Flygtninge venter\n\n"
    "Danmark modtager flere flygtninge. Regeringen i Danmark vil stramme reglerne.\n\n"
)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        pytest.param(
            "Ungarn afviser kritik\n\nUngarn afviser kritikken fra EU-Kommissionen.\n\n"
            "»Vi følger alle regler«, siger talsmand Zoltan Kerek.",
            "HUN",
            "GOV",
            id="spokesman after a country that acts: its government",
        ),
        pytest.param(
            "Flugt i Rafah\n\nIsraels hær rykker frem i Rafah.\n\n"
            "»Vi har ingen steder at gå hen«, siger Samir Haddad, der har søgt ly i en skole.",
            "PSE",
            "CVL",
            id="sheltering in a school: a civilian, not a teacher",
        ),
        pytest.param(
            "Sult i Sudan\n\nKampene i Sudan fortsætter.\n\n"
            "»Vi kan ikke nå frem«, siger Claire Martin fra Læger uden Grænser.",
            None,
            "NGO",
            id="the phrase goes on over an organisation's name",
        ),
        pytest.param(
            REFUGEES + "»Vi venter og venter«, siger Ahmad Rahimi, der flygtede fra Afghanistan.",
            "AFG",
            "CVL",
            id="a relative clause beats where the story is set",
        ),
        pytest.param(
            REFUGEES + "Ahmad Rahimi, der flygtede fra Afghanistan, har ventet i to år. "
            "»Vi venter og venter«, siger han.",
            "AFG",
            "CVL",
            id="a pronoun takes what was told of its antecedent",
        ),
        pytest.param(
            "Skib sank ud for Sri Lanka\n\nEt fragtskib er sunket ud for Sri Lanka. Ifølge "
            "myndighederne i Sri Lanka var der 20 om bord, og Sri Lanka har sendt fly ud.\n\n"
            "Flådens dykkere har reddet 12, oplyser flådens talsmand, kaptajn Nimal Perera.\n\n"
            "– Vi leder hele natten, siger han.",
            "LKA",
            "MIL",
            id="a body named by its sector alone: the country named most",
        ),
    ],
)
def test_who_a_speaker_is_from_what_the_article_tells(with_actors, text, country, sector):
    _, actor = last_speaker(text)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_country_named_as_a_place_employs_no_spokesman(with_actors):
    text = (
        "Kampe i Sudan\n\n"
        "Nødhjælpsorganisationen Læger uden Grænser slår alarm. Der er kampe i Sudan.\n\n"
        "»Vi kan ikke nå frem«, siger talsmand Pia Holm."
    )
    _, actor = last_speaker(text)
    assert actor.sector == "NGO" and actor.country != "SDN"


def test_the_speaker_phrase_keeps_the_whole_organisation_name(with_actors):
    text = "Sult\n\n»Vi kan ikke nå frem«, siger Claire Martin fra Læger uden Grænser."
    phrase, _ = last_speaker(text)
    assert phrase == "Claire Martin fra Læger uden Grænser"


def test_a_speech_verb_in_a_relative_clause_is_said_by_what_the_clause_hangs_on():
    from kronist.pipeline import analyze

    for text, speaker in (
        (
            "Demonstrationen var arrangeret af bevægelsen Klimaoprør, som kalder politiets "
            'indsats for "fuldstændig uproportional".',
            "bevægelsen Klimaoprør",
        ),
        ('Forslaget kritiseres af Venstre, der siger: "Det er en katastrofe."', "Venstre"),
    ):
        (quote,) = analyze(text, published="2024-09-14").quotes
        assert quote.speaker == speaker, text
