"""Facility nouns that refer back to a place: "the base", "la prison", "the town" of a later
sentence are the place last named with that noun (:mod:`geo.extract.events`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from geo.extract.event_places import mention_precision
from geo.models import Place

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent
    from geo.extract.places import PlaceMention

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


#: the languages whose press a noun with a name after it names a new place in: French only (in
#: English news "the town of X" after an act measured as continuing it more often: see the README)
NAMING_LANGUAGES = frozenset({"fr"})
#: a name right after the noun: "la localité de Maaret al-Noomane", "the town of Binnish"
_NAMED_AFTER_RE = re.compile(r"\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?(?=[A-ZÀ-ÖØ-Þ])")


def facility_nouns(sentence: str, named: Callable[[int], Place | None] | None = None,
                   facilities: dict[str, tuple[Place, str]] | None = None, lang: str = "") -> list[tuple[str, bool]]:
    """(noun group, definite) for each facility noun in a sentence.  With ``named`` (the place
    named at an offset of the sentence, or None) and the ``facilities`` remembered so far, a noun
    with a name right after it refers back only when that name is the place the noun was last
    bound to ("the city of Aleppo" again): "la localité de Maaret al-Noomane" names a place of
    its own, known to the gazetteer or not; only in the :data:`NAMING_LANGUAGES`."""
    out = []
    for m in FACILITY_RE.finditer(sentence):
        group = _NOUN_GROUP.get(m.group("noun").lower(), m.group("noun").lower())
        definite = bool(m.group("def"))
        after = _NAMED_AFTER_RE.match(sentence, m.end()) if named is not None and lang in NAMING_LANGUAGES else None
        if definite and after is not None:
            place = named(after.end())
            definite = place is not None and refers_to_place((facilities or {}).get(group), place)
        out.append((group, definite))
    return out


def named_at(mentions: Sequence[PlaceMention], starts: Sequence[int], base: int, offset: int) -> Place | None:
    """The place of the mention (``mentions`` sorted by their ``starts``) starting at ``offset`` of
    the sentence starting at ``base`` in the text, or None."""
    k = bisect_left(starts, base + offset)
    return mentions[k].place if k < len(mentions) and starts[k] == base + offset else None


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

