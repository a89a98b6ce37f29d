"""Did it happen? Negation ("ingen planer om at evakuere") and modality ("vil", "truer med")."""

from __future__ import annotations

from functools import cache

from kronist.events.lexicon import Lexicon, word_class
from kronist.events.syntax import ADVERBS, FINITE_AUX, PREPOSITIONS, SentenceView, lemmas
from kronist.lang import read_tsv
from kronist.nlp.docs import morph_values

AFTER_VERB = 2  # "angreb ikke", "har ikke": a negation may follow the finite verb


def scope(view: SentenceView, i: int) -> range:
    """Tokens whose cues bear on the event at i: its clause, and the clause governing its
    infinitive ("der er ingen planer om at evakuere")."""
    start = view.clause_start(i)
    marker = view.infinitive_marker(i)
    hops = 0
    while marker is not None and hops < 2:
        start = view.clause_start(max(marker - 1, view.start))
        marker = view.infinitive_marker(start) if start > view.start else None
        hops += 1
    return range(start, min(view.clause_end(i), i + AFTER_VERB + 1))


QUOTE_MARKS = frozenset({"»", "«", '"', "“", "”", "'", "-", "–"})
NOUN_NEGATION_REACH = 3  # "ingen [voldelige] konfrontationer", "ikke nogen demonstration"


def is_negated(view: SentenceView, i: int, lexicon: Lexicon, noun: bool = False) -> bool:
    if noun:
        return _noun_negated(view, i, lexicon)
    for j in scope(view, i):
        if j == i:
            continue
        token = view.doc[j]
        if _negation_at(view, j, lexicon):
            return True
        if j < i and lemmas(token) & lexicon.negation_verbs and view.infinitive_marker(i):
            return True
    return False


NOUN_MODALITY_REACH = 4  # "planer om [et] angreb", "truer med [nye] sanktioner"
NOUN_CUE_PREPOSITIONS = frozenset({"om", "med", "til", "for"})


def modality(view: SentenceView, i: int, lexicon: Lexicon, noun: bool = False) -> str:
    if _yes_no_question(view) or _conditional_inversion(view, i):
        return "hypothetical"  # "Vil Kina invadere Taiwan?" asks, it does not tell
    words = [view.lower(j) for j in range(view.start, view.end)]
    window = _noun_cue_window(view, i) if noun else [j for j in scope(view, i) if j < i]
    opener = view.clause_start(i) - 1  # "Hvis Rusland angriber": the clause's subordinator
    if asks_whether(view, i):
        return "hypothetical"  # "undersøger, om Rusland angreb": whether it happened
    if opener >= view.start and opener not in window:
        window = [opener, *window]
        governed = _governing_cue(view, opener, lexicon)
        if governed is not None:
            return governed  # "frygter, at Rusland vil angribe": feared, not told
    for j in reversed(window):
        k = j - view.start
        if _relative_whose(view, j):
            continue  # "Kvinden, hvis søn blev dræbt": no condition
        cues = lexicon.modality_cues(words[k]) if 0 <= k < len(words) else lexicon.modality
        for cue, value in cues:
            if tuple(words[k : k + len(cue)]) == cue:
                return value
    return "asserted"


def asks_whether(view: SentenceView, i: int) -> bool:
    """Token i stands in an indirect question ("Det er uklart, om Iran vil svare igen")."""
    opener = view.clause_start(i) - 1
    return view.lower(opener) == "om" and view.lower(opener - 1) == ","


def _governing_cue(view: SentenceView, opener: int, lexicon: Lexicon) -> str | None:
    """The modality of the verb an at-clause hangs on ("frygter, at ..."), which bears on
    everything the clause tells."""
    governing = opener - 1 - (view.lower(opener - 1) == ",")
    while governing > view.start and view.lower(governing) in ADVERBS:
        governing -= 1  # "frygter også, at ...", "mener ikke, at ..."
    if view.lower(opener) != "at" or governing < view.start:
        return None
    word = view.lower(governing)
    return next((value for cue, value in lexicon.modality_cues(word) if cue == (word,)), None)


def _conditional_inversion(view: SentenceView, i: int) -> bool:
    """ "Skulle SF trække sig, vil regeringen miste flertallet": a sentence that opens with its
    finite verb and goes on after a comma states a condition there, as "hvis" does."""
    first = next((j for j in range(view.start, view.end) if view.lower(j) not in QUOTE_MARKS), None)
    if first is None or first >= i:
        return False
    if not _finite_verb(view, first):
        return False
    comma = next((j for j in range(first + 1, view.end) if view.lower(j) == ","), None)
    return comma is not None and i < comma and _finite_verb(view, comma + 1)


def in_consequence(view: SentenceView, i: int) -> bool:
    """Token i stands in the main clause that a condition bears on: "Hvis Iran angriber, vil USA
    svare igen", "USA indfører sanktioner, hvis ...", "Angriber Rusland, vil NATO ..."."""
    consequence = _consequence(view)
    return consequence is not None and i in consequence


def _consequence(view: SentenceView) -> range | None:
    first = next((j for j in range(view.start, view.end) if view.lower(j) not in QUOTE_MARKS), None)
    if first is None or _yes_no_question(view):
        return None
    if _finite_verb(view, first) or _condition_opener(view, first):
        comma = next((j for j in range(first + 1, view.end) if view.lower(j) == ","), None)
        if comma is None or not _finite_verb(view, comma + 1):
            return None
        return range(comma + 1, view.clause_end(comma + 1))
    condition = next((j for j in range(first + 2, view.end) if _condition_opener(view, j)), None)
    if condition is None or view.lower(condition - 1) != ",":
        return None
    return range(view.clause_start(condition - 2), condition - 1)


def _condition_opener(view: SentenceView, j: int) -> bool:
    """ "hvis", "såfremt", "medmindre" opening a condition."""
    words = word_class(view.lang, "condition_openers").words
    return view.lower(j) in words and not _relative_whose(view, j)


def _relative_whose(view: SentenceView, j: int) -> bool:
    """The relative "hvis" (whose) of "manden, hvis søn blev dræbt": before a bare singular noun,
    where the conditional "hvis" stands before its clause's subject ("hvis landet", "hvis de")."""
    if view.lower(j) != "hvis" or not view.tagged or j + 1 >= view.end:
        return False
    after = view.doc[j + 1]
    bare = "Ind" in morph_values(after, "Definite") and "Sing" in morph_values(after, "Number")
    return after.pos_ == "NOUN" and bare


def _finite_verb(view: SentenceView, j: int) -> bool:
    """A finite verb by its tags, or an auxiliary by its form where there are no tags."""
    if j >= view.end:
        return False
    token = view.doc[j]
    if not view.tagged:
        return view.lower(j) in FINITE_AUX
    return token.pos_ in {"AUX", "VERB"} and "Ind" in morph_values(token, "Mood")


def _yes_no_question(view: SentenceView) -> bool:
    """A sentence that ends in "?" and opens with its verb (Danish yes/no questions)."""
    last = next(
        (j for j in range(view.end - 1, view.start - 1, -1) if view.lower(j) not in QUOTE_MARKS),
        None,
    )
    if last is None or view.lower(last) != "?":
        return False
    first = next((j for j in range(view.start, view.end) if view.lower(j) not in QUOTE_MARKS), None)
    token = view.doc[first]
    return (
        token.pos_ in {"VERB", "AUX"}
        or token.lower_ in word_class(view.lang, "question_verbs").words
    )


def _negation_at(view: SentenceView, j: int, lexicon: Lexicon) -> bool:
    """A negation particle, of one word ("ikke") or several ("ude af stand"), starts at j."""
    word = view.lower(j)
    found = word in lexicon.negation_particles or any(
        phrase[0] == word and view.reads(j, phrase)
        for phrase in _phrases(lexicon.negation_particles)
    )
    return found and not _denies_nothing_at(view, j)


@cache
def _phrases(particles: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The particles of several words, split once."""
    return tuple(tuple(p.split()) for p in particles if " " in p)


def _noun_negated(view: SentenceView, i: int, lexicon: Lexicon) -> bool:
    """ "ingen angreb", "har ikke gennemført angreb": a negation before the noun in its phrase
    or on its light verb. One on another verb denies that verb, not the event the noun names
    ("har ikke kommenteret angrebet")."""
    for j in range(i - 1, max(view.start, i - NOUN_NEGATION_REACH) - 1, -1):
        if _negation_at(view, j, lexicon):
            return True
        if view.is_boundary(j) or _other_verb(view, j, lexicon):
            return False
    return False


def _other_verb(view: SentenceView, j: int, lexicon: Lexicon) -> bool:
    token = view.doc[j]
    if token.pos_ != "VERB":
        return False
    return not lexicon.support_verbs(token.lower_, lemmas(token))


def _noun_cue_window(view: SentenceView, i: int) -> list[int]:
    """Where a cue bears on an event noun: its own phrase and the verb or noun it complements
    ("planer om angreb", "vil iværksætte et angreb"); a noun in an adverbial ("efter det
    iranske missilangreb") tells a fact whatever the clause around it may say, unless its own
    phrase says otherwise ("svar på ethvert angreb")."""
    window: list[int] = []
    j = i - 1
    while j >= max(view.start, i - NOUN_MODALITY_REACH) and not view.is_boundary(j):
        word = view.lower(j)
        window.append(j)
        if word in PREPOSITIONS and word not in NOUN_CUE_PREPOSITIONS:
            return sorted(window[:-1])  # only the noun's own phrase: "på ethvert angreb"
        j -= 1
    window.extend(k for k in scope(view, i) if k <= j)
    return sorted(window)


@cache
def _non_denials(lang: str) -> tuple[tuple[str, ...], ...]:
    """ "ikke under", "ikke færre end" (a floor to a count), "ikke blot" (adds): phrases that
    open with a negation particle and deny nothing."""
    rows = read_tsv(lang, "negation.tsv")
    kinds = {"floor", "additive"}
    return tuple(tuple(row[0].split()) for row in rows if len(row) > 1 and row[1] in kinds)


def _denies_nothing_at(view: SentenceView, j: int) -> bool:
    """ "ikke under 5000 er sårede" tells at least 5000 wounded; "har ikke blot fordømt
    angrebet" condemned it."""
    return any(view.reads(j, words) for words in _non_denials(view.lang))
