"""Importers: ACLED, UCDP GED, GDELT, generic CSV and GeoJSON files in their exact layouts
(written by tests/importer_fixtures.py), into a real store.

Every file checks the counts rule: imported + updated + skipped == read, each skipped row
with its reason in the report.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select

from geo.dataset_import import import_file
from geo.errors import InvalidInputError
from geo.importers import crosswalk
from geo.importers.columns import parse_dates
from geo.store import Store
from geo.store import schema as t
from geo.store.corrections import delete_event, move_event
from tests import importer_fixtures as fx


@pytest.fixture
def store(store_url):
    """A new store: the tests taking it run on SQLite and on PostgreSQL."""
    with Store.open(store_url) as s:
        yield s


def run(store, fmt, path, tmp_path, **options):
    result = import_file(store, fmt, path, report=tmp_path / f"report-{path.name}.csv", **options)
    assert result.imported + result.updated + result.skipped == result.read
    assert set(result.counts()) == {"read", "imported", "updated", "skipped"}
    return result


def report(result) -> list[dict[str, str]]:
    if result.report is None:
        return []
    with open(result.report, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def by_id(store) -> dict[str, dict]:
    return {e["origin_id"]: e for e in store.events()}


def stored_rows(store) -> dict[str, dict]:
    with store.reading() as con:
        return {r["origin_id"]: dict(r) for r in con.execute(select(t.events)).mappings()}


# -- pure pieces -----------------------------------------------------------------------------
def test_text_cells_lose_any_white_space_around_them_also_from_arrow_text():
    import pandas as pd
    import pyarrow as pa

    from geo.importers.columns import objects, text

    cells = ["", " Aleppo", "Homs\u00a0", "\u2003Ar Raqqah", "Deir ez-Zor", "\tAl Hasakah\r\n"]
    expected = ["", "Aleppo", "Homs", "Ar Raqqah", "Deir ez-Zor", "Al Hasakah"]
    assert text(pd.DataFrame({"place": cells + [None]}), "place").tolist() == expected + [""]
    from_arrow = pd.DataFrame({"place": pd.arrays.ArrowExtensionArray(pa.chunked_array([cells]))})
    assert text(from_arrow, "place").tolist() == expected
    assert objects(from_arrow.iloc[1:3])["place"].tolist() == [" Aleppo", "Homs\u00a0"]  # as they are, as str
    assert text(pd.DataFrame({"place": ["Homs", "Hama"]}), "missing").tolist() == ["", ""]


@pytest.mark.parametrize("text", ["2022-06-30", "30 June 2022", "30-June-2022", "30-Jun-22", "30-06-2022",
                                  "30/06/2022", "2022-06-30 00:00:00.000", "20220630", "June 30, 2022",
                                  " 30 june 2022 "])
def test_reference_date_formats(text):
    import pandas as pd

    parsed = parse_dates(pd.Series([text.strip()], dtype=object))
    assert parsed.iloc[0].date() == date(2022, 6, 30)


@pytest.mark.parametrize("text", ["2022-02-30", "06/30/2022", "yesterday", "1850-01-01", "2022", ""])
def test_dates_that_are_refused(text):
    import pandas as pd

    assert parse_dates(pd.Series([text], dtype=object)).isna().all()


def test_a_wrong_iso_date_is_not_read_in_another_layout():
    import pandas as pd

    values = pd.Series(["2019-02-30", "2019-02-28 00:00:00.000", "30/06/2022", "2019-13-01"] * 3, dtype=object)
    parsed = parse_dates(values)
    assert parsed.isna().tolist() == [True, False, False, True] * 3
    assert parsed.iloc[2].date() == date(2022, 6, 30)


def test_json_objects_are_what_json_dumps_writes():
    import json
    import math

    import pandas as pd

    from geo.importers.prepare import json_objects

    frame = pd.DataFrame({"a": ["x", "", None, 'é "quoted" \\ ', math.nan, "x", "<script>"],
                          "b": ["", "", None, "y", "z", 3, "\u2028"]})
    expected = []
    for a, b in zip(frame["a"], frame["b"], strict=True):
        kept = {k: v for k, v in (("inter1", a), ("notes", b)) if isinstance(v, str) and v}
        expected.append(json.dumps(kept, ensure_ascii=False) if kept else None)
    assert json_objects(frame, ["a", "b"], ["inter1", "notes"]) == expected
    assert json_objects(frame.iloc[:0], ["a"], ["inter1"]) == []


def test_fingerprints_depend_on_values_not_on_how_pandas_holds_them():
    import numpy as np
    import pandas as pd

    from geo.importers.base import EVENT_COLUMNS
    from geo.importers.prepare import fingerprints

    base = {c: ["a", None, "c"] for c in EVENT_COLUMNS if c not in ("origin_id", "version", "actors")}
    base.update(lat=[35.1, np.nan, 36.0], lon=[40.0, 41.0, np.nan], fatalities=[1, None, 3],
                actors_json=["[]", "[]", '["X"]'], extra_json=[None, "{}", None])
    one = pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in base.items()})
    for c in ("lat", "lon"):
        one[c] = one[c].astype(float)
    one["fatalities"] = pd.array([1, None, 3], dtype="Int64")
    other = one.copy()
    other["place_name"] = pd.Series(["a", np.nan, "c"], dtype=object)  # another kind of missing
    other["admin1"] = pd.Series(["a", None, "c"], dtype="string")  # text held by Arrow
    assert fingerprints(one).tolist() == fingerprints(other).tolist()
    assert all(len(h) == 16 and int(h, 16) >= 0 for h in fingerprints(one))
    changed = one.copy()
    changed.loc[1, "admin1"] = "b"
    assert fingerprints(changed).tolist()[1] != fingerprints(one).tolist()[1]
    assert fingerprints(changed).tolist()[::2] == fingerprints(one).tolist()[::2]


def test_crosswalks():
    assert crosswalk.UCDP_VIOLENCE[3][:2] == ("Violence against civilians", "Attack")
    assert crosswalk.cameo_type("193") == ("Battles", "Armed clash")
    assert crosswalk.cameo_type("1951") == ("Explosions/Remote violence", "Air/drone strike")
    assert crosswalk.cameo_type("1831") == ("Explosions/Remote violence", "Suicide bomb")
    assert crosswalk.cameo_type("2041") == ("Explosions/Remote violence", "Chemical weapon")
    assert crosswalk.cameo_type("145") == ("Riots", "Violent demonstration")
    assert crosswalk.cameo_type("043") is None and crosswalk.cameo_type("173") is None
    assert crosswalk.inter_text("1") == crosswalk.inter_text("State forces") == "State forces"
    assert crosswalk.interaction_text("87") == "External/Other forces-Civilians"
    assert crosswalk.interaction_text("60") == "Protesters only"
    assert crosswalk.acled_type("battles", "armed CLASH") == ("Battles", "Armed clash")
    assert crosswalk.acled_type("Battle-Government regains territory") == ("Battles", "Government regains territory")
    assert crosswalk.country_from_number("760") == "SY" and crosswalk.country_from_fips("IZ") == "IQ"
    assert crosswalk.country_from_name("DR Congo (Zaire)") == "CD"
    assert crosswalk.country_from_name("Yemen (North Yemen)") == "YE"
    assert crosswalk.country_from_name("Red Sea") == ""


# -- ACLED -----------------------------------------------------------------------------------
def test_acled_messy_export(store, tmp_path):
    result = run(store, "acled", fx.write_acled(tmp_path), tmp_path)
    assert result.counts() == {"read": 12, "imported": 6, "updated": 0, "skipped": 6}
    reasons = {(r["row"], r["id"], r["reason"]) for r in report(result)}
    assert reasons == {("6", "SYR6", "unparseable event_date"), ("7", "SYR7", "latitude out of range"),
                       ("8", "SYR8", "coordinates not numbers"), ("9", "SYR9", "missing coordinates"),
                       ("10", "SYR10", "unknown ACLED event type"), ("11", "", "32 fields, expected 31")}
    events = by_id(store)
    one = events["SYR1"]
    assert (one["date_start"], one["date_precision"], one["event_type"], one["sub_event_type"]) == (
        "2022-01-05", "day", "Battles", "Armed clash")
    assert one["actors"] == ["Military Forces of Syria (2000-)", "NDF: National Defence Forces",
                             "Militia (Pro-Government)", "IS: Islamic State"]
    assert one["fatalities"] == 3 and one["origin"] == "acled" and one["id"] == "acled:SYR1"
    assert one["place"] == {"name": "Tayyana", "lat": fx.TAYYANA[0], "lon": fx.TAYYANA[1], "geonameid": None,
                            "admin1": "Deir ez-Zor", "country_code": "SY", "precision": "point"}
    assert one["sources"][0]["title"] == "ACLED"
    assert one["sources"][0]["sentence"].endswith('clashes, with "heavy" fire, killed 3.')
    assert events["SYR2"]["date_start"] == "2022-01-05" and events["SYR2"]["date_precision"] == "week"
    assert events["SYR2"]["place"]["precision"] == "district"
    assert events["SYR3"]["event_type"] == "Protests" and events["SYR3"]["fatalities"] is None
    assert events["SYR3"]["date_precision"] == "month" and events["SYR3"]["place"]["precision"] == "admin1"
    assert events["SYR4"]["date_start"] == "2022-06-30" and events["SYR5"]["date_start"] == "2022-01-06"
    assert events["YEM12"]["place"]["country_code"] is None  # "Red Sea" is no country
    rows = stored_rows(store)
    assert rows["SYR1"]["extra"]["inter1"] == "State forces" and rows["SYR2"]["extra"]["inter1"] == "External/Other forces"
    assert rows["SYR2"]["extra"]["interaction"] == "External/Other forces-Civilians"
    assert rows["SYR1"]["origin_version"] == "1641400000"


def test_acled_reimport_update_and_user_corrections(store, tmp_path):
    path = fx.write_acled(tmp_path)
    run(store, "acled", path, tmp_path)
    again = run(store, "acled", path, tmp_path)
    assert again.counts() == {"read": 12, "imported": 0, "updated": 0, "skipped": 12}
    assert again.reasons["unchanged"] == 6
    move_event(store, "acled:SYR4", 34.70, 40.84, note="the analyst checked the imagery")
    newer = [
        fx.acled_row(fatalities="5", timestamp="1641400100", notes="Updated: 5 killed."),  # newer version
        fx.acled_row(event_id_cnty="SYR2", event_date="2022-01-05", fatalities="9", timestamp="1641400001"),
        fx.acled_row(event_id_cnty="SYR3", event_date="2022-01-05", timestamp="1641300000"),  # older
        fx.acled_row(event_id_cnty="SYR4", event_date="2022-06-30", location="Hajin", fatalities="40",
                     timestamp="1656700000"),  # newer, but corrected by the user
        fx.acled_row(event_id_cnty="SYR13", event_date="2022-01-07", location="Susah", latitude="34.4",
                     longitude="40.9"),
    ]
    result = run(store, "acled", fx.write_acled(tmp_path, newer, "acled_v2.csv"), tmp_path)
    assert result.counts() == {"read": 5, "imported": 1, "updated": 1, "skipped": 3}
    assert {(r["id"], r["reason"]) for r in report(result)} == {
        ("SYR2", "unchanged"), ("SYR3", "older than the stored version"), ("SYR4", "edited by user")}
    events = by_id(store)
    assert events["SYR1"]["fatalities"] == 5 and events["SYR1"]["sources"][0]["sentence"] == "Updated: 5 killed."
    assert len(events["SYR1"]["sources"]) == 1  # updated in place, no duplicate
    assert (events["SYR4"]["place"]["lat"], events["SYR4"]["fatalities"]) == (34.70, 3)
    assert len(store.events()) == 7


def test_acled_deletions(store, tmp_path):
    run(store, "acled", fx.write_acled(tmp_path), tmp_path)
    delete_event(store, "acled:SYR5", note="duplicate of an article event")
    deletions = fx.write_acled_deletions(tmp_path, [("SYR1", "1641500000"), ("SYR5", "1641500001"),
                                                    ("SYR999", "1641500002"), ("SYR2", "soon")])
    result = run(store, "acled", deletions, tmp_path)
    assert result.deletions
    assert result.counts() == {"read": 4, "imported": 0, "updated": 1, "skipped": 3}
    assert {(r["id"], r["reason"]) for r in report(result)} == {
        ("SYR5", "edited by user"), ("SYR999", "not in store"), ("SYR2", "unparseable deleted_timestamp")}
    assert "SYR1" not in by_id(store)
    assert stored_rows(store)["SYR1"]["deleted"]  # a tombstone, not a physical delete
    # the old export again does not bring it back
    again = run(store, "acled", fx.write_acled(tmp_path), tmp_path)
    assert ("SYR1", "deleted upstream") in {(r["id"], r["reason"]) for r in report(again)}
    assert "SYR1" not in by_id(store)
    # an edit ACLED published after the deletion does
    later = run(store, "acled", fx.write_acled(tmp_path, [fx.acled_row(timestamp="1641600000")], "later.csv"),
                tmp_path)
    assert later.updated == 1 and "SYR1" in by_id(store)


def test_acled_deletions_need_the_right_file(store, tmp_path):
    with pytest.raises(InvalidInputError, match="not an ACLED deletions file"):
        import_file(store, "acled", fx.write_acled(tmp_path), deletions=True)
    with pytest.raises(InvalidInputError, match="--deletions is for ACLED"):
        import_file(store, "ucdp", fx.write_ucdp(tmp_path), deletions=True)


def test_duplicate_ids_in_one_file_keep_the_newest(store, tmp_path):
    rows = [fx.acled_row(timestamp="1641400005", fatalities="7"), fx.acled_row(timestamp="1641400001")]
    result = run(store, "acled", fx.write_acled(tmp_path, rows), tmp_path)
    assert result.counts() == {"read": 2, "imported": 1, "updated": 0, "skipped": 1}
    assert report(result)[0]["reason"] == "duplicate id in file" and report(result)[0]["value"] == "kept row 1"
    assert by_id(store)["SYR1"]["fatalities"] == 7


# -- UCDP ------------------------------------------------------------------------------------
def _check_ucdp(store, result):
    assert result.counts() == {"read": 6, "imported": 3, "updated": 0, "skipped": 3}
    assert {(r["id"], r["reason"]) for r in report(result)} == {
        ("404", "unparseable date_start"), ("405", "unknown type_of_violence"), ("406", "missing coordinates")}
    events = by_id(store)
    first, span, village = events["401"], events["402"], events["403"]
    assert (first["event_type"], first["sub_event_type"], first["date_start"], first["date_end"]) == (
        "Battles", None, "2017-01-14", "2017-01-14")
    assert (first["fatalities"], first["fatalities_low"], first["fatalities_high"]) == (12, 10, 20)
    assert first["actors"] == ["Government of Syria", "IS"] and first["place"]["country_code"] == "SY"
    assert (span["date_start"], span["date_end"], span["date_precision"]) == ("2017-02-01", "2017-02-20", "month")
    assert span["place"]["precision"] == "admin1"
    assert (village["event_type"], village["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert village["place"]["precision"] == "point"


def test_ucdp_with_header(store, tmp_path):
    _check_ucdp(store, run(store, "ucdp", fx.write_ucdp(tmp_path), tmp_path))
    places = {e["name"]: e for e in store.gazetteer_entries("ucdp")}
    # exact places only (where_prec 1), descriptor words dropped
    assert set(places) == {"Deir ez Zor", "Tayyana"}
    assert places["Tayyana"]["note"].startswith("from UCDP GED file")


@pytest.mark.parametrize("packing", ["headerless", "zip", "gz", "old-release"])
def test_ucdp_variants(store, tmp_path, packing):
    if packing == "headerless":
        path = fx.write_ucdp(tmp_path, header=False, name="GEDEvent_v24_0_1.csv")
    elif packing == "zip":
        path = fx.zipped(fx.write_ucdp(tmp_path), "ged241-csv/GEDEvent_v24_1.csv")
    elif packing == "gz":
        path = fx.gzipped(fx.write_ucdp(tmp_path))
    else:
        path = fx.write_old_ucdp(tmp_path)
    _check_ucdp(store, run(store, "ucdp", path, tmp_path))


def test_ucdp_changed_row_updates(store, tmp_path):
    run(store, "ucdp", fx.write_ucdp(tmp_path), tmp_path)
    fx.UCDP_ROWS[0]["best"], saved = "15", fx.UCDP_ROWS[0]["best"]
    try:
        result = run(store, "ucdp", fx.write_ucdp(tmp_path, name="ged2.csv"), tmp_path)
    finally:
        fx.UCDP_ROWS[0]["best"] = saved
    assert result.counts() == {"read": 6, "imported": 0, "updated": 1, "skipped": 5}
    assert by_id(store)["401"]["fatalities"] == 15


# -- GDELT -----------------------------------------------------------------------------------
@pytest.mark.parametrize("version", [2, 1])
def test_gdelt_headerless_tab_separated(store, tmp_path, version):
    result = run(store, "gdelt", fx.write_gdelt(tmp_path, version), tmp_path)
    assert result.counts() == {"read": 8, "imported": 6, "updated": 0, "skipped": 2}
    assert {(r["id"], r["reason"], r["value"]) for r in report(result)} == {
        ("1005", "CAMEO root not imported", "04 (consult)"), ("1007", "missing coordinates", ", ")}
    events = by_id(store)
    assert (events["1001"]["event_type"], events["1001"]["sub_event_type"]) == ("Battles", "Armed clash")
    assert events["1002"]["sub_event_type"] == "Air/drone strike" and events["1002"]["actors"] == ["SYRIA"]
    assert events["1003"]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert events["1004"]["event_type"] == "Protests"
    assert events["1006"]["place"]["precision"] == "country" and events["1006"]["place"]["name"] == "Syrié"
    assert events["1001"]["place"]["admin1"] == "Dayr az Zawr" and events["1001"]["date_start"] == "2022-01-05"
    assert events["1008"]["place"]["country_code"] == "IQ"
    extra = stored_rows(store)["1005" if False else "1001"]["extra"]
    assert extra["eventcode"] == "193" and extra["sourceurl"].startswith("https://example.org/")
    assert {e["name"] for e in store.gazetteer_entries("gdelt")} == {"Deir ez-Zor", "Mosul"}


def test_gdelt_zip_with_header(store, tmp_path):
    from geo.importers import gdelt

    path = fx.write_delimited(tmp_path / "gdelt_with_header.tsv",
                              [c.upper() for c in gdelt.V2], fx.gdelt_rows(gdelt.V2), "\t")
    result = run(store, "gdelt", fx.zipped(path), tmp_path)
    assert (result.read, result.imported) == (8, 6)


# -- generic CSV and GeoJSON -------------------------------------------------------------------
@pytest.mark.parametrize(("name", "delimiter"), [("events.csv", ","), ("events.tsv", "\t"), ("events.txt", ";")])
def test_generic_csv(store, tmp_path, name, delimiter):
    result = run(store, "csv", fx.write_generic(tmp_path, name, delimiter), tmp_path)
    assert result.counts() == {"read": 5, "imported": 3, "updated": 0, "skipped": 2}
    assert {r["reason"] for r in report(result)} == {"latitude out of range", "unparseable date"}
    events = {e["place"]["name"]: e for e in store.events()}
    assert (events["Aleppo"]["event_type"], events["Aleppo"]["sub_event_type"]) == (
        "Explosions/Remote violence", "Air/drone strike")
    assert events["Aleppo"]["actors"] == ["Russia", "HTS"] and events["Aleppo"]["origin"] == "csv"
    assert events["Homs"]["event_type"] == "Battles" and events["Homs"]["date_start"] == "2022-03-01"
    assert (events["Damascus"]["event_type"], events["Damascus"]["sub_event_type"]) == (
        "Strategic developments", "Other")
    assert stored_rows(store)[events["Damascus"]["origin_id"]]["extra"] == {"type": "picnic"}
    assert all(e["place"]["country_code"] == "SY" for e in events.values())
    # no id column: rows are known by their content, so the same file again changes nothing
    again = run(store, "csv", fx.write_generic(tmp_path, name, delimiter), tmp_path)
    assert (again.imported, again.updated, again.reasons["unchanged"]) == (0, 0, 3)


@pytest.mark.parametrize("filler_rows", [0, 3000])
def test_windows_1252_files_are_read_as_such(store, tmp_path, filler_rows):
    """A file saved as Windows-1252 (Excel's "CSV" on Windows) is read as such, also when its
    first 64 KiB happen to be plain ASCII and the first accented name comes later."""
    lines = ["event_date,latitude,longitude,location,notes"]
    lines += [f"2022-01-{1 + i % 28:02d},{35 + i / 10000:.4f},38.0,Hama,filler {i}" for i in range(filler_rows)]
    lines += ["2022-01-20,36.50,40.75,Aïn Issa,Frappe près d’Aïn Issa – 3 morts"]
    path = tmp_path / "events.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    assert path.stat().st_size > (65536 if filler_rows else 0)
    result = run(store, "csv", path, tmp_path)
    assert result.counts() == {"read": filler_rows + 1, "imported": filler_rows + 1, "updated": 0, "skipped": 0}
    places = {e["place"]["name"] for e in store.events()}
    assert "Aïn Issa" in places


def test_generic_csv_named_origin_and_missing_columns(store, tmp_path):
    result = run(store, "csv", fx.write_generic(tmp_path), tmp_path, origin="team-notes")
    assert {e["origin"] for e in store.events()} == {"team-notes"} and result.origin == "team-notes"
    bare = fx.write_delimited(tmp_path / "bare.csv", ["date", "place"], [["2022-01-01", "Homs"]])
    with pytest.raises(InvalidInputError, match=r"no column for latitude \(latitude, lat, y\); longitude"):
        import_file(store, "csv", bare)
    unknown = fx.write_delimited(tmp_path / "unknown.csv", ["when", "where"], [["2022-01-01", "Homs"]])
    with pytest.raises(InvalidInputError, match="not a CSV events file: the first line has no known column names"):
        import_file(store, "csv", unknown)
    for bad in ("User", "articles", "x" * 40, "a b"):
        with pytest.raises(InvalidInputError, match="origin"):
            import_file(store, "csv", fx.write_generic(tmp_path), origin=bad)


def test_geojson(store, tmp_path):
    result = run(store, "geojson", fx.write_geojson(tmp_path), tmp_path)
    assert result.counts() == {"read": 7, "imported": 2, "updated": 0, "skipped": 5}
    assert {(r["id"], r["reason"]) for r in report(result)} == {
        ("g3", "geometry is not a Point"), ("g4", "no geometry"), ("g5", "bad Point coordinates"),
        ("g6", "latitude out of range"), ("g7", "missing date")}
    events = by_id(store)
    assert events["g1"]["place"]["lat"] == fx.TAYYANA[0] and events["g1"]["place"]["lon"] == fx.TAYYANA[1]
    assert events["g1"]["fatalities"] == 2 and events["g1"]["event_type"] == "Battles"
    assert events["g2"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert events["g2"]["place"]["precision"] == "admin1"
    assert [e["name"] for e in store.gazetteer_entries("geojson")] == ["Tayyana"]


# -- files that are not what they say -------------------------------------------------------------
def test_unreadable_files_are_one_clear_error(store, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    cases = [
        ("acled", tmp_path / "none.csv", "no such file"),
        ("acled", empty, "empty file"),
        ("ucdp", fx.write_acled(tmp_path), "not a UCDP GED file"),
        ("gdelt", fx.write_generic(tmp_path), "not a GDELT file"),
        ("geojson", fx.write_generic(tmp_path), "not JSON"),
    ]
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(b"PK\x03\x04 not really")
    cases.append(("ucdp", bad_zip, "not a readable zip archive"))
    for fmt, path, message in cases:
        with pytest.raises(InvalidInputError, match=message):
            import_file(store, fmt, path)
    assert store.counts()["events"] == 0


def test_a_failed_import_leaves_nothing(store, tmp_path, monkeypatch):
    from geo.store import imports

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(imports, "enrich_gazetteer", broken)
    with pytest.raises(RuntimeError):
        import_file(store, "acled", fx.write_acled(tmp_path))
    assert store.counts()["events"] == 0 and store.counts()["sources"] == 0


# -- the dashboard sees the origins -----------------------------------------------------------------
def test_origins_are_in_the_frames_and_the_filter(store, tmp_path):
    from dashboard.state import filter_options
    from geo.query import EventQuery, select
    from geo.store.frames import store_frames

    run(store, "acled", fx.write_acled(tmp_path), tmp_path)
    run(store, "ucdp", fx.write_ucdp(tmp_path), tmp_path)
    frame, sources = store_frames(store)
    assert set(frame["origin"]) == {"acled", "ucdp"}
    assert {"acled", "ucdp"} <= set(filter_options(frame)["origins"])
    only = select(frame, EventQuery(origins=("ucdp",)), sources)
    assert len(only) == 3 and set(only["origin"]) == {"ucdp"}


# -- imported places reach the geocoder ---------------------------------------------------------------
ENRICH_CASES = [
    ("en", "On 5 January 2022, clashes broke out between SDF fighters and Islamic State cells in Tayyana, "
           "in the east of Deir ez-Zor province, Syria, killing three fighters."),
    ("fr", "Trois combattants ont été tués le 5 janvier 2022 lors d'affrontements à Tayyana, un village de la "
           "province de Deir ez-Zor, en Syrie."),
]


@pytest.mark.parametrize(("lang", "sentence"), ENRICH_CASES)
def test_an_imported_village_is_geocoded_in_articles(store, tmp_path, gazetteer_path, lang, sentence):
    from geo.articles.model import Article
    from geo.gazetteer.index import Gazetteer
    from geo.pipeline import Analyser
    from geo.store.layer import StoreLayer

    article = Article(title="Deir ez-Zor", text=sentence, lang=lang, published=date(2022, 1, 6),
                      published_precision="day")

    def analyse():
        return Analyser(Gazetteer(gazetteer_path, layer=StoreLayer.from_store(store))).analyse(article)

    before = analyse()
    assert not [m for m in before.mentions if m.text == "Tayyana"]  # not in GeoNames' cities500
    run(store, "acled", fx.write_acled(tmp_path), tmp_path)
    after = analyse()
    found = [m for m in after.mentions if m.text == "Tayyana"]
    assert found and found[0].place.source == "acled"
    assert (found[0].place.lat, found[0].place.lon, found[0].place.country_code) == (*fx.TAYYANA, "SY")
    assert [e for e in after.events if e.place is not None and e.place.name == "Tayyana"]


# -- large files: mapped in chunks (a local Dask cluster's workers and the importing process share them)
def map_in_chunks(monkeypatch, rows: int, mapped_chunk=None) -> None:
    """Files mapped in chunks of ``rows`` (the first of 2 at most), each chunk mapped by
    ``mapped_chunk`` if given (here and, forked after this, on the local cluster's workers)."""
    import geo.cluster.mapping as mapping
    import geo.importers.chunks as chunks

    monkeypatch.setattr(chunks, "CHUNK_ROWS", rows)
    monkeypatch.setattr(chunks, "FIRST_CHUNK_ROWS", min(rows, 2))
    if mapped_chunk is not None:
        monkeypatch.setattr(mapping, "mapped_part", mapped_chunk)


def thirty_events(folder):
    """An ACLED file of 30 events, ids SYR100 to SYR129."""
    return fx.write_acled(folder, [fx.acled_row(event_id_cnty=f"SYR{100 + n}") for n in range(30)])


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_chunked_import_is_the_same_import(tmp_path, monkeypatch, workers):
    rows = fx.ACLED_ROWS + [fx.acled_row(timestamp="1641400009", fatalities="9"),
                            fx.acled_row(event_id_cnty="SYR77", location="Tayyana"),
                            fx.acled_row(timestamp="1641400001", fatalities="1")]
    path = fx.write_acled(tmp_path, rows)

    def imported(folder, chunk: int, workers: int | None):
        map_in_chunks(monkeypatch, chunk)
        folder.mkdir()
        with Store.open(str(folder / "store.db")) as s:
            result = run(s, "acled", path, folder, workers=workers)
            stored = {k: {c: v for c, v in r.items() if c not in ("created_at", "updated_at")}
                      for k, r in stored_rows(s).items()}
            places = sorted((e["name"], e["lat"], e["lon"]) for e in s.gazetteer_entries("acled"))
            again = import_file(s, "acled", path)
        return result, report(result), stored, places, again

    whole = imported(tmp_path / "whole", 10_000, None)
    chunked = imported(tmp_path / "chunked", 3, workers)
    assert chunked[0].counts() == whole[0].counts() == {"read": 15, "imported": 7, "updated": 0, "skipped": 8}
    assert chunked[1] == whole[1]  # the same report, row by row
    assert any(r["reason"] == "duplicate id in file" for r in chunked[1])
    assert chunked[2] == whole[2] and chunked[3] == whole[3]
    assert chunked[2]["SYR1"]["fatalities"] == 9
    assert chunked[4].counts() == {"read": 15, "imported": 0, "updated": 0, "skipped": 15}


def test_a_failing_worker_fails_the_import_and_writes_nothing(tmp_path, monkeypatch):
    import os
    import time

    import geo.importers.chunks as chunks

    importing = os.getpid()
    real = chunks.mapped_part

    def failing(module, table):
        if os.getpid() != importing:
            raise ValueError(f"cannot map rows {table.row_numbers[0]}-{table.row_numbers[-1]}")
        time.sleep(0.05)  # the importing process does not take every chunk before the worker starts
        return real(module, table)

    map_in_chunks(monkeypatch, 3, mapped_chunk=failing)
    path = thirty_events(tmp_path)
    with Store.open(str(tmp_path / "store.db")) as s:
        with pytest.raises(ValueError, match="cannot map rows"):
            import_file(s, "acled", path, workers=1)
        assert stored_rows(s) == {} and s.gazetteer_entries("acled") == []


def test_a_slow_worker_leaves_its_chunks_to_the_importing_process(tmp_path, monkeypatch):
    """The chunks go to whoever is free: while the worker is slow, the importing process maps
    the next chunks itself; each chunk is mapped once and the events keep the file's order."""
    import os
    import time

    import geo.importers.chunks as chunks

    importing = os.getpid()
    log = tmp_path / "mapped.log"
    real = chunks.mapped_part

    def logged(module, table):
        if os.getpid() != importing:
            time.sleep(0.3)  # a slow worker
        with log.open("a") as fh:
            fh.write(f"{'here' if os.getpid() == importing else 'worker'} {table.row_numbers[0] - 1}\n")
        return real(module, table)

    map_in_chunks(monkeypatch, 4, mapped_chunk=logged)
    path = thirty_events(tmp_path)
    with Store.open(str(tmp_path / "store.db")) as s:
        result = run(s, "acled", path, tmp_path, workers=1)
        stored = stored_rows(s)
    assert result.counts() == {"read": 30, "imported": 30, "updated": 0, "skipped": 0}
    mapped = [line.split() for line in log.read_text().splitlines()]
    starts = sorted(int(start) for _who, start in mapped)
    assert starts == [0, 2, *range(4, 30, 2)]  # every chunk once (shared: half the size, 2 rows)
    assert mapped[0] == ["here", "0"]  # the first (2 rows) here, first
    assert "worker" in {who for who, _start in mapped}
    assert [who for who, _start in mapped].count("here") >= 3  # the importing process did not just wait
    assert [stored[f"SYR{100 + n}"]["id"] for n in range(30)] == sorted(r["id"] for r in stored.values())
