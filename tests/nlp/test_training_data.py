"""The extra training data: native-DDT silver trees and Norwegian NER (files written here)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kronist.train import corpora, data

# Silver trees as the native-DDT conversion writes them (MISC keeps the native analysis); the
# third sentence has two roots and must be left out.
SILVER = """\
# sent_id = train-v2-0
# text = Politiet anholdt to mænd.
1\tPolitiet\tpoliti\tNOUN\tNCNSU==D\tDefinite=Def\t2\tnsubj\t_\tNE=B-ORG|NativeDeprel=subj
2\tanholdt\tanholde\tVERB\tVADR=----A-\tTense=Past\t0\troot\t_\tNE=O
3\tto\tto\tNUM\tAC\t_\t4\tnummod\t_\tNE=O
4\tmænd\tmand\tNOUN\tNCCPU==I\tNumber=Plur\t2\tobj\t_\tNE=O|SpaceAfter=No
5\t.\t.\tPUNCT\tXP\t_\t2\tpunct\t_\tNE=O

# sent_id = train-v2-2
# text = Hun smilede.
1\tHun\thun\tPRON\tPP\t_\t2\tnsubj\t_\tNE=O
2\tsmilede\tsmile\tVERB\tV\t_\t0\troot\t_\tNE=O|SpaceAfter=No
3\t.\t.\tPUNCT\tXP\t_\t1\troot\t_\tNE=O
"""

UNER = """\
# sent_id = train-v2-0
# text = Politiet anholdt to mænd.
1\tPolitiet\tB-ORG\tB-ORG\t_
2\tanholdt\tO\tO\t_
3\tto\tO\tO\t_
4\tmænd\tO\tO\t_
5\t.\tO\tO\t_

# sent_id = train-v2-1
# text = Mette Hansen bor i Vejle.
1\tMette\tB-PER\tB-PER\t_
2\tHansen\tI-PER\tI-PER\t_
3\tbor\tO\tO\t_
4\ti\tO\tO\t_
5\tVejle\tB-LOC\tB-LOC\t_
6\t.\tO\tO\t_

# sent_id = train-v2-2
# text = Hun smilede.
1\tHun\tO\tO\t_
2\tsmilede\tO\tO\t_
3\t.\tO\tO\t_
"""

NORNE = """\
# sent_id = nob-1
# ud_split = train
# text = Ola Nordmann flyttet til Bergen . |
1\tOla\tB-PER\tB-PER
2\tNordmann\tI-PER\tI-PER
3\tflyttet\tO\tO
4\ttil\tO\tO
5\tBergen\tB-LOC\tB-GPE_LOC
6\t.\tO\tO
7\t|\tO\tO

# sent_id = nob-2
# ud_split = dev
# text = Stortinget vedtok loven .
1\tStortinget\tB-ORG\tB-ORG
2\tvedtok\tO\tO
3\tloven\tO\tO
4\t.\tO\tO

# sent_id = nob-3
# ud_split = train
# text = |
1\t|\tO\tO
"""


def _shared_data(tmp_path):
    (tmp_path / "ddt-native-cdt").mkdir()
    (tmp_path / data.NATIVE_SILVER).write_text(SILVER, encoding="utf-8")
    (tmp_path / "uner-danish-ddt").mkdir()
    (tmp_path / data.UNER.format(split="train")).write_text(UNER, encoding="utf-8")
    (tmp_path / "norne-nob-ner").mkdir()
    (tmp_path / data.NORNE).write_text(NORNE, encoding="utf-8")
    return tmp_path


def test_uner_sentences_with_a_well_formed_silver_tree_carry_it_with_their_entities(tmp_path):
    root = _shared_data(tmp_path)
    uner = corpora.read_iob2(root / data.UNER.format(split="train"))
    with_trees, rest = data.native_silver_trees(root, uner)
    assert [s.words for s in with_trees] == [["Politiet", "anholdt", "to", "mænd", "."]]
    (tree,) = with_trees
    assert tree.ner == ["B-ORG", "O", "O", "O", "O"]
    assert tree.heads == [1, 1, 3, 1, 1] and tree.deps[1] == "ROOT"
    assert tree.lemmas[3] == "mand" and tree.pos[0] == "NOUN"
    assert tree.spaces == [True, True, True, False, True]
    assert [s.words[0] for s in rest] == ["Mette", "Hun"]  # no tree; a broken tree


def test_norwegian_ner_keeps_train_sentences_without_paragraph_marks(tmp_path):
    root = _shared_data(tmp_path)
    (sent,) = data.norwegian_ner(root, data.Options())
    assert sent.words == ["Ola", "Nordmann", "flyttet", "til", "Bergen", "."]
    assert sent.ner == ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert data.norwegian_ner(root, data.Options(norwegian_ner=0)) == []


def test_the_joint_corpus_takes_silver_trees_and_norwegian_entities(tmp_path):
    root = _shared_data(tmp_path)
    options = data.Options(mode="tune", foreign_trees=())
    (tmp_path / "ud-danish-ddt").mkdir()
    (tmp_path / data.DDT.format(split="dev")).write_text(SILVER.split("\n\n")[0] + "\n")
    parts = data.joint_parts(root, options)
    silver, no_tree, norwegian = parts[:3]
    assert (len(silver[0]), silver[1:]) == (1, (True, True))
    assert (len(no_tree[0]), no_tree[1:]) == (2, (False, True))
    assert (norwegian[0][0].words[0], norwegian[1:]) == ("Ola", (False, True))


def test_comment_lines_are_kept_by_key(tmp_path):
    path = tmp_path / "x.iob2"
    path.write_text(NORNE, encoding="utf-8")
    first = corpora.read_iob2(path)[0]
    assert first.comments == {
        "sent_id": "nob-1",
        "ud_split": "train",
        "text": "Ola Nordmann flyttet til Bergen . |",
    }
    assert first.text == "Ola Nordmann flyttet til Bergen . |"


def test_a_tree_needs_one_root_and_no_cycle(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(SILVER, encoding="utf-8")
    good, two_roots = corpora.read_conllu(path)
    assert corpora.is_tree(good) and not corpora.is_tree(two_roots)
    cycle = replace(good, heads=[1, 1, 3, 2, 1], deps=["nsubj", "ROOT", "nummod", "obj", "punct"])
    assert not corpora.is_tree(cycle)


def test_pretraining_text_can_add_the_raw_danish_text(tmp_path):
    root = _shared_data(tmp_path)
    (tmp_path / "raw-danish-text").mkdir()
    europarl, help_text = (tmp_path / name for name in data.RAW_DANISH)
    europarl.write_text("Det må ikke fortsætte.\n\nJeg tror det.\n", encoding="utf-8")
    help_text.write_text("".join(f"Linje {i}.\n" for i in range(7)), encoding="utf-8")
    texts = data.raw_danish_texts(root, None)
    assert texts[0] == "Det må ikke fortsætte. Jeg tror det."
    assert texts[1:] == ["Linje 0. Linje 1. Linje 2. Linje 3. Linje 4.", "Linje 5. Linje 6."]
    (tmp_path / "ud-danish-ddt").mkdir()
    (tmp_path / data.DDT.format(split="dev")).write_text(SILVER.split("\n\n")[0] + "\n")
    options = data.Options(mode="tune", foreign_trees=(), pretrain_epochs=1)
    data.write_raw_text(tmp_path / "plain.jsonl", root, options, None)
    with_raw = replace(options, pretrain_raw_danish=True)
    data.write_raw_text(tmp_path / "raw.jsonl", root, with_raw, None)
    plain = (tmp_path / "plain.jsonl").read_text(encoding="utf-8").splitlines()
    raw = (tmp_path / "raw.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(raw) == len(plain) + 3 and set(plain) < set(raw)


@pytest.mark.parametrize("mode", ["tune", "final"])
def test_ner_weight_repeats_the_danish_ner_sentences_with_entities_only(tmp_path, mode):
    root = _shared_data(tmp_path)
    (tmp_path / "ud-danish-ddt").mkdir()
    first_tree = SILVER.split("\n\n")[0] + "\n"
    (tmp_path / data.DDT.format(split="dev")).write_text(first_tree, encoding="utf-8")
    (tmp_path / data.DDT.format(split="test")).write_text(first_tree * 2, encoding="utf-8")
    first_ner = UNER.split("\n\n")[0] + "\n"
    (tmp_path / data.UNER.format(split="dev")).write_text(first_ner, encoding="utf-8")
    options = data.Options(mode=mode, foreign_trees=())
    once = data.joint_parts(root, options)
    assert once == data.joint_parts(root, replace(options, ner_weight=1))
    twice = data.joint_parts(root, replace(options, ner_weight=2))
    assert twice[:-1] == once  # the corpus of ner_weight 1, then the copies
    extra, trees, ner = twice[-1]
    assert (trees, ner) == (False, True)
    # UNER train (with and without a silver tree); in "final" mode the DDT dev trees too, as
    # they carry their UNER dev entities
    danish = once[:2] + (once[3:4] if mode == "final" else [])
    words = [sent.words for sentences, _, _ in danish for sent in sentences]
    assert [sent.words for sent in extra] == words and len(words) == (4 if mode == "final" else 3)
    thrice = data.joint_parts(root, replace(options, ner_weight=3))
    assert [sent.words for sent in thrice[-1][0]] == words * 2
