"""What the event coder needs to know about a sentence's structure.

Two readers behind one interface: the dependency tree when the pipeline has a parser, and linear
clause patterns (for the blank fallback pipeline, and whenever the tree gives no answer).
Positions are token indices into the `Doc`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from kronist.events.clauses import opener_words
from kronist.events.lexicon import add_match_keys, word_class
from kronist.memo import Memo
from kronist.model import Actor, Entity
from kronist.nlp.components import MAX_SENTENCE_TOKENS
from kronist.nlp.docs import morph_values, per_doc, span_text, token_lowers
from kronist.nlp.lemmas import lemma_table

FRONTED_OBJECTS = frozenset({"det", "dette"})  # "Det afviser Kreml": the object opens the clause
SOURCE_NAME_REACH = 4  # words from "ifølge" to the end of the name it cites
FROM_REACH = 6  # words from the speech verb to "fra" ("lød det i en udtalelse fra")
NAME_LABELS = frozenset({"PER", "LOC", "ORG"})
CLAUSE_PUNCT = frozenset({",", ";", ":", "»", "«", '"', "“", "”", "–", "—", "'", "?", "!"})
STRONG_BOUNDARY_PUNCT = frozenset({";", ":", "»", "«", '"', "“", "”", "–", "—", "?", "!"})
SUBORDINATORS = frozenset(
    {
        "som",
        "hvor",
        "fordi",
        "mens",
        "når",
        "hvis",
        "selvom",
        "skønt",
        "idet",
        "hvorefter",
        "eftersom",
        "da",
        "før",
        "inden",
    }
)
ADVERBIAL_SUBORDINATORS = SUBORDINATORS - {"som", "hvor"} | {"siden"}
COORDINATORS = frozenset({"og", "men", "eller", "samt"})
AUXILIARY_LEMMAS = frozenset({"blive", "være", "have"})
RELATIVE = frozenset({"som", "der"})
PREPOSITIONS = frozenset(
    {
        "i",
        "på",
        "til",
        "mod",
        "imod",
        "med",
        "af",
        "for",
        "fra",
        "om",
        "over",
        "under",
        "ved",
        "efter",
        "hos",
        "blandt",
        "gennem",
        "uden",
        "mellem",
        "inden",
        "ifølge",
        "bag",
        "foran",
        "omkring",
        "nær",
        "langs",
        "trods",
        "hen",
        "ind",
        "ud",
        "op",
        "ned",
    }
)
PASSIVE_AUX = frozenset(
    {"blev", "blive", "bliver", "blevet", "er", "var", "være", "været", "sidder", "sad", "siddet"}
)  # "sidder fængslet": a state in the passive
PERFECT_AUX = frozenset({"har", "havde", "have", "haft"})
FINITE_AUX = frozenset(
    {
        "har",
        "havde",
        "er",
        "var",
        "blev",
        "bliver",
        "vil",
        "ville",
        "skal",
        "skulle",
        "kan",
        "kunne",
        "må",
        "måtte",
        "bør",
        "burde",
        "får",
        "fik",
    }
)
REPORT_PASSIVES = frozenset(
    {
        "meldes",
        "siges",
        "rapporteres",
        "frygtes",
        "menes",
        "formodes",
        "anslås",
        "vurderes",
        "oplyses",
        "regnes",
        "skønnes",
        "antages",
    }
)
ADVERBS = frozenset(
    {
        "ikke",
        "aldrig",
        "også",
        "dog",
        "nu",
        "igen",
        "allerede",
        "derfor",
        "altså",
        "så",
        "ofte",
        "senere",
        "tidligere",
        "angiveligt",
        "efterfølgende",
        "samtidig",
        "officielt",
        "formelt",
        "fortsat",
        "stadig",
        "endnu",
        "heller",
        "kun",
        "blot",
        "nok",
        "vist",
        "jo",
        "da",
        "gerne",
        "hårdt",
        "umiddelbart",
        "skam",
        "ellers",
        "desuden",
        "i",
        "går",
        "dag",
        "morgen",
        "aftes",
    }
)
INFINITIVE_AUX = frozenset({"have", "være", "blive"})  # "nægter at have angrebet"
PRONOUN_SUBJECTS = frozenset({"han", "hun", "de", "vi", "jeg", "den", "det", "ingen", "man"})
PERSONAL_PRONOUNS = frozenset({"vi", "jeg", "han", "hun", "de", "man", "du", "i"}) - {"i"}
FIRST_PERSON = frozenset({"jeg", "vi", "mig", "os", "vores"})  # "vores": the speaker's side
FINITE_ENDINGS = ("er", "te", "de", "ede")  # "kritiserer", "fordømte", "meddelte", "vedtede"
WEEKDAYS = frozenset({"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"})
PERSON_PRONOUNS = frozenset({"han", "hun", "ham", "hende"})
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
OBJECT_DEPS = ("obj", "iobj")


@cache
def time_words(lang: str, key: str) -> frozenset[str]:
    """A list of words from the language's time.yaml ("parts_of_day")."""
    from kronist.lang import read_yaml

    return frozenset(word.lower() for word in read_yaml(lang, "time.yaml").get(key, ()))


@cache
def night_connectors(lang: str) -> frozenset[str]:
    """The words joining a night to its day in time.yaml's "natten til", "natten mellem"."""
    from kronist.lang import read_yaml

    data = read_yaml(lang, "time.yaml")
    phrases = [*data.get("night_before", ()), *data.get("night_between", ())[:1]]
    return frozenset(phrase.split()[-1].lower() for phrase in phrases if len(phrase.split()) > 1)


@cache
def speech_verb_forms(lang: str) -> frozenset[str]:
    """Written forms of the verbs that report speech ("sagde", "oplyser"), from the language's
    speech_verbs.tsv (kinds "say" and "impersonal")."""
    from kronist.lang import read_tsv

    forms: set[str] = set()
    for row in read_tsv(lang, "speech_verbs.tsv"):
        if len(row) > 2 and row[1] in {"say", "impersonal"}:
            forms.update(form.strip().lower() for form in row[2].split(",") if form.strip())
    return frozenset(forms)


def _same_kind(first: Mention, second: Mention) -> bool:
    """ "i Danmark, Norge og Sverige" lists places; "i Sydafrika, Cyril Ramaphosa," names a
    person in apposition: a person after something else is no list member."""
    person = second.entity is not None and second.entity.label == "PER"
    return not person or (first.entity is not None and first.entity.label == "PER")


def lemmas(token: Token) -> frozenset[str]:
    """Lemma candidates for a token: the pipeline's, the lookup table's, and the word itself."""
    return _lemma_sets(token.doc)[token.i]


@per_doc
def _lemma_sets(doc: Doc) -> list[frozenset[str]]:
    """Each token's lemmas, made in one pass: the event stage asks for every word's, and for
    the same words' again and again. Read off the Doc's arrays (no Token per word), each
    distinct (form, lemma) once."""
    strings = doc.vocab.strings
    table = lemma_table("da")
    found = []
    readings = doc.to_array([LOWER, LEMMA])
    for key in zip(readings[:, 0].tolist(), readings[:, 1].tolist(), strict=True):
        lemmas = _LEMMA_SETS.get(key)
        if lemmas is None:
            lower, lemma = (strings[value] for value in key)
            lemmas = _LEMMA_SETS.keep(key, _lemmas(lower, lemma, table))
        found.append(lemmas)
    return found


# (lowercase form, lemma), as string-store keys -> the lemma candidates
_LEMMA_SETS: Memo[tuple[int, ...], frozenset[str]] = Memo()


def _lemmas(lower: str, lemma: str, table: dict[str, str]) -> frozenset[str]:
    found = {lower}
    if lemma:
        found.add(lemma.lower())
    looked_up = table.get(lower)
    if looked_up:
        found.add(looked_up.lower())
    return frozenset(found)


SENTENCE_FINAL = frozenset({".", "!", "?", ":", "»", "«", '"', "”", "…"})


def sentence_groups(doc: Doc) -> list[tuple[int, Span]]:
    """The document's sentences, with the pipeline's false breaks mended: a parser trained on
    little data may end a sentence at a comma or after a lone "»". Each group is (index of its
    first sentence in `doc.sents`, span). No group grows past MAX_SENTENCE_TOKENS tokens, so
    that text without sentence ends costs linear time."""
    groups: list[tuple[int, Span]] = []
    for index, sent in enumerate(doc.sents):
        if (
            groups
            and len(groups[-1][1]) + len(sent) <= MAX_SENTENCE_TOKENS
            and _continues(groups[-1][1], sent)
        ):
            first, previous = groups[-1]
            groups[-1] = (first, doc[previous.start : sent.end])
        else:
            groups.append((index, sent))
    return groups


def _continues(previous: Span, sent: Span) -> bool:
    if span_text(previous).endswith("\n") or not len(sent):
        return False
    if all(token.is_punct or token.is_space for token in previous):
        return True  # a lone "»"
    last = next((t for t in reversed(previous) if not t.is_space), None)
    first = sent[0]
    if first.text in {",", ";", ")"} or first.text[:1].islower():
        return True
    return last is not None and last.text not in SENTENCE_FINAL


def has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def has_tags(doc: Doc) -> bool:
    return doc.has_annotation("POS") or doc.has_annotation("TAG")


FUNCTION_TAGS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM"})


@dataclass
class Mention:
    """An actor mention in a sentence: an entity, or a pronoun resolved by the coder."""

    start: int  # token index
    end: int  # token index, exclusive
    entity: Entity | None
    text: str
    actor: Actor | None = None
    # the others a plural pronoun stands for ("Israel og Hamas ... Begge afviser": Hamas)
    partners: tuple[Mention, ...] = ()


class SentenceView:
    """One sentence with its entity mentions and linear clause structure."""

    def __init__(self, doc: Doc, sent: Span, index: int, mentions: list[Mention], lang: str):
        self.doc = doc
        self.sent = sent
        self.index = index
        self.start = sent.start
        self.end = sent.end
        self.lang = lang
        self.parsed = has_parse(doc) and not os.environ.get("KRONIST_LINEAR")
        self.tagged = has_tags(doc)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self.speaker: Mention | None = None  # set by the coder for sentences inside a quote
        self.following: Span | None = None  # the next sentence, set by the coder
        self._boundaries: dict[int, bool] = {}  # token -> is_boundary: clause scans ask again
        self._clause_starts: dict[int, int] = {}
        self._lowers = token_lowers(doc)
        self._lemmas = _lemma_sets(doc)
        self._word_keys: set[str] | None = None

    # --- tokens ----------------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self._lowers[i] if self.start <= i < self.end else ""

    def reads(self, i: int, words: tuple[str, ...]) -> bool:
        """Whether the words (lower-cased) stand in the sentence from token i on."""
        return all(self.lower(i + k) == word for k, word in enumerate(words))

    def lemmas(self, i: int) -> frozenset[str]:
        """`lemmas(doc[i])`, without making the Token."""
        return self._lemmas[i]

    def word_keys(self) -> set[str]:
        """The `match_keys` of all the sentence's words: a word set none of whose words is
        among them matches no word here."""
        if self._word_keys is None:
            self._word_keys = set()
            for i in range(self.start, self.end):
                add_match_keys(self._word_keys, self._lowers[i], self._lemmas[i])
        return self._word_keys

    def mention_at(self, i: int) -> Mention | None:
        return self._mention_at.get(i)

    def is_boundary(self, i: int) -> bool:
        """A token that ends one clause and starts another."""
        known = self._boundaries.get(i)
        if known is None:
            known = self._boundaries[i] = self._is_boundary(i)
        return known

    def _is_boundary(self, i: int) -> bool:
        word = self.lower(i)
        if word in SUBORDINATORS and self._parsed_as_preposition(i):
            return False  # "betragter YPG som en terrororganisation": "as", no clause
        if word in CLAUSE_PUNCT or word in SUBORDINATORS or word in COORDINATORS:
            joins = word in COORDINATORS or word == ","
            if word == "," and (self._closes_an_apposition(i) or self._opens_an_apposition(i)):
                return False  # "da politiet i Malawis hovedstad, Lilongwe, tirsdag åbnede ild"
            return not (joins and self._coordinates_nouns(i))
        if word == "at":
            return self.is_subordinating_at(i)
        if word == "om" and self.lower(i - 1) == ",":
            return True  # ", om Rusland angreb": "whether" opens a clause
        if word == "der":
            return self._is_relative(i)
        return False

    def _closes_an_apposition(self, i: int) -> bool:
        """The comma after a place named in apposition to a noun before it (", Lilongwe,"):
        the clause goes on past it."""
        name = self.mention_at(i - 1)
        return name is not None and name.end == i and self._place_in_apposition(name)

    def _opens_an_apposition(self, i: int) -> bool:
        name = self.mention_at(i + 1)
        return name is not None and name.start == i + 1 and self._place_in_apposition(name)

    def _place_in_apposition(self, name: Mention) -> bool:
        """A place's name between two commas, after a word ("hovedstad, Lilongwe,")."""
        if name.entity is None or name.entity.label != "LOC" or name.end >= self.end:
            return False
        opening, closing = name.start - 1, name.end
        if opening <= self.start or self.lower(opening) != "," or self.lower(closing) != ",":
            return False
        return self.doc[opening - 1].is_alpha

    def _parsed_as_preposition(self, i: int) -> bool:
        """A subordinator the parser hangs on a noun as its case marker ("som en trussel",
        "før angrebet") opens no clause."""
        return self.tagged and self.doc[i].dep_ == "case"

    def _coordinates_nouns(self, i: int) -> bool:
        """E.g. "Canada, Frankrig og Holland": an "og" or a comma between two mentions joins
        noun phrases; so does "og" between two nouns that name no actor ("brugte tåregas og
        vandkanoner mod", "sendte droner og missiler mod")."""
        before, after = self.mention_at(i - 1), self.mention_at(i + 1)
        if before is not None and after is not None:
            return True
        return (
            self.lower(i) == "og"
            and before is None
            and after is None
            and self._thing_noun(i - 1)
            and self._thing_noun(i + 1)
        )

    def joins_parsed_nouns(self, i: int) -> bool:
        """The parser joins two nouns with it, "og" or a comma ("36 droner af typen Shahed og
        tre ballistiske missiler", "droner, missiler"): its conjunct is a noun hung on a noun."""
        if not self.parsed:
            return False
        conjunct = self.doc[i].head
        return (
            self.doc[i].dep_ in {"cc", "punct"}
            and conjunct.i > i
            and conjunct.dep_ == "conj"
            and conjunct.pos_ == "NOUN"
            and conjunct.head.pos_ in {"NOUN", "PROPN"}
            and not any(self.doc[k].pos_ in {"VERB", "AUX"} for k in range(i + 1, conjunct.i))
        )

    def _thing_noun(self, j: int) -> bool:
        return self.start <= j < self.end and self.doc[j].pos_ == "NOUN"

    def _is_relative(self, i: int) -> bool:
        prev = self.lower(i - 1)
        return prev == "," or self.mention_at(i - 1) is not None

    def is_subordinating_at(self, i: int) -> bool:
        """E.g. "siger, at ..." (a clause follows) versus "planer om at evakuere" (infinitive)."""
        prev, nxt = self.lower(i - 1), self.lower(i + 1)
        if prev in word_class(self.lang, "infinitive_prepositions").words:
            return False
        if prev == "," or self.mention_at(i + 1) is not None:
            return True
        if nxt in PRONOUN_SUBJECTS or nxt in {"der", "en", "et", "to", "flere"}:
            return True
        if self.tagged and i + 1 < self.end:
            return self.doc[i + 1].pos_ not in {"VERB", "AUX", "ADV", "PART"}
        return False

    def infinitive_marker(self, i: int) -> int | None:
        j = i - 1
        while j >= self.start and (self.lower(j) in ADVERBS or self.lower(j) in INFINITIVE_AUX):
            j -= 1
        return j if self.lower(j) == "at" and not self.is_subordinating_at(j) else None

    def clause_start(self, i: int) -> int:
        start = self._clause_starts.get(i)
        if start is None:
            start = self._clause_starts[i] = self._clause_start(i)
        return start

    def _clause_start(self, i: int) -> int:
        j = i - 1
        while j >= self.start and not self.is_boundary(j):
            j -= 1
        return j + 1

    def clause_end(self, i: int, across_noun_lists: bool = False) -> int:
        """Where the clause of token i ends; `across_noun_lists` goes on past an "og" the parser
        reads as joining two nouns ("sendte 36 droner af typen Shahed og tre missiler mod")."""
        j = i + 1
        while j < self.end and not (
            self.is_boundary(j) and not (across_noun_lists and self.joins_parsed_nouns(j))
        ):
            j += 1
        return j

    def opener(self, i: int) -> str:
        """The boundary word that opened the clause of token i ("" at the sentence start)."""
        start = self.clause_start(i)
        return self.lower(start - 1) if start > self.start else ""

    # --- words -----------------------------------------------------------------------------

    def governing_preposition(self, mention: Mention, floor: int) -> str | None:
        """The preposition heading a mention's noun phrase ("mod [den amerikanske] ambassade");
        in a list ("i Danmark, Norge og Sverige") that of the list's first member."""
        previous = self.mention_at(mention.start - 2)
        listed = self.lower(mention.start - 1) in {",", "og"} and previous is not None
        if (
            listed
            and previous.end == mention.start - 1
            and previous.start >= floor
            and _same_kind(previous, mention)
        ):
            return self.governing_preposition(previous, floor)
        j = mention.start - 1
        steps = 0
        while j >= max(floor, self.start) and steps < 4:
            word = self.lower(j)
            if word in PREPOSITIONS:
                return None if self._partitive(j) else word
            if word in CLAUSE_PUNCT or self.is_boundary(j) or word in INFINITIVE_AUX:
                return None
            if word in word_class(self.lang, "verb_markers").words or self._verb_between(j):
                return None
            if self.lemmas(j) & word_class(self.lang, "time_nouns").words:
                return None  # "idømte i sidste uge Google en bøde": the "i" is the week's
            if word_class(self.lang, "adverbial_nouns").matches(word):
                return None  # "beskylder til gengæld hæren": "til gengæld" is an adverb
            if self._name_ends_at(j, mention):
                return None  # "opfordrede i Moskva Rusland til": a name ends the phrase before
            j -= 1
            steps += 1
        return None

    def _name_ends_at(self, j: int, mention: Mention) -> bool:
        """Another name (not a genitive owner, not a country adjective) ends at j."""
        other = self.mention_at(j)
        if other is None or other is mention or other.end != j + 1 or other.entity is None:
            return False
        return other.entity.label in NAME_LABELS and not other.entity.genitive

    def _partitive(self, j: int) -> bool:
        """ "af" after a quantity ("tusindvis af demonstranter"): the noun heads the phrase."""
        quantities = word_class(self.lang, "partitive_quantities")
        return self.lower(j) == "af" and j > self.start and quantities.matches(self.lower(j - 1))

    def _verb_between(self, j: int) -> bool:
        """A verb between a preposition and its noun phrase; an article or a preposition the
        tagger knows is none ("over [den amerikanske] beslutning")."""
        if self.tagged and self.doc[j].pos_ in FUNCTION_TAGS:
            return False
        return self.looks_like_verb(j)

    def looks_like_verb(self, i: int) -> bool:
        """Verb or noun? Word order decides where it can (a tagger trained on little data
        often calls "angreb" after a name a noun); the tagger breaks the remaining ties."""
        evidence = self.verb_evidence(i)
        if evidence is not None:
            return evidence
        token = self.doc[i]
        return self.tagged and token.pos_ in {"VERB", "AUX"}

    def verb_evidence(self, i: int) -> bool | None:
        """True/False when the neighbouring words show a verb/noun, None when they do not."""
        token = self.doc[i]
        j = i - 1 if self.lower(i - 1) == "i" else self._before_adverbials(i - 1)
        prev = self.lower(j)  # "i fængslet" is a place; "i går" an adverb
        if prev in word_class(self.lang, "verb_markers").words:
            return True
        if j >= self.start and j < i - 1 and self._finite_main_verb(j):
            return False  # "fordømte tirsdag angrebet": the word after a verb is its object
        if prev == "de" and token.lower_.endswith("t"):
            return True  # "de anholdt": after plural "de" an adjective ends in -e ("de anholdte")
        if self._closes_a_fronted_time(j):
            following = self.lower(i + 1)  # "Dagen efter angreb Rusland ...": V2
            return self.mention_at(i + 1) is not None or following in PRONOUN_SUBJECTS or None
        if self.object_fronted(j, i):
            return True  # "Det afviser Kreml": the fronted object, then the verb, its subject
        if j == i - 1 and self._pronoun_before_finite_verb(j, i):
            return True  # "Den afviser kritikken": the pronoun "den", not the article
        marks_a_noun = prev in word_class(self.lang, "noun_markers").words or self.doc[j].like_num
        if marks_a_noun and j == i - 1:
            return False  # "et angreb", "de to tiltalte"; not "En dag senere bombede"
        if marks_a_noun and token.lower_.endswith("e"):
            return False  # "den nu tiltalte": a participle made a noun across an adverb
        if self._inflected_adjective_before(j, i):
            return False  # "verdens mest komplette angriber": an inflected adjective's noun
        if token.is_title and i == self.start:
            return False
        if self.is_country_adjective(j) or self._genitive_at(j):
            return False  # "det iranske missilangreb", "militærets drab": a noun's modifiers
        if self.mention_at(j) is not None or prev in PRONOUN_SUBJECTS or prev in RELATIVE:
            return True
        following = self.lower(i + 1)  # V2: "I nat angreb Rusland ...", "sagde han"
        if self.mention_at(i + 1) is not None or following in PRONOUN_SUBJECTS:
            return True
        return None

    def _inflected_adjective_before(self, j: int, i: int) -> bool:
        """An adjective in -e before a noun-tagged word; not an actor noun the tagger took for
        one ("Oprørere angreb en militærbase": the rebels, then their verb)."""
        if j != i - 1 or not self.lower(j).endswith("e") or self.doc[j].pos_ != "ADJ":
            return False
        return self.doc[i].pos_ == "NOUN" and self.mention_at(j) is None

    def _pronoun_before_finite_verb(self, j: int, i: int) -> bool:
        return (
            self.tagged
            and self.doc[j].pos_ == "PRON"
            and "Fin" in morph_values(self.doc[i], "VerbForm")
        )

    def object_fronted(self, j: int, i: int) -> bool:
        """ "Det afviser Kreml", "Det benægter den russiske regering": a clause-opening "det"
        before a word the tagger calls a finite verb with the subject after it (V2), not the
        article of a noun ("Det angreb, der ...")."""
        if j != i - 1 or j != self.clause_start(j) or self.lower(j) not in FRONTED_OBJECTS:
            return False
        if not (self.tagged and "Fin" in morph_values(self.doc[i], "VerbForm")):
            return False
        following = self.lower(i + 1)
        return self.mention_at(i + 1) is not None or following in PRONOUN_SUBJECTS

    def _closes_a_fronted_time(self, j: int) -> bool:
        """ "Dagen efter", "Kort efter" opening the clause: the preposition is an adverb."""
        if (
            j - 1 != self.clause_start(j)
            or self.lower(j) not in word_class(self.lang, "postpositions").words
        ):
            return False
        return self.lower(j - 1) in word_class(self.lang, "postposition_heads").words

    def _before_adverbials(self, j: int) -> int:
        """The index before the adverbs and times that end at j ("har natten til mandag
        angrebet", "har i dag bombet"): they may stand between an auxiliary and its verb."""
        parts_of_day = time_words(self.lang, "parts_of_day")
        night_links = night_connectors(self.lang)
        while j >= self.start:
            word = self.lower(j)
            if word in ADVERBS or word in WEEKDAYS or word in parts_of_day:
                j -= 1
            elif word in night_links and self.lower(j - 1) in parts_of_day:
                j -= 2  # "natten til mandag"
            else:
                break
        return j

    def _finite_main_verb(self, j: int) -> bool:
        """A finite verb that is not an auxiliary: tagged so, or a finite form ("fordømte",
        "kritiserer") of a verb of the event lexicon, whatever the tagger says."""
        token = self.doc[j]
        morph = str(token.morph)
        if token.pos_ == "VERB" and "VerbForm=Fin" in morph and "Tense=" in morph:
            return True
        from kronist.events.lexicon import load_lexicon

        form = token.lower_
        if not form.endswith(FINITE_ENDINGS) or form in word_class(self.lang, "verb_markers").words:
            return False
        return bool(load_lexicon(self.lang).verb_patterns(form, lemmas(token) - {form}))

    def _genitive_at(self, j: int) -> bool:
        mention = self.mention_at(j)
        return mention is not None and mention.entity is not None and mention.entity.genitive

    def is_country_adjective(self, j: int) -> bool:
        """E.g. "iranske", "amerikansk": a word the country lexicon knows as an adjective."""
        if not self.start <= j < self.end:
            return False
        try:
            from kronist.actors.countries import country_lexicon
        except ImportError:
            return False
        return country_lexicon(self.lang).adjective(self.lower(j).rstrip("-")) is not None

    def country_named_at(self, j: int) -> str | None:
        """The country a word names as an adjective, a name or a name's genitive ("tyske",
        "Ukraine", "Ukraines", "USA's")."""
        if not self.start <= j < self.end:
            return None
        from kronist.actors.countries import country_lexicon

        lexicon = country_lexicon(self.lang)
        text = self.doc[j].text
        bases = (text, text.removesuffix("'s"), text.removesuffix("s"), text.removesuffix("'"))
        named = next((lexicon.names[b] for b in bases if b in lexicon.names), None)
        return named or lexicon.adjective(self.lower(j).rstrip("-"))

    def is_passive(self, i: int, deponents: frozenset[str] = frozenset()) -> bool:
        """A passive verb: "-s" form ("angribes"), a participle after "blive"/"være" or a
        reporting passive ("meldes såret"), or a bare participle ("Mand anholdt for drab")."""
        token = self.doc[i]
        form = token.lower_
        if form in deponents:
            return False
        if "Pass" in morph_values(token, "Voice"):
            return True
        if "Fin" in morph_values(token, "VerbForm") and "Act" in morph_values(token, "Voice"):
            return False  # "holdt et møde": a past tense that looks like a participle
        forms = lemmas(token) - {form}
        if forms & AUXILIARY_LEMMAS:
            return False  # "er blevet enige": an auxiliary's own participle is no passive
        if forms & word_class(self.lang, "be_perfect_verbs").words:
            return False  # "er gået af", "er trådt tilbage": "være" makes their perfect
        if form.endswith("s") and any(lemma + "s" == form for lemma in forms):
            return True
        if not form.endswith("t"):  # Danish infinitives never end in -t, participles do
            return False
        j = i - 1
        while j >= self.start and not self.is_boundary(j):
            word = self.lower(j)
            if word in PERFECT_AUX:
                return False
            if word in PASSIVE_AUX or word in REPORT_PASSIVES:
                return True
            j -= 1
        shared = self._coordinated_participle_head(i)
        if shared is not None:
            return self.is_passive(shared, deponents)  # "har fordømt angrebet og truet med hævn"
        direct_objects = [m for m, preposition in self.objects_after(i) if not preposition]
        if not direct_objects and self._bare_object_after(i):
            return False  # "Politiet anholdt syv fans": an object that names no actor
        return not direct_objects or self.agent_after(i) is not None

    def _coordinated_participle_head(self, i: int) -> int | None:
        """The participle a participle is coordinated with ("har fordømt ... og truet", "blev
        anholdt og sigtet"): they share the auxiliary, and so active or passive voice."""
        if not self.parsed:
            return None
        head = self.doc[i].head
        if self.doc[i].dep_ != "conj" or not self.start <= head.i < i or head.pos_ != "VERB":
            return None
        return head.i if head.lower_.endswith("t") else None

    def _bare_object_after(self, i: int) -> bool:
        """The parser's direct object right after the verb, no preposition between them."""
        for child in self.dep_children(i, ("obj",)):
            between = range(i + 1, child.i)
            if child.i >= self.end or child.is_space:
                continue  # a parse across a headline's end ("Oppositionsleder anholdt")
            if child.i > i and not any(self.doc[k].pos_ == "ADP" for k in between):
                return True
        return False

    # --- arguments (linear) ----------------------------------------------------------------

    def first_mention(self, lo: int, hi: int, skip_pp: bool = True) -> Mention | None:
        for mention in self.mentions:
            if mention.start < lo or mention.start >= hi:
                continue
            if skip_pp and self.governing_preposition(mention, lo) is not None:
                continue
            return mention
        return None

    def subject_of(self, i: int, depth: int = 0, via_control: bool = False) -> Mention | None:
        """The subject of the verb at i, read linearly (with control and coordination)."""
        if depth > 3:
            return None
        start = self.clause_start(i)
        opener = self.opener(i)
        marker = self.infinitive_marker(i)
        if marker is not None:
            return self.controller_of(marker, depth)
        if opener in RELATIVE and self.first_mention(start, i) is None:
            antecedent = self._antecedent(start - 1)
            if antecedent is not None or self.lower(start - 2) == ",":
                # "droneangrebet, der dræbte Soleimani": the relative's subject is what it
                # hangs on, even a thing; the name after the verb is its object
                return antecedent
        before = self.first_mention(start, i)
        if before is not None and self._cited_source(start, before):
            before = None  # "Ifølge Centcom skød en destroyer ...": the source, not the subject
            inverted = self.inverted_subject(i)
            if inverted is not None:
                return inverted
        if before is not None:
            return self._richer(before, i)
        if self.object_fronted(start, i):
            return self.inverted_subject(i)  # "Det afviser Kreml"
        if self.lower(start) in {"der", "det"}:  # expletive: "der er ingen planer om ..."
            return self._reporter(start, depth) if via_control else None
        if any(self.lower(k) in PERSONAL_PRONOUNS for k in range(start, i)):
            # "Vi sender soldater": an unresolved pronoun is the subject; "To betjente blev
            # såret, da de forsøgte at anholde ...": "de" after a subordinator is the group
            # that opens the sentence
            return self._group_before(start) if self.lower(start) == "de" else None
        if self._unnamed_subject(start, i):
            return None  # "og mindst 40 blev anholdt", "efter at nogle kastede sten": unnamed
        shares_subject = opener in COORDINATORS and all(
            self.lower(k) in ADVERBS for k in range(start, i)
        )
        if shares_subject and start < i:
            # "og senere roste Baerbock Beijing": an adverbial fronted after the conjunction
            # makes a main clause of its own, its subject after the verb (V2); a shared
            # subject has the verb right after the conjunction ("og roste senere Indien")
            inverted = self.inverted_subject(i)
            if inverted is not None:
                return inverted
        conjoined = self._subject_of_conjoined_verb(i) if shares_subject or opener == "," else None
        if conjoined is not None:
            return conjoined  # "har afsat præsidenten, Mohamed Bazoum, og taget magten"
        if not shares_subject:
            after_comma = opener == ","  # "Sveriges statsminister, Ulf Kristersson, takker ..."
            if after_comma and self._opens_with_adverbial_clause():
                # "Efter at Israel angreb Gaza, truede Iran ...": the fronted clause stands
                # first in the main clause, whose subject follows its verb (V2)
                return self.inverted_subject(i)
            return (
                self._subject_before_relative(start)
                or (self._subject_across_lists(start, i) if after_comma else None)
                or self.inverted_subject(i)
                or self._subject_across_lists(start, i)
            )
        previous_verb = self._previous_clause_verb(start - 1)
        if previous_verb is not None:
            return self.subject_of(previous_verb, depth + 1)
        return None

    def _opens_with_adverbial_clause(self) -> bool:
        """The sentence opens with a subordinate clause ("Da ...", "Efter at ...", "For at ...")."""
        first = self.lower(self.start)
        return first in ADVERBIAL_SUBORDINATORS or self.lower(self.start + 1) == "at"

    def _subject_of_conjoined_verb(self, i: int) -> Mention | None:
        """The parser's subject of the verb a coordinated verb is joined to: an apposition or a
        list between them is no subject of the second."""
        if not self.parsed:
            return None
        token = self.doc[i]
        head = token.head
        if token.dep_ != "conj" or head.i >= i or head.i < self.start or head.pos_ != "VERB":
            return None
        if self._closes_a_subordinate_clause(i, head):
            head = head.head  # "kræver, at myndighederne løslader de anholdte, og udtrykker ..."
        subject = self.dep_subject(head.i)
        return self.mention_in_subtree(subject) if subject is not None else None

    def _closes_a_subordinate_clause(self, i: int, head: Token) -> bool:
        """A comma before the coordinator ends the at-clause the first verb stands in (Danish
        punctuation closes a subordinate clause with a comma): the second verb is the main
        clause's."""
        return (
            self.lower(i - 1) in COORDINATORS
            and self.lower(i - 2) == ","
            and head.dep_ in ("ccomp", "advcl")
            and any(child.dep_ == "mark" and child.i < head.i for child in head.children)
            and head.head.pos_ == "VERB"
            and self.start <= head.head.i < head.i
        )

    def _unnamed_subject(self, start: int, i: int) -> bool:
        """The clause opens (after its opener and any "mindst", "over") with a count or an
        indefinite pronoun and goes on with its verb ("og mindst 40 blev anholdt", "efter at
        nogle kastede sten"): people the text does not name, not a subject further back."""
        skip = opener_words(self.lang) | word_class(self.lang, "count_qualifiers").words
        k = start
        while k < i and (self.lower(k) in skip or self.lower(k) in COORDINATORS):
            k += 1
        if k >= i:
            return False
        token = self.doc[k]
        count = token.like_num and not (token.text.isdigit() and len(token.text) == 4)
        if not (count or self.lower(k) in word_class(self.lang, "indefinite_subjects").words):
            return False
        return all(
            self.lower(j) in FINITE_AUX or (self.lower(j) in ADVERBS and self.doc[j].pos_ != "NOUN")
            for j in range(k + 1, i)
        )  # not "En dag senere angreb ...": a time

    def _cited_source(self, start: int, mention: Mention) -> bool:
        """The mention stands in a fronted phrase that cites a source ("Ifølge Pentagon")."""
        sources = word_class(self.lang, "source_markers").words
        return any(self.lower(k) in sources for k in range(start, mention.start))

    def _group_before(self, start: int) -> Mention | None:
        if self.opener(start) not in SUBORDINATORS:
            return None
        first = self.first_mention(self.start, start - 1)
        if first is None or first.start != self.start:
            return None
        head = self.doc[first.end - 1]
        return first if "Plur" in morph_values(head, "Number") else None

    def _subject_before_relative(self, start: int) -> Mention | None:
        """E.g. "Hamas, der er støttet af Iran, angreb Israel": after a relative clause the main
        clause goes on with the relative pronoun's antecedent as its subject."""
        if start - 1 < self.start or self.lower(start - 1) != ",":
            return None
        previous = start - 2
        if previous < self.start or self.opener(previous) not in RELATIVE:
            return None
        relative_start = self.clause_start(previous) - 1
        if self.clause_start(max(relative_start - 1, self.start)) != self.start:
            return None  # only when the relative clause hangs on the sentence's first phrase
        return self._antecedent(relative_start)

    def _subject_across_lists(self, start: int, i: int) -> Mention | None:
        """E.g. "hvor de med fyrværkeri, slagord og taler udtrykte ...": commas and "og" inside a
        clause list things; look back to the clause's real start."""
        j = start - 1
        while j >= self.start:
            word = self.lower(j)
            if word in STRONG_BOUNDARY_PUNCT or word in SUBORDINATORS or word in RELATIVE:
                break
            if word == "men":  # "..., men landets premierminister, Viktor Orbán, har ..."
                break
            if word == "at" and self.is_subordinating_at(j):
                break
            j -= 1
        if j + 1 >= start:
            return None
        found = self.first_mention(j + 1, start)
        return self._richer(found, start) if found is not None else None

    def _richer(self, mention: Mention, hi: int) -> Mention:
        """E.g. "Frankrigs præsident, Emmanuel Macron", "Den amerikanske techvirksomhed
        Veridian": a bare country genitive or adjective gives way to the person or body of that
        country named next to it; so does an organisation's genitive ("FN's generalsekretær,
        António Guterres")."""
        actor = mention.actor
        if actor is None or not self._country_modifier(mention):
            return mention
        if actor.sector and not (mention.entity is not None and mention.entity.genitive):
            return mention  # "FN's generalsekretær, António Guterres": an owner gives way too
        for other in self.mentions:
            if mention.end <= other.start < hi and other.actor is not None:
                same = other.actor.country in {actor.country, None}
                if same and self._someone(other) and other.start - mention.end <= 4:
                    return other
        return mention

    def _country_modifier(self, mention: Mention) -> bool:
        """A country's genitive ("Frankrigs") or adjective ("amerikanske")."""
        return self.lower(mention.end - 1).endswith("s") or mention.text[:1].islower()

    @staticmethod
    def _someone(mention: Mention) -> bool:
        """A person or body: it has a sector, or the NER names a person or organisation."""
        label = mention.entity.label if mention.entity is not None else None
        return bool(mention.actor and mention.actor.sector) or label in {"PER", "ORG"}

    def reporter_of(self, i: int) -> Mention | None:
        """Who says what the "at"-clause of token i tells: the subject of the nearest speech
        verb before it ("sagde premierministeren i en erklæring, at ...")."""
        start = self.clause_start(i)
        if self.opener(i) != "at":
            return None
        verbs = speech_verb_forms(self.lang)
        for j in range(start - 2, self.start - 1, -1):
            if self.lower(j) in verbs:
                return self.subject_of(j, 1)
        return None

    def source_of(self, i: int) -> Mention | None:
        """Who the text says tells what the clause of token i tells: the subject of a speech
        verb before its "at"-clause ("Iran siger, at ..."), of one after it (", mener Iran"),
        or the name after "ifølge" in the sentence."""
        return self.reporter_of(i) or self._trailing_reporter(i) or self._cited_source_name()

    def _trailing_reporter(self, i: int) -> Mention | None:
        comma = next((k for k in range(i + 1, self.end) if self.lower(k) == ","), None)
        if comma is None or self.lower(comma + 1) not in speech_verb_forms(self.lang):
            return None
        told_from = next(
            (
                k
                for k in range(comma + 2, min(self.end, comma + 2 + FROM_REACH))
                if self.lower(k) == "fra"
            ),
            None,
        )
        if told_from is not None:  # ", lyder det fra Venstre": whoever it is heard from
            return self.first_mention(
                told_from + 1, min(self.end, told_from + 1 + SOURCE_NAME_REACH)
            )
        return self.inverted_subject(comma + 1)

    def _cited_source_name(self) -> Mention | None:
        sources = word_class(self.lang, "source_markers").words
        for k in range(self.start, self.end):
            if self.lower(k) in sources:
                return self.first_mention(k + 1, min(self.end, k + 1 + SOURCE_NAME_REACH))
        return None

    def _reporter(self, start: int, depth: int) -> Mention | None:
        """Whose plan an impersonal "der er planer om at ..." is: the reporting subject ("USA
        oplyser, at der ...") or, inside a quote, its speaker."""
        if self.opener(start) == "at" and start - 2 >= self.start:
            return self.subject_of(start - 2, depth + 1)
        return self.speaker

    def controller_of(self, marker: int, depth: int = 0) -> Mention | None:
        """Who does what an infinitive says: the governing clause's subject, or its object after
        an object-control verb ("mistænker X for at stå bag", "opfordrer X til at ...")."""
        j = marker - 1
        if self.lower(j) in word_class(self.lang, "infinitive_prepositions").words:
            j -= 1
        if j < self.start:
            return None
        owner = self._owner_of_noun(j)
        if owner is not None:
            return owner  # "regeringens beslutning om at indstille forhandlingerne"
        start = self.clause_start(j)
        controls = word_class(self.lang, "object_control")
        verb = next(
            (
                k
                for k in range(j, start - 1, -1)
                if any(controls.matches(lemma) for lemma in lemmas(self.doc[k]))
            ),
            None,
        )
        if verb is not None and not self.is_passive(verb):
            obj = next(
                (
                    m
                    for m in self.mentions
                    if verb < m.start <= j and self.governing_preposition(m, verb + 1) is None
                ),
                None,
            )
            if obj is not None:
                return obj
            if any(self.lower(k) not in ADVERBS for k in range(verb + 1, j + 1)):
                return None  # "få parterne til at enes": an object we cannot name
        return self._subject_after_its_verb(j) or self.subject_of(j, depth + 1, via_control=True)

    def _subject_after_its_verb(self, j: int) -> Mention | None:
        """ "Lørdag forsøgte demonstranterne at trænge ind": after a fronted adverbial the
        subject follows the finite verb (V2) and stands right before the infinitive's "at"."""
        mention = self.mention_at(j)
        if mention is None or not self.tagged:
            return None
        k = mention.start - 1
        start = self.clause_start(j)
        if k <= start or not self._fronted(start):
            return None
        verb = self.doc[k]
        finite = verb.pos_ in {"VERB", "AUX"} and "Fin" in morph_values(verb, "VerbForm")
        return mention if finite else None

    def _owner_of_noun(self, j: int) -> Mention | None:
        """The genitive owner of a noun an infinitive depends on: whose decision or plan it is."""
        if not self.tagged or self.doc[j].pos_ != "NOUN":
            return None
        k = j - 1
        while k >= self.start and self.doc[k].pos_ == "ADJ":
            k -= 1
        return self.mention_at(k) if k >= self.start and self._genitive_at(k) else None

    def _antecedent(self, boundary: int) -> Mention | None:
        j = boundary - 1 if self.lower(boundary) in RELATIVE else boundary
        if self.lower(j) == ",":
            j -= 1
        mention = self.mention_at(j)
        if mention is None:
            mention = next(
                (m for m in reversed(self.mentions) if m.end <= j + 1 and j + 1 - m.end <= 3),
                None,
            )
        if mention is not None and self._place_in_phrase(mention):
            # "Præsidenten i Brasilien, der ...": the phrase the place modifies; "et angreb i
            # Bagdad, der dræbte ...": the attack killed, not the city
            return self.mention_at(mention.start - 2) if mention.start - 2 >= self.start else None
        return mention

    def _place_in_phrase(self, mention: Mention) -> bool:
        """A place named in a prepositional phrase: where something is, not who acts; a place
        something comes from is whose it is ("raketter fra Libanon")."""
        if mention.entity is None or mention.entity.label != "LOC":
            return False
        preposition = self.governing_preposition(mention, self.start)
        origins = word_class(self.lang, "origin_prepositions")
        return preposition is not None and not origins.matches(preposition)

    def inverted_subject(self, i: int, object_first: bool = False) -> Mention | None:
        """V2 order: "I weekenden angreb USA ...", "Nu har Rusland angrebet": after a fronted
        adverbial or object the subject follows the finite verb. A clause that starts with a
        noun phrase ("Vestlige lande har kritiseret Kina") has its subject there, unless the
        caller knows that phrase for the verb's object ("Kritikken afviser regeringen")."""
        start = self.clause_start(i)
        finite = next(
            (k for k in range(start, i) if self.lower(k) in FINITE_AUX),
            i,
        )
        if finite > start and not (object_first or self._fronted(start)):
            return None
        end = self.clause_end(i)
        j = finite + 1
        steps = 0
        while j < end and steps < 3:
            mention = self.mention_at(j)
            if mention is not None:
                return mention
            if self.lower(j) not in ADVERBS and not self.is_determiner(j):
                return None
            j += 1
            steps += 1
        return None

    def is_determiner(self, j: int) -> bool:
        """ "står en russisk hackergruppe bag": an article opens the inverted subject."""
        return self.tagged and self.doc[j].pos_ == "DET"

    def _fronted(self, k: int) -> bool:
        """Whether the clause's first word opens an adverbial or a fronted object."""
        word = self.lower(k)
        token = self.doc[k]
        return (
            word in PREPOSITIONS
            or word in ADVERBS
            or word in word_class(self.lang, "fronted_words").words
            or self._closes_a_fronted_time(k + 1)
            or (token.like_num and not self._article_before_a_subject(k))
        )

    def _article_before_a_subject(self, k: int) -> bool:
        """ "En gaseksplosion dræbte tre": "en" is the article of the subject, not the number
        of a fronted time ("En dag senere angreb ...")."""
        if not self.is_determiner(k) or k + 1 >= self.end:
            return False
        return self.doc[k + 1].lower_ not in word_class(self.lang, "time_nouns").words

    def _previous_clause_verb(self, boundary: int) -> int | None:
        j = boundary - 1
        start = self.clause_start(max(j, self.start))
        while j >= start:
            if self.looks_like_verb(j):
                return j
            j -= 1
        return None

    def objects_after(
        self, i: int, skip: Mention | None = None, across_noun_lists: bool = False
    ) -> list[tuple[Mention, str]]:
        """Mentions after the verb in its clause, each with its preposition ("" = object)."""
        end = self.clause_end(i, across_noun_lists)
        found = []
        for mention in self.mentions:
            if mention.start <= i or mention.start >= end or mention is skip:
                continue
            found.append((mention, self.governing_preposition(mention, i + 1) or ""))
        return found

    def agent_after(self, i: int) -> Mention | None:
        """The "af X" agent of a passive verb."""
        for mention, preposition in self.objects_after(i):
            if preposition == "af":
                return mention
        return None

    def clause_subject_after_at(self, i: int) -> Mention | None:
        """In "forventer, at Irak ...", the subject of the at-clause after the verb."""
        j = i + 1
        while j < min(self.end, i + 5):
            if self.lower(j) == "at":
                return self.first_mention(j + 1, self.clause_end(j + 1) + 1, skip_pp=True)
            j += 1
        return None

    # --- arguments (dependency tree) -------------------------------------------------------

    def dep_subject(self, i: int) -> Token | None:
        token = self.doc[i]
        for _ in range(3):
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child
            if token.dep_ in {"conj", "aux", "cop"} and token.head is not token:
                token = token.head
                continue
            break
        return None

    def dep_children(self, i: int, deps: tuple[str, ...]) -> list[Token]:
        return [child for child in self.doc[i].children if child.dep_ in deps]

    def dep_obliques(self, i: int) -> list[tuple[Token, str]]:
        found = []
        for child in self.doc[i].children:
            if child.dep_.startswith("obl") or child.dep_.startswith("nmod"):
                case = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
                found.append((child, case))
        return found

    def mention_in_subtree(self, token: Token) -> Mention | None:
        """The token's own mention, else the first in its phrase that names a country
        ("den militante gruppe Kataib Hizbollah"), else the first at all."""
        mention = self.mention_at(token.i)
        if mention is not None and self._place_in_phrase(mention):
            mention = None  # "et betontag på banegården i Novi Sad": a misparsed "Sad" is where
        if mention is not None and mention.actor is not None and mention.actor.country:
            return mention
        found = [mention] if mention is not None else []
        for descendant in token.subtree:
            if abs(descendant.i - token.i) > 8:
                continue
            inner = self.mention_at(descendant.i)
            if inner is None or inner in found:
                continue
            if inner is not mention and self._place_in_phrase(inner):
                continue  # "en eksplosion på en fabrik i Kina": where, not who
            found.append(inner)
        with_country = [m for m in found if m.actor is not None and m.actor.country]
        return (with_country or found or [None])[0]
