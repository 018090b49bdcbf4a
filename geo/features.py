"""GeoNames feature codes: the classes the code tells apart, and the notable-place rule.

One definition each, imported by the gazetteer (its spelling-variant lookup, its ``The X``
names), the place finder (its gazetteer-only matches and the votes for a document's countries)
and the models (the precision a feature code implies).
"""

from __future__ import annotations

#: a country (independent, dependent, … ) or a continent: the point stands for the whole of it
COUNTRY_FEATURES = frozenset({"CONT", "PCLI", "PCLD", "PCLS", "PCLF", "PCL"})
#: what names an area: a country, a continent or a first-level admin area
AREA_FEATURES = COUNTRY_FEATURES | {"ADM1"}
#: a place this populous is notable whatever its feature
NOTABLE_POPULATION = 15_000
#: a place this populous is a city: a name standing for it may stand for any of its districts
CITY_POPULATION = 100_000
#: the features of a city whatever its population: a capital, a first-level area's seat
CITY_FEATURES = frozenset({"PPLC", "PPLA"})
#: the features that make a place notable whatever its population: areas, capitals and the
#: seats of first-level areas (a governorate's capital is no village, however small)
NOTABLE_FEATURES = AREA_FEATURES | CITY_FEATURES


def is_notable(feature: str | None, population: int | None, source: str) -> bool:
    """Whether a gazetteer place is notable enough to count where people, organisations and common
    words share names with small villages: its feature, its population, or a curated source
    (anything but a bare GeoNames row: the supplement, user corrections, places learned online,
    the places of imported datasets)."""
    return (source.split(":", 1)[0] != "geonames" or feature in NOTABLE_FEATURES
            or (population or 0) >= NOTABLE_POPULATION)
