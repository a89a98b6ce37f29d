"""What an actor's PLOVER sector codes say about the kind of actor it is, read the same way by
the coder's type rules, the counterparts and the merging of events."""

from __future__ import annotations

from kronist.model import Actor

STATE = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})  # a country acting is its state
ARMED = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "CRM"})


def sectors_of(actor: Actor | None) -> set[str]:
    return {s for s in (actor.sector, *actor.sectors) if s} if actor is not None else set()


def civil_society(actor: Actor | None) -> bool:
    """A company, a union, a party, protesters, the press: an actor with sectors, none of them a
    state's, an armed group's or an international body's."""
    sectors = sectors_of(actor)
    return bool(sectors) and not sectors & (STATE | ARMED | {"IGO"})
