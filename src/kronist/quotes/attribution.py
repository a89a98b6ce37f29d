"""Attributions: who says something, through which channel, read off one clause.

"Det oplyser forsvarsminister X", "X siger, at ...", "», skriver Trump på Twitter.",
"», lyder det ifølge nyhedsbureauet Reuters i en udtalelse fra Y." — each gives a speaker phrase
(the words as written) and maybe a channel. Everything works on tokens of plain text, so it does
not need a parser; language knowledge comes from the lexicons in `lang/<lang>/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronist.model import Actor
from kronist.quotes.lexicon import (
    channel_patterns_at,
    first_words,
    is_name_particle,
    media_compound_ends,
    media_domains,
    media_words,
    names_a_role,
    speaker_words,
    speech_verbs,
    words_of,
)
from kronist.quotes.text import sentence_end, tokenize

MAX_SPEAKER_TOKENS = 14
MAX_OPENER_TOKENS = 3  # words of a clause opener before the auxiliary ("Til gengæld har")
MAX_CHANNEL_GAP = 3  # words between a channel preposition and the channel word
MAX_RELAY_NAME = 5
CHANNEL_PRIORITY = {"platform": 0, "occasion": 1, "anaphor": 2, "media": 3, "relay": 3}
STOP_KINDS = ("clause", "adverb", "time", "verb", "stop_prep")
PREPOSITION_KINDS = ("stop_prep", "affil_prep", "role_prep", "channel_prep")
SENTENCE_MARKS = {".", "!", "?", ";", ":", "…", "-", "–", "—", "»", "«", '"', "“", "”"}
LEADING_TAIL_MARKS = set(",.?!…»«\"“”„'’‘")


@dataclass
class Attribution:
    """Who a statement is attributed to in one clause."""

    speaker: str | None
    start: int | None = None  # offsets of the speaker phrase in the text
    end: int | None = None
    verb: str | None = None  # the speech verb as written, or "ifølge"
    verb_start: int | None = None
    channel: str | None = None
    channel_anaphor: str | None = None  # "i meddelelsen": a channel named earlier
    speaker_entity: str | None = None
    speaker_actor: Actor | None = None
    pronoun: bool = False  # the speaker phrase is a pronoun ("sagde han")
    antecedent: tuple[int, int] | None = None  # offsets of what the pronoun refers to, if known

    def take_speaker_of(self, other: Attribution) -> None:
        """Make the speaker of `other` (an antecedent) this attribution's speaker; a channel
        named there carries over when this clause names none."""
        self.speaker = other.speaker
        self.start, self.end = other.start, other.end
        self.speaker_entity = other.speaker_entity
        self.speaker_actor = other.speaker_actor
        self.pronoun = False
        self.channel = self.channel or other.channel


@dataclass(frozen=True)
class ChannelHit:
    start: int  # token index of the preposition (or of the channel word when bare)
    end: int  # token index after the channel words
    kind: str
    channel: str | None


class ClauseReader:
    """Reads attributions from the tokens of one region of text."""

    def __init__(
        self, text: str, start: int, end: int, lang: str = "da", verbs: frozenset[int] = frozenset()
    ) -> None:
        self.text = text
        self.lang = lang
        self.verb_offsets = verbs  # start offsets of tokens a tagger marked VERB/AUX, if any
        self.tokens = tokenize(text, start, end)
        self.verbs = speech_verbs(lang)
        self._words = speaker_words(lang)  # kind -> entries
        self._first_words = first_words(lang)  # kind -> the words its entries begin with
        self._phrase_lengths: dict[tuple[int, str], int] = {}  # the same are asked many times

    # --- word classes -------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def phrase_length(self, i: int, kind: str) -> int:
        """Length in tokens of an entry of `kind` starting at token i (0 if none)."""
        length = self._phrase_lengths.get((i, kind))
        if length is None:
            length = self._phrase_lengths[i, kind] = self._phrase_length(i, kind)
        return length

    def _phrase_length(self, i: int, kind: str) -> int:
        if self.lower(i) not in self._first_words.get(kind, ()):
            return 0  # most words begin no entry: the few-word phrases need not be built
        entries = self._words[kind]
        following = [self.lower(k) for k in range(i, i + 3)]
        for size in (3, 2, 1):
            words = following[:size]
            if all(words) and " ".join(words) in entries:
                return size
        return 0

    def is_kind(self, i: int, *kinds: str) -> bool:
        return any(self.phrase_length(i, kind) for kind in kinds)

    def words(self, kind: str) -> frozenset[str]:
        return words_of(self.lang, kind)

    def endings(self, kind: str) -> tuple[str, ...]:
        return tuple(self.words(kind))

    def is_speech_verb(self, i: int) -> bool:
        return self.lower(i) in self.verbs

    def is_tagged_verb(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].start in self.verb_offsets

    # --- channels -------------------------------------------------------------------------

    def channel_word_at(self, i: int) -> ChannelHit | None:
        """A channel pattern starting exactly at token i, without a preposition."""
        words = [t.text for t in self.tokens[i : i + 5]]
        for pattern in channel_patterns_at(self.lang, words[0] if words else None):
            if not pattern.matches(words):
                continue
            after = i + len(pattern.words)
            if pattern.kind in ("media", "platform") and pattern.exact_case and self.is_name(after):
                continue  # part of a longer name ("AP Møller")
            channel = pattern.channel
            if channel == "=":
                channel, after = self.relay_name(after)
            return ChannelHit(i, after, pattern.kind, channel)
        return self.media_name_at(i)

    def media_name_at(self, i: int) -> ChannelHit | None:
        """A name that says it is a news medium ("TV Syd", "Sjællandske Nyheder", "Radio4")."""
        k = i
        while k < len(self.tokens) and k - i < MAX_RELAY_NAME and self.is_name_part(k):
            k += 1
        if any(self.is_media_word(n) for n in range(i, k)):
            return ChannelHit(i, k, "media", self.span_text(i, k))
        return None

    def is_media_word(self, k: int) -> bool:
        """ "TV", "TV2", "Radio24syv", "Stiftstidende", "Aftenposten": a word or word part that
        names a medium (long words also as the end of a compound)."""
        words = media_words(self.lang)
        domain = self.lower(k).rpartition(".")[2]
        if "." in self.lower(k) and domain in media_domains(self.lang):
            return True  # "Altinget.dk"
        compound_ends = media_compound_ends(self.lang)
        for part in re.split(r"[-\d]+", self.lower(k)):
            if part in words or part.endswith(compound_ends):
                return True
        return False

    def is_name_part(self, k: int) -> bool:
        token = self.tokens[k]
        return token.is_capitalized or (token.text.isdigit() and k > 0 and self.is_name(k - 1))

    def channel_at(self, i: int) -> ChannelHit | None:
        """A channel phrase introduced by a channel preposition at token i ("på et pressemøde")."""
        prep = self.phrase_length(i, "channel_prep")
        if not prep:
            return None
        for k in range(i + prep, min(i + prep + MAX_CHANNEL_GAP + 1, len(self.tokens))):
            hit = self.channel_word_at(k)
            if hit:
                return ChannelHit(i, hit.end, hit.kind, hit.channel)
            if not self.in_channel_gap(k):
                return None
        return None

    def in_channel_gap(self, k: int) -> bool:
        """Words that may stand between a channel preposition and the channel: articles,
        adjectives, genitives ("på det sociale medie X", "på et kort pressemøde")."""
        if self.tokens[k].is_punct or self.is_speech_verb(k):
            return False
        return not self.is_kind(k, "clause", "verb", *PREPOSITION_KINDS)

    def is_name(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].is_capitalized

    def relay_name(self, i: int) -> tuple[str | None, int]:
        """The proper name after a relay noun ("nyhedsbureauet Reuters", "sit nyhedsbureau,
        Amaq")."""
        if self.lower(i) == "," and self.is_name(i + 1):
            i += 1
        k = i
        while k < len(self.tokens) and k - i < MAX_RELAY_NAME and self.is_name(k):
            k += 1
        if k == i:
            return None, i
        known = self.channel_word_at(i)
        if known and known.kind in ("media", "platform") and known.channel:
            return known.channel, max(k, known.end)
        return self.span_text(i, k), k

    def channels(self, lo: int, hi: int, skip: tuple[int, int] | None = None) -> list[ChannelHit]:
        hits = []
        i = lo
        while i < hi:
            if skip and skip[0] <= i < skip[1]:
                i = skip[1]
                continue
            hit = self.channel_at(i)
            if hit and (hit.channel or hit.kind == "boundary"):
                hits.append(hit)
                i = hit.end
            else:
                i += 1
        return hits

    # --- speaker phrases -----------------------------------------------------------------

    def can_start_speaker(self, i: int) -> bool:
        if i >= len(self.tokens) or self.tokens[i].is_punct:
            return False
        return not (self.is_speech_verb(i) or self.is_kind(i, *STOP_KINDS, *PREPOSITION_KINDS))

    def ends_speaker(self, j: int, particle: str | None) -> bool:
        token = self.tokens[j]
        if particle and token.lower == particle:
            return True
        if token.lower in self.words("coordinator"):
            if self.tokens[j - 1].text.endswith("-"):
                return False  # "økonomi- og indenrigsminister": one title
            return not (self.is_name(j + 1) and not self.is_kind(j + 1, "pronoun"))
        if self.is_speech_verb(j) or self.is_kind(j, *STOP_KINDS):
            return True
        if self.is_tagged_verb(j) and not names_a_role(token.lower, self.lang):
            # a tagger may take a title for a verb ("indenrigsminister"), and a participle
            # before one is part of it ("administrerende direktør")
            return not self.participle_of_a_title(j)
        hit = self.channel_at(j)
        if hit and not (hit.kind in ("media", "relay") and self.after_role_noun(j)):
            return True
        if self.phrase_length(j, "role_prep"):
            # "læge på hospitalet" goes on; "Trump på ..." and "ministeren ved et besøg" end
            return not self.after_role_noun(j) or self.lower(j + 1) in self.words("indefinite")
        return False

    def participle_of_a_title(self, j: int) -> bool:
        """ "bankens administrerende direktør", "den fungerende præsident": a participle right
        before a role noun modifies the title."""
        if not self.tokens[j].lower.endswith(self.endings("title_participle_ending")):
            return False
        following = j + 1
        return following < len(self.tokens) and names_a_role(
            self.tokens[following].lower, self.lang
        )

    def after_name(self, j: int, s: int) -> bool:
        """A common word right after a name ends the phrase ("sagde Lis en dag"), except after a
        genitive ("Kyivs borgmester") or a capital that only starts the sentence ("En talsmand")."""
        previous = self.tokens[j - 1]
        if not self.tokens[j].text[:1].islower() or self.is_kind(j, *PREPOSITION_KINDS):
            return False
        if self.in_name(j):
            return False  # "Majed al-Ansari", "Ursula von der Leyen"
        if previous.text.endswith("-"):
            return False  # "Røde Kors- og Røde Halvmåne-bevægelsen": a shared compound part
        if not (previous.is_capitalized or previous.text.startswith("(")):
            return False
        articles = self.words("determiner") | self.words("indefinite")
        if self.lower(j) in articles:
            return True  # "sagde Lis en dag"
        if previous.lower.endswith(self.endings("genitive_ending")) or previous.lower in articles:
            return False
        return not (j - 1 == s and self.sentence_initial(s))

    def parenthesised_name_end(self, j: int) -> int:
        """Index after ")" when token j opens a parenthesis holding only capitalized words
        right after a name ("(Venstre)", "(Dansk Folkeparti)"), else 0."""
        if self.tokens[j].text != "(" or not self.is_name(j - 1):
            return 0
        k = j + 1
        while k < len(self.tokens) and k - j <= MAX_RELAY_NAME and self.is_name(k):
            k += 1
        closes = k > j + 1 and k < len(self.tokens) and self.tokens[k].text == ")"
        return k + 1 if closes else 0

    def in_name(self, j: int) -> bool:
        """A name particle between capitalized names ("bin Salman", "von der Leyen") or
        joined to one ("al-Ansari")."""
        if not is_name_particle(self.tokens[j].text, self.lang):
            return False
        previous = self.tokens[j - 1]
        if not (previous.is_capitalized or is_name_particle(previous.lower, self.lang)):
            return False
        if "-" in self.tokens[j].text:
            return True
        k = j
        while k < len(self.tokens) and is_name_particle(self.lower(k), self.lang):
            k += 1
        return self.is_name(k)

    def shortened(self, i: int) -> bool:
        """A title abbreviation ("adm.") or a name's initial ("E.") before a dot."""
        token = self.tokens[i] if 0 <= i < len(self.tokens) else None
        if token is None:
            return False
        initial = len(token.text) == 1 and token.text.isupper()
        return initial or token.lower in self.words("abbreviation")

    def sentence_initial(self, i: int) -> bool:
        return i == 0 or self.tokens[i - 1].text in SENTENCE_MARKS

    def after_role_noun(self, j: int) -> bool:
        """Whether token j follows a common noun ("læge på ..."), not a name ("Trump på ...")."""
        previous = self.tokens[j - 1]
        return previous.text[:1].islower() and not previous.is_punct

    def continues_apposition(self, k: int) -> bool:
        """After a comma in a speaker phrase: does an apposition follow ("X, direktør for Y")?"""
        if k >= len(self.tokens) or self.tokens[k].is_punct:
            return False
        if self.lower(k) in self.words("coordinator"):
            return False
        prepositions = ("stop_prep", "affil_prep", "role_prep", "channel_prep", "pronoun")
        if self.is_speech_verb(k) or self.is_kind(k, *STOP_KINDS, *prepositions):
            return False
        return not self.is_kind(k, "relative")

    def speaker_end(self, s: int, limit: int, particle: str | None = None) -> int:
        """Token index after the speaker phrase starting at s (s itself when there is none)."""
        if not self.can_start_speaker(s):
            return s
        if self.is_kind(s, "pronoun"):
            return s + 1  # "sagde han spørgende": a pronoun is the whole phrase
        end = s + 1
        j = s + 1
        while j < limit and j - s < MAX_SPEAKER_TOKENS:
            token = self.tokens[j]
            if token.text == "," and self.continues_apposition(j + 1):
                j += 1
                continue
            if token.text == "." and self.shortened(j - 1):
                end = j = j + 1  # "adm. direktør Lars Jørgensen", "Jan E. Jørgensen"
                continue
            if self.in_name(j) or self.joins_a_complement(s, j):
                end = j = j + 1
                continue
            closing = self.parenthesised_name_end(j)
            if closing:
                end = j = closing  # "Ida Holm (Dansk Folkeparti)": the party goes with her
                continue
            if token.is_punct or self.ends_speaker(j, particle) or self.after_name(j, s):
                break
            end = j = j + 1
        while end > s + 1 and self.is_kind(end - 1, "affil_prep", "role_prep", "stop_prep"):
            end -= 1
        if end == s + 1 and self.lower(s) in self.words("not_speaker"):
            return s
        return end

    def joins_a_complement(self, s: int, j: int) -> bool:
        """ "rådmand for teknik og miljø, Lone Bach": a coordinator inside the complement of a
        title, its second word the last before the apposition's comma or the sentence's end."""
        if self.lower(j) not in self.words("coordinator") or j + 2 >= len(self.tokens):
            return False
        following = self.tokens[j + 1]
        if not (following.text.isalpha() and following.text.islower()):
            return False
        if names_a_role(following.lower, self.lang):
            return False  # "formanden for FH og borgmesteren": a second speaker
        if self.tokens[j + 2].text not in (",", "."):
            return False
        return any(self.is_kind(k, "role_prep", "affil_prep") for k in range(s + 1, j))

    def by_age(self, s: int, e: int) -> bool:
        """ "den 45-årige (mand)": a person named by age, like a pronoun, refers back."""
        if not 2 <= e - s <= 3 or self.lower(s) not in self.words("determiner"):
            return False
        age = self.lower(s + 1)
        noun = e - s == 2 or self.lower(s + 2).isalpha()
        return noun and age[:1].isdigit() and age.endswith(self.endings("age_ending"))

    def span_text(self, i: int, k: int) -> str:
        return self.text[self.tokens[i].start : self.tokens[k - 1].end]

    # --- attributions --------------------------------------------------------------------

    def make(self, s: int, e: int, verb_index: int | None, lo: int, hi: int) -> Attribution:
        """An attribution with speaker tokens [s, e) and the best channel in tokens [lo, hi)."""
        attribution = Attribution(speaker=None)
        if e > s:
            attribution.speaker = self.span_text(s, e)
            attribution.start = self.tokens[s].start
            attribution.end = self.tokens[e - 1].end
            attribution.pronoun = (e == s + 1 and self.is_kind(s, "pronoun")) or self.by_age(s, e)
            media = self.channel_word_at(s)
            if media and media.kind in ("media", "relay") and media.channel:
                attribution.channel = media.channel
        if verb_index is not None:
            attribution.verb = self.tokens[verb_index].text
            attribution.verb_start = self.tokens[verb_index].start
        self.add_channel(attribution, lo, hi, (s, e))
        return attribution

    def add_channel(self, attribution: Attribution, lo: int, hi: int, skip: tuple[int, int]):
        hits = [h for h in self.channels(lo, hi, skip) if h.kind != "boundary"]
        if not hits:
            return
        best = min(hits, key=lambda h: CHANNEL_PRIORITY.get(h.kind, 9))
        if best.kind == "anaphor":
            attribution.channel_anaphor = best.channel
        elif not attribution.channel or CHANNEL_PRIORITY[best.kind] < 3:
            attribution.channel = best.channel

    def clause_end(self, i: int) -> int:
        """Token index where the clause around token i ends (sentence punctuation; not the dot
        of "adm." or of an initial)."""
        while i < len(self.tokens) and self.tokens[i].text not in (".", "!", "?", ";", ":"):
            i += 1
        if i < len(self.tokens) and self.tokens[i].text == "." and self.shortened(i - 1):
            return self.clause_end(i + 1)
        return i

    def clause_start(self, i: int) -> int:
        """Token index after the last quote placeholder/sentence mark before token i."""
        k = i
        while k > 0 and self.tokens[k - 1].text not in (".", "!", "?", ";", ":", "…"):
            k -= 1
        while k < i and self.tokens[k].is_punct:
            k += 1
        return k

    def particle_present(self, verb: int, particle: str | None, hi: int) -> bool:
        return particle is None or any(self.lower(k) == particle for k in range(verb + 1, hi))

    def at_verb(self, v: int, subject_before: bool = True) -> Attribution | None:
        """The attribution of the speech verb at token v, or None when it has no speaker."""
        verb = self.verbs[self.lower(v)]
        hi = self.clause_end(v)
        lo = self.clause_start(v)
        if not self.particle_present(v, verb.particle, hi):
            return None
        if verb.kind == "impersonal":
            return self.impersonal(v, lo, hi)
        if verb.kind == "relay":
            return self.relayed(v, lo, hi)
        if verb.kind == "tail":
            subject_before = False
        after = self.speaker_end(v + 1, hi, verb.particle)
        middle = self.subject_after_auxiliary(lo, v) if subject_before else None
        if middle:
            return self.make(*middle, v, lo, hi)
        if self.subject_follows(lo, v) or not subject_before:
            if after > v + 1:
                return self.make(v + 1, after, v, lo, hi)
            return None
        span = self.subject_before(lo, v)
        return self.make(*span, v, lo, hi) if span else None

    def subject_before(self, lo: int, v: int) -> tuple[int, int] | None:
        """The subject of a verb in straight word order: the phrase right before the verb
        (also in a subordinate clause: "..., hvor Ebba Strange siger: ..."), else the phrase
        opening the clause ("Kyivs borgmester, Vitali Klitschko, oplyser")."""
        near = self.phrase_before(lo, v) or self.relative_antecedent(lo, v)
        if near:
            return near
        start = self.subject_start(lo, v)
        end = self.speaker_end(start, v)
        return (start, end) if end > start else None

    def phrase_before(self, lo: int, v: int) -> tuple[int, int] | None:
        k = v - 1
        while k >= lo:  # skip auxiliaries, adverbs and time words: "X har også i dag sagt"
            if self.is_kind(k, "verb", "adverb", "time"):
                k -= 1
            elif k - 1 >= lo and self.phrase_length(k - 1, "time") == 2:
                k -= 2
            else:
                break
        while k >= lo and not (
            self.tokens[k].is_punct
            or self.is_kind(k, "clause", "verb", "time")
            or self.is_speech_verb(k)
            or self.is_tagged_verb(k)
        ):
            k -= 1
        start = k + 1
        if start >= v or not self.opens_noun_phrase(start):
            return None
        end = self.speaker_end(start, v)
        return (start, end) if end > start else None

    def relative_antecedent(self, lo: int, v: int) -> tuple[int, int] | None:
        """ "arrangeret af bevægelsen Extinction Rebellion, som kalder ...": the subject of a
        speech verb in a relative clause is the phrase the clause hangs on."""
        k = v - 1
        while k > lo and self.is_kind(k, "adverb"):
            k -= 1
        comma = k - 1
        if comma <= lo or not (self.is_kind(k, "relative") and self.tokens[comma].text == ","):
            return None
        start = comma
        while start > lo and not (
            self.tokens[start - 1].is_punct
            or self.is_kind(start - 1, "clause", "verb", *PREPOSITION_KINDS)
            or self.is_tagged_verb(start - 1)
        ):
            start -= 1
        if start >= comma or not self.opens_noun_phrase(start):
            return None
        end = self.speaker_end(start, comma)
        return (start, end) if end > start else None

    def opens_noun_phrase(self, i: int) -> bool:
        """Whether token i can begin a subject: a name, a pronoun, an article or a definite
        noun ("politiet", "demonstranterne"), not an adverb ("endnu")."""
        if self.is_kind(i, *PREPOSITION_KINDS, "adverb", "inversion", "time"):
            return False
        token = self.tokens[i]
        return (
            token.is_capitalized
            or self.is_kind(i, "pronoun")
            or token.lower in self.words("determiner") | self.words("indefinite")
            or token.lower.endswith(self.endings("definite_ending"))
        )

    def subject_after_auxiliary(self, lo: int, v: int) -> tuple[int, int] | None:
        """ "Det har politiet oplyst": in a verb-second clause with an auxiliary, the subject
        stands between the auxiliary and the participle."""
        start = self.subject_start(lo, v)
        auxiliary = self.auxiliary_after_opener(start, v)
        if auxiliary is None or auxiliary + 1 >= v:
            return None
        end = self.speaker_end(auxiliary + 1, v)
        return (auxiliary + 1, end) if end > auxiliary + 1 else None

    def auxiliary_after_opener(self, start: int, v: int) -> int | None:
        """The auxiliary in second place after a clause opener that is no subject: "Det har",
        "Til gengæld har USA's præsident, Donald Trump, advaret"."""
        opens = ("inversion", "adverb", "time", *PREPOSITION_KINDS)
        if start >= v or not self.is_kind(start, *opens):
            return None
        for k in range(start + 1, min(start + MAX_OPENER_TOKENS + 1, v)):
            if self.tokens[k].is_punct:
                return None
            if self.is_kind(k, "verb"):
                return k
        return None

    def subject_follows(self, lo: int, v: int) -> bool:
        """Verb-second: after "Det", an adverbial or nothing, the subject follows the verb."""
        start = self.subject_start(lo, v)
        if start >= v:
            return True
        if self.tokens[v - 1].text == "," and self.can_start_speaker(v + 1):
            # "..., oplyser Forsvarsministeriet": a tag after the statement, unless the comma
            # closes an apposition ("Formanden for FH, Morten Skov, kalder planen ...")
            return not self.closes_apposition(start, v - 1)
        if self.tokens[start].is_punct:
            return True
        determiner = self.lower(start) in self.words("determiner")
        if determiner and start + 1 < v and self.modifies_noun(start + 1):
            return False  # "Det ukrainske luftvåben advarer": a noun phrase, not inversion
        inverted = ("inversion", "adverb", "time", *PREPOSITION_KINDS)
        return self.is_kind(start, *inverted)

    def closes_apposition(self, start: int, comma: int) -> bool:
        """Whether tokens [start, comma) are one speaker phrase with an apposition ("Irans
        præsident, Ebrahim Raisi", "rådmand for teknik og miljø, Lone Bach (S)") or a relative
        clause ("María Elena Castillo, der lever i eksil i Costa Rica"), so the comma ends the
        subject, not a statement."""
        commas = [k for k in range(start, comma) if self.tokens[k].text == ","]
        if not commas:
            return False
        end = self.without_party_letter(start, comma)
        if self.speaker_end(start, end) == end:
            return True
        first = commas[0]
        relative = first + 1 < comma and self.is_kind(first + 1, "relative")
        return relative and self.speaker_end(start, first) == first

    def without_party_letter(self, start: int, end: int) -> int:
        """Where a phrase ends before a party letter in brackets ("Lone Bach (S)")."""
        texts = [self.tokens[k].text for k in range(max(start, end - 3), end)]
        if len(texts) == 3 and texts[0] == "(" and texts[2] == ")" and texts[1].isupper():
            return end - 3
        return end

    def modifies_noun(self, i: int) -> bool:
        """After "det/den/de": a definite adjective ("-e": "ukrainske") or a number starts a
        noun phrase; anything else is a verb ("Det syntes mor")."""
        word = self.lower(i)
        adjective = word.endswith(self.endings("adjective_ending"))
        return not self.is_kind(i, "verb") and (adjective or word[:1].isdigit())

    def subject_start(self, lo: int, v: int) -> int:
        start = lo
        while start < v and self.is_kind(start, "conjunction"):
            start += 1
        return start

    def impersonal(self, v: int, lo: int, hi: int) -> Attribution | None:
        """ "lyder det fra X", "hed det i en udtalelse fra X", "lyder kritikken fra X"."""
        for k in range(v + 1, hi):
            if self.lower(k) in self.words("source_prep"):
                end = self.speaker_end(k + 1, hi)
                if end > k + 1:
                    return self.make(k + 1, end, v, v + 1, hi)
        according = self.according_to(v + 1, hi)
        if according and according.speaker:
            according.verb, according.verb_start = self.tokens[v].text, self.tokens[v].start
            return according
        return self.make(v, v, v, v + 1, hi)

    def relayed(self, v: int, lo: int, hi: int) -> Attribution | None:
        """ "Avisen X citerer en talsmand ..." — the object speaks, the subject is the channel."""
        after = self.speaker_end(v + 1, hi)
        if after == v + 1:
            return None
        attribution = self.make(v + 1, after, v, v + 1, hi)
        relay = self.channel_word_at(self.subject_start(lo, v))
        if relay and relay.channel:
            attribution.channel = relay.channel
        return attribution

    def according_to(self, lo: int, hi: int) -> Attribution | None:
        """ "ifølge X": X is the speaker unless X is a medium, then it is the channel."""
        according = self.words("according")
        for k in range(lo, hi):
            if self.lower(k) not in according:
                continue
            hit = self.channel_at(k)
            if hit and hit.kind in ("media", "relay", "platform") and hit.channel:
                continue
            end = self.speaker_end(k + 1, hi)
            if end > k + 1:
                attribution = self.make(k + 1, end, k, lo, hi)
                attribution.verb, attribution.verb_start = self.tokens[k].text, self.tokens[k].start
                return attribution
        return None

    def first_attribution(self) -> Attribution | None:
        """The first speech verb with a speaker in the region; else "ifølge X"."""
        found = None
        for v, token in enumerate(self.tokens):
            verb = self.verbs.get(token.lower)  # most words are no speech verb: one look-up
            if verb is not None and verb.kind != "tail":
                found = self.at_verb(v)
                if found and (found.speaker or verb.kind == "impersonal"):
                    return found
        according = self.according_to(0, len(self.tokens))
        return according or found

    def tail_attribution(self, any_verb: bool = False) -> Attribution | None:
        """A speech tag right at the start of the region: ", siger X", ". Det siger X",
        "? spørger hun", ", ifølge X"; with `any_verb` (after »...,«) any verb the tagger
        knows, then a speaker: "», fastholder ministeren", "», indvender X"."""
        i = 0
        while i < len(self.tokens) and self.tokens[i].text in LEADING_TAIL_MARKS:
            i += 1
        if i < len(self.tokens) and self.is_kind(i, "inversion") and self.is_speech_verb(i + 1):
            i += 1
        elif self.lower(i) in self.words("quote_anaphor") and self.is_tagged_verb(i + 1):
            return self.unlisted_verb_tag(i + 1)  # "». Sådan beskriver X situationen."
        elif self.lower(i) in self.words("quote_noun") and self.is_tagged_verb(i + 1):
            return self.source_after(i + 1)  # "». Ordene kommer fra X."
        if self.is_speech_verb(i):
            return self.at_verb(i, subject_before=False)
        if self.lower(i) in self.words("according"):
            return self.according_to(i, self.clause_end(i))
        if self.lower(i) in self.words("as_tag"):
            return self.as_tag(i)
        if any_verb and self.is_tagged_verb(i) and not self.is_kind(i, "verb"):
            return self.unlisted_verb_tag(i)
        return None

    def as_tag(self, i: int) -> Attribution | None:
        """ "– ..., som en erfaren politiker formulerede det.": "som", a speaker and a speech
        verb, or any verb the tagger knows with "det" (the words quoted) after it; not a first
        or second person ("som jeg skrev")."""
        hi = self.clause_end(i)
        end = self.speaker_end(i + 1, hi)
        if end == i + 1 or self.lower(i + 1) in self.words("not_tag_subject"):
            return None
        for v in range(end - 1, min(end + 2, hi)):
            if v <= i + 1:
                continue
            if self.is_speech_verb(v) or (
                self.is_tagged_verb(v) and self.lower(v + 1) in self.words("not_speaker")
            ):
                return self.make(i + 1, min(end, v), v, i + 1, hi)
        return None

    def source_after(self, v: int) -> Attribution | None:
        """The speaker after "fra" in a clause whose subject is the words just quoted."""
        hi = self.clause_end(v)
        for k in range(v + 1, min(v + 3, hi)):
            if self.lower(k) in self.words("source_prep"):
                end = self.speaker_end(k + 1, hi)
                return self.make(k + 1, end, v, k + 1, hi) if end > k + 1 else None
        return None

    def unlisted_verb_tag(self, v: int) -> Attribution | None:
        """ "», bedyrer Venstres leder.": the speaker after a verb no lexicon lists; not a
        first or second person ("», tror jeg")."""
        hi = self.clause_end(v)
        end = self.speaker_end(v + 1, hi)
        if end == v + 1 or self.lower(v + 1) in self.words("not_tag_subject"):
            return None
        return self.make(v + 1, end, v, v + 1, hi)


def attribution_in(
    text: str, start: int, end: int, lang: str = "da", verbs: frozenset[int] = frozenset()
) -> Attribution | None:
    """The attribution of the clause(s) in text[start:end], if any. `verbs`: offsets of tokens
    a tagger marked as verbs, when the pipeline has one (they end speaker phrases)."""
    if not _may_attribute(text, start, end, lang):
        return None  # most sentences: not worth reading into tokens
    return ClauseReader(text, start, end, lang, verbs).first_attribution()


WORD_RUN = re.compile(r"\w+")


def _may_attribute(text: str, start: int, end: int, lang: str) -> bool:
    """False when text[start:end] has none of the words an attribution begins at (a speech verb
    that is not a tail's only, "ifølge"), so `first_attribution` can find nothing. A token of
    `tokenize` made of word characters only is a whole run of them within the bounds (a token
    never ends before a word character), so the runs are looked up, without the tokens."""
    cues = attribution_cues(lang)
    if cues is None:
        return True
    return any(run.group().lower() in cues for run in WORD_RUN.finditer(text, start, end))


@cache
def attribution_cues(lang: str) -> frozenset[str] | None:
    """The words (lowercase) `first_attribution` starts reading at; None when one of them is not
    a run of word characters (then a region cannot be tested by its runs)."""
    verbs = speech_verbs(lang)
    cues = {form for form, verb in verbs.items() if verb.kind != "tail"} | words_of(
        lang, "according"
    )
    return frozenset(cues) if all(WORD_RUN.fullmatch(cue) for cue in cues) else None


def tail_at(
    text: str,
    start: int,
    limit: int,
    lang: str = "da",
    verbs: frozenset[int] = frozenset(),
    any_verb: bool = False,
) -> Attribution | None:
    """A speech tag beginning at `start` ("», siger han." / ", lyder det fra X."), read up to the
    end of its sentence (not beyond `limit`); `any_verb`: see `ClauseReader.tail_attribution`."""
    end = sentence_end(text, skip_leading_punctuation(text, start, limit), limit)
    return ClauseReader(text, start, end, lang, verbs).tail_attribution(any_verb)


def skip_leading_punctuation(text: str, start: int, limit: int) -> int:
    while start < limit and (text[start].isspace() or text[start] in LEADING_TAIL_MARKS):
        start += 1
    return start
