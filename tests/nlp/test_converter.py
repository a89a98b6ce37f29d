"""The learned converter of native DDT tags (train/converter.py), on invented sentences."""

from __future__ import annotations

from kronist.train import converter, corpora, data


# Aligned native sentences (columns as in ddt-native-cdt/: XPOS = PAROLE tag, FEATS = native
# features, HEAD/DEPREL = the native tree).
def native_sentence(sent_id: str, pronoun: str) -> str:
    return f"""\
# sent_id = {sent_id}
# text = {pronoun} sang smukt.
1\t{pronoun}\t{pronoun.lower()}\t_\tPP3CSNU-NU\t_\t2\tsubj\t_\tNE=O
2\tsang\tsynge\t_\tVADT=----A-\t_\t0\tROOT\t_\tNE=O
3\tsmukt\tsmuk\t_\tANPNSU=IU\t_\t2\tmod\t_\tNE=O
4\t.\t.\t_\tXP\t_\t2\tpnct\t_\tNE=O
"""


NATIVE_DEV = native_sentence("dev-0", "Hun")

GOLD_DEV = """\
# sent_id = dev-0
# text = Hun sang smukt.
1\tHun\thun\tPRON\t_\tCase=Nom\t2\tnsubj\t_\t_
2\tsang\tsynge\tVERB\t_\tTense=Past\t0\troot\t_\t_
3\tsmukt\tsmuk\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""

NATIVE_TRAIN = native_sentence("train-v2-0", "Han")

# The heuristic conversion's silver trees: `smukt` as an adjective; the second sentence has no
# aligned native sentence.
SILVER = """\
# sent_id = train-v2-0
# text = Han sang smukt.
1\tHan\than\tPRON\tPP3CSNU-NU\tCase=Nom\t2\tnsubj\t_\tNE=O
2\tsang\tsynge\tVERB\tVADT=----A-\tTense=Past\t0\troot\t_\tNE=O
3\tsmukt\tsmuk\tADJ\tANPNSU=IU\tDegree=Pos\t2\tadvmod\t_\tNE=O|SpaceAfter=No
4\t.\t.\tPUNCT\tXP\t_\t2\tpunct\t_\tNE=O

# sent_id = train-v2-1
# text = Hun smilede.
1\tHun\thun\tPRON\tPP\t_\t2\tnsubj\t_\tNE=O
2\tsmilede\tsmile\tADJ\tV\t_\t0\troot\t_\tNE=O|SpaceAfter=No
3\t.\t.\tPUNCT\tXP\t_\t2\tpunct\t_\tNE=O
"""


def _root(tmp_path):
    (tmp_path / "ddt-native-cdt").mkdir()
    (tmp_path / "ud-danish-ddt").mkdir()
    (tmp_path / converter.ALIGNED.format(split="dev")).write_text(NATIVE_DEV, encoding="utf-8")
    (tmp_path / converter.ALIGNED.format(split="test")).write_text("", encoding="utf-8")
    (tmp_path / converter.ALIGNED.format(split="train")).write_text(NATIVE_TRAIN, encoding="utf-8")
    (tmp_path / data.NATIVE_SILVER).write_text(SILVER, encoding="utf-8")
    (tmp_path / data.DDT.format(split="dev")).write_text(GOLD_DEV, encoding="utf-8")
    return tmp_path


def test_the_learned_converter_retags_aligned_silver_trees_only(tmp_path):
    root = _root(tmp_path)
    gold = corpora.read_conllu(root / data.DDT.format(split="dev"))
    silver = corpora.read_conllu(root / data.NATIVE_SILVER)
    aligned, unaligned = converter.retag(silver, root, gold)
    assert aligned.pos == ["PRON", "VERB", "ADV", "PUNCT"]
    assert aligned.morphs == ["Case=Nom", "Tense=Past", "", ""]
    assert aligned.heads == silver[0].heads and aligned.deps == silver[0].deps
    assert unaligned == silver[1]


def test_the_converter_is_deterministic(tmp_path):
    root = _root(tmp_path)
    gold = corpora.read_conllu(root / data.DDT.format(split="dev"))
    native = converter.read_native(root / converter.ALIGNED.format(split="train"))["train-v2-0"]
    first = list(converter.train_converter(root, gold).tag(native))
    assert first == list(converter.train_converter(root, gold).tag(native))


def test_the_model_card_names_the_learned_converter():
    from kronist.train.model_card import held_out_text

    assert "train/converter.py" in held_out_text(data.Options(silver_tags="learned"))
    assert "converter" not in held_out_text(data.Options())
