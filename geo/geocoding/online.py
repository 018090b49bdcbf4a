"""Opt-in online fallback: geopy Nominatim behind a cache and a 1 request/s ``RateLimiter``.

Off unless configured (``[geocoder] online = "nominatim"`` with a real ``user_agent``).  Every
answer, including "nothing found", is cached in the store before the limiter is consulted
again, and each place found is written back to the gazetteer layer of the store with its
provenance (origin ``nominatim``, the OSM reference, the raw answer, the date).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder

from geo.config import OnlineGeocoderSettings
from geo.errors import ConfigurationError, OnlineGeocoderError
from geo.models import Place, check_coordinates
from geo.names import validate_query

if TYPE_CHECKING:
    from geo.store import Store

_AREA_TYPES = {"country": "country", "state": "admin1", "county": "district",
               "state_district": "district", "region": "admin1"}


def make_nominatim(settings: OnlineGeocoderSettings, adapter_factory=None) -> Nominatim:
    if not settings.user_agent.strip():
        raise ConfigurationError(
            "the online geocoder needs a user_agent that identifies you (Nominatim usage "
            "policy): set [geocoder] user_agent or CONFLICTMAP_USER_AGENT"
        )
    kwargs = {"user_agent": settings.user_agent, "domain": settings.domain, "timeout": 10}
    if adapter_factory is not None:
        kwargs["adapter_factory"] = adapter_factory
    return Nominatim(**kwargs)


def place_from_raw(query: str, raw: dict) -> Place:
    lat, lon = check_coordinates(raw["lat"], raw["lon"])
    address = raw.get("address") or {}
    kind = raw.get("addresstype") or raw.get("type") or ""
    return Place(
        name=query.strip(),
        lat=lat,
        lon=lon,
        country_code=(address.get("country_code") or "").upper(),
        admin1=address.get("state") or address.get("region") or "",
        feature="PPL" if kind not in _AREA_TYPES else ("PCLI" if kind == "country" else "ADM1"),
        source="nominatim",
        geonameid=None,
        precision=_AREA_TYPES.get(kind, "point"),
        matched_name=query.strip(),
        raw={"display_name": raw.get("display_name"), "osm_type": raw.get("osm_type"),
             "osm_id": raw.get("osm_id")},
    )


class OnlineFallback:
    """Cache -> rate limiter -> geopy geocoder, writing results back into the store."""

    provider = "nominatim"

    def __init__(self, geocoder: Geocoder, store: Store, *, min_delay_seconds: float = 1.0) -> None:
        if min_delay_seconds < 1.0:
            raise ConfigurationError("online geocoding is limited to 1 request per second")
        self.store = store
        self.limited = RateLimiter(
            geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
            swallow_exceptions=False,
        )
        self.requests = 0

    @classmethod
    def from_settings(cls, settings: OnlineGeocoderSettings, store: Store, adapter_factory=None):
        if not settings.enabled:
            return None
        return cls(make_nominatim(settings, adapter_factory), store,
                   min_delay_seconds=settings.min_delay_seconds)

    def lookup(self, query: str, country: str | None = None) -> Place | None:
        query = validate_query(query)
        cc = (country or "").upper()
        hit, cached = self.store.cached_geocode(self.provider, query, cc)
        if hit:
            return place_from_raw(query, cached) if cached else None
        try:
            self.requests += 1
            location = self.limited(query, exactly_one=True, addressdetails=True,
                                    country_codes=cc.lower() or None)
        except GeopyError as exc:
            raise OnlineGeocoderError(f"{self.provider} failed for {query!r}: {exc}") from None
        raw = dict(location.raw) if location is not None else None
        self.store.cache_geocode(self.provider, query, cc, raw)
        if raw is None:
            return None
        place = place_from_raw(query, raw)
        self.store.put_gazetteer_entry(
            origin=self.provider, name=place.name, lat=place.lat, lon=place.lon,
            country_code=place.country_code, admin1=place.admin1, feature_code=place.feature,
            precision=place.precision,
            origin_ref=f"{raw.get('osm_type', '')}/{raw.get('osm_id', '')}",
            note=f"geocoded by {self.provider} on {date.today().isoformat()}: {raw.get('display_name', '')}",
            raw=raw,
        )
        return place
