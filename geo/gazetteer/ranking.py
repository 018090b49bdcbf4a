"""Ranking of gazetteer candidates: pure scoring, no I/O.

Order of evidence: a user override beats everything; then the kind of feature (country,
capital, admin seat, populated place, area), population (log scale), the country context
(countries the query or the document points at), a small bonus when the query is the place's own
name rather than an alternate one, and, for loose matches, spelling similarity.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

#: bonus by the origin of an entry; user corrections always win
SOURCE_BONUS: dict[str, float] = {
    "user": 100.0,
    "supplement": 1.0,
    "nominatim": 0.5,
    # places of imported datasets (geo.importers); other dataset origins get the default 0.3
    "acled": 0.8,
    "ucdp": 0.8,
    "gdelt": 0.3,
    "geonames": 0.0,
}
#: bonus by GeoNames feature code; cities beat the admin area of the same name
FEATURE_BONUS: dict[str, float] = {
    "CONT": 3.0, "PCLI": 3.0, "PCLD": 2.5, "PCLS": 2.5, "PCLF": 2.5, "PCL": 2.5,
    "PPLC": 2.0, "PPLA": 1.5, "PPLG": 1.2, "PPLA2": 1.0, "PPLA3": 0.8, "PPLA4": 0.7,
    "PPL": 0.5, "PPLX": 0.3, "PPLL": 0.3,
    "MILB": 0.4, "PRN": 0.3, "PSTB": 0.3, "AIRB": 0.3, "AIRP": 0.2, "CMPRF": 0.3,
    "ADM1": 0.0, "ADM2": -0.3, "ADM3": -0.5,
}
CONTEXT_WEIGHT = 3.0
PRIMARY_BONUS = 0.3
SIMILARITY_WEIGHT = 6.0


def source_family(source: str) -> str:
    """``"supplement:sy-at-tanf"`` -> ``"supplement"``."""
    return source.split(":", 1)[0]


def score(
    *,
    source: str,
    feature_code: str,
    population: int,
    country_code: str,
    context: Mapping[str, float] | None = None,
    similarity: float = 1.0,
    primary: bool = False,
) -> float:
    """Score of one candidate; higher is better.  ``primary``: the query is the place's own
    name, not one of its alternate names ("New York" the state, not New York City)."""
    value = SOURCE_BONUS.get(source_family(source), 0.3)
    if primary:
        value += PRIMARY_BONUS
    value += FEATURE_BONUS.get(feature_code, -0.2)
    value += math.log10(max(population, 0) + 1)
    if context:
        value += CONTEXT_WEIGHT * context.get(country_code, 0.0)
    value -= SIMILARITY_WEIGHT * (1.0 - similarity)
    return round(value, 4)
