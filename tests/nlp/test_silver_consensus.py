"""Several silver-tree teachers: keep what they agree on (pure data, no model needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kronist.train import silver
from kronist.train.corpora import Sentence

# "Politiet anholdt to mænd" as one teacher analyses it.
FIRST = Sentence(
    words=["Politiet", "anholdt", "to", "mænd"],
    spaces=[True, True, True, False],
    lemmas=["politi", "anholde", "to", "mand"],
    pos=["NOUN", "VERB", "NUM", "NOUN"],
    morphs=["Definite=Def|Gender=Neut|Number=Sing", "Tense=Past|VerbForm=Fin", "", "Number=Plur"],
    heads=[1, 1, 3, 1],
    deps=["nsubj", "ROOT", "nummod", "obj"],
    ner=["B-ORG", "O", "O", "O"],
)


def test_agreement_counts_words_with_the_same_head_and_relation():
    other = replace(FIRST, deps=["nsubj", "ROOT", "det", "obj"])
    assert silver.arc_agreement(FIRST, FIRST) == 1.0
    assert silver.arc_agreement(FIRST, other) == 0.75


def test_a_sentence_below_the_threshold_loses_its_silver_tree():
    other = replace(FIRST, heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "obj", "nmod"])
    kept, rest = silver.consensus([[FIRST, FIRST], [FIRST, other]], threshold=0.8)
    assert kept == [FIRST]
    assert rest == [1]


def test_words_the_teachers_tag_or_lemmatize_differently_are_left_blank():
    other = replace(
        FIRST, pos=["NOUN", "ADJ", "NUM", "NOUN"], lemmas=["politi", "anholdt", "to", "mænd"]
    )
    (kept,), rest = silver.consensus([[FIRST], [other]], threshold=0.8)
    assert rest == []
    assert kept.pos == ["NOUN", "", "NUM", "NOUN"]
    assert kept.morphs == [FIRST.morphs[0], "", "", "Number=Plur"]
    assert kept.lemmas == ["politi", "", "to", ""]
    assert kept.heads == FIRST.heads and kept.ner == FIRST.ner


def test_one_teacher_keeps_every_sentence_as_it_is():
    kept, rest = silver.consensus([[FIRST, FIRST]], threshold=0.8)
    assert kept == [FIRST, FIRST] and rest == []


def test_analyses_of_different_lengths_are_an_error():
    with pytest.raises(ValueError):
        silver.consensus([[FIRST], [FIRST, FIRST]], threshold=0.8)


def test_the_model_card_says_how_many_teachers_had_to_agree():
    from kronist.train.data import Options
    from kronist.train.model_card import _joint_held_out_text

    one = _joint_held_out_text(Options(silver="teacher"), "Norwegian Bokmål")
    two = _joint_held_out_text(Options(silver="teacher", teacher_seeds=(0, 2)), "Norwegian Bokmål")
    native = _joint_held_out_text(Options(), "Norwegian Bokmål")
    assert "from a trees-only teacher" in one and "agree" not in one
    assert "native annotation" in native and "teacher" not in native
    assert "from 2 trees-only teachers" in two and "seeds 0, 2" in two and "80%" in two
