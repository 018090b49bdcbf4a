"""The dead of one place of a list, told after the list: that place's toll.

"Seven civilians were killed in rocket attacks on Aleppo and Homs. Five were killed when rockets
hit the Midan district of Aleppo. In Homs, two people were killed by a mortar shell": the act
told at several places at once is an event per place, and the list's toll is no one place's
(:attr:`geo.extract.tallies.Tally.shared`); a sentence that goes on about one of those places
alone, naming it or a place inside its city, and counts dead there, tells that place's own toll
(Aleppo: 5), as a later telling of the Homs act gives Homs its two
(:func:`geo.extract.retellings.join_retellings`).  A sentence naming no place, or several, still
tells the list's dead, no one place's.

GUIDELINES: a toll is the number killed in *that* event (one act, one place, one day).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.city_retellings import inside_the_city
from geo.extract.event_places import mention_precision
from geo.extract.retellings import one_place

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent
    from geo.extract.places import PlaceMention

__all__ = ["own_dead_of_a_part"]


def own_dead_of_a_part(event: ArticleEvent, told_at: PlaceMention | None, places: Sequence[PlaceMention]) -> bool:
    """Whether a sentence that continues ``event`` (an act at one place of a list: its tally
    shared), telling its place as ``told_at`` and naming ``places``, tells that place's dead alone:
    it names one place, the event's or one inside the event's city."""
    if not event.tally.shared or event.place is None or told_at is None:
        return False
    if len({m.place.ref for m in places}) != 1:
        return False
    place = told_at.place
    return one_place(place, event.place) or inside_the_city(event.place, event.place_precision, place,
                                                             mention_precision(told_at))
