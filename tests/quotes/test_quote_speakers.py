"""Speakers and channels: tags before and after, "lyder det fra", "ifølge", context, pronouns,
entities and actors; and the attribution reader for narrative sentences."""

from __future__ import annotations

from quote_helpers import entity_at

from kronist.model import Actor
from kronist.quotes import find_attribution, find_attributions, find_quotes


def test_speaker_before_the_quote_with_colon(quotes):
    [quote] = quotes("Opslag", "Ministeren skriver på Twitter:\n\n»Vi står sammen med Ukraine.«")
    assert quote.speaker == "Ministeren"
    assert quote.channel == "Twitter"


def test_speaker_before_the_quote_in_the_same_sentence(quotes):
    [quote] = quotes("Dom", "Advokaten siger, at »dommen er helt forkert«.")
    assert quote.text == "dommen er helt forkert"
    assert quote.speaker == "Advokaten"


def test_lyder_det_fra(quotes):
    body = "»Frihed nu«, lød det fra demonstranterne foran ambassaden, mens politiet så til."
    [quote] = quotes("Demonstration", body)
    assert quote.speaker == "demonstranterne"
    assert quote.channel is None


def test_statement_from_someone_relayed_by_a_news_agency(quotes):
    body = (
        "»Angrebet var planlagt i måneder«, lyder det ifølge nyhedsbureauet AFP i en "
        "erklæring fra hærens ledelse."
    )
    [quote] = quotes("Angreb", body)
    assert quote.speaker == "hærens ledelse"
    assert quote.channel == "AFP"


def test_speaker_with_apposition_and_channel(quotes):
    body = "»Vi er overraskede«, siger Ida Juul, pressechef i Kongehuset, til Ritzau."
    [quote] = quotes("Aflysning", body)
    assert quote.speaker == "Ida Juul, pressechef i Kongehuset"
    assert quote.channel == "Ritzau"


def test_standalone_quote_takes_the_previous_sentence_speaker(quotes):
    body = (
        "Udenrigsministeriet oplyser mandag, at ambassaden lukker.\n\n"
        "»Vi tager ingen chancer med personalets sikkerhed.«\n\n"
        "»Vi åbner igen, når det er sikkert«, siger en talsmand for ministeriet."
    )
    first, second = quotes("Ambassade lukker", body)
    assert first.speaker == "Udenrigsministeriet"
    assert second.speaker == "en talsmand for ministeriet"


def test_standalone_quote_continues_the_previous_quote(quotes):
    body = (
        "»Jeg takker for samarbejdet«, skriver statsministeren i en pressemeddelelse.\n\n"
        "»Der er begået fejl, og dem tager vi ansvar for.«"
    )
    first, second = quotes("Minister går", body)
    assert second.speaker == first.speaker == "statsministeren"
    assert second.channel == "pressemeddelelse"


def test_quote_tagged_by_the_next_paragraph(quotes):
    body = "»Vi har fundet en løsning.«\n\nDet siger miljøminister Sara Winther til DR."
    [quote] = quotes("Aftale", body)
    assert quote.speaker == "miljøminister Sara Winther"
    assert quote.channel == "DR"


def test_pronoun_speaker_resolves_to_the_previous_speaker(quotes):
    body = (
        "På et pressemøde siger sundhedsminister Karen Dahl, at smitten falder.\n\n"
        "- Vi er på rette vej, siger hun."
    )
    [quote] = quotes("Smitte", body)
    assert quote.speaker == "sundhedsminister Karen Dahl"
    assert quote.channel == "pressemøde"


def test_pronoun_skips_groups_and_bodies(quotes):
    body = (
        "Borgmester Ib Lund mødte vælgerne. Han siger, at skatten ikke stiger.\n\n"
        "Det oplyser politiet også.\n\n"
        "»Vi holder skatten i ro«, sagde han."
    )
    [quote] = quotes("Skat", body)
    assert quote.speaker == "Borgmester Ib Lund"
    body = (
        "Borgmester Ib Lund mødte vælgerne.\n\n"
        "»Skatten stiger ikke«, skriver ambassaden på Facebook.\n\n"
        "»Vi holder skatten i ro«, sagde han."
    )
    assert quotes("Skat", body)[1].speaker == "Borgmester Ib Lund"  # an embassy is no "han"


def test_pronoun_speaker_resolves_to_last_person_entity(parse):
    doc = parse("Smitte", "Karen Dahl holdt pressemøde mandag.\n\n»Smitten falder nu«, sagde hun.")
    person = entity_at(doc, "Karen Dahl", "PER", "e1")
    [quote] = find_quotes(doc, [person], "da")
    assert quote.speaker == "Karen Dahl"
    assert quote.speaker_entity == "e1"


def test_pronoun_speaker_uses_entity_coreference(parse):
    doc = parse("Møde", "Karen Dahl og Ib Lund mødtes.\n\n»Det gik godt«, sagde hun.")
    minister = Actor(name="Karen Dahl", country="DNK", sector="GOV", sectors=["GOV"])
    dahl = entity_at(doc, "Karen Dahl", "PER", "e1", actor=minister)
    lund = entity_at(doc, "Ib Lund", "PER", "e2")
    pronoun = entity_at(doc, "hun", "PER", "e3", refers_to="e1")
    [quote] = find_quotes(doc, [dahl, lund, pronoun], "da")
    assert quote.speaker == "Karen Dahl"
    assert quote.speaker_entity == "e1"
    assert quote.speaker_actor == minister


def test_speaker_entity_and_actor_from_overlapping_entity(parse):
    doc = parse("Forsvar", "»Vi sender et skib«, siger forsvarsminister Jens Bak (S).")
    actor = Actor(name="Jens Bak", country="DNK", sector="GOV", sectors=["GOV"])
    entity = entity_at(doc, "Jens Bak", "PER", "e7", actor=actor)
    [quote] = find_quotes(doc, [entity], "da")
    assert quote.speaker == "forsvarsminister Jens Bak (S)"
    assert quote.speaker_entity == "e7"
    assert quote.speaker_actor == actor


def test_channel_named_again_by_back_reference(quotes):
    body = (
        "Det skriver Statsministeriet i en pressemeddelelse.\n\n"
        "»Jeg har modtaget ministerens afsked«, udtaler statsministeren i meddelelsen."
    )
    [quote] = quotes("Afsked", body)
    assert quote.channel == "pressemeddelelse"


def test_back_reference_without_earlier_channel_gives_none(quotes):
    [quote] = quotes("Afsked", "»Jeg går af«, udtaler ministeren i meddelelsen.")
    assert quote.channel is None


def test_speaker_keeps_channel_of_earlier_statement(quotes):
    body = (
        "Det siger politidirektør Eva Holm, på et pressemøde.\n\n"
        "Politiet har afspærret området.\n\n"
        "- Vi ved endnu ikke, hvem der stod bag, siger Eva Holm."
    )
    [quote] = quotes("Skud", body)
    assert quote.channel == "pressemøde"


def test_indirect_speech_is_no_quote(quotes):
    body = "Det oplyser politiet. Ministeren siger, at der ikke er fare for borgerne."
    assert quotes("Politi", body) == []


def test_find_attribution_inverted_subject(parse):
    doc = parse("", "Det oplyser forsvarsminister Mark Berg efter mødet tirsdag.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "forsvarsminister Mark Berg"
    assert attribution.verb == "oplyser"


def test_find_attribution_subject_first_with_channel(parse):
    doc = parse("", "Ministeren siger på et pressemøde, at grænsen åbner.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "Ministeren"
    assert attribution.channel == "pressemøde"


def test_find_attribution_ignores_words_inside_quotes(parse):
    doc = parse("", "Naboen fandt en seddel med ordene »sig sandheden«.")
    assert find_attribution(next(iter(doc.sents)), []) is None


def test_find_attribution_relayed_by_a_medium(parse):
    doc = parse("", "Avisen Politiken citerer en talsmand for politiet, som afviser kritikken.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "en talsmand for politiet"
    assert attribution.channel == "Politiken"


def test_find_attributions_resolves_pronouns(parse):
    text = "Borgmester Ib Lund siger, at skatten er i ro. Han tilføjer, at den er sikker."
    doc = parse("", text)
    first, second = find_attributions(doc, [])
    assert second.speaker == first.speaker == "Borgmester Ib Lund"


def test_interrupted_quote_keeps_its_speaker(quotes):
    body = "»Vi er klar«, siger ministeren, »men vi kan ikke gøre det alene«."
    first, second = quotes("Forsvar", body)
    assert second.text == "men vi kan ikke gøre det alene"
    assert second.speaker == first.speaker == "ministeren"


def test_lyder_with_a_noun_instead_of_det(quotes):
    [quote] = quotes("Kritik", "»Det er for sent«, lyder kritikken fra Dansk Folkeparti.")
    assert quote.speaker == "Dansk Folkeparti"


def test_medium_recognised_by_its_name(quotes):
    body = "- Vi så røgen på lang afstand, siger vagthavende Bo Ravn til TV Midt."
    [quote] = quotes("Brand", body)
    assert quote.channel == "TV Midt"
    assert quote.speaker == "vagthavende Bo Ravn"


def test_news_site_with_domain_is_a_channel(quotes):
    [quote] = quotes("Budget", "- Pengene mangler, siger hun til Altinget.dk.")
    assert quote.channel == "Altinget.dk"


def test_manner_verb_tags_speech_after_a_quote(quotes):
    [quote] = quotes("Bryllup", "- Det var den bedste dag i mit liv, smiler Ane Bech.")
    assert quote.speaker == "Ane Bech"


def test_words_after_a_name_end_the_speaker(quotes):
    [quote] = quotes("Skænderi", "- Det er noget pjat! sagde Lis en dag, da hun kom hjem.")
    assert quote.speaker == "Lis"


def test_speaker_of_a_subordinate_clause(parse):
    doc = parse("", "Han får støtte fra SF, hvor Ida Holm siger, at forslaget er godt.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "Ida Holm"


def test_subject_between_auxiliary_and_participle(parse):
    doc = parse("", "Det har politiet oplyst til Ritzau.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "politiet"
    assert attribution.channel == "Ritzau"


def test_statement_before_tag_is_not_the_subject(parse):
    doc = parse("", "Skolen lukker efter sommerferien, oplyser kommunen.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "kommunen"


def test_adverb_is_not_a_speaker(parse):
    doc = parse("", "Lederen af partiet, Ole Dam, har endnu ikke kommenteret sagen.")
    attribution = find_attribution(next(iter(doc.sents)), [])
    assert attribution.speaker == "Lederen af partiet, Ole Dam"


def test_same_known_actor_keeps_its_channel(parse):
    doc = parse(
        "Told",
        "Borgmester Jens Ravn skriver på Facebook, at byen får ny skole.\n\n"
        "»Det er en stor dag«, skrev borgmesteren.",
    )
    mayor = Actor(name="Jens Ravn", country="DNK", sector="GOV", wikidata="Q1")
    named = entity_at(doc, "Borgmester Jens Ravn", "PER", "e1", actor=mayor)
    role = entity_at(doc, "borgmesteren", "NOM", "e2", actor=mayor)
    [quote] = find_quotes(doc, [named, role], "da")
    assert quote.speaker == "borgmesteren"
    assert quote.channel == "Facebook"


def test_a_title_with_a_shared_compound_part_is_one_speaker_phrase(quotes):
    body = "»Vi må handle nu«, siger klima- og energiminister Ida Marie Holt i en udtalelse."
    [quote] = quotes("Klima", body)
    assert quote.speaker == "klima- og energiminister Ida Marie Holt"


def test_organisation_names_joined_by_a_shared_part(quotes):
    body = (
        "Generalsekretær for Røde Kors- og Røde Halvmåne-bevægelsen, Ana Lopes Dias, skriver, "
        "at »angrebet er uacceptabelt«."
    )
    [quote] = quotes("Angreb", body)
    assert quote.speaker.endswith("Ana Lopes Dias")


def test_subject_after_the_auxiliary_behind_an_opening_phrase(quotes):
    body = (
        "Til gengæld har landets præsident, Ana Silva, advaret naboerne mod et angreb.\n\n"
        "- De taler meget dristigt om hævn, men vi er klar."
    )
    [quote] = quotes("Trusler", body)
    assert quote.speaker == "landets præsident, Ana Silva"


def test_abbreviated_titles_and_initials_stay_in_the_speaker_phrase(quotes):
    body = (
        "»Efterspørgslen er stor«, siger adm. direktør Lars Holm Berg.\n\n"
        "»Det er et dårligt valg«, siger ordfører Jan E. Jørgensen."
    )
    assert [q.speaker for q in quotes("Regnskab", body)] == [
        "adm. direktør Lars Holm Berg",
        "ordfører Jan E. Jørgensen",
    ]


def test_an_impersonal_tag_is_said_by_the_actor_opening_the_sentence_before(parse):
    """ "Ministeriet reagerede hurtigt. »...«, lød det i en udtalelse": the ministry speaks,
    not the speaker of the quote in the paragraph before."""
    body = (
        "»Vi skal undgå en eskalering«, siger Karen Dahl.\n\n"
        "Det russiske udenrigsministerium reagerede hurtigt. »Vesten leger med ilden«, lød det "
        "i en udtalelse."
    )
    doc = parse("Krig", body)
    ministry = Actor(name="Russian government", country="RUS", sector="GOV", sectors=["GOV"])
    entities = [
        entity_at(doc, "Karen Dahl", "PER", "e1"),
        entity_at(doc, "Det russiske udenrigsministerium", "NOM", "e2", actor=ministry),
    ]
    quotes = find_quotes(doc, entities, "da")
    assert quotes[1].speaker == "Det russiske udenrigsministerium"


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below_it():
    from kronist.pipeline import analyze

    text = (
        "Vold mod betjente\n\n"
        "Justitsministeren var klar i mælet på et pressemøde tirsdag:\n\n"
        "»Vi vil ikke acceptere vold mod politiet.«\n\n"
        "»Det her er et angreb på os alle,« sagde borgmester Anna Holm.\n"
    )
    quotes = analyze(text, published="2025-03-04").quotes
    assert quotes[0].speaker == "Justitsministeren"
    assert quotes[1].speaker == "borgmester Anna Holm"
