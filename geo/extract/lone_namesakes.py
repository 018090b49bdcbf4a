"""A place abroad that nothing else in the document points to is a namesake, not an event place.

News about one country names its small places by names that larger places elsewhere also bear
("Madaya", "Suluk", "Mare'"); the gazetteer, ranking by size, may take the foreign one. When the
document names that foreign country nowhere else (no other place in it, no name or demonym of
it) and it is not the country the document names most, the reading is a lone namesake: the
event it would place takes its context's place instead (:mod:`geo.extract.events`).  "The
Turkish city of Kilis" is kept (the demonym names Turkey), as is a foreign capital in an article
that names its country elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.extract.places import PlaceMention

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
