"""GazetteerGeocoder honours geopy's contract offline; the online fallback is tested with fakes."""

import pytest
from geopy.adapters import BaseSyncAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from geo.config import OnlineGeocoderSettings
from geo.errors import ConfigurationError, NoMatchError, OnlineGeocoderError
from geo.gazetteer.index import Gazetteer
from geo.geocoding import GazetteerGeocoder
from geo.geocoding.online import OnlineFallback
from geo.models import haversine_km
from geo.store import Store
from geo.store.layer import StoreLayer


@pytest.fixture
def geocoder(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield GazetteerGeocoder(g)


def test_geocode_returns_a_geopy_location(geocoder):
    location = geocoder.geocode("Deir ez-Zor")
    assert isinstance(location, Location)
    assert location.raw["geonameid"] == 170794
    assert haversine_km((location.latitude, location.longitude), (35.33588, 40.14084)) < 1
    assert "Deir ez-Zor" in location.address


def test_geocode_many_and_country_codes(geocoder):
    many = geocoder.geocode("Tripoli", exactly_one=False, limit=3)
    assert [loc.raw["country_code"] for loc in many][:2] == ["LY", "LB"]
    assert geocoder.geocode("Tripoli", country_codes=["LB"]).raw["country_code"] == "LB"
    assert geocoder.geocode("Nowhereville Qqq") is None


def test_reverse_finds_the_nearest_town(geocoder):
    location = geocoder.reverse((36.51, 40.75))
    assert location.raw["name"] == "Al Ḩasakah"
    assert geocoder.reverse("35.34, 40.14").raw["geonameid"] == 170794


def test_offline_geocoder_cannot_reach_the_network(geocoder):
    from geopy.exc import GeocoderServiceError

    with pytest.raises(GeocoderServiceError, match="refused a network request"):
        geocoder.adapter.get_json("https://nominatim.openstreetmap.org/search", timeout=1, headers={})


def test_composes_with_geopy_rate_limiter(geocoder):
    limited = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert limited("Homs").raw["country_code"] == "SY"


def test_user_override_wins_and_is_found_by_alias(gazetteer_path, tmp_path):
    with Store.open(str(tmp_path / "s.db")) as store:
        store.put_gazetteer_entry(origin="user", name="Homs", lat=34.0, lon=37.0, country_code="SY",
                                  aliases=["Hims city centre"], note="test correction")
        with Gazetteer(gazetteer_path, layer=StoreLayer.from_store(store)) as g:
            geocoder = GazetteerGeocoder(g)
            assert geocoder.place("Homs").source == "user"
            assert geocoder.place("Hims city centre").point == (34.0, 37.0)


class FakeNominatimAdapter(BaseSyncAdapter):
    """Answers like Nominatim's /search and records every request; never uses the network."""

    calls: list[tuple[str, dict]] = []
    answers: dict[str, list] = {}

    def get_json(self, url, *, timeout, headers):
        type(self).calls.append((url, headers))
        for name, answer in self.answers.items():
            if f"q={name}" in url:
                return answer
        return []

    def get_text(self, url, *, timeout, headers):  # pragma: no cover
        raise AssertionError("unexpected text request")


VILLAGE = {
    "lat": "36.1234", "lon": "40.9876", "display_name": "Tell Tamer, Al-Hasakah, Syria",
    "osm_type": "node", "osm_id": 123, "addresstype": "village",
    "address": {"country_code": "sy", "state": "Al-Hasakah Governorate"},
}


@pytest.fixture
def online(tmp_path, monkeypatch):
    FakeNominatimAdapter.calls = []
    FakeNominatimAdapter.answers = {"Tell+Tamerzz": [VILLAGE]}
    sleeps: list[float] = []
    clock = iter(float(i) * 0.1 for i in range(1000))
    monkeypatch.setattr(RateLimiter, "_sleep", lambda self, s: sleeps.append(s))
    monkeypatch.setattr(RateLimiter, "_clock", lambda self: next(clock))
    store = Store.open(str(tmp_path / "s.db"))
    settings = OnlineGeocoderSettings(provider="nominatim", user_agent="conflictmap-tests/0.1 (test@example.org)")
    fallback = OnlineFallback.from_settings(settings, store, adapter_factory=FakeNominatimAdapter)
    yield fallback, store, sleeps
    store.close()


def test_online_fallback_caches_rate_limits_and_writes_back(online, gazetteer_path):
    fallback, store, sleeps = online
    with Gazetteer(gazetteer_path) as g:
        geocoder = GazetteerGeocoder(g, online=fallback)
        place = geocoder.place("Tell Tamerzz")
        assert place.source == "nominatim" and place.country_code == "SY"
        assert place.point == (36.1234, 40.9876)
        # Identical query: answered from the cache, no second request.
        geocoder.place("Tell Tamerzz")
        assert len(FakeNominatimAdapter.calls) == 1
        url, headers = FakeNominatimAdapter.calls[0]
        assert "conflictmap-tests" in headers["User-Agent"]
        # A miss is cached too; the second distinct request waited for the rate limit.
        with pytest.raises(NoMatchError):
            geocoder.place("Nothing Here Either")
        assert len(FakeNominatimAdapter.calls) == 2
        assert sleeps and max(sleeps) > 0.5
        with pytest.raises(NoMatchError):
            geocoder.place("Nothing Here Either")
        assert len(FakeNominatimAdapter.calls) == 2
    # Written back into the store's gazetteer with provenance, so it survives offline use.
    entries = store.gazetteer_entries("nominatim")
    assert entries[0]["origin_ref"] == "node/123"
    assert "geocoded by nominatim" in entries[0]["note"]
    with Gazetteer(gazetteer_path, layer=StoreLayer.from_store(store)) as g:
        assert GazetteerGeocoder(g).place("Tell Tamerzz").source == "nominatim"


def test_online_failures_become_one_typed_error(tmp_path):
    class Broken(BaseSyncAdapter):
        def get_json(self, url, *, timeout, headers):
            from geopy.exc import GeocoderUnavailable

            raise GeocoderUnavailable("connection refused")

        def get_text(self, url, *, timeout, headers):  # pragma: no cover
            raise AssertionError

    with Store.open(str(tmp_path / "s.db")) as store:
        settings = OnlineGeocoderSettings(provider="nominatim", user_agent="conflictmap-tests/0.1")
        fallback = OnlineFallback.from_settings(settings, store, adapter_factory=Broken)
        fallback.limited._sleep = lambda s: None
        with pytest.raises(OnlineGeocoderError, match="connection refused"):
            fallback.lookup("Somewhere")


def test_online_is_off_by_default_and_needs_a_user_agent(tmp_path):
    with Store.open(str(tmp_path / "s.db")) as store:
        assert OnlineFallback.from_settings(OnlineGeocoderSettings(), store) is None
        with pytest.raises(ConfigurationError, match="user_agent"):
            OnlineFallback.from_settings(OnlineGeocoderSettings(provider="nominatim"), store)
