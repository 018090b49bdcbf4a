"""An event whose sentence names its place only as a reference point ("in the town of X west of
Aleppo city", "à 30 km au nord-ouest d'Alep", X being a place the gazetteer lacks) is placed at
that reference: the most precise place the sentence itself gives, nearer than any place of its
paragraph or lead.  The place is inferred (``place_source`` "reference": it is near the act, not
at it), and the event's confidence says so (``geo.extract.confidence``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.event_places import mention_precision
from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence
from geo.models import AREA_PRECISIONS

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent
    from geo.models import Place


def reference_place(sentence: Sentence, mentions: Sequence[PlaceMention],
                    starts: Sequence[int]) -> PlaceMention | None:
    """The sentence's first reference point that is not a country (``mentions`` sorted by start,
    ``starts`` their starts), or None: the place of an act the sentence names no other place of
    ("the village of X, 12 km west of Hama"), at whatever distance it tells.  A sentence that
    places its act in an area (a governorate, a country) takes only a reference point inside it
    and at no told distance (:func:`inner_reference`)."""
    for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if m.reference and m.method != "demonym" and m.place.precision != "country":
            return m
    return None


def refining_reference(event: ArticleEvent | None, sentence: Sentence, mentions: Sequence[PlaceMention],
                       starts: Sequence[int], *, points_only: bool = False) -> PlaceMention | None:
    """For a sentence that continues an event known only by its country, the first place it
    names inside that country, a reference point or not ("US strikes killed 50 fighters in
    northern Syria. Most were killed west of the second city Aleppo": near Aleppo); for an event
    placed only from its context (its paragraph, the lead, the headline), the first reference
    point it names inside that country ("… killed 90 in the attack on a gas field east of Homs":
    near Homs, nearer than a place told elsewhere in the paragraph); None for an event placed by
    its own sentences, or a place abroad.  ``points_only``: only a reference point, whatever the
    event's place (the sentence names the country as a place of its own)."""
    if event is None or event.place is None:
        return None
    by_country = event.place_precision == "country"
    from_context = event.place_source in INFERRED_SOURCES and event.place_source != "reference"
    if not (by_country or from_context):
        return None
    any_place = by_country and not points_only
    for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if (m.method != "demonym" and m.place.precision != "country" and (any_place or m.reference)
                and m.place.country_code == event.place.country_code):
            return m
    return None


#: a distance told before a reference point ("30 km south of X"): the act lies that far from it
_DISTANCE_BEFORE_RE = re.compile(r"\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?)\b[^.;]{0,40}$", re.I)


def inner_reference(text: str, place: PlaceMention | None, sentence: Sentence,
                    mentions: Sequence[PlaceMention], starts: Sequence[int]) -> PlaceMention | None:
    """For a sentence that places an act only in an area (a governorate, a country), the place
    it names as a reference inside that area ("targeted positions south of the town of X in Y
    province", "au nord d'Alep, dans la province d'Alep", "a gas field east of Homs in central
    Syria"): nearer the act than the area's centre or any place of its context.  Inside a
    governorate (or a district) only a point at no distance the sentence tells ("40 km east of X
    in Y province": the act is as near the governorate's centre as X, so the governorate, which
    it surely is in, stays); inside a country any place, whatever distance it tells (it is nearer
    than the country).  None when the sentence's place is not an area or names no such reference."""
    if place is None or mention_precision(place) not in AREA_PRECISIONS:
        return None
    area, precision = place.place, mention_precision(place)
    for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if (not m.reference or m.method == "demonym" or m.place.precision == "country"
                or m.place.country_code != area.country_code):
            continue
        if precision != "country" and (
                m.place.precision in AREA_PRECISIONS or (precision == "admin1" and m.place.admin1 != area.admin1)
                or _DISTANCE_BEFORE_RE.search(text, max(sentence.start, m.start - 60), m.start)):
            continue
        return m
    return None


def own_place(text: str, places: Sequence[PlaceMention], sentence: Sentence, mentions: Sequence[PlaceMention],
              starts: Sequence[int]) -> tuple[PlaceMention | None, str | None]:
    """The place a sentence tells of its act and how (``place_source``): its first event place
    ("sentence"), or the reference point inside that area (:func:`inner_reference`:
    "reference"); (None, None) when it names none."""
    first = places[0] if places else None
    inner = inner_reference(text, first, sentence, mentions, starts)
    if inner is not None:
        return inner, "reference"
    return first, ("sentence" if first is not None else None)


def continuing_place(text: str, event: ArticleEvent | None, sentence: Sentence, places: Sequence[PlaceMention],
                     mentions: Sequence[PlaceMention], starts: Sequence[int]) -> tuple[PlaceMention | None, str | None]:
    """What a sentence continuing ``event`` tells of its place, and from where: its own place
    (:func:`own_place`: its most precise event place, or the reference point inside that area),
    unless that is only a country and the sentence names a reference point that refines the
    event's (:func:`refining_reference`), "reference"."""
    if places and places[0].place.precision != "country":
        return own_place(text, places, sentence, mentions, starts)
    reference = refining_reference(event, sentence, mentions, starts, points_only=bool(places))
    if reference is not None:
        return reference, "reference"
    return (places[0], "sentence") if places else (None, None)


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
