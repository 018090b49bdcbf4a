"""A place abroad that nothing else in the document points to is a namesake, not an event place.

News about one country names its small places by names that larger places elsewhere also bear
("Madaya", "Suluk", "Mare'"); the gazetteer, ranking by size, may take the foreign one. When the
document names that foreign country nowhere else (no other place in it, no name or demonym of
it) and it is not the country the document names most, the reading is a lone namesake: the
event it would place takes its context's place instead (:mod:`geo.extract.events`).  "The
Turkish city of Kilis" is kept (the demonym names Turkey), as is a foreign capital in an article
that names its country elsewhere.

So is a place abroad the text puts at a distance or direction from a place of another country
("sur la route du Castello, au nord d'Alep", "X, 20 km south of Aleppo"): the text places it near
that reference, not in the country of its namesake (:func:`offset_namesakes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.offset_places import DIRECTION_OF
from geo.extract.places import PlaceMention

#: between a name and the reference a comma and a distance or a direction put it near ("the X road, north of")
_OFFSET_GAP_RE = re.compile(rf"(?:\s+[a-zà-ÿ]+){{0,2}}\s*,?\s*(?:(?:à\s+)?(?:some\s+|about\s+|environ\s+)?\d{{1,3}}\s*(?:km|kilom[eè]t\w*|miles?)\s+)?"
                            rf"{DIRECTION_OF}", re.I)

#: the fewest names (not demonyms) a document gives its own country for a lone name abroad to be a
#: namesake ("Qara" beside "the Lebanese town of Arsal" is about neither country clearly)
HOME_NAMES = 2


def lone_namesakes(mentions: Sequence[PlaceMention]) -> frozenset[int]:
    """The starts of the mentions read as places abroad that no other name of the document
    supports (a place, a country or a demonym of that country, by another name), in a document
    that names its own country (the one most names point to) by :data:`HOME_NAMES` names or more.
    A name told as an area ("Idlib province", "la province d'Idleb") is meant, never a namesake."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.place.country_code and not m.reference:
            names.setdefault(m.place.country_code, set()).add(m.text.casefold())
    proper = {cc: {m.text.casefold() for m in mentions if m.place.country_code == cc and not m.reference
                   and m.method != "demonym"} for cc in names}
    if not names:
        return frozenset()
    home = max(proper, key=lambda cc: len(proper[cc]))
    if len(proper[home]) < HOME_NAMES:
        return frozenset()
    return frozenset(m.start for m in mentions
                     if m.place.country_code and m.place.country_code != home and not m.reference
                     and m.place.precision != "country" and m.method != "demonym" and not m.area
                     and len(names[m.place.country_code]) == 1)


def offset_namesakes(text: str, mentions: Sequence[PlaceMention]) -> frozenset[int]:
    """The starts of the mentions (sorted by start) read as points abroad that the text puts at a
    distance or direction from the next mention, a place of another country ("X, au nord d'Alep")."""
    return frozenset(m.start for m, r in zip(mentions, mentions[1:], strict=False)
                     if m.place.country_code and r.place.country_code and m.place.country_code != r.place.country_code
                     and m.place.precision != "country" and m.method != "demonym" and 0 < r.start - m.end < 60
                     and _OFFSET_GAP_RE.fullmatch(text, m.end, r.start) is not None)
