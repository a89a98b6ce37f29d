"""The language data the quote finder reads: speech verbs, channels and speaker-phrase words."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kronist.lang import read_tsv, read_yaml
from kronist.memo import Memo


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    kind: str  # say | impersonal | relay
    particle: str | None = None


@dataclass(frozen=True)
class ChannelPattern:
    words: tuple[str, ...]
    channel: str | None  # None for boundary words; "=" for the name that follows
    kind: str
    prefix: bool = False  # the last word may have any ending
    exact_case: bool = False

    def matches(self, words: list[str]) -> bool:
        """Whether this pattern matches the start of `words` (token texts)."""
        if len(words) < len(self.words):
            return False
        for i, (pattern, word) in enumerate(zip(self.words, words, strict=False)):
            text = word if self.exact_case else word.lower()
            last = i == len(self.words) - 1
            if last and self.prefix:
                if not text.startswith(pattern):
                    return False
            elif text != pattern:
                return False
        return True


@cache
def speech_verbs(lang: str) -> dict[str, SpeechVerb]:
    """Written form (lowercase) -> speech verb."""
    forms: dict[str, SpeechVerb] = {}
    for row in read_tsv(lang, "speech_verbs.tsv"):
        lemma, kind, written = row[0], row[1], row[2]
        particle = row[3] if len(row) > 3 and row[3] else None
        verb = SpeechVerb(lemma, kind, particle)
        for form in written.split(","):
            forms.setdefault(form.strip().lower(), verb)
    return forms


@cache
def channel_patterns(lang: str) -> tuple[ChannelPattern, ...]:
    """Channel patterns, longest first so "TV 2 News" wins over "TV 2"."""
    patterns = []
    for pattern, channel, kind in read_tsv(lang, "quote_channels.tsv"):
        if kind in ("media_word", "media_domain"):
            continue
        prefix = pattern.endswith("*")
        pattern = pattern.rstrip("*")
        exact_case = pattern != pattern.lower()
        patterns.append(
            ChannelPattern(
                words=tuple(pattern.split()),
                channel=None if channel == "-" else channel,
                kind=kind,
                prefix=prefix,
                exact_case=exact_case,
            )
        )
    return tuple(sorted(patterns, key=lambda p: -len(p.words)))


@cache
def _channels_by_first_word(lang: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """First word (lowercased unless the pattern's case counts) -> positions of the patterns
    it begins, and the positions of the patterns whose first word may have any ending."""
    by_word: dict[str, list[int]] = defaultdict(list)
    open_ended: list[int] = []
    for position, pattern in enumerate(channel_patterns(lang)):
        if not pattern.words or (pattern.prefix and len(pattern.words) == 1):
            open_ended.append(position)
        else:
            first = pattern.words[0]
            by_word[first if pattern.exact_case else first.lower()].append(position)
    return {word: tuple(found) for word, found in by_word.items()}, tuple(open_ended)


def channel_patterns_at(lang: str, first: str | None) -> tuple[ChannelPattern, ...]:
    """The channel patterns (in `channel_patterns` order) that can start with the token text
    `first` (None: at the end of the text): a handful, not all of them at every token."""
    key = (lang, first)
    found = _PATTERNS_AT.get(key)
    if found is None:
        found = _PATTERNS_AT.keep(key, _channel_patterns_at(lang, first))
    return found


_PATTERNS_AT: Memo[tuple[str, str | None], tuple[ChannelPattern, ...]] = Memo()


def _channel_patterns_at(lang: str, first: str | None) -> tuple[ChannelPattern, ...]:
    by_word, open_ended = _channels_by_first_word(lang)
    patterns = channel_patterns(lang)
    wordless, exact, lowercase = _open_ended_beginnings(lang)
    if first is None or not (first.startswith(exact) or first.lower().startswith(lowercase)):
        found = set(wordless)  # no open-ended word begins `first`: only those without words
    else:
        found = {p for p in open_ended if _may_begin(patterns[p], first)}
    if first is not None:
        found.update(by_word.get(first, ()), by_word.get(first.lower(), ()))
    return tuple(patterns[position] for position in sorted(found))


@cache
def _open_ended_beginnings(lang: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
    """The open-ended channel patterns without words (positions), and the beginnings the others
    match: those whose case counts, and the lowercase ones."""
    patterns = channel_patterns(lang)
    open_ended = [patterns[p] for p in _channels_by_first_word(lang)[1]]
    return (
        tuple(p for p in _channels_by_first_word(lang)[1] if not patterns[p].words),
        tuple(p.words[0] for p in open_ended if p.words and p.exact_case),
        tuple(p.words[0] for p in open_ended if p.words and not p.exact_case),
    )


def _may_begin(pattern: ChannelPattern, first: str | None) -> bool:
    """Whether an open-ended pattern (no words, or one word with any ending) can match words
    that begin with `first`."""
    if not pattern.words:
        return True
    return first is not None and pattern.matches([first])


@cache
def media_words(lang: str) -> tuple[str, ...]:
    """Word beginnings and endings that make a capitalized name a news medium ("TV Syd")."""
    rows = read_tsv(lang, "quote_channels.tsv")
    return tuple(row[0].lower() for row in rows if row[2] == "media_word")


@cache
def media_compound_ends(lang: str) -> tuple[str, ...]:
    """The media words long enough (5 letters or more) to name a medium as the end of a
    compound ("Stiftstidende"): one `str.endswith` test for all of them."""
    return tuple(word for word in media_words(lang) if len(word) >= 5)


@cache
def media_domains(lang: str) -> frozenset[str]:
    """Web domain endings that make a name a news site ("Altinget.dk")."""
    rows = read_tsv(lang, "quote_channels.tsv")
    return frozenset(row[0].lower() for row in rows if row[2] == "media_domain")


@cache
def speaker_words(lang: str) -> dict[str, frozenset[str]]:
    """Kind -> words (lowercase; multi-word entries keep their spaces)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for word, kind in read_tsv(lang, "speaker_words.tsv"):
        kinds[kind].add(word.lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def name_particles(lang: str) -> frozenset[str]:
    """Lower-case words inside a person's name ("al", "bin", "von der"), from the actors'
    grammar: one list for both stages."""
    data = read_yaml(lang, "actor_grammar.yaml") or {}
    return frozenset(str(word).lower() for word in data.get("name_particles") or [])


def is_name_particle(word: str, lang: str) -> bool:
    """ "bin", "von" or a particle joined to the name ("al-Ansari", "el-Sisi")."""
    particles = name_particles(lang)
    head, dash, rest = word.partition("-")
    return word in particles or bool(dash and head in particles and rest[:1].isupper())


def words_of(lang: str, kind: str) -> frozenset[str]:
    return speaker_words(lang).get(kind, frozenset())


@cache
def first_words(lang: str) -> dict[str, frozenset[str]]:
    """Kind -> the first words of its entries ("på" of "på vegne af"), all kinds in one table:
    a clause reader asks about every word, for kind after kind."""
    return {
        kind: frozenset(entry.split(" ")[0] for entry in words)
        for kind, words in speaker_words(lang).items()
    }


def names_a_role(word: str, lang: str = "da") -> bool:
    """Whether a word ends in a role or body word, inflected or not ("forsvarschefen")."""
    suffixes = words_of(lang, "role_suffix")
    endings = [""] + [e for e in words_of(lang, "noun_ending") if e != "-"]
    return any(word.endswith(suffix + ending) for suffix in suffixes for ending in endings)
