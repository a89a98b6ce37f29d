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


@pytest.mark.parametrize(("seed", "expected"), [(0, {}), (1, {"system.seed": 1})])
def test_the_seed_option_reaches_the_joint_training(monkeypatch, tmp_path, seed, expected):
    from kronist.train import run

    (tmp_path / "data").mkdir()
    seen = {}

    def train_joint(split, workdir, *, quick, overrides):
        seen.update(overrides)
        return workdir / "joint" / "model-last"

    monkeypatch.setattr(run.data, "prepare", lambda *args, **kwargs: None)
    monkeypatch.setattr(run, "train_joint", train_joint)
    monkeypatch.setattr(run, "build", lambda *args: {})
    train("da", output=tmp_path / "da", shared=tmp_path, options=data.Options(seed=seed))
    assert seen == expected  # seed 0: joint.cfg's own seed, the command line as before
