"""The actor-dictionary entity ruler filled from token ids kept in the user cache.

spaCy's `EntityRuler.add_patterns` runs each of the ~7,800 phrase patterns through the
tokenizer and keeps the Docs: about 0.3 s of every start-up (tokenizing, and making a vocabulary
entry for each new word), always with the same result while the patterns and the tokenizer stay
the same. The ruler matches token texts (ORTH) only, so all its phrase matcher needs of a pattern
is the sequence of its tokens' ORTH ids, which are hashes of the token texts, the same in every
process. `add_phrase_patterns` keeps those ids in the user cache (`kronist.datacache`, rebuilt
when the patterns, the tokenizer's rules (`tokenizer_fingerprint`: those of the pipeline at
hand, whichever model it was loaded from), spaCy or this code change) and gives them to the
ruler's phrase matcher in the order and under the keys `add_patterns` would, so the ruler
matches exactly as before. The ruler keeps each phrase pattern as its text (`PhraseText`),
which is what it reads of its pattern Docs (`patterns`, `labels`, `len`, serialization).

A ruler without the parts this fills (another spaCy version) is filled by `add_patterns`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer

from kronist.datacache import cached
from kronist.nlp import tokenizer as tokenizer_module
from kronist.nlp.tokenizer import BoundedTokenizer

_RULER_PARTS = ("phrase_matcher", "phrase_patterns", "matcher", "_ent_ids", "_create_label")


class PhraseText(str):
    """A phrase pattern kept by the ruler as its text, in place of its tokenized Doc."""

    @property
    def text(self) -> str:
        return str(self)


def add_phrase_patterns(ruler: EntityRuler, nlp: Language, patterns: list[dict]) -> None:
    """`ruler.add_patterns(patterns)` for phrase patterns (strings), without tokenizing them
    when their token ids are in the cache. The ruler must be empty and `nlp`'s tokenizer the
    one it will match the tokens of."""
    if (
        not all(hasattr(ruler, part) for part in _RULER_PARTS)
        or len(ruler)
        or any(not isinstance(entry["pattern"], str) for entry in patterns)
    ):
        ruler.add_patterns(patterns)
        return
    texts = [entry["pattern"] for entry in patterns]
    orths = token_ids(nlp, texts)
    for entry, text, ids in zip(patterns, texts, orths, strict=True):
        label = entry["label"]
        if entry.get("id"):  # as add_patterns: an empty id is no id
            ent_label = label
            label = ruler._create_label(label, entry["id"])
            key = ruler.matcher._normalize_key(label)
            ruler._ent_ids[key] = (ent_label, entry["id"])
        ruler.phrase_patterns[label].append(PhraseText(text))
        ruler.phrase_matcher.add(label, [ids])  # no tokens: the key alone, as add_patterns


def token_ids(nlp: Language, texts: list[str]) -> list[tuple[int, ...]]:
    """The ORTH ids of the tokens of each text as `nlp`'s tokenizer splits it, cached."""
    build = lambda: [tuple(token.orth for token in nlp.make_doc(text)) for text in texts]  # noqa: E731
    fingerprint = tokenizer_fingerprint(nlp)
    if fingerprint is None:
        return build()
    return cached(
        f"ruler-tokens-{nlp.lang}",
        build,
        [tokenizer_module.__file__, __file__],
        ("spacy",),
        content=[fingerprint, *texts],
        valid=lambda ids: _fits(ids, len(texts)),
    )


def tokenizer_fingerprint(nlp: Language) -> str | None:
    """What decides how `nlp`'s tokenizer splits a text: its special cases, its prefix, suffix
    and infix expressions, token and URL matches (about a millisecond to read). None for a
    tokenizer that is not spaCy's (its tokens are not kept)."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, BoundedTokenizer):
        tokenizer = tokenizer.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return None
    parts = [repr(sorted(tokenizer.rules.items())), repr(tokenizer.faster_heuristics)]
    for function in (
        tokenizer.prefix_search,
        tokenizer.suffix_search,
        tokenizer.infix_finditer,
        tokenizer.token_match,
        tokenizer.url_match,
    ):
        expression = getattr(getattr(function, "__self__", None), "pattern", None)
        parts.append(repr(expression if expression is not None else function))
    return "\n".join(parts)


def _fits(ids: object, count: int) -> bool:
    """A list of `count` tuples of ints: what a file read back must be to be used."""
    return (
        isinstance(ids, list)
        and len(ids) == count
        and all(type(one) is tuple and all(type(i) is int for i in one) for one in ids)
    )
