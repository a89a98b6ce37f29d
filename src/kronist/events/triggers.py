"""Finding the words that tell an event: verb patterns and event nouns from the lexicons."""

from __future__ import annotations

from dataclasses import dataclass, field

from kronist.events.lexicon import (
    NOT_AN_EVENT,
    Lexicon,
    NounPattern,
    VerbPattern,
    WordSet,
    word_class,
)
from kronist.events.polarity import asks_whether, modality
from kronist.events.syntax import CLAUSE_PUNCT, PREPOSITIONS, SentenceView, lemmas
from kronist.nlp.docs import morph_values, punct_or_number

REQUIREMENT_REACH = 13  # tokens after the verb where its object may stand
RECIPIENT_REACH = 2 * REQUIREMENT_REACH  # "sendte 36 droner af typen Shahed og tre ... mod X"
PARTICLE_REACH = 6  # a particle stays close: "trak sine tropper tilbage", not "gik ind for ... af"
PARTICLES = frozenset(
    {
        "af",
        "ud",
        "ind",
        "op",
        "ned",
        "til",
        "på",
        "tilbage",
        "hjem",
        "fri",
        "igen",
        "med",
        "om",
        "frem",
        "bag",
        "imod",
        "for",
        "mod",
        "i",
        "efter",
        "sig",
        "ihjel",
        "sammen",
    }
)
PARTICIPLE_POS = {"VERB", "AUX", "ADJ"}
FUNCTION_WORDS = PREPOSITIONS | PARTICLES  # a slot of these alone takes a preposition
# the fewest letters of a one-word name read as a compound ("Bernstorffsgade"), not a
# given name or a short surname ("Jan", "Nilsson")
COMPOUND_NAME_LENGTH = 9
QUOTE_OPENERS = frozenset({"»", "«", '"', "“", "-", "–", ":"})
CONTENT_OPENERS = frozenset({"at", "hvad", "hvor", "hvordan", "hvilken", "hvilke", "hvorfor", "om"})
# a second particle ends the verb's reach ("gik ind for ... af"); reflexive "sig" and "i" do not
OTHER_PARTICLES = PARTICLES - {"sig", "i"}


@dataclass
class Trigger:
    index: int  # token index of the verb or noun
    kind: str  # "verb" or "noun"
    verb: VerbPattern | None = None
    noun: NounPattern | None = None
    consumed: set[int] = field(default_factory=set)  # tokens the pattern used up

    @property
    def event(self) -> str:
        return self.verb.event if self.verb else self.noun.event  # type: ignore[union-attr]

    @property
    def mode(self) -> str | None:
        return self.verb.mode if self.verb else self.noun.mode  # type: ignore[union-attr]

    @property
    def flags(self) -> frozenset[str]:
        return self.verb.flags if self.verb else self.noun.flags  # type: ignore[union-attr]

    @property
    def recipient_spec(self) -> tuple[str, ...]:
        return self.verb.recipient if self.verb else self.noun.recipient  # type: ignore[union-attr]

    @property
    def span(self) -> tuple[int, int]:
        tokens = {self.index, *self.consumed}
        return min(tokens), max(tokens) + 1


def find_triggers(view: SentenceView, lexicon: Lexicon) -> list[Trigger]:
    triggers: list[Trigger] = []
    consumed: set[int] = set()
    no_word = punct_or_number(view.doc)
    nouns: dict[int, str] = {}  # index -> event of the noun triggers found so far
    for i in range(view.start, view.end):
        if i in consumed or no_word[i] or not _may_trigger(view, i, lexicon):
            continue
        trigger = _trigger_at(view, i, lexicon, consumed)
        if nouns and (trigger is None or trigger.kind == "noun" or not trigger.consumed):
            trigger = _verb_of_an_earlier_noun(view, i, lexicon, consumed, nouns) or trigger
        if trigger is not None:
            triggers.append(trigger)
            consumed |= trigger.consumed | {trigger.index}
            if trigger.kind == "noun":
                nouns[trigger.index] = trigger.event
    return [t for t in triggers if t.index not in _consumed_by_others(triggers, t)]


def _verb_of_an_earlier_noun(
    view: SentenceView, i: int, lexicon: Lexicon, consumed: set[int], nouns: dict[int, str]
) -> Trigger | None:
    """ "Sanktionerne mod Rusland blev forlænget af EU": a verb whose required word is an
    event noun before it, of the same type, tells that event, and a rejection takes in the
    statement it answers ("Kritikken afviser regeringen"); a verb of another type leaves the
    noun its own event."""
    patterns = lexicon.verb_patterns(view.lower(i), view.lemmas(i))
    if not any(pattern.requires for pattern in patterns):
        return None  # a verb with no required word takes in no noun: no second try
    verb = _trigger_at(view, i, lexicon, consumed - nouns.keys())
    if verb is None or verb.kind != "verb":
        return None
    eaten = verb.consumed & nouns.keys()
    if not eaten or any(not _tells(verb.event, nouns[j]) for j in eaten):
        return None
    return verb


ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})  # "afviser kritikken/kravet/truslen"
ANSWERS = {"REJECT": ANSWERED}  # "Kritikken afviser regeringen": the rejection takes it in


def _tells(verb_event: str, noun_event: str) -> bool:
    """The verb's reading takes in the noun: the same event, or the statement it answers."""
    return noun_event == verb_event or noun_event in ANSWERS.get(verb_event, ())


def _may_trigger(view: SentenceView, i: int, lexicon: Lexicon) -> bool:
    """Whether the lexicon has a verb pattern or an event noun for this word (most words have
    neither, and are passed over at the cost of two look-ups)."""
    form = view.lower(i)
    return (
        bool(lexicon.verb_patterns(form, view.lemmas(i))) or lexicon.noun_pattern(form) is not None
    )


def _consumed_by_others(triggers: list[Trigger], own: Trigger) -> set[int]:
    return {i for t in triggers if t is not own for i in t.consumed}


def _trigger_at(view: SentenceView, i: int, lexicon: Lexicon, taken: set[int]) -> Trigger | None:
    mention = view.mention_at(i)
    if mention is not None:
        # an entity may be an event's noun phrase ("fredelig demonstration"): its head may
        # still tell the event, but no verb inside a name does
        if mention.end - 1 != i or (mention.entity and mention.entity.label != "NOM"):
            return None
        noun = _noun_match(view, i, lexicon)
        return noun if noun is not None and _can_be_noun(view, i) else None
    no_verb_of_its_own = _present_participle(view, i) or _perfect_auxiliary(view, i)
    verb = None if no_verb_of_its_own else _verb_match(view, i, lexicon, taken)
    if verb is not None and _imperative_inside(view, i, verb):
        verb = None
    noun = _noun_match(view, i, lexicon)
    if verb is not None and noun is not None:
        return verb if view.looks_like_verb(i) else noun
    if verb is not None and _can_be_verb(view, i, verb):
        return verb
    if noun is not None and (not _has_verb_reading(view, i, lexicon) or _can_be_noun(view, i)):
        return noun  # no verb has this form ("drab", "demonstration"): a noun, however tagged
    return None


def _perfect_auxiliary(view: SentenceView, i: int) -> bool:
    """ "har bedt om et møde med": "har" makes the perfect of the participle it heads toward,
    it is no "have" of its own ("har et møde med"); "være" is left alone, being a copula too
    ("er ikke interesseret")."""
    token = view.doc[i]
    have_forms = word_class(view.lang, "have_forms").words
    if not view.parsed or token.dep_ != "aux" or view.lower(i) not in have_forms:
        return False
    head = token.head
    return head.i > i and "Part" in morph_values(head, "VerbForm")


def _present_participle(view: SentenceView, i: int) -> bool:
    """ "en krævende turnering", "stormende bifald": a present participle describes, it tells
    no act."""
    form = view.lower(i)
    return form.endswith("nde") and any(form == lemma + "nde" for lemma in view.lemmas(i))


def _imperative_inside(view: SentenceView, i: int, trigger: Trigger) -> bool:
    """A bare stem ("pres" of "presse") is an imperative, which opens its clause; inside one it
    is the noun ("pres på vælgerne")."""
    form = view.lower(i)
    verbs = trigger.verb.verbs.words if trigger.verb is not None else frozenset()
    if form in verbs or form + "e" not in verbs:
        return False  # a listed form ("bød" of "byde|bød")
    if "Part" in morph_values(view.doc[i], "VerbForm"):
        return False  # "har talt": the participle, whose -e form is the past ("talte")
    return i != view.clause_start(i) and view.lower(i - 1) not in QUOTE_OPENERS


def _has_verb_reading(view: SentenceView, i: int, lexicon: Lexicon) -> bool:
    """Whether some verb of the lexicon can have this form ("angreb" of "angribe")."""
    token = view.doc[i]
    return bool(lexicon.verb_patterns(token.lower_, lemmas(token)))


def _can_be_verb(view: SentenceView, i: int, trigger: Trigger | None = None) -> bool:
    token = view.doc[i]
    if token.is_title and i > view.start and view.lower(i - 1) not in CLAUSE_PUNCT:
        return False  # a name inside the sentence ("Henrik Stormer")
    evidence = view.verb_evidence(i)
    if evidence is False and _finite_verb_tagged(token):
        evidence = None  # "Flere hundrede gik på gaden": a count before a finite verb, no noun
    if evidence is not None:
        return evidence
    if (
        trigger is not None
        and trigger.verb is not None
        and token.lower_ not in trigger.verb.verbs.words
    ):
        return True  # an inflected form of a lexicon verb with no noun reading: "og kræver, at"
    if view.tagged and token.pos_:
        if token.pos_ == "ADJ":  # "blev angrebet" may be tagged ADJ; "de sårede" is no verb
            return token.lower_.endswith("t")
        return token.pos_ in PARTICIPLE_POS
    return True


def _finite_verb_tagged(token) -> bool:
    morph = str(token.morph)
    return token.pos_ == "VERB" and "VerbForm=Fin" in morph and "Tense=Past" in morph


def _can_be_noun(view: SentenceView, i: int) -> bool:
    token = view.doc[i]
    evidence = view.verb_evidence(i)
    if evidence is not None:
        return not evidence
    if view.tagged and token.pos_:
        return token.pos_ in {"NOUN", "PROPN", "X", "ADJ"}
    return True


def _verb_match(view: SentenceView, i: int, lexicon: Lexicon, taken: set[int]) -> Trigger | None:
    form = view.lower(i)
    candidates = view.lemmas(i)
    best: tuple[tuple[int, int, int], Trigger] | None = None
    for pattern in lexicon.verb_patterns(form, candidates):  # most required words first
        if best is not None and len(pattern.requires) + 1 < best[0][0]:
            break  # fewer required words never outrank the match found
        used = _requirements_met(view, i, pattern.requires, taken)
        if used is None or not _recipient_may_follow(view, i, pattern):
            continue
        if "passive_only" in pattern.flags and not _agent_names_a_side(view, i):
            continue  # "ramte det iranske missilangreb en base": the noun tells it
        if "only_announced" in pattern.flags and not _announced(view, i, lexicon):
            continue  # "svarede igen med tåregas": the act told is coded by its own words
        if "promise" in pattern.flags and _assures_a_fact(view, i, lexicon):
            continue  # "lover, at han har beviser for valgfusk" promises nothing
        # the most required words (a required recipient preposition that follows counts as
        # one: "sendte droner mod" is an attack before it is aid), then the nearest ("åbnede
        # ild mod ... ved grænsen" is firing, not opening a border), then the first line
        required = len(pattern.requires) + _needs_a_preposition(pattern)
        rank = (required, -sum(abs(j - i) for j in used), -pattern.line)
        if best is None or rank > best[0]:
            best = (rank, Trigger(index=i, kind="verb", verb=pattern, consumed=used))
    if best is None or best[1].event == NOT_AN_EVENT:
        return None  # "skyde penge ind i": the verb's more specific reading is no event
    return best[1]


def _announced(view: SentenceView, i: int, lexicon: Lexicon) -> bool:
    """Told as coming ("vil svare igen"), not asked about ("uklart, om Iran vil svare igen")."""
    return modality(view, i, lexicon) in ANNOUNCED and not asks_whether(view, i)


AT_CLAUSE_REACH = 6


def _assures_a_fact(view: SentenceView, i: int, lexicon: Lexicon) -> bool:
    """ "lover, at han har beviser": an at-clause told in the present or past assures a fact; a
    promise's clause looks ahead ("lover, at den vil sænke skatten") or is an infinitive
    ("lover at trække tropperne tilbage")."""
    if not view.tagged:
        return False
    reach = range(i + 1, min(i + 1 + AT_CLAUSE_REACH, view.end))  # "lover på Twitter, at"
    at = next((j for j in reach if view.lower(j) == "at"), None)
    if at is None or not view.is_subordinating_at(at):
        return False
    for j in range(at + 1, view.clause_end(at + 1)):
        token = view.doc[j]
        if token.pos_ in {"AUX", "VERB"} and "Fin" in morph_values(token, "VerbForm"):
            return not any(
                kind in ANNOUNCED and view.reads(j, words)
                for words, kind in lexicon.modality_cues(view.lower(j))
            )
    return False


# modalities in which a row flagged only_announced counts ("vil svare igen" threatens)
ANNOUNCED = frozenset({"future", "planned", "hypothetical", "threatened"})
AGENT_REACH = 4  # words from "af" to the side it names ("af raketter fra Libanon")


def _agent_names_a_side(view: SentenceView, i: int) -> bool:
    """A passive whose "af"-phrase names whose the thing is ("blev ramt af russiske droner",
    "ramt af raketter fra Libanon"); "ramt af et missil affyret fra en drone" names nobody, and
    the sentence's other readings ("affyret") tell it; a place after "i" is where it hit."""
    if not view.is_passive(i):
        return False
    end = view.clause_end(i)
    where = word_class(view.lang, "location_prepositions")
    for j in range(i + 1, end):
        if view.lower(j) != "af":
            continue
        for k in range(j + 1, min(j + 1 + AGENT_REACH, end)):
            if where.matches(view.lower(k)):
                return False  # "ramt af et missil i Bab al-Mandeb": where, not whose
            mention = view.mention_at(k)
            if mention is not None and mention.actor is not None and mention.actor.country:
                return True
        return False
    return False


def _needs_a_preposition(pattern: VerbPattern) -> bool:
    """A reading that applies only when its recipient's preposition follows ("sende droner
    mod")."""
    return (
        "needs_recipient" in pattern.flags
        and bool(pattern.recipient)
        and not set(pattern.recipient) & {"obj", "ccomp"}
    )


def _recipient_may_follow(view: SentenceView, i: int, pattern: VerbPattern) -> bool:
    """A reading that needs a recipient introduced by a preposition ("sendte droner mod") does
    not apply when no such preposition follows the verb in its clause ("sendte droner til")."""
    if not _needs_a_preposition(pattern):
        return True
    prepositions = set(pattern.recipient)
    for j in range(i + 1, min(view.end, i + RECIPIENT_REACH)):
        if view.lower(j) in prepositions:
            return True
        if view.is_boundary(j) and not (_crossable(view, j, i) or view.joins_parsed_nouns(j)):
            break
    return False


def _requirements_met(
    view: SentenceView, i: int, requires: tuple[WordSet, ...], taken: set[int]
) -> set[int] | None:
    if not all(slot.may_match(view.word_keys()) for slot in requires):
        return None  # a required word the sentence does not have
    lo = _fronted_answer_start(view, view.clause_start(i))
    used: set[int] = set()
    for slot in requires:
        particle = bool(slot.words) and slot.words <= PARTICLES
        hi = min(view.end, i + REQUIREMENT_REACH)
        position = _find_word(view, slot, lo, hi, i, taken | used, particle)
        if position is None:
            return None
        used.add(position)
    return used


def _fronted_answer_start(view: SentenceView, lo: int) -> int:
    """ "Nej, siger Grønland til tilbuddet": a lone word fronted before the comma is the
    inverted verb's object, in its clause."""
    words = [j for j in range(view.start, lo - 1) if view.lower(j) not in QUOTE_OPENERS]
    if lo - 1 > view.start and view.lower(lo - 1) == "," and len(words) == 1:
        return words[0]
    return lo


def _verbs_own_word(view: SentenceView, j: int, verb: int) -> bool:
    """ "kaldte mandag aften sin ambassadør i Rwanda hjem": the parse attaches "hjem" to the
    verb however long the object and the time before it."""
    return view.parsed and view.doc[j].head.i == verb


def _find_word(
    view: SentenceView,
    slot: WordSet,
    lo: int,
    hi: int,
    verb: int,
    taken: set[int],
    particle: bool = False,
) -> int | None:
    """Where a required word stands: after the verb up to the next clause (a comma may be
    crossed: "forventer, at"), else before it in its clause ("flag blev brændt")."""
    for j in range(verb + 1, hi):
        if j in taken:
            continue
        if particle and _governed_by_a_noun(view, j, verb):
            continue  # "kalder bøden et angreb på ...": "på" is the noun's, no "kalde på"
        if particle and j - verb >= PARTICLE_REACH and not _verbs_own_word(view, j, verb):
            continue  # far from the verb only the parse can tie a particle to it
        if _slot_matches(view, slot, j) and not _preposition_in_a_noun_slot(view, slot, j):
            return j
        if view.is_boundary(j) and not (_crossable(view, j, verb) or view.joins_parsed_nouns(j)):
            break
        if particle and view.lower(j) in OTHER_PARTICLES:
            break  # the verb has another particle: "gik ind for ... af" is no "gå af"
        following = view.lower(j + 1)
        if view.lower(j) == "," and not (following in CONTENT_OPENERS and slot.matches(following)):
            break  # past a comma only a required content clause may follow ("forventer, at")
    for j in range(verb - 1, lo - 1, -1):
        if view.lower(j) in PREPOSITIONS:
            continue  # particles and prepositions follow their verb: "tale med", not "med ... tale"
        if j not in taken and _slot_matches(view, slot, j):
            return j
    return None


def _preposition_in_a_noun_slot(view: SentenceView, slot: WordSet, j: int) -> bool:
    """ "kræver sanktioner mod Rusland": the preposition "mod" fills no slot of nouns ("kræver
    tid|...|mod", courage); a slot of prepositions alone ("trak sig =fra") takes it."""
    tagged_so = view.tagged and view.doc[j].pos_ == "ADP"
    before_a_name = view.lower(j) in PREPOSITIONS and view.mention_at(j + 1) is not None
    if not (tagged_so or before_a_name):
        return False
    return not slot.words <= FUNCTION_WORDS


def _governed_by_a_noun(view: SentenceView, j: int, verb: int) -> bool:
    """A preposition right after a noun phrase that names no actor ("et angreb på", "bøden
    for") belongs to that noun; a time word does not take it ("advarede lørdag om", "trak sig i
    sidste uge ud af")."""
    before = j - 1
    if not (before > verb and view.lower(j) in PREPOSITIONS and view.tagged):
        return False
    noun = view.doc[before]
    if noun.pos_ != "NOUN" or view.mention_at(before) is not None:
        return False
    if view.lemmas(before) & word_class(view.lang, "time_nouns").words:
        return False  # "trak sig i sidste uge ud af": a time takes no particle
    determined = view.doc[before - 1].pos_ in {"DET", "ADJ", "NUM"}
    return determined or "Def" in morph_values(noun, "Definite")


def _crossable(view: SentenceView, j: int, verb: int) -> bool:
    """A comma, or "som" introducing a predicate ("beskrev angrebet som uacceptabelt"), does
    not end the verb's reach; a relative "…, som" does. Nor does the quote mark of a predicate
    quoted after a verb of naming ("kalder skridtet »en uberettiget optrapning«")."""
    word = view.lower(j)
    if word in QUOTE_MARKS:
        return bool(view.lemmas(verb) & word_class(view.lang, "naming_verbs").words)
    return word == "," or (word == "som" and view.lower(j - 1) != ",")


QUOTE_MARKS = frozenset({"»", "«", '"', "“", "”"})


def _slot_matches(view: SentenceView, slot: WordSet, j: int) -> bool:
    """The word fills the slot; a word of a place's name does not ("i Det Røde Hav" is no
    "hav" a missile was fired into), and a person's name fills it only as written."""
    label = _name_label(view, j)
    if label == "PER" and not _one_word_name(view, j):  # "siger Jan Nilsson": "Jan" is no "ja"
        return view.lower(j) in slot.words
    if label == "LOC" and not _one_word_name(view, j):
        return False
    return slot.matches_token(view.lower(j), view.lemmas(j))


def _one_word_name(view: SentenceView, j: int) -> bool:
    """A name of one compound word ("Bernstorffsgade", "Storebæltsbroen") is the thing its last
    part names, whatever label the NER gave it."""
    mention = view.mention_at(j)
    one_word = mention is not None and mention.end - mention.start == 1
    return one_word and len(view.lower(j)) >= COMPOUND_NAME_LENGTH


def _name_label(view: SentenceView, j: int) -> str | None:
    """The label of the named entity token j stands in, if any."""
    mention = view.mention_at(j)
    return mention.entity.label if mention is not None and mention.entity is not None else None


def _noun_match(view: SentenceView, i: int, lexicon: Lexicon) -> Trigger | None:
    pattern = lexicon.noun_pattern(view.lower(i))
    return None if pattern is None else Trigger(index=i, kind="noun", noun=pattern)
