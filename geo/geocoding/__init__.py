"""Geocoding through geopy: the offline gazetteer geocoder and the opt-in online fallback."""

from geo.geocoding.gazetteer_geocoder import GazetteerGeocoder

__all__ = ["GazetteerGeocoder"]
