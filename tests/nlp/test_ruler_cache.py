"""The entity ruler filled from cached token ids matches as one filled by spaCy's add_patterns."""

from __future__ import annotations

import pytest
import spacy
from spacy.symbols import ORTH
from spacy.tokens import Doc

from kronist.nlp.ruler import PhraseText, add_phrase_patterns, token_ids, tokenizer_fingerprint
from kronist.nlp.tokenizer import add_abbreviations, bound_tokenizer

PATTERNS = [
    {"label": "PER", "pattern": "Mette Frederiksen", "id": "Mette Frederiksen"},
    {"label": "PER", "pattern": "Mette Frederiksens", "id": "Mette Frederiksen"},
    {"label": "ORG", "pattern": "FN", "id": "FN"},
    {"label": "ORG", "pattern": "FN's", "id": "FN"},
    {"label": "ORG", "pattern": "Al-Qaeda", "id": "al-Qaeda"},
    {"label": "LOC", "pattern": "USA’s", "id": "USA"},
    {"label": "LOC", "pattern": "Georgia", "id": "GEO"},
    {"label": "ORG", "pattern": "Georgia", "id": "Georgia Tech"},  # same span, two keys
    {"label": "LOC", "pattern": "Sankt Petersborg", "id": ""},  # an empty id is no id
    {"label": "LOC", "pattern": "Kbh.", "id": "København"},
    {"label": "ORG", "pattern": "", "id": "tom"},  # no tokens: kept, never matched
]
TEXT = (
    "Mette Frederiksens regering og FN's udsending talte om Al-Qaeda, USA’s politik, "
    "Georgia og Sankt Petersborg i Kbh. i går."
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("KRONIST_CACHE", raising=False)
    return tmp_path / "cache"


def _nlp():
    nlp = spacy.blank("da")
    add_abbreviations(nlp)
    bound_tokenizer(nlp)
    return nlp


def _ruler(fill):
    nlp = _nlp()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    with nlp.select_pipes(enable=["entity_ruler"]):
        fill(ruler, nlp)
    return nlp, ruler


def _entities(nlp):
    return [(e.start, e.end, e.label_, e.ent_id_) for e in nlp(TEXT).ents]


class CountingTokenizer:
    """Counts the texts the ruler's token ids are built from."""

    def __init__(self, nlp):
        self.calls = 0
        self.make_doc = nlp.make_doc
        nlp.make_doc = self

    def __call__(self, text):
        self.calls += 1
        return self.make_doc(text)


@pytest.mark.parametrize("cached", [True, False])
def test_the_ruler_matches_as_one_filled_by_add_patterns(cache, monkeypatch, cached):
    if not cached:
        monkeypatch.setenv("KRONIST_CACHE", "off")
    expected_nlp, expected = _ruler(lambda ruler, nlp: ruler.add_patterns(PATTERNS))
    for _ in range(2):  # built, then read back from the cache
        nlp, ruler = _ruler(lambda ruler, nlp: add_phrase_patterns(ruler, nlp, PATTERNS))
        assert _entities(nlp) == _entities(expected_nlp)
        assert ruler.patterns == expected.patterns
        assert ruler.labels == expected.labels
        assert ruler.ent_ids == expected.ent_ids
        assert dict(ruler._ent_ids) == dict(expected._ent_ids)
        assert len(ruler) == len(expected) == len(PATTERNS)
        assert ruler.to_bytes() == expected.to_bytes()
    assert _entities(nlp) == [
        (0, 2, "PER", "Mette Frederiksen"),
        (4, 5, "ORG", "FN"),
        (8, 9, "ORG", "al-Qaeda"),
        (10, 13, "LOC", "USA"),
        (15, 16, "LOC", "GEO"),
        (17, 19, "LOC", ""),
        (20, 21, "LOC", "København"),
    ]
    assert all(isinstance(p, PhraseText) for docs in ruler.phrase_patterns.values() for p in docs)


def test_token_ids_are_built_once_then_read_from_the_cache(cache):
    texts = [p["pattern"] for p in PATTERNS]
    nlp = _nlp()
    counter = CountingTokenizer(nlp)
    first = token_ids(nlp, texts)
    assert counter.calls == len(texts)
    assert token_ids(nlp, texts) == first
    assert counter.calls == len(texts)
    assert first[0] == (nlp.vocab.strings["Mette"], nlp.vocab.strings["Frederiksen"])
    assert len(list(cache.glob("ruler-tokens-da-*.marshal"))) == 1


def test_new_patterns_are_tokenized_again(cache):
    nlp = _nlp()
    counter = CountingTokenizer(nlp)
    token_ids(nlp, ["FN", "NATO"])
    ids = token_ids(nlp, ["FN", "NATO", "Røde Kors"])
    assert counter.calls == 5
    assert ids[2] == tuple(token.orth for token in nlp.tokenizer("Røde Kors"))


def test_a_changed_tokenizer_rebuilds_the_ids(cache):
    texts = ["Kbh.", "FN's", "Sankt Petersborg"]
    nlp = _nlp()
    before = token_ids(nlp, texts)
    nlp.tokenizer.add_special_case("FN's", [{ORTH: "FN"}, {ORTH: "'s"}])
    counter = CountingTokenizer(nlp)
    after = token_ids(nlp, texts)
    assert counter.calls == len(texts)
    assert before[1] == (nlp.vocab.strings["FN's"],)
    assert after[1] == (nlp.vocab.strings["FN"], nlp.vocab.strings["'s"])
    assert len(list(cache.glob("ruler-tokens-da-*.marshal"))) == 1


def test_the_fingerprint_follows_the_tokenizers_rules():
    nlp, other = _nlp(), _nlp()
    assert tokenizer_fingerprint(nlp) == tokenizer_fingerprint(other)
    other.tokenizer.add_special_case("pga.x", [{ORTH: "pga."}, {ORTH: "x"}])
    assert tokenizer_fingerprint(nlp) != tokenizer_fingerprint(other)
    prefixes = [*other.Defaults.prefixes, "§§"]
    other.tokenizer.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    changed = tokenizer_fingerprint(other)
    other.tokenizer.add_special_case("pga.x", [{ORTH: "pga."}, {ORTH: "x"}])
    assert tokenizer_fingerprint(other) == changed  # the same rule again
    assert "§§" in changed


def test_a_tokenizer_not_of_spacy_is_not_cached(cache):
    nlp = _nlp()
    nlp.tokenizer = WhitespaceTokenizer(nlp.vocab)
    assert tokenizer_fingerprint(nlp) is None
    assert token_ids(nlp, ["FN's udsending"]) == (
        [(nlp.vocab.strings["FN's"], nlp.vocab.strings["udsending"])]
    )
    assert not cache.exists()


class WhitespaceTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text):
        return Doc(self.vocab, words=text.split())


@pytest.mark.parametrize("damage", [b"\x00not marshal", b"", b"\xe9"])
def test_a_damaged_cache_file_is_rebuilt(cache, damage):
    texts = ["Mette Frederiksen", "FN's"]
    nlp = _nlp()
    good = token_ids(nlp, texts)
    (path,) = cache.glob("ruler-tokens-da-*.marshal")
    path.write_bytes(damage)
    counter = CountingTokenizer(nlp)
    assert token_ids(nlp, texts) == good
    assert counter.calls == len(texts)


def test_a_ruler_without_the_expected_parts_is_filled_by_add_patterns(cache):
    class OtherRuler:
        def __init__(self):
            self.added = []

        def add_patterns(self, patterns):
            self.added.extend(patterns)

    other = OtherRuler()
    add_phrase_patterns(other, _nlp(), PATTERNS)
    assert other.added == PATTERNS


def test_a_cache_file_of_the_wrong_shape_is_rebuilt(cache):
    import marshal

    texts = ["Mette Frederiksen", "FN's", "NATO"]
    nlp = _nlp()
    good = token_ids(nlp, texts)
    (path,) = cache.glob("ruler-tokens-da-*.marshal")
    for wrong in ([(1, 2)], [(1,), (2,), ("NATO",)], {"NATO": 1}, good[:2] + [[3]]):
        path.write_bytes(marshal.dumps(wrong))
        counter = CountingTokenizer(nlp)
        assert token_ids(nlp, texts) == good
        assert counter.calls == len(texts)
        nlp.make_doc = counter.make_doc
    assert token_ids(nlp, texts) == good  # and the file is good again
    assert marshal.loads(path.read_bytes()) == good
