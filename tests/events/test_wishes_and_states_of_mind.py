"""Demands told as a wish ("vil have X til at ..."), explanations asked of someone ("bede om en
forklaring fra"), anger at what someone did ("vred over, at X ...") and acts called by a
hostile name: each on sentences written for the test."""

from __future__ import annotations

from tests.conftest import events_of


def test_wanting_someone_to_act_is_a_demand_made_now_not_a_future_one():
    (demand,) = events_of("Storbritannien vil have Iran til at frigive tankskibet.", "REQUEST")
    assert (demand.actor.country, demand.recipient.country) == ("GBR", "IRN")
    assert demand.modality == "asserted"


def test_wanting_time_or_money_for_something_is_no_demand():
    assert not events_of("Vi vil have mere tid til at tale med børnene.", "REQUEST")
    assert not events_of("Han vil have sin søn til at overtage firmaet.", "REQUEST")


def test_an_explanation_asked_for_from_a_country_is_asked_of_it():
    (demand,) = events_of("Japans regering har bedt om en forklaring fra Kina.", "REQUEST")
    assert (demand.actor.country, demand.recipient.country) == ("JPN", "CHN")


def test_anger_at_what_someone_did_blames_the_doer():
    (blame,) = events_of("Tyskland er vred over, at Polen har blokeret aftalen.", "ACCUSE")
    assert (blame.actor.country, blame.recipient.country) == ("DEU", "POL")


def test_worry_about_what_happens_blames_no_one():
    assert not events_of("Forældrene er bekymrede over, at skolen lukker.", "ACCUSE")


def test_sanctions_called_warfare_are_condemned():
    text = "Venezuela kalder USA's sanktioner for økonomisk krigsførelse."
    (blame,) = events_of(text, "ACCUSE")
    assert (blame.actor.country, blame.recipient.country) == ("VEN", "USA")


def test_condemning_an_attack_no_one_claimed_blames_no_government_of_the_place():
    (blame,) = events_of("FN fordømmer angrebet i Kabul.", "ACCUSE")
    assert blame.recipient is None


def test_condemning_an_attack_told_before_blames_the_attacker():
    text = "Israel angreb i nat en skole i Gaza. FN fordømmer angrebet."
    (blame,) = events_of(text, "ACCUSE")
    assert blame.recipient.country == "ISR"


def test_protests_called_an_attempted_coup_are_condemned():
    text = "Premierminister Irakli Kobakhidze kalder demonstrationerne et forsøg på statskup."
    assert events_of(text, "ACCUSE")
    assert not events_of("Han kalder aftalen et kup for Danmark.", "ACCUSE")


def test_a_weekday_in_the_genitive_dates_its_noun_not_the_act_around_it():
    text = "Oppositionen nægter at anerkende resultatet af lørdagens parlamentsvalg."
    (rejection,) = events_of(text, "REJECT")
    assert rejection.date.date.isoformat() == "2025-03-04"


def test_a_hostile_act_another_country_is_claimed_to_have_done_is_an_allegation():
    text = "Ukraine hævder, at Rusland har brudt våbenhvilen."
    (allegation,) = events_of(text, "ACCUSE")
    assert (allegation.mode, allegation.actor.country, allegation.recipient.country) == (
        "allege",
        "UKR",
        "RUS",
    )
    assert events_of(text, "ASSAULT")


def test_a_hostile_act_only_reported_is_no_allegation():
    assert not events_of("Ukraine siger, at Rusland har angrebet Kharkiv.", "ACCUSE")


def test_wrongdoing_someone_is_said_to_have_done_is_their_allegation():
    text = "Oppositionen mener, at regeringen har svigtet de ældre."
    (allegation,) = events_of(text, "ACCUSE")
    assert (allegation.actor.sector, allegation.recipient.sector) == ("OPP", "GOV")
    text = "Ministeren har vildledt Folketinget, lyder det fra Venstre."
    (allegation,) = events_of(text, "ACCUSE")
    assert (allegation.actor.sector, allegation.recipient.sector) == ("PTY", "GOV")


def test_wrongdoing_told_by_no_one_or_owned_is_no_event():
    assert not events_of("Regeringen har svigtet de ældre.", "ACCUSE")
    assert not events_of("Vi har svigtet, siger statsministeren.", "ACCUSE")


def test_a_rights_group_documenting_executions_alleges_them():
    text = (
        "Human Rights Watch dokumenterer i en ny rapport, at Saudi-Arabien har henrettet "
        "over 100 personer i år."
    )
    (allegation,) = events_of(text, "ACCUSE")
    assert allegation.recipient.country == "SAU" and "NGO" in allegation.actor.sectors


def test_questioning_someones_credibility_is_disapproval():
    text = "Venstres formand stiller spørgsmålstegn ved ministerens troværdighed."
    (doubt,) = events_of(text, "ACCUSE")
    assert (doubt.actor.sector, doubt.recipient.sector) == ("PTY", "GOV")
    assert not events_of("Eksperter stiller spørgsmålstegn ved tallene.", "ACCUSE")


def test_a_predicate_quoted_after_a_verb_of_naming_still_names_the_act():
    text = 'USA\'s handelsminister kalder skridtet "en uberettiget optrapning".'
    (blame,) = events_of(text, "ACCUSE")
    assert blame.actor.country == "USA"
    text = "Rusland kalder anklagerne »grundløse«."
    assert events_of(text, "REJECT")


def test_an_idea_called_absurd_is_rejected_not_its_maker_accused():
    text = 'Søndag kaldte statsministeren det for en "absurd diskussion".'
    assert events_of(text, "REJECT") and not events_of(text, "ACCUSE")


def test_not_hesitating_to_use_force_threatens_it():
    text = "Nordkorea vil ikke tøve med at bruge atomvåben, siger Kim Jong-un."
    (threat,) = events_of(text, "THREATEN")
    assert threat.actor.country == "PRK"
    assert not events_of("De tøvede ikke med at hjælpe.", "THREATEN")


def test_an_ultimatum_given_is_a_threat():
    (threat,) = events_of("Trump giver Hamas et ultimatum.", "THREATEN")
    assert (threat.actor.country, threat.recipient.country) == ("USA", "PSE")


def test_criticism_rejected_is_aimed_at_whom_it_came_from():
    text = "Kreml afviser anklagerne fra Estland om cyberangreb."
    (rejection,) = events_of(text, "REJECT")
    assert (rejection.actor.country, rejection.recipient.country) == ("RUS", "EST")


def test_the_rulers_of_a_country_are_its_government():
    (arrest,) = events_of("Magthaverne i Minsk har anholdt 30 journalister.", "COERCE")
    assert (arrest.actor.country, arrest.actor.sector) == ("BLR", "GOV")
