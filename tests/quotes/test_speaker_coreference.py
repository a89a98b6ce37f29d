"""A speaker named by a bare body word ("kommissionen") is the body the article named before
with that word as the head of its name ("valgkommissionen", "EU-Kommissionen")."""

from __future__ import annotations

import pytest
from tests.conftest import quote_speaker as speaker_of

pytestmark = pytest.mark.usefixtures("with_actors")  # the whole pipeline, dictionary too

ELECTION_COMMISSION = (
    "Valg i Georgien\n\n"
    "Ifølge den centrale valgkommission i Georgien vandt regeringspartiet valget.\n\n"
    "Torsdag afviste valgkommissionen oppositionens klager.\n\n"
    "»Vi har ikke fundet nogen fejl,« skriver kommissionen i en udtalelse."
)
EUROPEAN_COMMISSION = (
    "Told på elbiler\n\n"
    "EU-Kommissionen vil lægge told på kinesiske elbiler.\n\n"
    "»Vi beskytter vores industri mod unfair konkurrence,« skriver kommissionen i en "
    "udtalelse."
)


@pytest.mark.parametrize(
    "text, country, sector",
    [(ELECTION_COMMISSION, "GEO", "GOV"), (EUROPEAN_COMMISSION, None, "IGO")],
    ids=["election commission", "European Commission"],
)
def test_the_commission_is_the_commission_named_before(text, country, sector):
    actor = speaker_of(text)
    assert (actor.country, actor.sector) == (country, sector)


def test_de_as_a_speaker_is_the_group_or_body_named_before_not_a_person():
    actor = speaker_of(
        "Skud i Odense\n\n"
        "En mand er anholdt efter skud i Vollsmose søndag aften.\n\n"
        "- Vi hørte tre høje brag, siger naboen Ole Berg.\n\n"
        "Det er politiets vurdering, at manden handlede alene. De oplyser samtidig, at et "
        "våben er fundet ved Rosengårdcentret.\n\n"
        "- Vi har fundet en pistol. Den bliver nu undersøgt af teknikerne."
    )
    assert (actor.country, actor.sector) == ("DNK", "COP")


def test_han_is_the_person_named_before_the_quote_not_one_named_inside_it():
    actor = speaker_of(
        "Grønland og USA\n\n"
        "Donald Trump vil købe Grønland, men Grønlands regeringsleder afviser.\n\n"
        "»Grønland er ikke til salg,« siger Múte B. Egede.\n\n"
        "Ifølge Anders Kjeldsen, seniorforsker ved DIIS, er situationen alvorlig. "
        "»Trump mener det,« siger han."
    )
    assert (actor.name, actor.country, actor.sector) == ("Anders Kjeldsen", "DNK", "EDU")
