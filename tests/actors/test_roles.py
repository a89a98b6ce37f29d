"""Role nouns -> sectors, in any inflection, case, genitive or compound."""

from __future__ import annotations

import pytest

from kronist.actors.lexicon import RoleLexicon


@pytest.fixture(scope="module")
def roles():
    return RoleLexicon("da")


@pytest.mark.parametrize(
    ("word", "lemma", "sectors"),
    [
        ("demonstranterne", "demonstrant", ("CVL",)),
        ("Premierministeren", "premierminister", ("GOV",)),
        ("forsvarsministeriet", "forsvarsministerium", ("GOV", "MIL")),
        ("talsmændene", "talsmand", ()),
        ("soldater", "soldat", ("MIL",)),
        ("militante", "militant", ("REB",)),
        ("oprørerne", "oprører", ("REB",)),
        ("retten", "ret", ("JUD",)),
        ("sikkerhedsstyrkerne", "sikkerhedsstyrke", ("COP", "MIL")),
        ("parlamentarikeren", "parlamentariker", ("LEG",)),
        ("fagforbundet", "fagforbund", ("LAB",)),
        ("arbejdsgiverforeningen", "arbejdsgiverforening", ("BUS",)),
        ("landbrugsorganisationerne", "landbrugsorganisation", ("AGR",)),
    ],
)
def test_inflected_and_capitalised_forms(roles, word, lemma, sectors):
    match = roles.lookup(word)
    assert match is not None
    assert (match.role.lemma, match.role.sectors) == (lemma, sectors)


def test_genitive_and_definite(roles):
    match = roles.lookup("politiets")
    assert match.role.lemma == "politi" and match.genitive and match.definite
    assert not roles.lookup("soldater").definite


def test_compound_heads(roles):
    assert roles.lookup("grænsepolitiet").role.sectors == ("COP",)
    hyphenated = roles.lookup("Taleban-styrker")
    assert hyphenated.role.lemma == "styrke" and hyphenated.prefix == "Taleban"


def test_a_known_word_is_not_read_as_a_compound(roles):
    assert roles.lookup("billederne") is None  # billede, not bil + lederne
    assert roles.lookup("politik") is None


def test_spokesperson_takes_the_sector_of_what_it_speaks_for(analyse):
    found = analyse("Det oplyser en talsmand for Hamas til nyhedsbureauet.", "2023-10-10")
    assert found.actor("en talsmand for Hamas", "NOM") == ("PSE", "REB")


def test_role_nouns_as_nominal_actors(analyse):
    found = analyse(
        "I Bagdad skød soldaterne mod demonstranterne, mens journalister så til.", "2019-12-01"
    )
    assert found.one("soldaterne").actor.sector == "MIL"
    assert found.actor("demonstranterne") == ("IRQ", "CVL")
    assert found.one("journalister").actor.sector == "JRN"


def test_an_ambiguous_verb_form_is_no_actor(analyse):
    found = analyse("Det styrker samarbejdet mellem de to lande.")
    assert found.texts("NOM") == []


def test_an_armed_man_is_an_unidentified_armed_force(analyse):
    found = analyse("To bevæbnede mænd stormede banken i Malmø.")
    assert found.actor("To bevæbnede mænd") == ("SWE", "UAF")


def test_an_ambiguous_role_word_after_a_name_is_its_verb(analyse):
    """ "Kreml anklager Kyiv": "anklager" (prosecutor, or accuses) right after a name that is
    no genitive is the name's verb; "Kremls anklager" is a role."""
    found = analyse("Kreml anklager Kyiv for at stå bag angrebet.", "2024-03-14")
    assert not [e for e in found.entities if e.text.lower() == "anklager"]


def test_a_role_word_that_also_names_an_act_is_an_actor_only_as_subject(analyse, nlp):
    """ "anklagerne" are prosecutors as a subject, accusations as an object (which only a parse
    tells)."""
    if not nlp.has_pipe("parser"):
        pytest.skip("needs the dependency parse")
    found = analyse("Ministeren afviser anklagerne om valgsvindel.", "2024-10-27")
    assert "anklagerne" not in found.texts()
    found = analyse("Anklagerne kræver fængsel for den tiltalte.", "2024-10-27")
    assert found.actor("Anklagerne")[1] == "JUD"


def test_accusations_about_something_are_no_prosecutors():
    from kronist.pipeline import analyze

    entities = analyze(
        "Anklagerne om spionage blev afvist af Kina.", published="2025-03-04"
    ).entities
    assert not [e for e in entities if e.text.lower().startswith("anklagerne")]
    entities = analyze("Anklagerne kræver fem års fængsel.", published="2025-03-04").entities
    assert [e.actor.sector for e in entities if e.text == "Anklagerne"] == ["JUD"]
