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

Undated ("At least 40 fighters were killed in X", "Au moins 40 combattants ont été tués à X"),
such a sentence is an act of the article's day (:mod:`geo.extract.same_day`) only in the headline
or the body's first sentence of an article that reports no other act: there the killing it tells
at a place inside a country is its news (:func:`with_undated_tolls`); beside reported acts, or
further down, it may tell any of them, or history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from geo.events import near
from geo.extract.event_types import TOLL_RANK, Typing
from geo.extract.numbers import Fatalities
from geo.extract.other_headlines import FIRST_BODY_SENTENCES
from geo.models import Place
from geo.taxonomy import BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["KILLING_TYPES", "UNKNOWN_MEANS", "toll_typing", "undated_toll_place", "with_undated_tolls"]

#: ACLED's type of a killing whose means the text does not tell
UNKNOWN_MEANS = (VIOLENCE_CIVILIANS, "Attack")
#: the types of act a toll told without its act may retell (a protest, a statement or a
#: non-violent development kills no one by itself)
KILLING_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS})


def toll_typing(fatalities: Sequence[Fatalities], place: Place | None,
                events: Sequence[ArticleEvent], *, more: bool = False) -> Typing | None:
    """The typing of a sentence that tells people killed at ``place`` but no act, from the
    ``events`` found before it (at the same place: :func:`geo.events.near`), or ``None`` when it tells no
    toll above zero or no place; ``more``: dead told as more count too ("three more were killed in
    X", at another town than the act before: :mod:`geo.extract.other_towns`)."""
    told = next((f for f in fatalities if f.count > 0 and (more or not f.additional)), None)
    if told is None or place is None:
        return None
    for earlier in reversed(events):
        if earlier.event_type in KILLING_TYPES and earlier.place is not None and near(place, earlier.place):
            return Typing(earlier.event_type, earlier.sub_event_type, told.text, TOLL_RANK)
    return Typing(*UNKNOWN_MEANS, told.text, TOLL_RANK)


def undated_toll_place(place: Place, published: date | None, index: int) -> bool:
    """Whether an undated toll at ``place`` in sentence ``index`` may be an act of the article's
    day: the article has a day, the place is inside a country ("killed in Lebanon" places no act)
    and the headline or the body's first sentence tells it (the article's own count)."""
    return published is not None and place.precision != "country" and index < FIRST_BODY_SENTENCES


def with_undated_tolls(extract: Callable[..., tuple[list[ArticleEvent], bool]]) -> list[ArticleEvent]:
    """The events ``extract(undated_tolls=...)`` finds: without undated tolls, unless it found
    none reported and an undated toll at a place was told; then with them."""
    events, undated = extract(undated_tolls=False)
    if not undated or any(e.reported for e in events):
        return events
    return extract(undated_tolls=True)[0]
