"""Names the words around them give as areas: "X province", "the province of X", "le gouvernorat
de X", "la province méridionale de X", and each name of a list of them, "the provinces of X and
Y", "X and Y provinces", "les provinces d'X et de Y".  Such a name reads as its first-level area
where the gazetteer has one (:meth:`geo.extract.places.PlaceFinder`), not as the city of the
same name; where the gazetteer knows the area by another name only ("le gouvernorat de
Sousse", an area GeoNames calls "Susah"), as the first-level area its city of that name lies in
(:func:`containing_area`; only after a noun of a first-level area: "la région de X" may be
smaller)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.errors import InvalidInputError

if TYPE_CHECKING:
    from geo.gazetteer.index import Gazetteer
    from geo.models import Place

__all__ = ["ADMIN1", "AREA", "AREA_CONTEXT_CHARS", "containing_area", "countryside_named", "named_as_area"]

#: how a name is named: as a first-level area ("X province"), as an area of any size ("la région de X")
ADMIN1, AREA = "admin1", "area"
#: how far before and after a name its area noun is looked for
AREA_CONTEXT_CHARS = 60

#: a name of a list ("Deir ez-Zor", "Al-Anbar"): capitalised words, case-sensitive
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:ez|al|el|es|ed|ar|as|[A-Z][\w'’-]*))*"
_OF = r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|d['’]\s*|du\s+)"
#: a French adjective between the noun and "de": "la province méridionale de", "syrienne d'"
_ADJECTIVE_FR = r"[a-zà-ÿ]+(?:ale|ales|enne|ennes|aise|aises|ane|anes|ine|ines|ière|ières|ique|iques)"
#: the nouns of a first-level area; the others ("region", "district") name an area of any size
_ADMIN_NOUN_RE = re.compile(r"provinces?|governorates?|gouvernorats?|muhafazat", re.I)
_BEFORE_RE = re.compile(
    rf"(?P<noun>(?i:provinces?|governorates?|regions?|districts?|gouvernorats?|régions?|muhafazat))"
    rf"(?:\s+{_ADJECTIVE_FR})?\s+(?i:{_OF})"
    rf"(?:{_NAME}(?:\s*,\s*|\s+(?:and|et)\s+(?i:{_OF})?))*$"
)
#: a name or an adjective of people right before a noun of an area of any size: the noun names a
#: part of the place after it ("the Sukkari district of", "the Sukkari and Bustan al-Qasr districts of")
_QUARTER_NAME_RE = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+$")
_AFTER_RE = re.compile(
    rf"^\s*(?i:provinces?|governorates?|gouvernorat)\b(?!\s*(?i:of|de|du|d['’]))"
    rf"|^(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|et)\s+{_NAME}\s+(?i:provinces|governorates)\b"
)

#: a town's countryside, the area around it ("in Hama's northern countryside", "the Idlib countryside",
#: "the countryside of Homs", "la campagne nord d'Alep")
_COUNTRYSIDE_AFTER_RE = re.compile(
    r"(?:['’]s|['’]|s)?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?countryside\b", re.I)
_COUNTRYSIDE_BEFORE_RE = re.compile(
    r"\b(?:countryside\s+of\s+(?:the\s+)?|campagne(?:\s+(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)?\s+(?:de\s+|d['’]\s*))$",
    re.I)


def countryside_named(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is told as a town's countryside: then it says where
    an act lies less precisely than a village the sentence also names ("advanced in Latakia's
    northern countryside, capturing the village of Kinsabba": Kinsabba)."""
    return bool(_COUNTRYSIDE_AFTER_RE.match(text, end)
                or _COUNTRYSIDE_BEFORE_RE.search(text, max(0, start - AREA_CONTEXT_CHARS), start))


def named_as_area(text: str, start: int, end: int) -> str | None:
    """How the name at ``text[start:end]`` is named (see the module's forms): :data:`ADMIN1` by a
    noun of a first-level area ("province", "gouvernorat"), :data:`AREA` by one of an area of any
    size ("region", "district"), else None."""
    window = text[max(0, start - AREA_CONTEXT_CHARS):start]
    m = _BEFORE_RE.search(window)
    if m and _ADMIN_NOUN_RE.fullmatch(m.group("noun")):
        return ADMIN1
    # "the Sukkari district of Aleppo", "the Kurdish district of X": the noun names a quarter of the
    # city X, not X's area (as "the district of Afrin" does)
    if m and not _QUARTER_NAME_RE.search(window, 0, m.start("noun")):
        return AREA
    return ADMIN1 if _AFTER_RE.match(text[end:end + AREA_CONTEXT_CHARS]) else None


def containing_area(gazetteer: Gazetteer, place: Place) -> Place | None:
    """The first-level area ``place`` (a city or town) lies in, or None (an area itself, or no
    area of its admin1 in the gazetteer)."""
    if not place.feature.startswith("PPL") or not place.admin1 or not place.country_code:
        return None
    try:
        found = gazetteer.candidates(place.admin1, country=place.country_code, loose=False)
    except InvalidInputError:
        return None
    return next((p for p in found if p.feature == "ADM1" and p.admin1 == place.admin1), None)
