"""Import bounds (issue 18, item 10): a compressed file that unpacks too far, over-long cells,
deeply nested GeoJSON and coordinates outside the row's stated country, on real files through
the importers and the CLI."""

from __future__ import annotations

import csv
import gzip
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from geo.dataset_import import import_file
from geo.errors import InvalidInputError
from geo.gazetteer.index import Gazetteer
from geo.importers.country_check import BORDER_TOLERANCE_KM, COUNTRY_NOTE
from geo.importers.geojson import MAX_JSON_DEPTH
from geo.importers.readers import CELL_NOTE, MAX_CELL_CHARS, MAX_UNPACK_RATIO, UNPACK_RATIO_FLOOR, load_bytes
from geo.store import Store
from tests import importer_fixtures as fx
from tests.geo.test_importers import report as report_lines

ROOT = Path(__file__).resolve().parents[2]
HEADER = "id,date,latitude,longitude,event_type,location,country\n"


@pytest.fixture
def store(tmp_path):
    with Store.open(str(tmp_path / "store.db")) as s:
        yield s


def gzip_bomb(path: Path, mebibytes: int) -> Path:
    """A CSV that unpacks to ``mebibytes`` MiB: one header, then gzip members of 16 MiB of
    zeros repeated (a gzip file may hold several members; each unpacks in turn)."""
    member = gzip.compress(b"0" * (16 << 20), compresslevel=9)
    with open(path, "wb") as fh:
        fh.write(gzip.compress(HEADER.encode()))
        for _ in range(mebibytes // 16):
            fh.write(member)
    return path


# -- decompression -----------------------------------------------------------------------------
def test_a_zip_that_unpacks_past_its_ratio_is_refused_in_one_line(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.csv", HEADER + "0" * (40 << 20))
    assert path.stat().st_size * MAX_UNPACK_RATIO < 40 << 20
    with pytest.raises(InvalidInputError) as caught:
        load_bytes(path)
    message = str(caught.value)
    assert "\n" not in message and "zip bomb" in message and "bomb.zip:bomb.csv" in message


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from /proc")
def test_a_gzip_bomb_is_refused_while_it_unpacks_with_its_memory_bounded(tmp_path):
    """256 MiB of data in a 260 KB file: the CLI refuses it in one line, exit 2, nothing
    written, and the process never held the unpacked data (its peak memory stays below it)."""
    path = gzip_bomb(tmp_path / "bomb.csv.gz", 256)
    assert path.stat().st_size < 1 << 20
    home = tmp_path / "home"
    # the peak of this process's own memory (VmHWM starts afresh at exec; ru_maxrss would count
    # the forking pytest process too)
    script = ("import re, sys\nfrom dashboard.cli import main\ncode = main(sys.argv[1:])\n"
              "print(re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1))\n"
              "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", script, "import", "csv", str(path)], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "CONFLICTMAP_HOME": str(home), "PATH": "/usr/bin:/bin"},
                          timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"error: {path}: unpacks to more than")
    peak_kib = int(done.stdout.split()[-1])
    assert peak_kib * 1024 < 256 << 20, f"peak memory {peak_kib} KiB"
    db = home / "conflictmap.db"
    if db.exists():
        assert sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone() == (0,)


def test_small_archives_of_repetitive_rows_still_import(store, tmp_path):
    """The ratio bound leaves room: 10,000 identical rows zipped (a ratio far above the bound,
    under the floor) import."""
    path = tmp_path / "same.csv"
    path.write_text(HEADER + "".join(f"{i},2024-01-05,35.13,36.75,Battles,Hama,Syria\n" for i in range(10_000)))
    zipped = fx.zipped(path)
    assert path.stat().st_size < UNPACK_RATIO_FLOOR and path.stat().st_size > MAX_UNPACK_RATIO * 1000
    result = import_file(store, "csv", zipped, report=tmp_path / "r.csv", enrich=False)
    assert result.imported == 10_000


# -- cells -------------------------------------------------------------------------------------
def test_an_over_long_cell_is_cut_and_the_row_kept_with_a_note(store, tmp_path):
    big = "x" * 1_000_000
    path = fx.write_acled(tmp_path, [fx.acled_row(source=big, tags=big, notes="n" * 20_000)])
    result = import_file(store, "acled", path, report=tmp_path / "r.csv", enrich=False)
    assert (result.imported, result.skipped) == (1, 0)
    with store.reading() as con:
        extra = con.exec_driver_sql("SELECT extra FROM events").scalar_one()
    fields = json.loads(extra)
    assert fields["source"] == "x" * MAX_CELL_CHARS and fields["tags"] == "x" * MAX_CELL_CHARS
    assert len(extra) < 3 * MAX_CELL_CHARS
    lines = report_lines(result)
    assert lines == [{"row": "1", "id": "SYR1", "reason": CELL_NOTE,
                      "value": "source: 1,000,000 characters; notes: 20,000 characters; tags: 1,000,000 characters"}]
    assert result.notes == {CELL_NOTE: 1} and result.reasons == {}


def test_over_long_cells_are_cut_also_in_windows_1252_files_and_geojson(store, tmp_path):
    path = tmp_path / "cp.csv"
    path.write_bytes(("id,date,latitude,longitude,source,location\n"
                      f"1,2024-01-05,35.13,36.75,{'é' * 50_000},Hama\n").encode("cp1252"))
    result = import_file(store, "csv", path, report=tmp_path / "r.csv", enrich=False)
    assert [(r["reason"], r["value"]) for r in report_lines(result)] == [(CELL_NOTE, "source: 50,000 characters")]
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.75, 35.13]},
               "properties": {"id": "g1", "date": "2024-01-05", "description": "d" * 30_000}}
    doc = tmp_path / "one.geojson"
    doc.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    result = import_file(store, "geojson", doc, report=tmp_path / "r2.csv", enrich=False)
    assert result.imported == 1
    assert [(r["reason"], r["value"]) for r in report_lines(result)] == [
        (CELL_NOTE, "description: 30,000 characters")]


# -- nesting -----------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 100_000])
def test_geojson_nested_too_deep_is_refused_in_one_line(store, tmp_path, depth):
    path = tmp_path / "deep.geojson"
    nested = "[" * depth + "]" * depth
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
                    '"coordinates": [36.7, 35.1]}, "properties": {"date": "2024-01-05", "x": ' + nested[4:-4]
                    + '}}]}')
    with pytest.raises(InvalidInputError) as caught:
        import_file(store, "geojson", path, report=tmp_path / "r.csv")
    assert str(caught.value) == (f"{path}: nested deeper than {MAX_JSON_DEPTH} levels of arrays and objects "
                                 "(MAX_JSON_DEPTH); not a GeoJSON file of points")


def test_geojson_nested_up_to_the_bound_imports_with_brackets_in_strings_not_counted(store, tmp_path):
    path = tmp_path / "ok.geojson"
    inner = "[" * (MAX_JSON_DEPTH - 5) + "]" * (MAX_JSON_DEPTH - 5)
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
                    '"coordinates": [36.7, 35.1]}, "properties": {"date": "2024-01-05", "x": ' + inner
                    + ', "y": "' + "[{" * 100 + '\\" [[ \\\\"}}]}')
    result = import_file(store, "geojson", path, report=tmp_path / "r.csv", enrich=False)
    assert result.imported == 1


# -- coordinates outside the stated country ---------------------------------------------------
def syrian_places(gazetteer_path: Path) -> list[tuple[str, float, float]]:
    with sqlite3.connect(gazetteer_path) as con:
        return con.execute("SELECT name, lat, lon FROM places WHERE country_code = 'SY' "
                           "AND precision IN ('point', 'district') ORDER BY id").fetchall()


def write_rows(path: Path, rows: list[tuple[float, float]], country: str = "Syria") -> Path:
    path.write_text(HEADER + "".join(f"{i},2024-01-05,{lat:.5f},{lon:.5f},Battles,,{country}\n"
                                     for i, (lat, lon) in enumerate(rows, 1)))
    return path


def test_rows_at_and_around_the_gazetteers_own_syrian_places_are_not_flagged(store, tmp_path, gazetteer_path):
    places = syrian_places(gazetteer_path)
    rng = np.random.default_rng(18)
    rows = [(lat, lon) for _n, lat, lon in places]
    for _n, lat, lon in places:  # up to 20 km off, as another gazetteer's coordinates are
        km, angle = rng.uniform(0, 20), rng.uniform(0, 2 * np.pi)
        rows.append((lat + km * np.cos(angle) / 111.2, lon + km * np.sin(angle) / (111.2 * np.cos(np.radians(lat)))))
    with Gazetteer(gazetteer_path) as gazetteer:
        result = import_file(store, "csv", write_rows(tmp_path / "sy.csv", rows), report=tmp_path / "r.csv",
                             enrich=False, gazetteer=gazetteer)
    assert len(places) > 300 and result.imported == len(rows)
    assert report_lines(result) == [] and result.notes == {}


def test_swapped_coordinates_of_syrian_places_are_flagged_and_kept(store, tmp_path, gazetteer_path):
    places = syrian_places(gazetteer_path)
    rows = [(lon, lat) for _n, lat, lon in places]
    with Gazetteer(gazetteer_path) as gazetteer:
        result = import_file(store, "csv", write_rows(tmp_path / "swapped.csv", rows), report=tmp_path / "r.csv",
                             gazetteer=gazetteer)
    flagged = [r for r in report_lines(result) if r["reason"] == COUNTRY_NOTE]
    assert result.imported == len(rows) and result.skipped == 0  # kept, with the note
    assert result.notes == {COUNTRY_NOTE: len(flagged)}
    # measured: 271 of 313; the rest land in Syria or within the tolerance of it
    assert len(flagged) >= 0.8 * len(rows)
    aleppo = next(r for r in flagged if r["value"].startswith("37.1"))
    assert "nearer TR" in aleppo["value"] and "than SY" in aleppo["value"]
    # a flagged row's place is not offered to the gazetteer
    assert result.places_added == 0


def test_a_point_near_the_border_nearer_a_town_across_it_is_within_the_tolerance(store, tmp_path, gazetteer_path):
    """Azaz (SY) lies some 7 km from the Turkish border: a point halfway to Kilis (TR) is
    nearer Kilis but not by more than the tolerance."""
    with sqlite3.connect(gazetteer_path) as con:
        (alat, alon), = con.execute("SELECT lat, lon FROM places WHERE name = 'I‘zāz' AND country_code = 'SY'")
        (klat, klon), = con.execute("SELECT lat, lon FROM places WHERE name = 'Kilis' AND country_code = 'TR' ORDER BY population DESC LIMIT 1")
    assert BORDER_TOLERANCE_KM > 10
    path = write_rows(tmp_path / "border.csv", [((alat + klat) / 2 + 0.02, (alon + klon) / 2)])
    with Gazetteer(gazetteer_path) as gazetteer:
        result = import_file(store, "csv", path, report=tmp_path / "r.csv", enrich=False, gazetteer=gazetteer)
    assert result.imported == 1 and result.notes == {}


def test_the_cli_flags_a_swapped_row_with_the_built_gazetteer(run_cli, tmp_path, isolated_home, world):
    path = write_rows(tmp_path / "two.csv", [(36.20, 37.16), (37.16, 36.20)])  # Aleppo, then swapped
    result = run_cli("import", "csv", str(path), "--report", str(tmp_path / "r.csv"))
    assert result.code == 0, result.err
    assert f"imported with a note: 1 {COUNTRY_NOTE}" in result.out.splitlines()
    with open(tmp_path / "r.csv", encoding="utf-8") as fh:
        lines = list(csv.DictReader(fh))
    assert [(r["row"], r["reason"]) for r in lines] == [("2", COUNTRY_NOTE)]
    assert lines[0]["value"].startswith("37.16, 36.2: nearer TR (")
