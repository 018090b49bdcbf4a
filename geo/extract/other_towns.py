"""An act told right after another, at another town, with dead of its own, is another act: "L'aviation
a bombardé Douma, faisant dix morts.  À Harasta, trois civils ont été tués par des tirs d'obus",
"Des raids ont également visé Harasta, où trois civils ont péri", "Shelling killed ten in Douma.
In Harasta, three civilians were killed by mortar fire".

A sentence with no date of its own that follows an event continues it when its place lies near
the event's (:mod:`geo.extract.events`: "the town", its suburbs, a retelling), and its toll is
then read as a retelling or a part of the event's (:class:`geo.extract.tallies.Tally`).  ACLED's
unit is one act at one place: two towns a few kilometres apart, each with its own dead, are two
acts, the second dated as the first.  It takes both places being towns (points) told by their
sentences, not one place named twice; the new sentence counting dead of its own (no total "so
far", no other source's estimate); and saying it tells a further act ("également visé", "une autre
frappe": :mod:`geo.extract.further_acts`), opening on its town ("À Harasta, …", "In Harasta, …"), or
counting its dead as more of an act of another kind named as new ("Air strikes on Saraqib killed
seven.  Shelling on Ariha killed three others": the day's dead told on, town by town).
A sentence naming no act, only dead, opening on its town ("In the town of Harasta three people
were killed") or counting them as more in the clause that places them there ("Three more civilians
were killed in Harasta", "Trois autres civils ont été tués à Harasta") is such an act too, on the
day of the act before it (:mod:`geo.extract.events`).
A toll told over an area ("dix morts dans la Ghouta …  trois à Harasta") is a whole and its part,
and stays one event; so does a count told after the town without either sign ("… 10 morts à
Douma.  Trois enfants figurent parmi les victimes à Harasta" may tell a part).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.further_acts import tells_a_further_act
from geo.extract.numbers import Fatalities
from geo.extract.other_weapons import another_weapon, named_as_new, one_kind
from geo.extract.places import PlaceMention
from geo.extract.retellings import one_place
from geo.models import AREA_PRECISIONS, haversine_km

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["SAME_TOWN_KM", "at_another_town"]

#: two points nearer than this are one town named twice (two spellings, a town and its centre)
SAME_TOWN_KM = 1.0
#: a sentence opening on a town, by a locative and the words of a place noun ("À Harasta,", "Dans
#: la ville de Harasta,", "In the town of Harasta,")
_OPENING_PLACE_RE = re.compile(
    r"\W*(?:à|a|au|dans|près\s+de|in|at|near)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?"
    r"(?:(?:ville|localité|village|quartier|town|village|city|district)\s+(?:de|d['’]|of)\s*)?$", re.I)


def at_another_town(sentence: str, sentence_start: int, places: Sequence[PlaceMention], event: ArticleEvent,
                    fatalities: Sequence[Fatalities], trigger: str | None) -> bool:
    """Whether ``sentence`` (opening at ``sentence_start`` in the text; its act's word ``trigger``,
    ``None`` when it names no act, only dead: "In Harasta three people were killed"),
    naming ``places`` (its event places, most precise first) and counting ``fatalities``, right
    after ``event``, tells an act at another town (see the module)."""
    if not places or event.place is None or event.place_source != "sentence":
        return False
    place = places[0].place
    if place.precision in AREA_PRECISIONS or event.place_precision in AREA_PRECISIONS:
        return False
    if one_place(place, event.place) or haversine_km(place.point, event.place.point) <= SAME_TOWN_KM:
        return False
    if not any(f.count > 0 and not f.total and not f.alternative for f in fatalities):
        return False
    opening = places[0].start - sentence_start
    return ((0 <= opening and _OPENING_PLACE_RE.match(sentence[:opening]) is not None)
            or _more_dead_at_the_town(sentence, sentence_start, places[0], fatalities)
            or (trigger is not None and (tells_a_further_act(sentence, trigger)
                                         or _more_dead_of_another_weapon(sentence, trigger, fatalities, event))))


def _more_dead_at_the_town(sentence: str, sentence_start: int, place: PlaceMention,
                           fatalities: Sequence[Fatalities]) -> bool:
    """Whether the sentence counts dead as more ("three more", "trois autres") at its town, told in the
    clause of that count ("Three more civilians were killed in Harasta", after ten dead in Douma):
    the day's dead told on at another town, not more of the act before."""
    return any(f.additional and f.count > 0 and f.start < place.start - sentence_start
               and not re.search(r"[;,]|\b(?:and|et|but|mais)\b", sentence[f.end:place.start - sentence_start])
               for f in fatalities)


def _more_dead_of_another_weapon(sentence: str, trigger: str, fatalities: Sequence[Fatalities], event: ArticleEvent) -> bool:
    """Whether the sentence counts its dead as more ("killed three others", "another two") of an act
    of another kind than ``event``'s, named as new, the only kind it names ("Shelling on X killed
    three others" after "Air strikes on Y killed seven"): the day's dead told on, at another town."""
    return (any(f.additional for f in fatalities) and bool(trigger) and bool(event.trigger)
            and another_weapon(trigger, event.trigger) and named_as_new(sentence, trigger) and one_kind(sentence))
