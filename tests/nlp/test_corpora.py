"""Conversion of CoNLL-U and IOB2 text (written for the test) into spaCy Docs."""

from __future__ import annotations

import spacy

from kronist.train import corpora

CONLLU = """\
# text = Hun kom, og han gik.
1\tHun\thun\tPRON\t_\tCase=Nom\t2\tnsubj\t_\t_
2\tkom\tkomme\tVERB\t_\tTense=Past\t0\troot\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\t_\t_\t6\tpunct\t_\t_
4\tog\tog\tCCONJ\t_\t_\t6\tcc\t_\t_
5\than\than\tPRON\t_\t_\t6\tnsubj\t_\t_
6\tgik\tgå\tVERB\t_\t_\t2\tconj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""

IOB2 = """\
# text = Lars Hansen bor i Aarhus.
1\tLars\tB-PER\tB-PER\t_
2\tHansen\tI-PER\tI-PER\t_
3\tbor\tO\tO\t_
4\ti\tO\tO\t_
5\tAarhus\tB-LOC\tB-LOC\t_
6\t.\tO\tO\t_
"""


def test_conllu_to_doc(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU + "\n" + CONLLU, encoding="utf-8")
    sentences = corpora.read_conllu(path)
    doc = corpora.sentences_to_doc(spacy.blank("da").vocab, sentences, trees=True, ner=False)
    assert doc.text == "Hun kom, og han gik. Hun kom, og han gik. "
    assert [t.lemma_ for t in doc][:2] == ["hun", "komme"]
    assert doc[0].head.text == "kom" and doc[0].dep_ == "nsubj"
    assert doc[7].head.i == 8 and doc[8].dep_ == "ROOT"
    assert len(list(doc.sents)) == 2


def test_iob2_to_doc_recovers_spaces_and_spans(tmp_path):
    path = tmp_path / "x.iob2"
    path.write_text(IOB2, encoding="utf-8")
    doc = corpora.sentences_to_doc(
        spacy.blank("da").vocab, corpora.read_iob2(path), trees=False, ner=True
    )
    assert doc.text == "Lars Hansen bor i Aarhus. "
    assert [(e.label_, e.text) for e in doc.ents] == [("PER", "Lars Hansen"), ("LOC", "Aarhus")]


def test_foreign_lemmas_are_removed(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    sentences = corpora.without_lemmas(corpora.read_conllu(path))
    doc = corpora.sentences_to_doc(spacy.blank("da").vocab, sentences, trees=True, ner=False)
    assert all(t.lemma == 0 for t in doc)


MERGE_CONLLU = """\
# text = Lars Hansen bor i Aarhus.
1\tLars\tLars\tPROPN\t_\t_\t3\tnsubj\t_\t_
2\tHansen\tHansen\tPROPN\t_\t_\t1\tflat\t_\t_
3\tbor\tbo\tVERB\t_\t_\t0\troot\t_\t_
4\ti\ti\tADP\t_\t_\t5\tcase\t_\t_
5\tAarhus\tAarhus\tPROPN\t_\t_\t3\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
"""


def test_trees_and_entities_of_the_same_sentence_merge_into_one_doc(tmp_path):
    from kronist.train.data import with_entities

    (tmp_path / "x.conllu").write_text(MERGE_CONLLU, encoding="utf-8")
    (tmp_path / "x.iob2").write_text(IOB2, encoding="utf-8")
    trees = corpora.read_conllu(tmp_path / "x.conllu")
    merged = with_entities(trees, corpora.read_iob2(tmp_path / "x.iob2"))
    doc = corpora.sentences_to_doc(spacy.blank("da").vocab, merged, trees=True, ner=True)
    assert [(e.label_, e.text) for e in doc.ents] == [("PER", "Lars Hansen"), ("LOC", "Aarhus")]
    assert doc[2].dep_ == "ROOT" and doc[0].head.text == "bor"
    assert not trees[0].ner  # the trees themselves are left as they were


def test_merging_refuses_different_sentences(tmp_path):
    import pytest

    from kronist.train.data import with_entities

    (tmp_path / "x.conllu").write_text(CONLLU, encoding="utf-8")
    (tmp_path / "x.iob2").write_text(IOB2, encoding="utf-8")
    with pytest.raises(ValueError, match="differ"):
        with_entities(
            corpora.read_conllu(tmp_path / "x.conllu"), corpora.read_iob2(tmp_path / "x.iob2")
        )


def test_sentence_text_is_the_sentence_as_written(tmp_path):
    (tmp_path / "x.conllu").write_text(CONLLU, encoding="utf-8")
    (tmp_path / "x.iob2").write_text(IOB2, encoding="utf-8")
    assert corpora.sentence_text(corpora.read_conllu(tmp_path / "x.conllu")[0]) == (
        "Hun kom, og han gik."
    )
    assert corpora.sentence_text(corpora.read_iob2(tmp_path / "x.iob2")[0]) == (
        "Lars Hansen bor i Aarhus."
    )
