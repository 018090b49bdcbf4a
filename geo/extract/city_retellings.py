"""A headline or lead that tells an act at a city, and a later sentence that tells it at a place
in that city or at its edge ("Air strikes hit Aleppo" and "jets bombed the town of X north of
Aleppo"), tell one act: the city's name stands for the whole of it.

:func:`inside_the_city` says whether a later telling's place lies within :data:`MERGE_KM` of the
city an earlier telling names, the city being a capital, a governorate's seat or a place of at
least :data:`CITY_POPULATION` people, and the later place no city itself.  Both tell one type of
act, no two sub-types (the city shelled and a town at its edge struck from the air are two acts)
and no two different tolls (:mod:`geo.extract.retellings`: a toll at the city and another at
the town are two acts).  Only the earlier telling may be the coarser one (news tells the act at its city first, then at its street), and
the joined act keeps the finer place; two towns named as points stay two acts, also when both
lie near one city (:mod:`geo.extract.retellings` joins each telling into the act as joined so
far, which then has the first town's place).
"""

from __future__ import annotations

from geo.events import near
from geo.features import CITY_FEATURES, CITY_POPULATION
from geo.models import Place

__all__ = ["inside_the_city", "is_city"]


def is_city(place: Place, precision: str | None) -> bool:
    """Whether a point place is a city (see the module)."""
    return precision == "point" and (place.feature in CITY_FEATURES or place.population >= CITY_POPULATION)


def inside_the_city(earlier: Place, earlier_precision: str | None, later: Place, later_precision: str | None) -> bool:
    """Whether ``later`` is a place inside or at the edge of the city ``earlier`` (not a city)."""
    return (is_city(earlier, earlier_precision) and later_precision == "point"
            and not is_city(later, later_precision) and later.country_code == earlier.country_code
            and near(earlier, later))
