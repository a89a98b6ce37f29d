"""Silver trees: a trained pipeline annotates sentences that have words and entities only."""

from __future__ import annotations

import pytest
import spacy

from kronist.nlp import has_trained_model, model_path
from kronist.train import corpora, silver

pytestmark = pytest.mark.skipif(not has_trained_model("da"), reason="no trained Danish model")

# Two sentences written for the test; the first has a full stop inside ("kl. 14") and the
# second a sentence-like break ("sagde han. Derefter") that the given boundaries must keep.
IOB2 = """\
# text = Demonstranterne samledes kl. 14 foran ambassaden i Bagdad.
1\tDemonstranterne\tO
2\tsamledes\tO
3\tkl.\tO
4\t14\tO
5\tforan\tO
6\tambassaden\tO
7\ti\tO
8\tBagdad\tB-LOC
9\t.\tO

# text = Politiet anholdt Lars Hansen, sagde han. Derefter gik alle hjem.
1\tPolitiet\tB-ORG
2\tanholdt\tO
3\tLars\tB-PER
4\tHansen\tI-PER
5\t,\tO
6\tsagde\tO
7\than\tO
8\t.\tO
9\tDerefter\tO
10\tgik\tO
11\talle\tO
12\thjem\tO
13\t.\tO
"""


@pytest.fixture(scope="module")
def teacher():
    return silver.prepare_teacher(spacy.load(model_path("da")))


@pytest.fixture
def sentences(tmp_path):
    path = tmp_path / "x.iob2"
    path.write_text(IOB2, encoding="utf-8")
    return corpora.read_iob2(path)


def test_teacher_has_no_entity_recognizer_and_fixes_lemmas(teacher):
    assert "ner" not in teacher.pipe_names
    assert "entity_ruler" not in teacher.pipe_names
    assert silver.LEMMA_FIXES in teacher.pipe_names


def test_silver_sentences_keep_words_and_entities_and_get_one_tree_each(teacher, sentences):
    annotated = silver.annotate(teacher, sentences)
    for before, after in zip(sentences, annotated, strict=True):
        assert after.words == before.words and after.ner == before.ner
        assert after.deps.count("ROOT") == 1
        assert all(0 <= head < len(after.words) for head in after.heads)
        assert all(after.pos) and len(after.morphs) == len(after.words)
    assert annotated[0].lemmas[0] == "demonstrant"
    assert annotated[1].pos[2:4] == ["PROPN", "PROPN"]


def test_silver_sentences_train_as_trees_with_entities(teacher, sentences):
    annotated = silver.annotate(teacher, sentences)
    doc = corpora.sentences_to_doc(teacher.vocab, annotated, trees=True, ner=True)
    assert len(list(doc.sents)) == 2
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Bagdad", "LOC"),
        ("Politiet", "ORG"),
        ("Lars Hansen", "PER"),
    ]
    assert doc[0].lemma_ == "demonstrant" and doc[0].pos_ == "NOUN"
