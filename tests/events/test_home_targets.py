"""A state's statement or promise that names no one it is aimed at is aimed at its own country
when the story is set there (the article names that country more often than any other), even
when another country is named in passing. Articles written for the test."""

from __future__ import annotations

import pytest
from tests.conftest import events_of

CRITICISM = (
    "Kritik af danske fængsler\n\n"
    "Justitsministeren kritiserer forholdene i de danske fængsler. Der er for få betjente, "
    "siger han til DR.\n\n"
    "Kriminalforsorgen oplyser, at der mangler 400 fængselsbetjente i Danmark. "
    "Til sammenligning har Norge langt flere betjente per indsat."
)
PROMISE = (
    "Skattelettelser på vej\n\n"
    "Regeringen lover at sænke skatten for de laveste indkomster. Det oplyser "
    "skatteministeren i Folketinget.\n\n"
    "Danske økonomer er skeptiske. Sverige gennemførte en lignende reform i 2020."
)


@pytest.mark.parametrize("text, event_type", [(CRITICISM, "ACCUSE"), (PROMISE, "AGREE")])
def test_a_states_statement_at_home_is_aimed_at_its_own_country(text, event_type):
    (event,) = events_of(text, event_type)
    assert (event.actor.country, event.recipient.country) == ("DNK", "DNK")


def test_two_partners_named_once_each_are_not_each_others_target():
    accusations = events_of("Sverige og Tyskland kritiserer beslutningen.", "ACCUSE")
    assert all(e.recipient is None for e in accusations)
