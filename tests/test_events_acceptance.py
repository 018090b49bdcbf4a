"""Issue #3 acceptance: the sample articles, ingested through the CLI, give events A to F."""

import csv
import io
import json
from datetime import date

import pytest

from geo.events import EventKey, same_event
from geo.models import haversine_km
from tests.conftest import ARTICLES

ENGLISH = ARTICLES / "000_e69315e52186f9f0.txt"
FRENCH = ARTICLES / "002_a0c274ca167b7a0b.txt"
AL_HASAKAH = (36.50237, 40.74772)
AT_TANF = (33.48952, 38.65698)
EXPLOSIONS, BATTLES = "Explosions/Remote violence", "Battles"


@pytest.fixture
def ingested(sample_store, run_cli):
    # the sample store is the two articles ingested through the CLI as `make sample` does (the
    # French one, then the English one --published 2022-01-23: tests/conftest.py), once per run
    # E and F are acts the English article recalls, more than 45 days before its publication:
    # background events (geo.extract.background), stored and shown on request
    result = run_cli("events", "--format", "json", "--background")
    assert result.code == 0, result.err
    return json.loads(result.out)


def find(events, date_start, event_type, **extra):
    hits = [e for e in events if e["date_start"] == date_start and e["event_type"] == event_type
            and all(e.get(k) == v for k, v in extra.items())]
    assert len(hits) == 1, f"{date_start} {event_type}: {[(e['date_start'], e['event_type']) for e in events]}"
    return hits[0]


def km(event, point):
    return haversine_km((event["place"]["lat"], event["place"]["lon"]), point)


def test_a_car_bombs_at_the_prison(ingested):
    a = find(ingested, "2022-01-20", EXPLOSIONS)
    assert a["sub_event_type"] == "Remote explosive/landmine/IED"
    assert "Islamic State" in a["actors"]
    assert km(a, AL_HASAKAH) <= 10 and a["place"]["precision"] == "point"
    assert "voitures piégées" in a["sources"][0]["sentence"]


def test_b_the_assault_is_one_event_from_both_articles(ingested):
    b = find(ingested, "2022-01-22", BATTLES)
    assert {"Syrian Democratic Forces", "US forces", "Islamic State"} <= set(b["actors"])
    assert b["fatalities"] == 89  # 56 IS fighters + 33 SDF fighters
    assert sorted(s["lang"] for s in b["sources"]) == ["en", "fr"]
    assert km(b, AL_HASAKAH) <= 10
    english = next(s for s in b["sources"] if s["lang"] == "en")
    text = ENGLISH.read_text(encoding="utf-8")
    assert text[english["start"]:english["end"]] == english["sentence"]
    assert "launched another assault on the prison" in english["sentence"]


def test_c_us_aviation_destroys_the_technical_institute(ingested):
    c = find(ingested, "2022-01-22", EXPLOSIONS)
    assert c["sub_event_type"] == "Air/drone strike" and c["actors"] == ["US forces"]
    assert km(c, AL_HASAKAH) <= 10
    assert "Institut technique" in c["sources"][0]["sentence"]


def test_d_coalition_strikes_in_deir_ez_zor_province(ingested):
    d = find(ingested, "2022-01-04", EXPLOSIONS)
    assert d["place"]["precision"] == "admin1"
    assert d["place"]["admin1"] == "Deir ez-Zor Governorate"
    assert d["actors"] == ["US-led coalition"]


def test_e_explosions_at_the_at_tanf_base(ingested):
    e = find(ingested, "2021-12-05", EXPLOSIONS)
    assert km(e, AT_TANF) <= 30


def test_f_five_drones_in_october(ingested):
    f = find(ingested, "2021-10-01", EXPLOSIONS)
    assert (f["date_end"], f["date_precision"]) == ("2021-10-31", "month")
    assert f["sub_event_type"] == "Air/drone strike"
    assert km(f, AT_TANF) <= 30


def test_e_and_f_are_background_the_others_reported(ingested, run_cli):
    background = {(e["date_start"], e["event_type"]) for e in ingested if not e["reported"]}
    assert background == {("2021-12-05", EXPLOSIONS), ("2021-10-01", EXPLOSIONS)}
    shown = json.loads(run_cli("events", "--format", "json").out)
    assert len(shown) == len(ingested) - 2 and all(e["reported"] for e in shown)


def test_nothing_is_placed_outside_syria(ingested):
    assert all(e["place"]["country_code"] == "SY" for e in ingested)
    assert not [e for e in ingested if e["date_start"] and e["date_start"].startswith("2021-05")]  # sanctions


def test_event_objects_have_the_documented_shape(ingested):
    keys = {"id", "date_start", "date_end", "date_precision", "event_type", "sub_event_type", "actors",
            "fatalities", "place", "confidence", "sources"}
    source_keys = {"article_id", "title", "url", "lang", "published", "sentence", "start", "end"}
    for e in ingested:
        assert keys <= set(e)
        assert set(e["place"]) == {"name", "lat", "lon", "geonameid", "admin1", "country_code", "precision"}
        assert all(set(s) == source_keys for s in e["sources"])
        assert 0 < e["confidence"] < 1


def test_formats_agree_and_filters_apply(ingested, run_cli):
    battles = json.loads(run_cli("events", "--format", "json", "--type", "Battles").out)
    assert battles and all(e["event_type"] == "Battles" for e in battles)
    window = json.loads(run_cli("events", "--format", "json", "--from", "2022-01-21", "--to", "2022-01-22").out)
    assert {e["date_start"] for e in window} == {"2022-01-22"}
    geo = json.loads(run_cli("events", "--format", "geojson", "--background").out)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(ingested)
    feature = next(f for f in geo["features"] if f["id"] == ingested[0]["id"])
    assert feature["geometry"]["coordinates"] == [ingested[0]["place"]["lon"], ingested[0]["place"]["lat"]]
    assert feature["properties"]["start"] == ingested[0]["date_start"]
    rows = list(csv.DictReader(io.StringIO(run_cli("events", "--format", "csv", "--background").out)))
    assert [r["id"] for r in rows] == [e["id"] for e in ingested]
    table = run_cli("events", "--background")
    assert table.out.strip().endswith(f"{len(ingested)} events")


def test_reingest_is_idempotent(ingested, run_cli):
    again = run_cli("ingest", str(ARTICLES))
    assert again.out.count("unchanged") == 2
    assert json.loads(run_cli("events", "--format", "json", "--background").out) == ingested


def test_undated_article_then_set_date(world, run_cli):
    assert run_cli("ingest", str(ENGLISH)).code == 0
    undated = run_cli("article", "list", "--undated")
    assert undated.out.startswith("1\tundated\ten\t")
    before = json.loads(run_cli("events", "--format", "json").out)
    assert before and all(e["date_start"] is None and e["date_precision"] is None for e in before)
    assert run_cli("ingest", str(FRENCH)).code == 0
    result = run_cli("article", "set-date", "1", "2022-01-23")
    assert result.code == 0 and "1 merged" in result.out
    after = json.loads(run_cli("events", "--format", "json").out)
    assert find(after, "2022-01-22", BATTLES)["fatalities"] == 89
    assert len(find(after, "2022-01-22", BATTLES)["sources"]) == 2
    assert run_cli("article", "list", "--undated").out.strip() == "no articles"


def key(event_type="Battles", day=date(2022, 1, 22), lat=36.5, lon=40.75, precision="point",
        admin1="Al-Hasakah Governorate"):
    return EventKey(event_type, day, day, lat, lon, precision, admin1, "SY")


def test_merge_rule():
    assert same_event(key(), key(lat=36.6))  # ~11 km
    assert same_event(key(), key(day=date(2022, 1, 23)))  # a day apart
    assert not same_event(key(), key(day=date(2022, 1, 25)))
    assert not same_event(key(), key(event_type=EXPLOSIONS))
    assert not same_event(key(), key(lat=36.95))  # 50 km apart: never
    # One side area-level: the same admin area is enough.
    assert same_event(key(precision="admin1", lat=36.2, lon=41.0), key())
    assert not same_event(key(precision="admin1", admin1="Deir ez-Zor Governorate", lat=35.0, lon=40.5), key())


def test_bad_files_in_a_batch(world, run_cli, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (batch / "huge.txt").write_bytes(b"Clashes in Homs. " * 1_300_000)  # ~22 MB
    (batch / "latin1.txt").write_bytes("Des affrontements ont éclaté à Alep le 3 mars 2022, faisant 4 morts.".encode("latin-1"))
    (batch / "noplace.txt").write_text("Officials met on Monday to discuss the budget.", encoding="utf-8")
    (batch / "nodate.txt").write_text("Clashes erupted in Homs between rival factions.", encoding="utf-8")
    result = run_cli("ingest", str(batch))
    assert result.code == 1
    assert "3 of 6 articles stored" in result.out
    err = result.err.splitlines()
    assert any("empty.txt" in line and "empty file" in line for line in err)
    assert any("binary.txt" in line and "binary" in line for line in err)
    assert any("huge.txt" in line and "too large" in line for line in err)
    assert len(err) == 3 and "Traceback" not in result.err
    events = json.loads(run_cli("events", "--format", "json").out)
    aleppo = [e for e in events if e["date_start"] == "2022-03-03"]
    assert aleppo and aleppo[0]["fatalities"] == 4 and aleppo[0]["place"]["name"] == "Aleppo"
