"""Channel patterns are tried only where their first word stands, with the same result."""

from __future__ import annotations

from kronist.quotes.lexicon import channel_patterns, channel_patterns_at


def first_match(patterns, words):
    return next((p for p in patterns if p.matches(words)), None)


def texts_of(pattern) -> list[str]:
    words = list(pattern.words)
    if pattern.prefix and words:
        words[-1] += "erne"
    return [*words, "sagde", "i", "går"]


def test_every_pattern_is_found_from_its_first_word_in_the_same_order():
    patterns = channel_patterns("da")
    assert patterns
    for pattern in patterns:
        for words in (texts_of(pattern), [w.upper() for w in texts_of(pattern)]):
            candidates = channel_patterns_at("da", words[0])
            assert first_match(candidates, words) == first_match(patterns, words), words


def test_ordinary_words_start_no_channel():
    for words in (["Politiet", "oplyser"], ["han", "sagde"], ["»", "Vi"]):
        assert first_match(channel_patterns_at("da", words[0]), words) is None
        assert first_match(channel_patterns("da"), words) is None


def test_the_end_of_a_text_starts_no_channel():
    assert first_match(channel_patterns_at("da", None), []) is None
