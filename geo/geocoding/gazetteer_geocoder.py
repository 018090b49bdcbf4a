"""``GazetteerGeocoder``: a geopy ``Geocoder`` answering from the local gazetteer, with no
network.  It composes with geopy's tools (``RateLimiter``, pandas ``apply``) like any other
geocoder; ``place``/``places`` give typed :class:`geo.models.Place` results for our own code.
"""

from __future__ import annotations

from collections.abc import Mapping

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geo.errors import InvalidInputError, NoMatchError
from geo.gazetteer.index import Gazetteer
from geo.models import Place

__all__ = ("GazetteerGeocoder",)


class NoNetworkAdapter(BaseSyncAdapter):
    """An adapter that refuses every request: proof the offline geocoder stays offline."""

    def get_json(self, url, *, timeout, headers):
        raise GeocoderServiceError(f"offline geocoder refused a network request to {url}")

    def get_text(self, url, *, timeout, headers):
        raise GeocoderServiceError(f"offline geocoder refused a network request to {url}")


def to_location(place: Place) -> Location:
    parts = [place.name, place.admin1, place.country_code]
    address = ", ".join(p for p in parts if p)
    raw = {**place.as_dict(), "precision": place.precision, "population": place.population,
           "score": place.score, "matched_name": place.matched_name, **place.raw}
    return Location(address, (place.lat, place.lon), raw)


def _country(country_codes: str | list[str] | tuple[str, ...] | None) -> str | None:
    if country_codes is None:
        return None
    if isinstance(country_codes, str):
        return country_codes
    codes = list(country_codes)
    if len(codes) > 1:
        raise InvalidInputError("the gazetteer geocoder takes one country code")
    return codes[0] if codes else None


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over a :class:`Gazetteer`; ``online`` is an optional fallback with a
    ``lookup(query, country) -> Place | None`` method (see ``geo.geocoding.online``)."""

    def __init__(self, gazetteer: Gazetteer, *, online=None) -> None:
        super().__init__(adapter_factory=NoNetworkAdapter, user_agent="conflictmap-offline")
        self.gazetteer = gazetteer
        self.online = online

    # -- typed API ----------------------------------------------------------------------
    def places(
        self, query: str, *, country: str | None = None,
        context: Mapping[str, float] | None = None, limit: int = 10,
    ) -> list[Place]:
        found = self.gazetteer.candidates(query, country=country, context=context, limit=limit)
        if not found and self.online is not None:
            place = self.online.lookup(query, country)
            if place is not None:
                found = [place]
        return found

    def place(self, query: str, *, country: str | None = None,
              context: Mapping[str, float] | None = None) -> Place:
        found = self.places(query, country=country, context=context, limit=1)
        if not found:
            where = f" in {country.upper()}" if country else ""
            raise NoMatchError(f"no match for {query.strip()!r}{where}")
        return found[0]

    # -- geopy API ----------------------------------------------------------------------
    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL,
                country_codes=None, limit=None):
        """geopy ``geocode``: ``Location``, list of them, or ``None``."""
        found = self.places(str(query), country=_country(country_codes),
                            limit=1 if exactly_one else (limit or 10))
        locations = [to_location(p) for p in found]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None

    def reverse(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, limit=None):
        """geopy ``reverse``: the nearest populated place(s) to a point."""
        try:
            point = Point(query)
        except (TypeError, ValueError) as exc:
            raise InvalidInputError(f"not a point: {query!r} ({exc})") from None
        found = self.gazetteer.reverse(point.latitude, point.longitude,
                                       limit=1 if exactly_one else (limit or 10))
        locations = [to_location(p) for p in found]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None
