"""An event while it is being coded: mutable, with the bookkeeping the final Event drops."""

from __future__ import annotations

from dataclasses import dataclass, field

from kronist.model import Actor, EventDate, Place

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
# statements: what an actor says, asks, offers or refuses (their doer must be named)
VERBAL = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)


@dataclass
class Candidate:
    event: str
    mode: str | None
    sentence: int
    paragraph: int
    trigger: int  # token index
    start: int  # char offsets of the anchor
    end: int
    anchor: str
    kind: str  # "verb" or "noun"
    actor: Actor | None = None
    actor_text: str | None = None
    actor_named: bool = False  # the actor is a named person or organisation, not a role noun
    recipient: Actor | None = None
    recipient_text: str | None = None
    victim: Actor | None = None
    victim_text: str | None = None
    negated: bool = False
    modality: str = "asserted"
    asserted_by: str | None = None
    quote_id: str | None = None
    date: EventDate = field(default_factory=EventDate)
    place: Place | None = None
    place_told: bool = False  # the place was read from the event's own sentence
    killed: int | None = None
    injured: int | None = None
    toll_kinds: tuple[str | None, str | None] = (None, None)  # "total"/"floor" (numbers.py)
    context: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    implicit_actor: str | None = None
    date_inferred: bool = False  # the date is the publication day, not read from the text
    origin: str | None = None  # the type it was before a PLOVER rule recoded it (riot <- ASSAULT)
    confidence: float = 1.0
    co_actors: list = field(default_factory=list)  # mentions coordinated with the actor
    co_recipients: list = field(default_factory=list)  # mentions coordinated with the recipient
    joint_countries: set[str] = field(default_factory=set)  # countries of the co-actors
    reacts_to: Candidate | None = None  # the event noun a statement is about ("fordømte angrebet")
    earlier: bool = False  # told as some time back, undated ("har tidligere truet")
    reciprocal: bool = False  # coordinated subjects act on each other ("beskylder hinanden")
    answers: str | None = None  # the kind of statement a rejection answers ("afviser kritikken")
    merged_into: Candidate | None = None  # set when a later mention is folded into another
    anaphoric: bool = False  # a definite event noun ("angrebet") that refers back
    days_told: frozenset[str] = frozenset()  # weekdays its sentences name ("lørdag aften")
    subordinate: bool = False  # told in a clause of cause or condition ("efter at Hizbollah ...")
    internal: bool = False  # aimed at the actor's own people ("bad sine rådgivere")
    sentence_start: int = 0  # char offsets of the sentence it was told in
    sentence_end: int = 0

    @property
    def told_as(self) -> Candidate:
        """The event this mention ended up in after merging."""
        event = self
        while event.merged_into is not None:
            event = event.merged_into
        return event

    @property
    def actor_country(self) -> str | None:
        return self.actor.country if self.actor else None

    @property
    def recipient_country(self) -> str | None:
        return self.recipient.country if self.recipient else None

    def absorb(self, other: Candidate) -> None:
        """Take what a later mention of the same event adds; the first mention keeps its words."""
        other.merged_into = self
        if other.origin == self.event and self.origin is None:
            self.event, self.mode, self.origin = other.event, other.mode, other.origin
        if other.sentence not in self.mentions:
            self.mentions.append(other.sentence)
        self.days_told = self.days_told | other.days_told
        if _weaker(self.actor, other.actor):
            self.actor, self.actor_text = other.actor, other.actor_text
            self.actor_named = other.actor_named
        if _weaker(self.recipient, other.recipient):
            self.recipient, self.recipient_text = other.recipient, other.recipient_text
        if self.victim is None:
            self.victim, self.victim_text = other.victim, other.victim_text
        # a day the text names but the publication date cannot place ("torsdag" in an article
        # dated by month) is kept over the publication day another mention was given
        told_unplaced = self.date.date is None and bool(self.date.expression)
        if other.date.date is not None and (
            (self.date.date is None and not (told_unplaced and other.date_inferred))
            or (self.date_inferred and not other.date_inferred)
            or (
                self.date.date is not None
                and PRECISION_RANK[other.date.precision] < PRECISION_RANK[self.date.precision]
            )
        ):
            self.date, self.date_inferred = other.date, other.date_inferred
        if _finer_place(other.place, self.place):
            self.place = other.place
        killed = _toll(self.killed, self.toll_kinds[0], other.killed, other.toll_kinds[0])
        injured = _toll(self.injured, self.toll_kinds[1], other.injured, other.toll_kinds[1])
        self.killed, self.injured = killed[0], injured[0]
        self.toll_kinds = (killed[1], injured[1])
        self.mode = self.mode or other.mode
        self.implicit_actor = self.implicit_actor or other.implicit_actor
        if self.asserted_by is not None and other.asserted_by is None:
            self.asserted_by, self.quote_id = None, None
            if self.modality == "claimed":
                self.modality = other.modality
        for context in other.context:
            if context not in self.context:
                self.context.append(context)


def _toll(mine: int | None, how: str | None, theirs: int | None, their_how: str | None):
    """The count a first mention keeps, unless a later one tells it in full: a total ("I alt
    ti personer blev dræbt" after "Soleimani blev dræbt", "Dødstallet er steget til 52"; of two
    totals the higher, the toll risen), or an exact count not below a floor told first ("over
    100" ... "har kostet 103 palæstinensere livet")."""
    if theirs is None:
        return mine, how
    if mine is None or (their_how == "total" and (how != "total" or theirs > mine)):
        return theirs, their_how  # a total told again higher is the toll risen
    if how == "total":
        return mine, how
    if how == "floor" and their_how is None and theirs >= mine:
        return theirs, their_how
    return mine, how


def _weaker(mine: Actor | None, theirs: Actor | None) -> bool:
    """Whether the other mention names the side better: any actor beats none, one with a
    country or sector beats a bare name, one with both beats one with either."""
    return _actor_rank(theirs) > _actor_rank(mine)


def _actor_rank(actor: Actor | None) -> int:
    if actor is None:
        return 0
    return 1 + bool(actor.country) + bool(actor.sector or actor.sectors)


def _finer_place(theirs: Place | None, mine: Place | None) -> bool:
    """Whether another mention places the event better: in the same country, a more specific
    place (a town or a site such as "Ain al-Asad Air Base" or "Deir al-Balah" over a region such
    as "Gaza Strip", a region over the country); else a named place over a country alone, and a
    town or a site over a region named without coordinates of its own."""
    if theirs is None or mine is None:
        return mine is None and theirs is not None
    if theirs.country and theirs.country == mine.country:
        try:
            from kronist.events.place import specificity
        except ImportError:
            pass
        else:
            return specificity(theirs) < specificity(mine)
    return _place_rank(theirs) > _place_rank(mine)


def _place_rank(place: Place) -> int:
    return 1 + bool(place.name) + bool(place.admin1 or place.geonames_id)
