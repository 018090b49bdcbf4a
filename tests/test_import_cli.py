"""`conflictmap import` through the CLI's real entry point: counts, --json, report, errors."""

import json

import pytest

from dashboard.commands.imports import IMPORT_FORMATS
from geo.importers import FORMATS
from tests import importer_fixtures as fx


def test_the_cli_offers_every_format():
    assert set(IMPORT_FORMATS) == set(FORMATS)


def test_import_prints_counts_and_writes_the_report(run_cli, tmp_path, isolated_home):
    path = fx.write_acled(tmp_path)
    result = run_cli("import", "acled", str(path))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith(f"acled {path}: 12 read, 6 imported, 0 updated, 6 skipped (")
    assert lines[1] == ("skipped: 1 unparseable event_date; 1 latitude out of range; 1 coordinates not numbers; "
                        "1 missing coordinates; 1 unknown ACLED event type; 1 32 fields, expected 31")
    assert lines[2] == "gazetteer: 3 places added, 0 moved (origin acled)"
    report = lines[3].removeprefix("report: ")
    assert report.startswith(str(isolated_home / "import-reports" / "acled.csv-"))
    with open(report, encoding="utf-8") as fh:
        assert fh.readline().strip() == "row,id,reason,value" and len(fh.readlines()) == 6
    events = json.loads(run_cli("events", "--format", "json").out)
    assert len(events) == 6 and {e["origin"] for e in events} == {"acled"}


def test_import_json_has_exactly_the_four_counts(run_cli, tmp_path):
    path = fx.write_ucdp(tmp_path)
    first = run_cli("import", "ucdp", str(path), "--json", "--report", str(tmp_path / "r.csv"))
    assert first.code == 0, first.err
    assert json.loads(first.out) == {"read": 6, "imported": 3, "updated": 0, "skipped": 3}
    assert first.err.strip() == f"report: {tmp_path / 'r.csv'}"
    again = run_cli("import", "UCDP", str(fx.gzipped(path)), "--json", "--report", str(tmp_path / "r2.csv"))
    assert json.loads(again.out) == {"read": 6, "imported": 0, "updated": 0, "skipped": 6}


def test_acled_deletions_from_the_cli(run_cli, tmp_path):
    run_cli("import", "acled", str(fx.write_acled(tmp_path)), "--no-gazetteer")
    deletions = fx.write_acled_deletions(tmp_path, [("SYR1", "1641500000")])
    result = run_cli("import", "acled", "--deletions", str(deletions), "--json")
    assert json.loads(result.out) == {"read": 1, "imported": 0, "updated": 1, "skipped": 0}
    assert "acled:SYR1" not in {e["id"] for e in json.loads(run_cli("events", "--format", "json").out)}
    assert run_cli("gazetteer", "list", "--origin", "acled").out.strip() == "no entries"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "acled", "/no/such.csv"], "error: no such file: /no/such.csv"),
        (["import", "shapefile", "x.shp"],
         "error: Invalid value for 'FORMAT': 'shapefile' is not one of 'acled', 'ucdp', 'gdelt', 'csv', 'geojson'."),
        (["import", "acled"], "error: Missing argument 'FILE'."),
        (["import", "csv", "{events}", "--origin", "user"], "error: origin 'user' is reserved; name the dataset otherwise"),
        (["import", "ucdp", "{events}", "--deletions"], "error: --deletions is for ACLED deleted-events files only"),
        (["import", "gdelt", "{events}"], "error: {events}: not a GDELT file: the first line has no known column names "
                                          "nor the 57 or 58 or 61 columns of a header-less file (9 fields)"),
    ],
)
def test_bad_imports_are_one_clear_line(run_cli, tmp_path, args, message):
    events = str(fx.write_generic(tmp_path))
    result = run_cli(*[a.replace("{events}", events) for a in args])
    assert result.code == 2
    assert result.err.strip() == message.replace("{events}", events)
    assert "Traceback" not in result.err
