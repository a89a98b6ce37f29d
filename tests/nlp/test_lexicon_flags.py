"""The lexicon flags that the tok2vec reads as features, on words chosen for the test."""

from __future__ import annotations

import spacy

from kronist.nlp import features


def test_flags_mark_words_names_and_places():
    nlp = spacy.blank("da")
    features.make_lexicon_flags("da")(nlp)
    doc = nlp("Mette Hansen rejste fra Aarhus til Bagdad med bussen")
    known = [t.text for t in doc if t.check_flag(features.KNOWN_WORD)]
    places = [t.text for t in doc if t.check_flag(features.PLACE_NAME)]
    people = [t.text for t in doc if t.check_flag(features.PERSON_NAME)]
    assert {"rejste", "fra", "til", "med", "bussen"} <= set(known)
    assert "Hansen" not in known
    assert {"Aarhus", "Bagdad"} <= set(places)
    assert {"Mette", "Hansen"} <= set(people)
    assert not {"rejste", "bussen", "Bagdad"} & set(people)


def test_person_names_are_latin_script_and_capitalised():
    names = features.person_names()
    assert len(names) > 5000
    assert all(name[:1].isupper() for name in names)
    assert not any("\u0400" <= char <= "\u06ff" for name in names for char in name)


def test_lemma_prefix_gives_all_inflections_of_a_known_word_one_prefix():
    nlp = spacy.blank("da")
    before = nlp.vocab["angrebene"]  # a lexeme made before the option applies gets updated too
    features.make_lexicon_flags("da", lemma_prefix=True)(nlp)
    doc = nlp("Angrebet og angrebene ramte Zxqwland")
    assert before.prefix_ == doc[2].prefix_ == "=angreb"
    assert doc[0].prefix_ == "=angribe"
    assert doc[4].prefix_ == "Z"  # unknown word: its first letter, spaCy's default


def test_prefix_is_the_first_letter_without_the_option():
    nlp = spacy.blank("da")
    features.make_lexicon_flags("da")(nlp)
    assert [t.prefix_ for t in nlp("angrebene ramte")] == ["a", "r"]
