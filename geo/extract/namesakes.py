"""A small place that only the gazetteer scan found, under another name than its own, in a
country none of the document's surer event places lies in, is a namesake of a common word, not
where an act happened.

Capitalised words match small places abroad by an alternate name or a near spelling: "l'Observatoire
syrien des droits de l'homme" holds a quarter of Paris ("Paris 14 Observatoire"), "Day of Rage" a
German town ("Lage").  A place read under its own name ("Homs" for Homs) is kept however few
other names the document gives; so is any place in a country where the document locates
something by a surer name (a place NER found, or a country named; not a speaker's capital, which
locates nothing, nor a demonym), and every place of a document without such a name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from geo.extract.places import PlaceMention

__all__ = ["named_countries", "without_namesakes"]


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


def named_countries(places: Sequence[PlaceMention]) -> frozenset[str]:
    """The countries of the surer of ``places`` (the document's event places): places NER found
    and countries named (demonyms and reference points left out)."""
    return frozenset(m.place.country_code for m in places
                     if m.place.country_code and m.method != "demonym" and not m.reference
                     and (m.method == "ner" or m.place.precision == "country"))


def without_namesakes(places: Sequence[PlaceMention], countries: frozenset[str]) -> list[PlaceMention]:
    """``places`` (a sentence's event places) less the gazetteer-only small places read under
    another name than their own and outside every country of ``countries``
    (:func:`named_countries`; none dropped when it is empty)."""
    if not countries:
        return list(places)
    return [m for m in places if not (m.method == "gazetteer" and m.place.precision == "point"
                                      and m.place.country_code not in countries
                                      and _folded(m.text) != _folded(m.place.name))]
