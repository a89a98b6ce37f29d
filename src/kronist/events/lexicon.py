"""The event lexicons of a language, read from `kronist/lang/<lang>/` into matchable patterns.

Files (see `lang/da/README.md`): event_verbs.tsv, event_nouns.tsv, event_support_verbs.tsv,
event_wordclasses.tsv, negation.tsv, modality.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, field
from functools import cache, cached_property

from kronist.lang import lang_dir, read_tsv
from kronist.memo import MISSING, Memo

# Inflectional endings a lexicon word may carry in text ("soldat" ~ "soldater", "soldaterne").
NOUN_ENDINGS = (
    "",
    "e",
    "en",
    "et",
    "er",
    "ere",
    "erne",
    "ene",
    "ne",
    "r",
    "rne",
    "s",
    "ens",
    "ets",
    "ernes",
    "enes",
    "es",
    "n",
    "t",
)
VERB_SUFFIXES = ("", "r", "s", "de", "des", "t", "te", "tes", "nde", "ede", "et", "es", "er")
MIN_COMPOUND_HEAD = 4  # shorter words match only as themselves, never as a compound's end
NOT_AN_EVENT = "-"  # event_nouns.tsv: a word that only looks like an event noun ("pressemøde")


@dataclass(frozen=True)
class WordSet:
    """Alternatives for one slot of a pattern: words (their inflections and compounds ending in
    them), whole words (`=x`: inflections only, "=sten" is not "resten"), prefixes (`x*`), word
    classes (`@class`) and exclusions (`!x`: a compound that only looks like one of the words,
    "møde|!pressemøde")."""

    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    excluded: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()  # also in `words`, but never a compound's end
    # (form, lemma) -> answer: the slots of the patterns are asked about the same words again
    # and again, each answer costing a few dozen string slices
    _answers: Memo[tuple[str, str, bool], bool] = field(
        default_factory=Memo, hash=False, compare=False, repr=False
    )
    _token_answers: Memo[tuple[str, frozenset[str]], bool] = field(
        default_factory=Memo, hash=False, compare=False, repr=False
    )

    @classmethod
    def parse(cls, cell: str, lang: str) -> WordSet:
        words: set[str] = set()
        prefixes: list[str] = []
        excluded: set[str] = set()
        whole: set[str] = set()
        for alternative in cell.lower().split("|"):
            alternative = alternative.strip()
            if alternative.startswith("@"):
                inner = word_class(lang, alternative[1:])
                words |= inner.words
                prefixes.extend(inner.prefixes)
                excluded |= inner.excluded
                whole |= inner.whole
            elif alternative.startswith("!"):
                excluded.add(alternative[1:])
            elif alternative.startswith("="):
                whole.add(alternative[1:])
                words.add(alternative[1:])
            elif alternative.endswith("*"):
                prefixes.append(alternative[:-1])
            elif alternative:
                words.add(alternative)
        return cls(frozenset(words), tuple(prefixes), frozenset(excluded), frozenset(whole))

    def matches(self, form: str, lemma: str = "") -> bool:
        """Whether a token (lower-cased form and lemma) is one of these words."""
        return self._answer(form, lemma, head=False)

    def matches_head(self, form: str) -> bool:
        """Whether a word ends in (an inflection of) one of these words: compounds count."""
        return self._answer(form, "", head=True)

    def matches_token(self, form: str, lemmas: frozenset[str]) -> bool:
        """Whether a token (its form and lemma candidates) is one of these words, or a
        compound ending in one."""
        key = (form, lemmas)
        answer = self._token_answers.get(key)
        if answer is None:
            answer = self._token_answers.keep(key, self._matches_token(form, lemmas))
        return answer

    def _matches_token(self, form: str, lemmas: frozenset[str]) -> bool:
        """`_matches(form, lemma)` for some lemma or `_matches_head(form)`, each test made once
        (the exclusions and the form's stems do not depend on the lemma)."""
        if self.excludes(form):
            return False
        if lemmas and (form in self.words or not self.words.isdisjoint(lemmas)):
            return True
        if lemmas and self.prefixes and any(w.startswith(self.prefixes) for w in (form, *lemmas)):
            return True
        return self._is_head(form)

    def _answer(self, form: str, lemma: str, head: bool) -> bool:
        key = (form, lemma, head)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._matches_head(form) if head else self._matches(form, lemma)
            self._answers.keep(key, answer)
        return answer

    def _matches(self, form: str, lemma: str) -> bool:
        if self.excludes(form):
            return False
        if form in self.words or lemma in self.words:
            return True
        if form.startswith(self.prefixes) or lemma.startswith(self.prefixes):
            return True
        return not _word_parts(form)[0].isdisjoint(self.words)  # an inflection of a word

    def _matches_head(self, form: str) -> bool:
        return not self.excludes(form) and self._is_head(form)

    def _is_head(self, form: str) -> bool:
        """Whether the form is (an inflection of) a word, or a compound ending in one."""
        if _ends_in(form, self.words, self.whole):
            return True
        inner = self._inner_prefixes
        return inner is not None and inner.search(form) is not None

    @cached_property
    def _inner_prefixes(self) -> re.Pattern[str] | None:
        """The prefixes of MIN_COMPOUND_HEAD letters or more, found anywhere in a word (a
        compound's end) by one search instead of a test per prefix."""
        inner = [re.escape(p) for p in self.prefixes if len(p) >= MIN_COMPOUND_HEAD]
        return re.compile("|".join(inner)) if inner else None

    def may_match(self, keys: Set[str]) -> bool:
        """False when no word whose `match_keys` are all in `keys` can be one of these words: a
        test before scanning a sentence for them."""
        return bool(self.prefixes) or not self.words.isdisjoint(keys)

    def excludes(self, form: str) -> bool:
        """Whether the form is one of the `!x` words (or a compound ending in one)."""
        return bool(self.excluded) and _ends_in(form, self.excluded)


def _ends_in(form: str, words: frozenset[str], whole: frozenset[str] = frozenset()) -> bool:
    """Whether a form is (an inflection of) one of the words, or a compound ending in one of
    MIN_COMPOUND_HEAD letters or more that is not a whole-only word."""
    stems, heads = _word_parts(form)
    if not stems.isdisjoint(words):
        return True
    if whole:
        return bool((heads & words) - whole)
    return not heads.isdisjoint(words)


_PARTS: Memo[str, tuple[frozenset[str], frozenset[str]]] = Memo()


def match_keys(form: str, lemmas: Set[str]) -> frozenset[str]:
    """What a word set's words must meet for `matches_token(form, lemmas)` to hold, prefixes
    aside: the form, its lemmas, its stems and their compound heads."""
    stems, heads = _word_parts(form)
    return stems | heads | frozenset(lemmas)


def add_match_keys(keys: set[str], form: str, lemmas: Set[str]) -> None:
    """`keys |= match_keys(form, lemmas)`, without making the word's own set of keys."""
    stems, heads = _word_parts(form)
    keys.update(stems, heads, lemmas)


def _word_parts(form: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the form and its stems, the ends of those of MIN_COMPOUND_HEAD letters or more): what a
    word set is looked up with. Made once per form, then each set costs two lookups in C."""
    parts = _PARTS.get(form)
    if parts is None:
        stems = (form, *_stems(form), *_after_hyphen(form))
        heads = frozenset(
            stem[cut:] for stem in stems for cut in range(1, len(stem) - MIN_COMPOUND_HEAD + 1)
        )
        parts = _PARTS.keep(form, (frozenset(stems), heads))
    return parts


def _after_hyphen(form: str) -> tuple[str, ...]:
    """ "f-16-fly", "patriot-missiler": the word after a hyphen is a word of its own, however
    short ("fly" is too short to be found as the end of a closed compound)."""
    last = form.rpartition("-")[2]
    if last == form or not last.isalpha():
        return ()
    return (last, *_stems(last))


_ALL_ENDINGS = frozenset(NOUN_ENDINGS)
_ENDINGS = _ALL_ENDINGS - {""}
_LONGEST_ENDING = max(len(ending) for ending in NOUN_ENDINGS)


def _stems(form: str) -> list[str]:
    """The form without each ending it ends in. Looking a form's few stems up costs a handful of
    set lookups, where trying every word of a set against the form cost hundreds."""
    stems: list[str] = []
    for size in range(1, min(_LONGEST_ENDING, len(form)) + 1):
        if form[-size:] in _ENDINGS:
            stems.append(form[:-size])
            stems.extend(_undoubled(form[:-size], form[-size:]))
    return stems


VOWELS = frozenset("aeiouyæøå")


def _undoubled(stem: str, ending: str) -> tuple[str, ...]:
    """ "kritikk-en", "kupp-et", "stopp-et": a final consonant doubled before a vowel ending
    ("kritik", "kup", "stop")."""
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS
    return (stem[:-1],) if doubled and ending[:1] in VOWELS else ()


@dataclass(frozen=True)
class VerbPattern:
    verbs: WordSet
    requires: tuple[WordSet, ...]
    event: str
    mode: str | None
    recipient: tuple[str, ...]
    flags: frozenset[str]
    options: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    line: int = 0

    @property
    def specificity(self) -> tuple[int, int]:
        return (len(self.requires), -self.line)


@dataclass(frozen=True)
class NounPattern:
    nouns: WordSet
    event: str
    mode: str | None
    recipient: tuple[str, ...]
    flags: frozenset[str]
    line: int = 0


@dataclass(frozen=True)
class SupportVerb:
    verbs: WordSet
    requires: tuple[WordSet, ...]
    subject_role: str  # "actor" or "recipient"


@dataclass(frozen=True)
class Lexicon:
    verbs: tuple[VerbPattern, ...]
    nouns: tuple[NounPattern, ...]
    support: tuple[SupportVerb, ...]
    negation_particles: frozenset[str]
    negation_verbs: frozenset[str]
    modality: tuple[tuple[tuple[str, ...], str], ...]
    lang: str
    verb_index: dict[str, tuple[int, ...]] = field(default_factory=dict, hash=False, compare=False)
    noun_index: dict[str, tuple[int, ...]] = field(default_factory=dict, hash=False, compare=False)
    # the last MIN_COMPOUND_HEAD letters of the indexed nouns that have as many
    noun_tails: frozenset[str] = field(default=frozenset(), hash=False, compare=False)
    # lemma -> support verbs, and written form -> support verbs (positions in `support`)
    support_by_lemma: dict[str, tuple[int, ...]] = field(
        default_factory=dict, hash=False, compare=False
    )
    support_by_form: dict[str, tuple[int, ...]] = field(
        default_factory=dict, hash=False, compare=False
    )
    # lines of the verb patterns that require a one-word modality cue (`requires_a_modal`)
    modal_patterns: frozenset[int] = field(default=frozenset(), hash=False, compare=False)
    # first word -> the modality cues that can begin with it (None: those with no words)
    modality_by_first: dict[str | None, tuple[tuple[tuple[str, ...], str], ...]] = field(
        default_factory=dict, hash=False, compare=False
    )
    _noun_entries: Memo[str, NounPattern | None] = field(
        default_factory=Memo, hash=False, compare=False, repr=False
    )  # form -> its longest noun entry: every token of every sentence is looked up
    _verb_entries: Memo[tuple[str, frozenset[str]], tuple[VerbPattern, ...]] = field(
        default_factory=Memo, hash=False, compare=False, repr=False
    )
    # (form, lemmas) -> support verbs: each event noun asks about the words before it
    _support_entries: Memo[tuple[str, frozenset[str]], tuple[SupportVerb, ...]] = field(
        default_factory=Memo, hash=False, compare=False, repr=False
    )

    def verb_patterns(self, form: str, lemmas: Set[str]) -> tuple[VerbPattern, ...]:
        """Patterns whose verb this token may be, most specific first. An -s form may be a
        deponent verb's ("mødtes" of "mødes"): its lemma plus -s is a candidate too."""
        key = (form, frozenset(lemmas))
        found = self._verb_entries.get(key)
        if found is None:
            found = self._verb_entries.keep(key, self._verb_patterns(form, lemmas))
        return found

    def _verb_patterns(self, form: str, lemmas: Set[str]) -> tuple[VerbPattern, ...]:
        positions: set[int] = set()
        deponents = {lemma + "s" for lemma in lemmas} if form.endswith("s") else set()
        for key in {form, *lemmas, *deponents}:
            positions.update(self.verb_index.get(key, ()))
        return tuple(self.verbs[i] for i in sorted(positions))

    def modality_cues(self, first: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The modality cues (in the file's order) that can begin at the word `first`."""
        found = self.modality_by_first.get(first)
        return self.modality_by_first.get(None, ()) if found is None else found

    def requires_a_modal(self, pattern: VerbPattern) -> bool:
        """Whether the pattern itself requires a one-word modality cue ("vil have X til at
        ...": the wish is the demand, not a future act); read once, when the lexicon loads."""
        return pattern.line in self.modal_patterns

    def support_verbs(self, form: str, lemmas: frozenset[str]) -> tuple[SupportVerb, ...]:
        """The support verbs a token is a form of, in the file's order: one of its lemma
        candidates is the verb, or its form is ("taget" of "tage", whatever its lemma says)."""
        key = (form, lemmas)
        found = self._support_entries.get(key)
        if found is None:
            found = self._support_entries.keep(key, self._support_verbs(form, lemmas))
        return found

    def _support_verbs(self, form: str, lemmas: frozenset[str]) -> tuple[SupportVerb, ...]:
        positions = set(self.support_by_form.get(form, ()))
        for lemma in lemmas:
            positions.update(self.support_by_lemma.get(lemma, ()))
        return tuple(self.support[i] for i in sorted(positions))

    def knows(self, word: str, event: str) -> bool:
        """Whether the word (a written form) is a verb or noun of this event type."""
        noun = self.noun_pattern(word)
        if noun is not None and noun.event == event:
            return True
        return any(p.event == event for p in self.verb_patterns(word, {word}))

    def noun_pattern(self, form: str) -> NounPattern | None:
        """The entry whose word this form ends in, longest word first ("droneangreb" > "angreb");
        None when that entry says the word tells no event ("pressemøde", "selvmord")."""
        found = self._noun_entry(form)
        if found is None or found.event == NOT_AN_EVENT or found.nouns.excludes(form):
            return None
        return found

    def _noun_entry(self, form: str) -> NounPattern | None:
        found = self._noun_entries.get(form, MISSING)  # no exception raised the first time
        if found is MISSING:
            return self._noun_entries.keep(form, self._longest_noun_entry(form))
        return found  # type: ignore[return-value]

    def _longest_noun_entry(self, form: str) -> NounPattern | None:
        best: tuple[int, int] | None = None  # (word length, -line)
        found: NounPattern | None = None
        for stem in (form, *_stems(form)):  # the form without each ending it has
            if len(stem) >= MIN_COMPOUND_HEAD and stem[-MIN_COMPOUND_HEAD:] not in self.noun_tails:
                continue  # every word tried below ends so, and no listed word does
            for cut in range(len(stem)):
                word = stem[cut:]
                if cut and len(word) < MIN_COMPOUND_HEAD:
                    break
                for position in self.noun_index.get(word, ()):
                    pattern = self.nouns[position]
                    rank = (len(word), -pattern.line)
                    if best is None or rank > best:
                        best, found = rank, pattern
        return found


def _cell(row: tuple[str, ...], index: int) -> str:
    value = row[index] if index < len(row) else ""
    return "" if value == "-" else value


def _parse_flags(cell: str) -> tuple[frozenset[str], dict[str, str]]:
    flags: set[str] = set()
    options: dict[str, str] = {}
    for item in cell.split(","):
        item = item.strip()
        if not item:
            continue
        if "=" in item:
            key, value = item.split("=", 1)
            options[key.strip()] = value.strip()
            flags.add(key.strip())
        else:
            flags.add(item)
    return frozenset(flags), options


def _parse_recipient(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


@cache
def word_class(lang: str, name: str) -> WordSet:
    for row in read_tsv(lang, "event_wordclasses.tsv"):
        if row[0] == name and len(row) > 1:
            return WordSet.parse(row[1], lang)
    raise KeyError(f"no word class {name!r} in lang/{lang}/event_wordclasses.tsv")


def _verb_pattern(row: tuple[str, ...], line: int, lang: str) -> VerbPattern:
    slots = row[0].split()
    flags, options = _parse_flags(_cell(row, 4))
    return VerbPattern(
        verbs=WordSet.parse(slots[0], lang),
        requires=tuple(WordSet.parse(slot, lang) for slot in slots[1:]),
        event=row[1],
        mode=_cell(row, 2) or None,
        recipient=_parse_recipient(_cell(row, 3)),
        flags=flags,
        options=options,
        line=line,
    )


def _noun_pattern(row: tuple[str, ...], line: int, lang: str) -> NounPattern:
    flags, _ = _parse_flags(_cell(row, 4))
    return NounPattern(
        nouns=WordSet.parse(row[0], lang),
        event=row[1],
        mode=_cell(row, 2) or None,
        recipient=_parse_recipient(_cell(row, 3)),
        flags=flags,
        line=line,
    )


@cache  # asked for every sentence; the package's files do not change while it runs
def has_lexicon(lang: str) -> bool:
    try:
        return (lang_dir(lang) / "event_verbs.tsv").is_file()
    except ValueError:
        return False


@cache
def load_lexicon(lang: str = "da") -> Lexicon:
    verbs = tuple(
        _verb_pattern(row, i, lang) for i, row in enumerate(read_tsv(lang, "event_verbs.tsv"))
    )
    nouns = tuple(
        _noun_pattern(row, i, lang) for i, row in enumerate(read_tsv(lang, "event_nouns.tsv"))
    )
    support = tuple(
        SupportVerb(
            verbs=WordSet.parse(row[0].split()[0], lang),
            requires=tuple(WordSet.parse(s, lang) for s in row[0].split()[1:]),
            subject_role=row[1],
        )
        for row in read_tsv(lang, "event_support_verbs.tsv")
    )
    negation = read_tsv(lang, "negation.tsv")
    modality = tuple(
        (tuple(row[0].lower().split()), row[1]) for row in read_tsv(lang, "modality.tsv")
    )
    ordered = tuple(sorted(verbs, key=lambda p: p.specificity, reverse=True))
    noun_index = _index_nouns(nouns)
    return Lexicon(
        verbs=ordered,
        nouns=nouns,
        verb_index=_index_verbs(ordered),
        noun_index=noun_index,
        noun_tails=_tails(noun_index),
        support=support,
        support_by_lemma=_index_words(tuple(s.verbs.words for s in support)),
        support_by_form=_index_words(tuple(_verb_forms(s.verbs.words) for s in support)),
        negation_particles=frozenset(r[0] for r in negation if _cell(r, 1) == "particle"),
        negation_verbs=frozenset(r[0] for r in negation if _cell(r, 1) == "verb"),
        modality=modality,
        modality_by_first=_index_cues(modality),
        modal_patterns=_requiring_a_modal(ordered, modality),
        lang=lang,
    )


def _requiring_a_modal(
    patterns: tuple[VerbPattern, ...], cues: tuple[tuple[tuple[str, ...], str], ...]
) -> frozenset[int]:
    single = [cue[0] for cue, _value in cues if len(cue) == 1]
    return frozenset(
        p.line for p in patterns if any(slot.matches(w) for slot in p.requires for w in single)
    )


def _index_cues(
    cues: tuple[tuple[tuple[str, ...], str], ...],
) -> dict[str | None, tuple[tuple[tuple[str, ...], str], ...]]:
    firsts = {cue[0] for cue, _value in cues if cue}
    index = {word: tuple(c for c in cues if not c[0] or c[0][0] == word) for word in firsts}
    return {**index, None: tuple(c for c in cues if not c[0])}


def _index_verbs(patterns: tuple[VerbPattern, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for position, pattern in enumerate(patterns):
        for lemma in pattern.verbs.words:
            for form in _indexed_forms(lemma):
                index.setdefault(form, []).append(position)
    return {form: tuple(sorted(set(p))) for form, p in index.items()}


def _indexed_forms(lemma: str) -> set[str]:
    if _deponent(lemma):
        return {lemma}
    stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 3 else lemma
    # the bare stem ("lov" of "love") is an imperative in theory, a noun in practice
    return {lemma} | {base + s for base in (lemma, stem) for s in VERB_SUFFIXES if s}


def _deponent(verb: str) -> bool:
    """ "enes", "mødes": a verb whose forms all end in -s ("enedes", "mødtes", listed in the
    lexicon); the regular endings would make other words of it ("enes" + "te": "eneste")."""
    return verb.endswith("s")


def _index_words(word_sets: tuple[frozenset[str], ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for position, words in enumerate(word_sets):
        for word in words:
            index.setdefault(word, []).append(position)
    return {word: tuple(p) for word, p in index.items()}


def _verb_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The forms of the verbs that the lemma table may not know ("tage": "tager", "taget")."""
    return frozenset(form for verb in verbs for form in _forms_of(verb))


def _forms_of(verb: str) -> set[str]:
    if _deponent(verb):
        return {verb}
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "r", stem + "ede", stem + "te", stem + "et", stem + "t"}


def _index_nouns(patterns: tuple[NounPattern, ...]) -> dict[str, tuple[int, ...]]:
    return _index_words(tuple(pattern.nouns.words for pattern in patterns))


def _tails(index: dict[str, tuple[int, ...]]) -> frozenset[str]:
    return frozenset(word[-MIN_COMPOUND_HEAD:] for word in index if len(word) >= MIN_COMPOUND_HEAD)
