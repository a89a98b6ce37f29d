"""A coordinated subject before a relative clause ("Egypten og Qatar, der mægler, opfordrer
..."), and mediators, who mediate between others, not with each other. Sentences written for
the test."""

from __future__ import annotations

from tests.conftest import events_of


def test_a_list_before_a_relative_clause_is_the_subject_and_not_its_own_recipient():
    text = "Egypten og Qatar, der mægler, opfordrer begge sider til at forhandle."
    requests = events_of(text, "REQUEST")
    assert sorted(e.actor.country for e in requests) == ["EGY", "QAT"]
    assert all(e.recipient is None for e in requests)


def test_an_apposition_after_a_comma_is_no_list():
    text = "Sydafrikas præsident, Cyril Ramaphosa, beder alle ledere i Zimbabwe om at gå i dialog."
    (request,) = events_of(text, "REQUEST")
    assert request.actor.country == "ZAF"


def test_mediators_mediate_between_the_parties_not_with_each_other():
    consults = events_of("Egypten og Qatar mægler mellem Israel og Hamas.", "CONSULT")
    assert {e.actor.country for e in consults} == {"EGY", "QAT"}
    assert not any({e.actor.country, e.recipient.country} == {"EGY", "QAT"} for e in consults)


def test_both_after_a_pair_that_acted_are_each_of_them():
    text = "Israel og Hamas beskylder hinanden for at bryde våbenhvilen. Begge afviser anklagerne."
    rejections = events_of(text, "REJECT")
    assert sorted((e.actor.country, e.recipient.country) for e in rejections) == [
        ("ISR", "PSE"),
        ("PSE", "ISR"),
    ]


def test_they_after_a_long_list_is_no_pair():
    text = "Canada, Frankrig, Spanien og Holland sender skibe. De vil deltage med flådeenheder."
    assert not any(
        e.actor.country in ("ESP", "NLD") and e.sentence == 1 for e in events_of(text, "MOBILIZE")
    )


def test_a_comma_before_og_closes_the_at_clause_and_the_main_subject_goes_on():
    text = (
        "EU's udenrigschef kræver, at myndighederne løslader de anholdte, "
        "og udtrykker dyb bekymring over volden."
    )
    (concern,) = events_of(text, "ACCUSE")
    assert "IGO" in concern.actor.sectors


def test_both_sides_named_by_a_noun_after_begge_are_the_pair():
    text = "Indien og Pakistan beskylder hinanden for angrebet. Begge lande afviser at stå bag."
    rejections = events_of(text, "REJECT")
    assert sorted(e.actor.country for e in rejections) == ["IND", "PAK"]
