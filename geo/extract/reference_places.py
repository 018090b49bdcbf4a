"""An event whose sentence names its place only as a reference point ("in the town of X west of
Aleppo city", "à 30 km au nord-ouest d'Alep", X being a place the gazetteer lacks) is placed at
that reference: the most precise place the sentence itself gives, nearer than any place of its
paragraph or lead.  The place is inferred (``place_source`` "reference": it is near the act, not
at it), and the event's confidence says so (``geo.extract.confidence``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent
    from geo.models import Place


def reference_place(sentence: Sentence, mentions: Sequence[PlaceMention],
                    starts: Sequence[int]) -> PlaceMention | None:
    """The sentence's first reference point that is not a country (``mentions`` sorted by start,
    ``starts`` their starts), or None."""
    for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if m.reference and m.method != "demonym" and m.place.precision != "country":
            return m
    return None


def refining_reference(event: ArticleEvent | None, sentence: Sentence, mentions: Sequence[PlaceMention],
                       starts: Sequence[int]) -> PlaceMention | None:
    """For a sentence that continues an event known only by its country, the first place it
    names inside that country, a reference point or not ("US strikes killed 50 fighters in
    northern Syria. Most were killed west of the second city Aleppo": near Aleppo); None for an
    event placed more precisely, or a place abroad."""
    if event is None or event.place is None or event.place_precision != "country":
        return None
    for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if (m.method != "demonym" and m.place.precision != "country"
                and m.place.country_code == event.place.country_code):
            return m
    return None


def country_of(place: Place, event: ArticleEvent) -> bool:
    """Whether ``place`` is only the country of the place ``event`` is at: a sentence saying
    "in Syria" tells nothing new of an act placed at a Syrian town from its context ("… a
    Kurdish town in the north" placed at X, then "… bombings in Kurdish areas in Syria")."""
    return (place.precision == "country" and event.place is not None and event.place.precision != "country"
            and place.country_code == event.place.country_code)


def within_country(place: Place, event: ArticleEvent) -> bool:
    """Whether ``place`` lies inside the country ``event`` is known by, when that is all that
    is known of its place: a following sentence naming it tells where in the country."""
    return (event.place is not None and event.place_precision == "country"
            and place.precision != "country" and place.country_code == event.place.country_code)
