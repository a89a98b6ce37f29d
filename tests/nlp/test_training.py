"""A quick training run from the shared corpora builds a loadable pipeline."""

from __future__ import annotations

import pytest
import spacy

from kronist.train import data, train


@pytest.mark.slow
def test_quick_training_builds_a_loadable_model(tmp_path):
    if not (data.data_dir() / "ud-danish-ddt").is_dir():
        pytest.skip(f"no training data in {data.data_dir()}")
    output = tmp_path / "da"
    scores = train("da", quick=True, output=output)
    nlp = spacy.load(output)
    assert {"morphologizer", "parser", "trainable_lemmatizer", "ner"} <= set(nlp.pipe_names)
    card = (output / "MODEL.md").read_text(encoding="utf-8")
    assert "silver UD tags, trees and lemmas" in card and "NorNE" in card
    doc = nlp("Politiet i København anholdt to mænd.")
    assert len(doc) == 7
    assert 0 < scores["ner_f"] <= 1 and 0 < scores["las"] <= 1


def test_train_refuses_other_languages():
    with pytest.raises(ValueError):
        train("xx", quick=True)
