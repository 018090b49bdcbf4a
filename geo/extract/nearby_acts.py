"""Acts told one after the other at one place, or at places near each other, that are acts of their
own: the coder's unit is one act, one day, one place (``GUIDELINES.md``).  A sentence right after an
act, at its place or near it, goes on about that act (:mod:`geo.extract.events`) unless it tells
another one:

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
* So does one that opens on another act and names its act as new, whatever its kind and dead ("In
  a separate attack, gunmen shot dead a council member in X", "Separately, militants abducted 15
  civilians from X", "Dans une autre attaque, des hommes armés ont tué …"): the opening says so
  (:func:`geo.extract.other_act_openings.opens_on_a_new_act`), at a place it names or at the place
  just told, named again by its kind ("… in the town", "dans la ville": :func:`~geo.extract.other_act_openings.told_back_at`).
* So does a protest (or riot) after an act of violence, when it is named as new at a place of its own
  ("Air strikes killed six in X.  Hours later, hundreds took to the streets of X to protest against
  the strikes") or told as held after a strike or a battle ("Des frappes ont tué six civils à X. Des
  centaines de personnes ont ensuite manifesté dans la ville"): the coder's two events, one of each
  type (:func:`protest_after_violence`; after violence against civilians a protest told only as held
  may be the one they were killed at, and is left to the rules above).

Tried and dropped: a sentence telling an act (named as new, of a kind of its own, or any act) at a
town of its own within :data:`~geo.events.MERGE_KM` of the act told ("… in Saraqeb.  In the town of
Sarmin, an air strike killed two children") as an act of its own: held-out EN events F1 0.743 ->
0.754, but FA-KES held-out toll within 20 % 120 -> 119 (only when it counts no dead: held-out EN
fatalities 31 -> 30).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.act_mood import PROTEST_DONE_RE
from geo.extract.opposing_sides import other_side_act
from geo.extract.other_act_openings import (
    opens_later_on_a_new_act,
    opens_on_a_new_act,
    opens_on_another_act,
    told_back_at,
)
from geo.extract.other_weapons import named_as_new, new_act, own_kind, tells_another_act
from geo.extract.retellings import ANOTHER_RE
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS

if TYPE_CHECKING:
    from geo.extract.event_types import Typing
    from geo.extract.events import ArticleEvent
    from geo.extract.numbers import Fatalities

__all__ = ["another_kind", "protest_after_violence", "tells_another"]

#: the types of a crowd's act, no act of violence's retelling
_CROWD_TYPES = frozenset({PROTESTS, RIOTS})


def another_kind(sentence: str, typing: Typing, event: ArticleEvent, placed: bool) -> bool:
    """Whether ``sentence``, typed ``typing``, names a new act of another type than ``event``'s, each
    by a word of its own kind, at a place it names (``placed``) and saying it is one more act ("also",
    "again", "aussi": :data:`~geo.extract.retellings.ANOTHER_RE`) (see the module)."""
    told = own_kind(event.trigger)
    return (placed and told is not None and typing.event_type != told.event_type
            and ANOTHER_RE.search(sentence) is not None and new_act(sentence, typing.trigger))


def protest_after_violence(sentence: str, typing: Typing, event: ArticleEvent, placed: bool) -> bool:
    """Whether ``sentence``, typed ``typing`` (naming a place if ``placed``), tells a protest (or riot)
    of its own right after ``event``, an act of violence (see the module)."""
    if typing.event_type not in _CROWD_TYPES or event.event_type in _CROWD_TYPES:
        return False
    return ((placed and named_as_new(sentence, typing.trigger))
            or (event.event_type in (EXPLOSIONS, BATTLES) and PROTEST_DONE_RE.search(sentence) is not None))


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
            or (placed and opens_later_on_a_new_act(sentence, typing.trigger))
            or ((placed or told_back_at(sentence)) and opens_on_a_new_act(sentence, typing.trigger))
            or protest_after_violence(sentence, typing, event, placed)
            or other_side_act(sentence, typing.trigger, fatalities, event))
