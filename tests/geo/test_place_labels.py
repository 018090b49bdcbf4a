"""The place names drawn over the map (geo.gazetteer.labels): which places a tile holds at each
zoom, in English and French, inside the tile, and names kept as the text they are."""

from __future__ import annotations

import json
import math

import pytest

from dashboard.place_labels import labels_json
from geo.errors import GazetteerNotBuiltError, InvalidInputError
from geo.gazetteer.build import write_index
from geo.gazetteer.labels import (
    MAX_PER_TILE,
    MIN_POPULATION,
    LabelIndex,
    check_tile,
    min_population,
    tile_bbox,
)
from geo.models import PlaceRecord

ALEPPO = (36.20124, 37.16117)
HASAKAH = (36.50237, 40.74772)


def tile_of(lat: float, lon: float, z: int) -> tuple[int, int, int]:
    n = 1 << z
    s = math.sin(math.radians(lat))
    return z, int((lon + 180) / 360 * n), int((0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n)


@pytest.fixture(scope="module")
def index(gazetteer_path):
    with_index = LabelIndex(gazetteer_path)
    yield with_index
    with_index.close()


def names(index: LabelIndex, point: tuple[float, float], z: int, lang: str) -> list[str]:
    return [label.name for label in index.labels(*tile_of(*point, z), lang)]


@pytest.mark.parametrize(("point", "english", "french"), [
    (ALEPPO, "Aleppo", "Alep"),
    (HASAKAH, "Al-Hasakah", "Hassaké"),
    ((33.5102, 36.29128), "Damascus", "Damas"),
    ((35.51484, 35.78684), "Latakia", "Lattaquié"),
])
def test_a_town_is_named_in_the_language_asked_for(index, point, english, french):
    for z in (7, 10):
        assert english in names(index, point, z, "en") and french not in names(index, point, z, "en")
        assert french in names(index, point, z, "fr") and english not in names(index, point, z, "fr")


def test_a_place_without_a_french_name_keeps_its_gazetteer_name_in_latin_script(index):
    # Tall Rif'at has no French name of its own: French readers see GeoNames' transliteration
    assert "Tall Rif‘at" in names(index, (36.46973, 37.09728), 10, "en")
    assert "Tall Rif‘at" in names(index, (36.46973, 37.09728), 10, "fr")


def test_first_level_areas_are_named_at_middle_zooms_only(index):
    assert "Aleppo Governorate" in names(index, ALEPPO, 7, "en")
    assert "Gouvernorat d'Alep" in names(index, ALEPPO, 7, "fr")
    assert not [x for x in index.labels(*tile_of(*ALEPPO, 10), "en") if x.kind == "area"]
    assert not [x for x in index.labels(*tile_of(*ALEPPO, 5), "en") if x.kind == "area"]


def test_fewer_places_as_the_map_zooms_out(index):
    """Capitals and large towns at low zooms; every populated place (population 0 too) from 9."""
    z6 = index.labels(*tile_of(*ALEPPO, 6), "en")
    assert {"Aleppo", "Damascus"} <= {x.name for x in z6}
    assert all(x.population >= MIN_POPULATION[6] or x.kind in ("capital", "area") for x in z6)
    # Ma'arrat an-Nu'man: no population in GeoNames, so only from zoom 9
    maarat = (35.64833, 36.67472)
    assert "Maarat al-Numan" not in names(index, maarat, 8, "en")
    assert "Maarat al-Numan" in names(index, maarat, 9, "en")
    assert min_population(4) is None and index.labels(*tile_of(*ALEPPO, 4), "en") == []
    assert [min_population(z) for z in (5, 6, 7, 8, 9, 12)] == [500_000, 100_000, 30_000, 10_000, 0, 0]


def test_labels_are_inside_their_tile_and_ordered_by_size(index):
    for z in (6, 9, 10):
        key = tile_of(*ALEPPO, z)
        south, west, north, east = tile_bbox(*key)
        found = index.labels(*key, "fr")
        assert found and len(found) <= MAX_PER_TILE
        assert all(south <= x.lat < north and west <= x.lon < east for x in found)
        places = [x.population for x in found if x.kind not in ("area", "capital")]
        assert places == sorted(places, reverse=True)


@pytest.mark.parametrize(("tile", "message"), [
    ((15, 0, 0), "zoom 15 is not between 0 and 14"),
    ((-1, 0, 0), "zoom -1"),
    ((3, 8, 0), "between 0 and 7 at zoom 3, not 8, 0"),
    ((10, 0, -1), "not 0, -1"),
])
def test_a_tile_that_does_not_exist_is_one_line(index, tile, message):
    with pytest.raises(InvalidInputError, match=message) as raised:
        index.labels(*tile, "en")
    assert "\n" not in str(raised.value)
    with pytest.raises(InvalidInputError, match="unknown label language 'de'"):
        index.labels(*check_tile(10, 617, 401), "de")


def test_names_stay_the_text_they_are_and_their_json_is_safe_in_a_page(tmp_path):
    hostile = 'Tall <script>alert("x")</script> & {{ 7*7 }}'
    path = tmp_path / "g.sqlite"
    write_index(path, [PlaceRecord(name=hostile, lat=36.3, lon=37.3, country_code="SY", population=50_000,
                                   geonameid=1), PlaceRecord(name="Syria", lat=35.0, lon=38.5, country_code="SY",
                                                             feature_class="A", feature_code="PCLI")],
                {}, ("test",))
    found = LabelIndex(path).labels(*tile_of(36.3, 37.3, 9), "fr")
    assert [x.name for x in found] == [hostile]  # plain text: escaped where drawn, not here
    text = labels_json(found)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["labels"][0][2] == hostile


def test_a_gazetteer_not_built_is_one_line(tmp_path):
    with pytest.raises(GazetteerNotBuiltError, match="run `conflictmap gazetteer build`"):
        LabelIndex(tmp_path / "none.sqlite")
