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
