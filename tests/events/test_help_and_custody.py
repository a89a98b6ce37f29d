"""Help given and people held: weapons named with a hyphen ("F-16-fly"), money for a purpose
whose phrase names whom it serves, rescuers arriving, agreement reached in a perfect with
"er", house arrest. Sentences written for the test."""

from __future__ import annotations

from tests.conftest import events_of

from kronist.pipeline import analyze


def test_a_weapon_named_after_a_hyphen_is_that_weapon():
    (aid,) = events_of("Danmark giver Ukraine yderligere 19 F-16-fly.", "AID")
    assert (aid.actor.country, aid.recipient.country) == ("DNK", "UKR")


def test_money_for_a_purpose_goes_to_whom_the_purpose_serves():
    text = "Norge bidrager med 500 millioner kroner til genopbygningen af Ukraine."
    (aid,) = events_of(text, "AID")
    assert (aid.actor.country, aid.recipient.country) == ("NOR", "UKR")


def test_a_purpose_in_the_givers_own_country_is_no_help_to_it():
    text = "Den danske regering giver 100 millioner kroner til genopbygningen af Danmark."
    assert all(e.recipient is None or e.recipient.country != "DNK" for e in events_of(text, "AID"))


def test_rescuers_arriving_are_help_not_a_visit():
    text = "Hollandske redningshold er ankommet til Marokko efter jordskælvet."
    (aid,) = events_of(text, "AID")
    assert (aid.actor.country, aid.recipient.country) == ("NLD", "MAR")
    assert not events_of(text, "CONSULT")
    (visit,) = events_of("Statsministeren er ankommet til Kyiv.", "CONSULT")
    assert visit.recipient.country == "UKR"


def test_an_agreement_reached_in_the_perfect_with_er_is_an_agreement():
    (deal,) = events_of("Regeringen er nået til enighed med oppositionen.", "AGREE")
    assert deal.actor.sector == "GOV" and deal.recipient.sector == "OPP"


def test_put_under_house_arrest_is_an_arrest():
    text = "Venezuelas regering har sat oppositionslederen i husarrest."
    (arrest,) = events_of(text, "COERCE")
    assert arrest.mode == "arrest" and arrest.actor.country == "VEN"
    assert not events_of("Han har sat penge i fængslets kantine.", "COERCE")


def test_export_controls_and_frozen_funds_are_sanctions():
    (control,) = events_of("Japan har indført eksportkontrol på halvledere til Kina.", "SANCTION")
    assert (control.actor.country, control.recipient.country) == ("JPN", "CHN")
    text = "Den amerikanske regering har fastfrosset afghanske midler."
    (freeze,) = events_of(text, "SANCTION")
    assert (freeze.actor.country, freeze.recipient.country) == ("USA", "AFG")


def test_a_mobilisation_declared_is_the_declarers():
    (mobilisation,) = events_of("Armenien har erklæret mobilisering.", "MOBILIZE")
    assert mobilisation.actor.country == "ARM"
    assert not analyze("Han erklærede sin kærlighed.", published="2025-03-04").events


def test_a_state_charged_is_not_charged_by_its_own_prosecutors():
    text = "Rusland anklages for at stå bag sabotagen mod gasledningen i Østersøen."
    assert not [e for e in events_of(text, "ACCUSE") if e.actor and e.actor.country == "RUS"]
    (charge,) = events_of("En 40-årig mand er sigtet for vold i Odense.", "ACCUSE")
    assert charge.actor.sector == "COP"


def test_help_asked_from_a_country_is_asked_of_it():
    for text in (
        "Zelenskyj kræver flere våben fra Tyskland.",
        "Zelenskyj efterlyser flere luftværnssystemer fra Tyskland.",
    ):
        (request,) = events_of(text, "REQUEST")
        assert request.recipient is not None and request.recipient.country == "DEU", text
