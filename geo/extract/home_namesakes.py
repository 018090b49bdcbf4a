"""A town abroad that the document names nowhere else gives way to its namesake at home.

News about one country names its villages by names that towns elsewhere also bear ("Madaya" in
Myanmar, "Ariha", Jericho's Arabic name); GeoNames records no population for many villages, so
the gazetteer's ranking, by size, reads the town abroad even in an article about the village's
country.  When the rest of the document points mostly to one country (its places, its name, its
demonyms: :data:`HOME_SHARE` of their votes, the headline's and dateline's included) and never
to the foreign town's country, a reading in the home country of the very same name (its own or
an alternate name, not a spelling variant) that is a populated place or an area comes first.
A city abroad (a capital, a first-level seat, :data:`geo.features.CITY_POPULATION` people) is
the place meant whatever the document's country ("Paris" in an article about the United States
is still the French capital), unless the name is only one of its other names and a place at home
bears it as its own ("the Suluk area" in an article about Syria is Syria's Sulūk, not Jolo, a
Philippine city once called Suluk: :func:`_known_abroad_by`); so is a town abroad its country or a demonym of it is named for
("the Turkish town of Kilis").  But a name told as a front line of the war the document tells
("along the Mare front", "on the Jobar front", "sur le front de X") is a place at home, whatever
city abroad bears it (:func:`told_as_front`).  Used by :meth:`geo.extract.places.PlaceFinder.find`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from geo.features import AREA_FEATURES, CITY_FEATURES, CITY_POPULATION
from geo.models import Place
from geo.names import name_key

#: the least share of the rest of the document's country votes its home country needs
HOME_SHARE = 0.5
#: GeoNames features of a populated place that no longer is one (historical, abandoned, destroyed)
_FORMER_PLACES = frozenset({"PPLH", "PPLQ", "PPLW"})
#: a front line named by its place: "the Mare front", "the Jobar frontline", "le front de X"
_FRONT_AFTER_RE = re.compile(r"\s+(?:front|front-?line|frontline)s?\b", re.I)
_FRONT_BEFORE_RE = re.compile(r"\bfront\s+(?:de\s+|d['’]\s*)$", re.I)


def told_as_front(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` names a front line ("along the Mare front")."""
    return bool(_FRONT_AFTER_RE.match(text, end) or _FRONT_BEFORE_RE.search(text, max(0, start - 12), start))


def _populated_or_area(place: Place) -> bool:
    return (place.feature.startswith("PPL") and place.feature not in _FORMER_PLACES) or (
        place.feature in AREA_FEATURES or place.feature.startswith("ADM"))


def _city(place: Place) -> bool:
    return place.feature in CITY_FEATURES or place.feature in AREA_FEATURES or place.population >= CITY_POPULATION


def _own_name(place: Place) -> bool:
    """Whether ``place`` was matched by its own name, not one of its alternate names."""
    return bool(place.matched_name) and name_key(place.matched_name) == name_key(place.name)


def _known_abroad_by(best: Place, local: list[Place]) -> bool:
    """Whether the name read is only another name of the city abroad (``best``: "Suluk" for Jolo)
    while a home reading (``local``) bears it as its own: that city is not what the name means."""
    return not _own_name(best) and any(_own_name(p) for p in local)


def home_country(context: Mapping[str, float]) -> str | None:
    """The country of :data:`HOME_SHARE` or more of the votes in ``context`` (country -> share)."""
    home = max(context, key=lambda cc: context[cc], default=None)
    return home if home and context[home] >= HOME_SHARE else None


def _home_of_name(places: list[Place], context: Mapping[str, float], least_share: float) -> str | None:
    """The document's :func:`home_country` if the name has a populated reading there, else, of the
    countries of its populated readings, the one the rest of the document points to most if it
    points to it with ``least_share`` of its votes at least: the home of a name in an article whose
    actors' countries outvote its places' ("Russian jets struck Ariha in Syria")."""
    home = home_country(context)
    countries = {p.country_code for p in places if p.country_code and _populated_or_area(p)}
    if home in countries or least_share >= HOME_SHARE:
        return home
    home = max(sorted(countries), key=lambda cc: context.get(cc, 0.0), default=None)
    return home if home is not None and context.get(home, 0.0) >= least_share else None


def read_at_home(places: list[Place], context: Mapping[str, float],
                 named_areas: Collection[tuple[str, str]] = (), least_share: float = HOME_SHARE,
                 front: bool = False) -> list[Place]:
    """``places`` (exact readings of one name, best first) with the best reading in the document's
    home country first when the best one is a town abroad the rest of the document (``context``:
    its country votes, the name's own left out) never points to.  The home country has
    :data:`HOME_SHARE` of the votes, or (a lower ``least_share``: a country the document is about)
    is the most voted country of the name's readings with ``least_share`` of them
    (:func:`_home_of_name`).  Home readings in several first-level areas are no reading: the one in
    an area the document names (``named_areas``: (country, area) pairs) is taken, or none.
    ``front``: the name is told as a front line (:func:`told_as_front`), so even a city abroad gives
    way; so does one the name is only another name of (:func:`_known_abroad_by`)."""
    best = places[0]
    home = _home_of_name(places, context, least_share)
    if (home is None or best.country_code == home or context.get(best.country_code, 0.0) > 0.0
            or not best.country_code):
        return places
    local = [p for p in places if p.country_code == home and _populated_or_area(p)]
    if _city(best) and not front and not _known_abroad_by(best, local):
        return places
    if len({p.admin1 for p in local}) > 1:
        local = [p for p in local if (p.country_code, p.admin1) in named_areas]
        if len({p.admin1 for p in local}) > 1:
            return places
    if not local:
        return places
    return [local[0]] + [p for p in places if p is not local[0]]
