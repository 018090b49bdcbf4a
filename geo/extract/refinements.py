"""Whether two tellings of one toll at two places may tell one act's place.

A headline and the body often tell one act by its toll at two places: the city in the headline,
the village in the body ("kills 60 in Damascus suburb", "60 killed in Rankus"), and the joined
act takes the body's, finer place (:mod:`geo.extract.retellings`).  A body's town outside the
headline's governorate, or in another governorate hundreds of kilometres from its city, is no
finer place of that act: a namesake misread ("a suicide bombing in Damascus … in the southern district
of Midan", read as a town 400 km east) or the place of a side story glued to the act ("barrel
bombs on a camp in Idlib province killed 10 … as a car bomb hit the city of Homs").  The act
keeps its first telling's place.

Inside means: in the same country as a country; in the same first-level area as a first-level
area (a place with no first-level area of its own: in the same country); two points (or
districts) in one first-level area, or within :data:`RETOLD_KM` of each other.  Tellings in two
countries are left as they were joined (a town and its namesake across a border are one place
told twice word for word, and :func:`geo.extract.retellings.toll_retold` joins no two countries).
"""

from __future__ import annotations

from geo.models import Place, haversine_km

__all__ = ["RETOLD_KM", "lies_within", "may_be_one_place"]


def lies_within(place: Place, outer: Place, outer_precision: str | None) -> bool:
    """Whether ``place`` lies inside ``outer``, a country or a first-level area as
    ``outer_precision`` says (a point: in its first-level area or within :data:`RETOLD_KM`)."""
    if place.country_code and outer.country_code and place.country_code != outer.country_code:
        return False
    if outer_precision == "country":
        return True
    if place.admin1 and outer.admin1 and place.admin1 == outer.admin1:
        return True
    if outer_precision == "admin1":
        return not (place.admin1 and outer.admin1)
    return haversine_km(place.point, outer.point) <= RETOLD_KM


#: the farthest apart two points may be told and still be one act told by its toll (a
#: headline's city, the body's village in its countryside: "kills 60 in Damascus suburb" and
#: "60 killed in Rankus", some 40 km)
RETOLD_KM = 100.0


def may_be_one_place(a: Place, a_precision: str | None, b: Place, b_precision: str | None) -> bool:
    """Whether two tellings of one toll, placed at ``a`` and ``b``, may tell one act's place: one
    lies inside the other's first-level area or country, or two points lie in one first-level
    area or within :data:`RETOLD_KM` of each other (a town 400 km away in another governorate is
    another act, or a namesake misread); always when they lie in two countries (see the module)."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return True
    return lies_within(b, a, a_precision) or lies_within(a, b, b_precision)
