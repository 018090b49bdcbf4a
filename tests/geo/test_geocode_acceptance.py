"""Issue #2 acceptance: `conflictmap geocode` on the names analysts meet, through the real CLI."""

import json

import pytest

from geo.models import haversine_km

AL_HASAKAH = (36.50237, 40.74772)
DEIR_EZ_ZOR = (35.33588, 40.14084)
RAQQA = (35.95283, 39.00788)
ALEPPO = (36.20124, 37.16117)
HOMS = (34.72405, 36.72559)
QAMISHLI = (37.05215, 41.23142)
DAMASCUS = (33.5102, 36.29128)
IDLIB = (35.93062, 36.63393)
LATAKIA = (35.53125, 35.79088)
PALMYRA = (34.5624, 38.28402)
AT_TANF = (33.48952, 38.65698)

TOWNS = [
    ("Al-Hasakah", AL_HASAKAH), ("Hasakah", AL_HASAKAH), ("Hassaké", AL_HASAKAH),
    ("Hasakké", AL_HASAKAH), ("Deir ez-Zor", DEIR_EZ_ZOR), ("Deir Ezzor", DEIR_EZ_ZOR),
    ("Dayr az Zawr", DEIR_EZ_ZOR), ("Deir al-Zour", DEIR_EZ_ZOR), ("Raqqa", RAQQA),
    ("Rakka", RAQQA), ("Ar-Raqqah", RAQQA), ("Alep", ALEPPO), ("Aleppo", ALEPPO),
    ("Halab", ALEPPO), ("Homs", HOMS), ("Hims", HOMS), ("Qamichli", QAMISHLI),
    ("Qamishli", QAMISHLI), ("Damas", DAMASCUS), ("Damascus", DAMASCUS), ("Idleb", IDLIB),
    ("Lattaquié", LATAKIA), ("Palmyre", PALMYRA),
    ("Ghwayran", AL_HASAKAH), ("Ghuwayran", AL_HASAKAH),
]


def geocode(run_cli, *args):
    result = run_cli("geocode", *args, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.mark.parametrize(("name", "town"), TOWNS)
def test_syrian_spellings_land_within_10_km(world, run_cli, name, town):
    place = geocode(run_cli, name)
    assert place["country_code"] == "SY"
    assert haversine_km((place["lat"], place["lon"]), town) <= 10


@pytest.mark.parametrize("name", ["At-Tanf", "Al-Tanf", "et-Tanf"])
def test_at_tanf_within_30_km_of_the_garrison(world, run_cli, name):
    place = geocode(run_cli, name)
    assert haversine_km((place["lat"], place["lon"]), AT_TANF) <= 30
    assert place["source"].startswith("supplement")


def test_json_has_exactly_the_documented_keys(world, run_cli):
    place = geocode(run_cli, "Al-Hasakah")
    assert set(place) == {"name", "lat", "lon", "country_code", "admin1", "feature", "source", "geonameid"}
    assert place["geonameid"] == 173811
    assert place["admin1"] == "Al-Hasakah Governorate"


def test_paris_is_in_france_not_texas(world, run_cli):
    place = geocode(run_cli, "Paris")
    assert place["country_code"] == "FR"
    assert haversine_km((place["lat"], place["lon"]), (48.85341, 2.3488)) <= 10


def test_springfield_with_country_us(world, run_cli):
    place = geocode(run_cli, "Springfield", "--country", "US")
    assert place["country_code"] == "US"
    assert place["name"] == "Springfield"


def test_tripoli_is_libya_by_default_and_lebanon_on_request(world, run_cli):
    assert geocode(run_cli, "Tripoli")["country_code"] == "LY"
    lebanon = geocode(run_cli, "Tripoli", "--country", "LB")
    assert lebanon["country_code"] == "LB"
    assert haversine_km((lebanon["lat"], lebanon["lon"]), (34.43352, 35.84415)) <= 10


def test_plain_output_is_one_tab_separated_line(world, run_cli):
    result = run_cli("geocode", "Homs")
    assert result.code == 0
    fields = result.out.strip().split("\t")
    assert fields[0] == "Homs" and fields[3] == "SY" and len(fields) == 8


def test_governorate_names_resolve_to_area_level_places(world, run_cli):
    result = run_cli("geocode", "gouvernorat de Deir Ezzor", "--json")
    place = json.loads(result.out)
    assert place["feature"] == "ADM1"
    assert place["admin1"] == "Deir ez-Zor Governorate"
    assert haversine_km((place["lat"], place["lon"]), DEIR_EZ_ZOR) < 150


def test_all_lists_ranked_candidates(world, run_cli):
    result = run_cli("geocode", "Tripoli", "--all", "--json")
    rows = json.loads(result.out)
    assert [r["country_code"] for r in rows[:2]] == ["LY", "LB"]
    assert rows[0]["score"] > rows[1]["score"]
