"""The entity ruler filled from cached token ids matches as one filled by spaCy's add_patterns."""

from __future__ import annotations

import os

import pytest
import spacy

from kronist.nlp import ruler as ruler_module
from kronist.nlp.ruler import PhraseText, add_phrase_patterns, token_ids
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


@pytest.fixture
def source(tmp_path, monkeypatch):
    """A stand-in for the tokenizer's files, to change."""
    path = tmp_path / "tokenizer"
    path.write_text("rules 1\n", encoding="utf-8")
    monkeypatch.setattr(ruler_module, "_tokenizer_sources", lambda lang: [path])
    return path


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
def test_the_ruler_matches_as_one_filled_by_add_patterns(cache, source, monkeypatch, cached):
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


def test_token_ids_are_built_once_then_read_from_the_cache(cache, source):
    texts = [p["pattern"] for p in PATTERNS]
    nlp = _nlp()
    counter = CountingTokenizer(nlp)
    first = token_ids(nlp, texts)
    assert counter.calls == len(texts)
    assert token_ids(nlp, texts) == first
    assert counter.calls == len(texts)
    assert first[0] == (nlp.vocab.strings["Mette"], nlp.vocab.strings["Frederiksen"])
    assert len(list(cache.glob("ruler-tokens-da-*.marshal"))) == 1


def test_new_patterns_are_tokenized_again(cache, source):
    nlp = _nlp()
    counter = CountingTokenizer(nlp)
    token_ids(nlp, ["FN", "NATO"])
    ids = token_ids(nlp, ["FN", "NATO", "Røde Kors"])
    assert counter.calls == 5
    assert ids[2] == tuple(token.orth for token in nlp.tokenizer("Røde Kors"))


def test_a_changed_tokenizer_file_rebuilds_the_ids(cache, source):
    nlp = _nlp()
    counter = CountingTokenizer(nlp)
    token_ids(nlp, ["Kbh.", "FN's"])
    source.write_text("rules 2\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    token_ids(nlp, ["Kbh.", "FN's"])
    assert counter.calls == 4
    assert len(list(cache.glob("ruler-tokens-da-*.marshal"))) == 1


def test_the_pipeline_tokenizer_files_are_sources():
    names = {path.name for path in ruler_module._tokenizer_sources("da")}
    assert {"tokenizer", "config.cfg", "tokenizer.py", "tokenizer_exceptions.tsv"} <= names


@pytest.mark.parametrize("damage", [b"\x00not marshal", b"", b"\xe9"])
def test_a_damaged_cache_file_is_rebuilt(cache, source, damage):
    texts = ["Mette Frederiksen", "FN's"]
    nlp = _nlp()
    good = token_ids(nlp, texts)
    (path,) = cache.glob("ruler-tokens-da-*.marshal")
    path.write_bytes(damage)
    counter = CountingTokenizer(nlp)
    assert token_ids(nlp, texts) == good
    assert counter.calls == len(texts)


def test_a_ruler_without_the_expected_parts_is_filled_by_add_patterns(cache, source):
    class OtherRuler:
        def __init__(self):
            self.added = []

        def add_patterns(self, patterns):
            self.added.extend(patterns)

    other = OtherRuler()
    add_phrase_patterns(other, _nlp(), PATTERNS)
    assert other.added == PATTERNS


def test_a_cache_file_of_the_wrong_shape_is_rebuilt(cache, source):
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
