"""A small place that only the gazetteer scan found, in a country that none of the document's
surer names points to, is a namesake of a common word, not where an act happened.

Capitalised words of names match small places abroad: "L'Observatoire syrien des droits de
l'homme" holds a quarter of Paris, "Champs" a French town.  The event sentence's own country
already rules such a match out when the sentence names one (:mod:`geo.extract.events`).  In a
sentence that names no country, a gazetteer-only small place is kept when one of the document's
surer names (a place NER found, or a country named, not a demonym, which may be an actor's
nationality) lies in its country, or when the document has no surer name at all; it is dropped
otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.extract.places import PlaceMention

__all__ = ["named_countries", "without_namesakes"]


def named_countries(mentions: Sequence[PlaceMention]) -> frozenset[str]:
    """The countries of the document's surer place names: places NER found and countries named
    (demonyms and reference points left out)."""
    return frozenset(m.place.country_code for m in mentions
                     if m.place.country_code and m.method != "demonym" and not m.reference
                     and (m.method == "ner" or m.place.precision == "country"))


def without_namesakes(places: Sequence[PlaceMention], countries: frozenset[str]) -> list[PlaceMention]:
    """``places`` (a sentence's event places) less the gazetteer-only small places outside every
    country of ``countries`` (:func:`named_countries`; none dropped when it is empty)."""
    if not countries:
        return list(places)
    return [m for m in places if not (m.method == "gazetteer" and m.place.precision == "point"
                                      and m.place.country_code not in countries)]
