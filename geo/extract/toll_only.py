"""A killing told without its kind: "86 people were killed early on Tuesday in X", "12 morts
mardi à X", "Eight civilians died in X on Monday".

Such a sentence names no act, but tells people killed at a place on a day: an event
(GUIDELINES: one act of political violence, its toll the number killed in it).  When it
continues the event just told it only adds its toll to it; at another place or on another day
it is an event of its own, typed from the article's violent act told nearest before it at the
same place (a retelling: "a gas attack on X" ... "86 were killed on Tuesday in X"), else as ACLED
codes a killing whose means is not told: Violence against civilians, Attack.  Its type is
less sure than a named act's (``geo.extract.confidence``, type ``"toll"``).  Cumulative,
background and several days' tolls are no toll (:func:`geo.extract.numbers.find_fatalities`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.events import near
from geo.extract.event_types import TOLL_RANK, Typing
from geo.extract.numbers import Fatalities
from geo.models import Place
from geo.taxonomy import BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["KILLING_TYPES", "UNKNOWN_MEANS", "toll_typing"]

#: ACLED's type of a killing whose means the text does not tell
UNKNOWN_MEANS = (VIOLENCE_CIVILIANS, "Attack")
#: the types of act a toll told without its act may retell (a protest, a statement or a
#: non-violent development kills no one by itself)
KILLING_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS})


def toll_typing(fatalities: Sequence[Fatalities], place: Place | None,
                events: Sequence[ArticleEvent]) -> Typing | None:
    """The typing of a sentence that tells people killed at ``place`` but no act, from the
    ``events`` found before it (at the same place: :func:`geo.events.near`), or ``None`` when it tells no
    toll above zero or no place."""
    told = next((f for f in fatalities if f.count > 0 and not f.additional), None)
    if told is None or place is None:
        return None
    for earlier in reversed(events):
        if earlier.event_type in KILLING_TYPES and earlier.place is not None and near(place, earlier.place):
            return Typing(earlier.event_type, earlier.sub_event_type, told.text, TOLL_RANK)
    return Typing(*UNKNOWN_MEANS, told.text, TOLL_RANK)
