"""The shipped pipeline: loads from package data, has the components, labels entities."""

from __future__ import annotations

import pytest

from kronist.nlp import has_trained_model, load_pipeline, parse, pipeline_name

trained = pytest.mark.skipif(not has_trained_model("da"), reason="no trained Danish model")


def test_load_pipeline_is_cached():
    assert load_pipeline("da") is load_pipeline("da")


@trained
def test_shipped_pipeline_components():
    nlp = load_pipeline("da")
    for name in ("tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("kronist_sentence_hints") < nlp.pipe_names.index("parser")
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert pipeline_name(nlp).startswith("da_kronist")


@trained
def test_entities_in_a_written_sentence():
    doc = parse(
        "Statsminister Mette Frederiksen mødte onsdag formanden for FN i København, "
        "hvor de talte om krigen i Ukraine."
    )
    found = {(ent.label_, ent.text) for ent in doc.ents}
    assert ("PER", "Mette Frederiksen") in found
    assert ("LOC", "København") in found
    assert ("LOC", "Ukraine") in found
    assert any(label == "ORG" for label, _ in found)


@trained
def test_tags_and_tree():
    doc = parse("Politiet anholdt to mænd i aftes.")
    assert [t.pos_ for t in doc][:3] == ["NOUN", "VERB", "NUM"]
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "anholdt"
    assert any(t.dep_ == "nsubj" and t.text == "Politiet" for t in doc)


def test_offsets_follow_the_text():
    text = "Overskrift\n\nBrødtekst med »citat« her."
    doc = parse(text)
    assert doc.text == text


def test_an_analysed_doc_is_not_kept_alive(monkeypatch):
    """The stages keep values per Doc while it lives (kronist.nlp.docs): none of them may hold
    the Doc itself, or every analysed article would stay in memory for good."""
    import gc
    import weakref

    import kronist.pipeline

    kronist.pipeline.analyze("Politiet anholdt tirsdag tre mænd i Aarhus, oplyser politiet.")
    # (the first analysis loads the pipeline, and what is alive after it is frozen for good)
    parsed = []
    parse_doc = kronist.pipeline._parse

    def remembered(*args):
        doc = parse_doc(*args)
        parsed.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(kronist.pipeline, "_parse", remembered)
    text = (
        "Iran angreb i nat en amerikansk base i Irak\n\n"
        "Iran affyrede tirsdag missiler mod Ain al-Asad-basen i Irak, siger Pentagon. "
        "»Angrebet er uacceptabelt,« siger forsvarsministeren i Washington."
    )
    analysis = kronist.pipeline.analyze(text, published="2024-01-09")
    assert analysis.sentences and parsed
    gc.collect()
    assert parsed[0]() is None
