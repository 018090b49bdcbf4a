"""A small place that only the gazetteer scan found, under another name than its own, in a
country nothing else of the document points to, is a namesake of a common word, not where an
act happened.

Capitalised words match small places abroad by an alternate name or a near spelling:
"l'Observatoire syrien des droits de l'homme" holds a quarter of Paris ("Paris 14
Observatoire"), "Day of Rage" a German town ("Lage").  A place read under its own name ("Homs"
for Homs) is kept however few other names the document gives, and so is one whose country
another name of the document points to (a place NER found, a country, a place read under its own
name: "Qamishli" read as Al Qāmishlī in an article that names Latakia), and every place of a
document without any surer name ("ont pilonné Alep" alone).  Demonyms do not count: they may be
an actor's nationality.  Known limit: an exonym read only by the scan ("Alep") in a text whose
only surer names lie abroad ("Paris et Washington ont condamné … Alep") is dropped.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from geo.extract.places import PlaceMention

__all__ = ["country_support", "without_namesakes"]


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


def _own_name(m: PlaceMention) -> bool:
    return _folded(m.text) == _folded(m.place.name)


def country_support(mentions: Sequence[PlaceMention]) -> dict[str, set[str]]:
    """Country code -> the surface names (folded) of the document's surer names in it: places
    NER found, countries, places read under their own name (no demonyms, no reference points)."""
    support: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.place.country_code and m.method != "demonym" and not m.reference and (
                m.method == "ner" or m.place.precision == "country" or _own_name(m)):
            support[m.place.country_code].add(_folded(m.text))
    return support


def without_namesakes(places: Sequence[PlaceMention], support: dict[str, set[str]]) -> list[PlaceMention]:
    """``places`` (a sentence's event places) less the gazetteer-only small places read under
    another name than their own whose country no other surer name (``support``:
    :func:`country_support`) points to; none when the document has no surer name."""
    if not support:
        return list(places)  # a document without surer names: nothing to read its names against
    return [m for m in places if not (m.method == "gazetteer" and m.place.precision == "point"
                                      and not _own_name(m)
                                      and not support.get(m.place.country_code, set()) - {_folded(m.text)})]
