"""Acts told one after the other at one place, or at places near each other, that are acts of their
own: the coder's unit is one act, one day, one place (``GUIDELINES.md``).

* A sentence that tells an act at a town of its own, near the town the act before it was told at
  (within :data:`~geo.events.MERGE_KM`), tells an act there, not more of that act ("On Tuesday an air
  strike killed five in Saraqeb.  In the town of Sarmin, an air strike killed two children", "… à
  Saraqeb.  À Sarmin, une frappe …"): two points the gazetteer tells apart (farther than
  :data:`~geo.extract.retellings.SAME_PLACE_KM`), both said by their sentences (:func:`apart_from`).
  A quarter of the event's city, an area holding it, a place only inferred are not apart, and a
  sentence that names no act ("Two children were killed in X") still goes on about the act told; nor
  is a town near the city the act was told at (:func:`geo.extract.city_retellings.is_city`), unless
  the sentence names its act as a new one of a kind of its own ("Air strikes hit an area outside
  Damascus.  … the strikes, the latest to hit the town of Douma": one act, told finer).
  :data:`~geo.events.MERGE_KM` keeps joining the reports of *other* articles at such places.
* A sentence that names an act of another type than the act before it, each by a word of a kind of
  its own (:func:`geo.extract.other_weapons.own_kind`: an air strike, shelling, a car bomb, an
  execution, clashes, a capture; not "the attack", "were killed"), as a new act (no article pointing
  back: "the clashes") and the only kind it names, at a place it names, and says it is one more act
  ("also", "again", "aussi"), tells that act, at the place before it or not:
  "Warplanes bombed Saraqeb on Tuesday.  Clashes also erupted between rebels and troops on the
  outskirts of the town", "… Des combats ont également opposé les rebelles à l'armée à Saraqeb"
  (:func:`another_kind`).
* So does one that names a place and opens on another act, named as new, of a kind of its own
  ("Meanwhile, rebels clashed …", "Parallèlement, des combats …":
  :mod:`geo.extract.other_act_openings`), or on a later moment of the day told ("Later that day,
  forces shelled the town", "Quelques heures plus tard, …"): :func:`tells_another`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.events import near
from geo.extract.city_retellings import is_city
from geo.extract.confidence import PART_SOURCE
from geo.extract.event_places import mention_precision
from geo.extract.other_act_openings import opens_later_on_a_new_act, opens_on_another_act
from geo.extract.other_weapons import new_act, own_kind, tells_another_act
from geo.extract.retellings import ANOTHER_RE, one_place

if TYPE_CHECKING:
    from geo.extract.event_types import Typing
    from geo.extract.events import ArticleEvent
    from geo.extract.numbers import Fatalities
    from geo.extract.places import PlaceMention
    from geo.models import Place

__all__ = ["another_kind", "apart_from", "near_the_act", "tells_another"]


#: where an event's place must come from for a town named next to be told apart from it: its
#: sentence's own place (or a listed place the gazetteer lacks, at the place holding the list)
_SAID_SOURCES = frozenset({"sentence", PART_SOURCE})


def apart_from(place: Place, precision: str | None, event: ArticleEvent, new: bool) -> bool:
    """Whether ``place`` (at ``precision``), named by the sentence after ``event``'s, is a town apart
    from the town ``event`` is said to be at (see the module); ``new``: whether that sentence names
    its act as a new one of a kind of its own."""
    here = event.place
    if here is None or event.place_source not in _SAID_SOURCES or event.part is not None:
        return False
    if precision != "point" or event.place_precision != "point" or one_place(place, here):
        return False
    return new or not is_city(here, event.place_precision)


def near_the_act(told_at: PlaceMention, event: ArticleEvent, said: bool, sentence: str, typing: Typing | None) -> bool:
    """Whether a place ``sentence`` (typed ``typing``) names (``said``: as its own place, not a
    reference point) is near enough ``event``'s for the sentence to go on about that act: within
    :data:`~geo.events.MERGE_KM` and, said, no town apart from the act's (:func:`apart_from`)."""
    if not near(told_at.place, event.place):
        return False
    if typing is None or not said:
        return True  # no act of its own ("Two children were killed in X"): more of the act told
    return not apart_from(told_at.place, mention_precision(told_at), event, new_act(sentence, typing.trigger))


def another_kind(sentence: str, typing: Typing, event: ArticleEvent, placed: bool) -> bool:
    """Whether ``sentence``, typed ``typing``, names a new act of another type than ``event``'s, each
    by a word of its own kind, at a place it names (``placed``) and saying it is one more act ("also",
    "again", "aussi": :data:`~geo.extract.retellings.ANOTHER_RE`) (see the module)."""
    told = own_kind(event.trigger)
    return (placed and told is not None and typing.event_type != told.event_type
            and ANOTHER_RE.search(sentence) is not None and new_act(sentence, typing.trigger))


def tells_another(sentence: str, typing: Typing, fatalities: Sequence[Fatalities], event: ArticleEvent,
                  placed: bool) -> bool:
    """Whether ``sentence`` (typed ``typing``, its ``fatalities``, naming a place if ``placed``), right
    after ``event``'s, tells another act: a further act or another weapon's dead
    (:func:`geo.extract.other_weapons.tells_another_act`), an act of another kind
    (:func:`another_kind`), or an act it opens on as another, at a place it names (see the module;
    with no place of its own, "Meanwhile three civilians were killed in airstrikes on the
    countryside" would take the place of the act told: its dead are only kept off that act's,
    :func:`geo.extract.other_act_openings.opens_on_another_act`)."""
    return (tells_another_act(sentence, typing.trigger, fatalities, event.trigger, placed)
            or another_kind(sentence, typing, event, placed)
            or (placed and opens_on_another_act(sentence, fatalities, typing.trigger) and new_act(sentence, typing.trigger))
            or (placed and opens_later_on_a_new_act(sentence, typing.trigger)))
