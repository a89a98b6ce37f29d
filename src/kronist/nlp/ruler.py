"""The actor-dictionary entity ruler filled from token ids kept in the user cache.

spaCy's `EntityRuler.add_patterns` runs each of the ~7,800 phrase patterns through the
tokenizer and keeps the Docs: about 0.3 s of every start-up (tokenizing, and making a vocabulary
entry for each new word), always with the same result while the patterns and the tokenizer stay
the same. The ruler matches token texts (ORTH) only, so all its phrase matcher needs of a pattern
is the sequence of its tokens' ORTH ids, which are hashes of the token texts, the same in every
process. `add_phrase_patterns` keeps those ids in the user cache (`kronist.datacache`, rebuilt
when the patterns, the model's tokenizer, the tokenizer exceptions or this code change) and gives
them to the ruler's phrase matcher in the order and under the keys `add_patterns` would, so the
ruler matches exactly as before. The ruler keeps each phrase pattern as its text (`PhraseText`),
which is what it reads of its pattern Docs (`patterns`, `labels`, `len`, serialization).

A ruler without the parts this fills (another spaCy version) is filled by `add_patterns`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler

from kronist.datacache import cached

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
    return cached(
        f"ruler-tokens-{nlp.lang}",
        build,
        _tokenizer_sources(nlp.lang),
        ("spacy",),
        content=texts,
        valid=lambda ids: _fits(ids, len(texts)),
    )


def _fits(ids: object, count: int) -> bool:
    """A list of `count` tuples of ints: what a file read back must be to be used."""
    return (
        isinstance(ids, list)
        and len(ids) == count
        and all(type(one) is tuple and all(type(i) is int for i in one) for one in ids)
    )


def _tokenizer_sources(lang: str) -> list[Path]:
    """The files the tokenizer of kronist's pipeline for `lang` is made of, and this code."""
    from kronist import nlp as nlp_package
    from kronist.nlp import model_path, tokenizer

    model = model_path(lang)
    sources = [
        model / "config.cfg",
        model / "tokenizer",
        Path(tokenizer.__file__),
        Path(nlp_package.__file__),
        Path(__file__),
    ]
    try:
        from kronist.lang import lang_dir

        sources.append(lang_dir(lang) / tokenizer.EXCEPTIONS_FILE)
    except ValueError:
        pass
    return sources
