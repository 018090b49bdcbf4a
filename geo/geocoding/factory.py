"""Assemble the geocoder the CLI and the dashboard use: gazetteer index + store layer +
(optional) online fallback, all from :class:`geo.config.Settings`."""

from __future__ import annotations

from geo.config import Settings
from geo.gazetteer.index import Gazetteer
from geo.geocoding.gazetteer_geocoder import GazetteerGeocoder
from geo.geocoding.online import OnlineFallback
from geo.store import Store
from geo.store.layer import StoreLayer


def open_geocoder(settings: Settings, store: Store | None, adapter_factory=None) -> GazetteerGeocoder:
    layer = StoreLayer.from_store(store) if store is not None else None
    gazetteer = Gazetteer(settings.gazetteer, layer=layer)
    online = None
    if store is not None:
        online = OnlineFallback.from_settings(settings.online, store, adapter_factory)
    return GazetteerGeocoder(gazetteer, online=online)
