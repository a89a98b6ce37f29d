"""WordSet answers by looking a word's stems up: the same answers as trying every word in turn."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kronist.events.lexicon import (
    MIN_COMPOUND_HEAD,
    NOUN_ENDINGS,
    WordSet,
    match_keys,
    word_class,
)
from kronist.lang import read_tsv

VOWELS = "aeiouyæøå"


def stems(form: str) -> list[str]:
    """The form without each ending it ends in; before a vowel ending, a doubled final
    consonant counts once too ("kritikk-en" is "kritik")."""
    found = []
    for ending in NOUN_ENDINGS:
        if not form.endswith(ending):
            continue
        stem = form[: len(form) - len(ending)] if ending else form
        found.append(stem)
        doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS
        if ending and ending[0] in VOWELS and doubled:
            found.append(stem[:-1])
    return found


def inflects(form: str, word: str) -> bool:
    return any(stem == word for stem in stems(form))


def ends_with_inflected(form: str, word: str) -> bool:
    """The definition, word by word: the form is the word inflected, or a compound ending in it
    (a head of MIN_COMPOUND_HEAD letters or more) inflected."""
    if form == word or inflects(form, word):
        return True
    if len(word) < MIN_COMPOUND_HEAD:
        return False
    return any(stem.endswith(word) and len(stem) > len(word) for stem in stems(form))


def reference_head(words: WordSet, form: str) -> bool:
    if any(ends_with_inflected(form, word) for word in words.words):
        return True
    return any(p in form for p in words.prefixes if len(p) >= MIN_COMPOUND_HEAD)


def reference_matches(words: WordSet, form: str, lemma: str = "") -> bool:
    if form in words.words or lemma in words.words:
        return True
    if any(form.startswith(p) or lemma.startswith(p) for p in words.prefixes):
        return True
    return any(inflects(form, word) for word in words.words)


LETTERS = "aenrstdlgæøå"
word = st.text(LETTERS, min_size=1, max_size=9)
ending = st.sampled_from(NOUN_ENDINGS)


@st.composite
def word_sets_and_forms(draw):
    words = draw(st.frozensets(word, min_size=1, max_size=12))
    prefixes = tuple(draw(st.lists(word, max_size=3)))
    forms = draw(
        st.lists(
            st.one_of(
                word,
                st.builds(lambda w, e: w + e, st.sampled_from(sorted(words)), ending),
                st.builds(
                    lambda head, w, e: head + w + e, word, st.sampled_from(sorted(words)), ending
                ),
            ),
            min_size=1,
            max_size=20,
        )
    )
    return WordSet(words, prefixes), forms


@settings(max_examples=300, deadline=None)
@given(word_sets_and_forms())
def test_stem_lookup_answers_as_the_definition(case):
    words, forms = case
    for form in forms:
        assert words.matches_head(form) == reference_head(words, form), form
        assert words.matches(form) == reference_matches(words, form), form
        lemmas = frozenset({form, *forms[:2]})  # a token's lemma candidates include its form
        expected = any(reference_matches(words, form, lemma) for lemma in lemmas)
        assert words.matches_token(form, lemmas) == (expected or reference_head(words, form))


FORMS = [
    "trafikulykke",
    "trafikulykken",
    "ulykkerne",
    "togulykkernes",
    "demonstranterne",
    "politiets",
    "soldater",
    "oprørsgruppen",
    "angrebet",
    "droneangrebene",
    "bilbomben",
    "mødtes",
    "mødes",
    "sagde",
    "siger",
    "brand",
    "brandene",
    "ministeriet",
    "ministre",
    "kampfly",
    "kampflyene",
    "at",
    "en",
    "et",
    "den",
    "det",
    "på",
    "i",
    "til",
    "fra",
]


def test_the_danish_word_classes_answer_as_the_definition():
    names = [row[0] for row in read_tsv("da", "event_wordclasses.tsv") if len(row) > 1]
    assert names
    for name in names:
        words = word_class("da", name)
        for form in (*FORMS, *sorted(words.words)[:50]):
            assert words.matches_head(form) == reference_head(words, form), (name, form)
            assert words.matches(form) == reference_matches(words, form), (name, form)


@settings(max_examples=300, deadline=None)
@given(word_sets_and_forms())
def test_a_word_set_that_matches_a_word_may_match_its_keys(case):
    words, forms = case
    for form in forms:
        lemmas = frozenset({form, *forms[:2]})
        if words.matches_token(form, lemmas):
            assert words.may_match(match_keys(form, lemmas)), form
    unprefixed = WordSet(words.words)
    keys = set().union(*(match_keys(form, frozenset({form})) for form in forms))
    if not unprefixed.may_match(keys):  # then no form of them can match
        assert not any(unprefixed.matches_token(form, frozenset({form})) for form in forms)


def test_a_doubled_final_consonant_before_a_vowel_ending_is_the_word():
    words = WordSet(frozenset({"kritik", "ll"}))
    for form in ("kritikken", "llle"):
        assert words.matches_head(form) == reference_head(words, form), form
    assert words.matches_head("kritikken")
