"""Troops moving, told in the perfect with "er" ("er trængt ind i", "er rykket ind"), and
troops taken "ud af" a country, which is where from, not who: sentences written for the test."""

from __future__ import annotations

from tests.conftest import events_of


def test_forces_that_have_pushed_into_a_town_attack_it():
    (attack,) = events_of("Israelske soldater er trængt ind i Jenin.", "ASSAULT")
    assert (attack.actor.country, attack.recipient.country) == ("ISR", "PSE")


def test_out_of_a_country_is_where_troops_leave_not_who_withdrew_them():
    text = "De amerikanske tropper blev trukket ud af Irak i 2011."
    (withdrawal,) = events_of(text, "RETREAT")
    assert (withdrawal.actor.country, withdrawal.recipient.country) == ("USA", "IRQ")


def test_a_passive_agent_after_back_still_names_who_withdrew():
    (withdrawal,) = events_of("Tropperne blev trukket tilbage af Rusland.", "RETREAT")
    assert withdrawal.actor.country == "RUS"


def test_troops_that_have_left_a_country_withdraw_from_it():
    text = "De sidste amerikanske tropper er trukket ud af Afghanistan."
    (withdrawal,) = events_of(text, "RETREAT")
    assert (withdrawal.actor.country, withdrawal.recipient.country) == ("USA", "AFG")
