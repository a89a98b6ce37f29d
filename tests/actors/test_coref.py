"""Coreference inside the article: surnames, pronouns, definite role nouns."""

from __future__ import annotations


def test_surname_refers_to_the_full_name(analyse):
    text = (
        "Vagtchef Henrik Stormer ved Københavns Politi oplyser, at to er anholdt. "
        "Ifølge Stormer var der ingen skader."
    )
    found = analyse(text, "2021-04-04")
    full = found.one("Henrik Stormer", "PER")
    surname = found.one("Stormer", "PER")
    assert surname.refers_to == full.id
    assert surname.actor == full.actor
    assert (full.actor.country, full.actor.sector) == ("DNK", "COP")


def test_dictionary_surname_alias_refers_back(analyse):
    found = analyse(
        "Forsvarsminister Mark Esper talte med pressen. Esper lovede hjælp.", "2019-12-31"
    )
    assert found.one("Esper", "PER").refers_to == found.one("Mark Esper", "PER").id


def test_pronoun_refers_to_the_last_person(analyse):
    text = "Donald Trump skrev på Twitter, at han holder Iran ansvarlig. Han truer med svar."
    found = analyse(text, "2019-12-31")
    trump = found.one("Donald Trump", "PER")
    for pronoun in found.all("han") + found.all("Han"):
        assert pronoun.refers_to == trump.id
        assert pronoun.actor.country == "USA"


def test_definite_role_refers_to_the_holder_of_that_title(analyse):
    text = (
        "Iraks premierminister Adel Abdul Mahdi mødtes med ambassadøren. "
        "Premierministeren kaldte angrebet uacceptabelt."
    )
    found = analyse(text, "2019-12-31")
    person = next(e for e in found.entities if e.label == "PER")
    anaphor = found.one("Premierministeren", "NOM")
    assert anaphor.refers_to == person.id
    assert anaphor.actor.country == "IRQ"


def test_the_group_refers_to_the_last_organisation(analyse):
    text = (
        "USA mistænker Kataib Hizbollah for angrebet. "
        "Amerikanske fly bombede senere flere mål tilhørende gruppen."
    )
    found = analyse(text, "2019-12-31")
    group = found.one("gruppen", "NOM")
    assert group.refers_to == found.one("Kataib Hizbollah", "ORG").id
    assert (group.actor.country, group.actor.sector) == ("IRQ", "REB")


def test_no_group_refers_to_no_earlier_organisation():
    """ "Ingen gruppe har taget ansvaret": nobody claims the kidnapping, not the ministry."""
    from kronist.pipeline import analyze

    text = (
        "En dansker er bortført i Mali, oplyser Udenrigsministeriet.\n\n"
        "Ingen gruppe har endnu taget ansvaret for bortførelsen."
    )
    analysis = analyze(text, published="2026-12-02")
    kidnappings = [e for e in analysis.events + analysis.unattributed if e.event == "ASSAULT"]
    assert kidnappings and all(e.actor is None for e in kidnappings)


def test_the_embassy_refers_to_the_earlier_embassy(analyse):
    text = (
        "Demonstranter angreb den amerikanske ambassade i Bagdad. "
        "Ingen kom til skade, oplyser ambassaden."
    )
    found = analyse(text, "2019-12-31")
    later = found.one("ambassaden", "NOM")
    assert later.refers_to == found.one("den amerikanske ambassade", "NOM").id
    assert later.actor.country == "USA"


def test_pronoun_skips_a_person_of_the_other_gender(analyse):
    text = (
        "Præsident Donald Trump er vred. Statsminister Mette Frederiksen afviste forslaget, "
        "efter at han havde talt om at købe Grønland."
    )
    found = analyse(text, "2019-08-21")
    assert found.one("han", "NOM").actor.country == "USA"


def test_a_president_abroad_is_still_that_president(analyse):
    text = (
        "Præsident Donald Trump talte tirsdag i Washington. "
        "Onsdag sagde præsidenten under et besøg i Danmark, at han var tilfreds."
    )
    found = analyse(text, "2019-08-21")
    assert found.one("præsidenten", "NOM").actor.country == "USA"


def test_the_source_is_the_person_just_quoted(analyse):
    text = (
        "En amerikansk embedsperson siger til Reuters, at basen blev ramt. "
        "Der er ingen sårede, siger kilden."
    )
    found = analyse(text, "2020-01-08")
    assert found.actor("kilden") == ("USA", "GOV")


def test_a_source_that_says_whose_it_is_keeps_its_owner(analyse):
    text = "Forsvarsminister Mark Esper talte i går. En kilde i regeringen siger, at det er løgn."
    found = analyse(text, "2019-12-31")
    source = found.one("En kilde i regeringen")
    assert source.refers_to is None


def test_the_embassy_is_the_one_named_before_wherever_it_stands(analyse):
    text = (
        "Demonstranter samledes foran den amerikanske ambassade i Bagdad tirsdag, "
        "og senere trængte de ind i ambassaden."
    )
    found = analyse(text, "2019-12-31")
    embassy = [e for e in found.entities if e.text == "ambassaden"]
    assert embassy and embassy[0].actor.country == "USA"


def test_a_definite_owner_refers_back_and_its_people_are_its_country(analyse):
    text = (
        "Demonstranter samledes foran den amerikanske ambassade i Bagdad. "
        "Ambassadens personale blev evakueret."
    )
    found = analyse(text, "2019-12-31")
    staff = [e for e in found.entities if e.text == "Ambassadens personale"]
    assert staff and staff[0].actor.country == "USA"


def test_a_singular_pronoun_skips_a_group(analyse):
    text = (
        "Miljøminister Lars Bjerre siger, at regeringen lytter til borgerne. "
        "Han vil mødes med dem i næste uge."
    )
    found = analyse(text, "2026-03-14")
    pronoun = next(e for e in found.entities if e.text == "Han")
    assert pronoun.actor is not None and pronoun.actor.name == "Lars Bjerre"


def test_a_compound_minister_refers_back_only_to_the_same_office(analyse):
    """ "udviklingsministeren" is no premierminister named before: bare and definite, it is the
    home country's; "ministeren" after it is that minister."""
    text = (
        "Et jordskælv i Nepal har kostet over 300 liv. Landets premierminister har appelleret "
        "om hjælp. Regeringen giver fem millioner kroner, oplyser udviklingsministeren. "
        "Hjælpen skal frem hurtigt, siger ministeren."
    )
    found = analyse(text, "2025-01-22")
    assert found.one("udviklingsministeren").actor.country == "DNK"
    assert found.one("ministeren").actor.country == "DNK"
    assert found.one("Landets premierminister").actor.country == "NPL"


def test_the_minister_is_the_named_minister_of_the_country_the_story_is_in(analyse):
    text = (
        "Tusindvis af landmænd blokerede motorveje omkring Madrid. Landbrugsminister Elena "
        "Ruiz afviser at ændre reglerne. Det er EU-regler, siger ministeren."
    )
    found = analyse(text, "2026-03-10")
    minister = found.one("ministeren")
    assert (minister.actor.name, minister.actor.country) == ("Elena Ruiz", "ESP")


def test_a_portfolio_denmark_does_not_have_is_the_story_countrys(analyse):
    text = (
        "En overfyldt færge kæntrede i Bangladesh. Regeringen har nedsat en kommission. "
        "Skibsfartsministeren har lovet en erstatning til de dræbtes familier."
    )
    assert analyse(text, "2024-10-21").one("Skibsfartsministeren").actor.country == "BGD"


def test_a_name_the_ner_labels_differently_later_is_still_the_same_actor(analyse):
    text = (
        "Et skib ejet af det norske rederi Fjordlinjen Vest blev ramt af en drone.\n\n"
        "Skibet var ifølge Fjordlinjen Vest på vej fra Shanghai til Rotterdam."
    )
    found = analyse(text, "2024-01-15")
    later = [e for e in found.entities if e.text == "Fjordlinjen Vest"]
    assert len(later) == 2
    assert {(e.label, e.actor.country, e.actor.sector) for e in later} == {("ORG", "NOR", "BUS")}


def test_a_place_the_sentence_only_points_to_does_not_set_it(analyse):
    text = (
        "Et skib ejet af det norske rederi Fjordlinjen Vest blev ramt af en drone.\n\n"
        "Rederiet afviser, at skibet havde nogen forbindelse til Israel."
    )
    found = analyse(text, "2024-01-15")
    assert found.one("Rederiet").actor.country == "NOR"


def test_the_movements_spokesman_named_beside_is_of_the_movement_named_before(analyse):
    text = (
        "Yemens Houthi-bevægelse har påtaget sig ansvaret for angrebet. I en tale siger "
        "bevægelsens talsmand, Karim Haddad, at flere angreb vil følge."
    )
    found = analyse(text, "2024-01-15")
    assert found.actor("Karim Haddad", "PER") == ("YEM", "REB")


def test_the_movement_is_not_a_company_of_another_kind_named_since(analyse):
    text = (
        "Yemens Houthi-bevægelse har påtaget sig ansvaret for angrebet på et skib ejet af det "
        "norske rederi Fjordlinjen Vest. Bevægelsen truer med flere angreb."
    )
    found = analyse(text, "2024-01-15")
    assert found.one("Bevægelsen").actor.country == "YEM"


def test_a_pronoun_in_a_later_sentence_means_the_subject_the_sentence_before_is_about(analyse):
    text = (
        "Udenrigsminister Lars Løkke Rasmussen besøgte mandag Kyiv, hvor han talte med "
        "præsident Volodymyr Zelenskyj.\n\n"
        "Han lovede flere våben."
    )
    found = analyse(text, "2024-05-13")
    pronoun = [e for e in found.entities if e.text == "Han"]
    assert pronoun and pronoun[0].actor.country == "DNK"


def test_a_pronoun_subject_carries_its_person_on(analyse):
    text = (
        "Ukraines udenrigsminister, Andrij Sybiha, rejste tirsdag til Istanbul.\n\n"
        "Han mødtes med Ruslands udenrigsminister, Sergej Lavrov.\n\n"
        "Han kaldte mødet svært."
    )
    found = analyse(text, "2024-05-13")
    last = [e for e in found.entities if e.text == "Han"][-1]
    assert last.actor.country == "UKR"


def test_a_colleague_holds_the_office_of_the_clauses_subject(analyse):
    text = (
        "Forsvarsminister Troels Lund Poulsen mødtes onsdag i Vilnius med sin litauiske "
        "kollega, Dovilė Šakalienė."
    )
    found = analyse(text, "2024-05-13")
    assert found.actor("Dovilė Šakalienė", "PER")[0] == "LTU"
    assert "GOV" in found.one("Dovilė Šakalienė").actor.sectors


def test_any_word_for_an_organisation_refers_back_to_one(analyse):
    """Hamas is "bevægelsen" in the dictionary; "gruppen" and "organisationen" name it too."""
    for word in ("gruppen", "organisationen", "bevægelsen"):
        found = analyse(f"Hamas siger, at {word} har accepteret forslaget.", "2026-03-05")
        assert found.actor(word)[0] == "PSE", word


def _analysed(text):
    from kronist.pipeline import analyze

    return analyze(text, published="2026-12-01")


def test_den_standing_as_subject_takes_up_the_body_named_before():
    analysis = _analysed("Kinas regering er blevet kritiseret af USA.\n\nDen afviser kritikken.")
    den = next(e for e in analysis.entities if e.text == "Den")
    assert (den.actor.country, den.actor.sector) == ("CHN", "GOV")
    rejection = next(e for e in analysis.events if e.event == "REJECT")
    assert (rejection.actor.country, rejection.recipient.country) == ("CHN", "USA")


def test_det_takes_up_a_neuter_body_only_when_no_subject_follows_its_verb():
    analysis = _analysed("Militæret har overtaget magten i Niger.\n\nDet har anholdt præsidenten.")
    arrest = next(e for e in analysis.events if e.mode == "arrest")
    assert arrest.actor is not None and arrest.actor.sector == "MIL"
    told = _analysed("Militæret har overtaget magten i Niger.\n\nDet oplyser politiet.")
    assert not [e for e in told.entities if e.text == "Det"]  # "politiet" is the subject


def test_den_before_a_noun_is_an_article_not_a_pronoun():
    analysis = _analysed("Kinas regering er kritiseret.\n\nDen russiske hær har angrebet Kyiv.")
    assert not [e for e in analysis.entities if e.text == "Den"]


def test_a_pronoun_after_the_only_person_just_named_is_that_person_whatever_the_name_lists_say():
    from kronist.pipeline import analyze

    # "Kristen" is a woman's name in Faker's English lists, a man's in Estonia and Denmark
    text = (
        "Estlands premierminister Kristen Michal kritiserede tirsdag Rusland.\n\n"
        "Han kræver mere luftforsvar fra Nato."
    )
    pronoun = next(e for e in analyze(text, published="2025-03-04").entities if e.text == "Han")
    assert pronoun.actor.name == "Kristen Michal"


def test_a_pronoun_refers_to_the_subject_named_in_apposition_not_a_possessor_after_it():
    from kronist.pipeline import analyze

    text = (
        "Ukraines præsident, Volodymyr Zelenskyj, kritiserer Rusland efter angrebet på Kyiv, "
        "hvor Putins styrker ramte et hospital.\n\n– Det er ren terror, siger han."
    )
    (quote,) = analyze(text, published="2025-03-04").quotes
    assert quote.speaker_actor.country == "UKR"
