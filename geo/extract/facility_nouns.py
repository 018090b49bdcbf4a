"""Facility nouns that refer back to a place: "the base", "la prison", "the town" of a later
sentence are the place last named with that noun (:mod:`geo.extract.events`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.event_places import mention_precision
from geo.models import Place

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

#: nouns that later sentences use to refer back to a place ("the base", "la prison")
FACILITY_RE = re.compile(
    r"(?<![\w-])(?:(?P<def>the|this|that|la|le|l['’]|cette|ce|cet)\s+)?(?:\w+\s+)?"
    r"(?P<noun>base|bases|prison|prisons|camp|airport|aéroport|airbase|garrison|garnison|city|town|village|ville|"
    r"localité|centre de détention|detention centre|detention center|hospital|hôpital|institute|institut)\b",
    re.I,
)
_NOUN_GROUP = {
    "bases": "base", "airbase": "base", "garrison": "base", "garnison": "base", "prisons": "prison",
    "centre de détention": "prison", "detention centre": "prison", "detention center": "prison",
    "aéroport": "airport", "ville": "city", "town": "city", "localité": "city", "village": "city",
    "hôpital": "hospital", "institut": "institute",
}


def facility_nouns(sentence: str) -> list[tuple[str, bool]]:
    """(noun group, definite) for each facility noun in a sentence."""
    out = []
    for m in FACILITY_RE.finditer(sentence):
        noun = m.group("noun").lower()
        out.append((_NOUN_GROUP.get(noun, noun), bool(m.group("def"))))
    return out

def refers_to_place(remembered: tuple[Place, str] | None, place: Place) -> bool:
    """Whether a facility noun remembered at ``remembered`` (see :func:`remember_facilities`) is one at
    ``place``."""
    return remembered is not None and (remembered[0] is place or remembered[0].ref == place.ref)


def remember_facilities(facilities, nouns, places, event: ArticleEvent | None) -> None:
    """Bind facility nouns of a sentence to its place (or to its event's place)."""
    if not nouns:
        return
    if places:
        target = (places[0].place, mention_precision(places[0]))
    elif event is not None and event.place is not None:
        target = (event.place, event.place_precision)
    else:
        return
    for noun, _definite in nouns:
        facilities[noun] = target

