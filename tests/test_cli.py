"""The CLI through its real entry point: commands, corrections, and bad input as one line."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geo.extract.nlp import NER_CHUNK_CHARS
from tests.conftest import ARTICLES
from tests.long_articles import SPACY_MAX_LENGTH, RecordingNer, long_article_text

COMMANDS = ["ingest", "import", "events", "geocode", "places", "gazetteer", "export", "serve"]


def test_help_lists_every_command(run_cli):
    result = run_cli("--help")
    assert result.code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["geocode", ""], 2, "error: empty place name"),
        (["geocode", "x" * 10_000], 2, "error: place name too long (10000 characters; at most 200)"),
        (["geocode", "Hasa\x07kah"], 2, "error: place name contains control characters"),
        (["geocode", "Nowhereville Qqqx"], 1, "no match for 'Nowhereville Qqqx'"),
        (["geocode", "Homs", "--country", "Syria"], 2, "error: --country takes a two-letter ISO code, got 'Syria'"),
        (["geocode"], 2, "error: Missing argument 'NAME'."),
        (["gazetteer", "add", "X", "--lat", "95", "--lon", "40"], 2, "error: latitude 95.0 out of range [-90, 90] (is it (lat, lon)?)"),
        (["gazetteer", "add", "X", "--lat", "north", "--lon", "40"], 2, "error: Invalid value for '--lat': 'north' is not a valid float."),
        (["ingest", "/no/such/folder"], 1, "failed    /no/such/folder: no such file or folder"),
        (["frobnicate"], 2, "error: No such command 'frobnicate'."),
    ],
)
def test_bad_input_is_one_clear_line(world, run_cli, args, code, message):
    result = run_cli(*args)
    assert result.code == code
    assert result.err.strip() == message
    assert "Traceback" not in result.err


def test_missing_and_corrupt_store_files(world, run_cli, tmp_path):
    missing = run_cli("--db", str(tmp_path / "absent.db"), "geocode", "Homs")
    assert missing.code == 2 and missing.err.strip() == f"error: store not found: {tmp_path / 'absent.db'}"
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"\x00garbage" * 500)
    result = run_cli("--db", str(corrupt), "geocode", "Homs")
    assert result.code == 2
    assert result.err.startswith("error: store sqlite:///") and "not a usable database" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_missing_gazetteer_names_the_fix(run_cli, tmp_path):
    result = run_cli("--gazetteer", str(tmp_path / "none.sqlite"), "geocode", "Homs")
    assert result.code == 2
    assert "run `conflictmap gazetteer build`" in result.err


def test_correction_wins_and_survives_a_rebuild(world, run_cli, tmp_path, sy_zip):
    added = run_cli("gazetteer", "add", "Ghwayran", "--lat", "36.4710", "--lon", "40.7460",
                    "--alias", "Ghuwayran prison", "--note", "prison compound")
    assert added.code == 0, added.err
    assert "replacing Ghuwayran" in added.out
    for name in ("Ghuwayran", "Ghwayran", "Ghuwayran prison"):
        place = json.loads(run_cli("geocode", name, "--json").out)
        assert (place["lat"], place["lon"], place["source"]) == (36.471, 40.746, "user"), name
    # Rebuild the gazetteer (a small one here) and the correction is still there.
    small = tmp_path / "small.sqlite"
    assert run_cli("--gazetteer", str(small), "gazetteer", "build", "--geonames", str(sy_zip)).code == 0
    place = json.loads(run_cli("--gazetteer", str(small), "geocode", "Ghuwayran", "--json").out)
    assert place["source"] == "user"
    listing = run_cli("gazetteer", "list")
    assert "Ghwayran" in listing.out and "Ghuwayran prison" in listing.out
    assert run_cli("gazetteer", "remove", "Ghwayran").code == 0
    assert json.loads(run_cli("geocode", "Ghuwayran", "--json").out)["source"] == "supplement:sy-ghuwayran"


def test_new_place_correction(world, run_cli):
    result = run_cli("gazetteer", "add", "Tell Brak Checkpoint", "--lat", "36.66", "--lon", "41.06",
                     "--country", "SY", "--new-place")
    assert result.code == 0 and "replacing" not in result.out
    place = json.loads(run_cli("geocode", "Tell Brak Checkpoint", "--json").out)
    assert place["country_code"] == "SY" and place["source"] == "user"


def test_gazetteer_build_prints_figures(run_cli, tmp_path, sy_zip):
    result = run_cli("gazetteer", "build", "--geonames", str(sy_zip), "--out", str(tmp_path / "g.sqlite"))
    assert result.code == 0
    assert result.out.startswith(f"built {tmp_path / 'g.sqlite'} in ")
    for word in (" s: ", "places", "names", "MB"):
        assert word in result.out
    info = run_cli("--gazetteer", str(tmp_path / "g.sqlite"), "gazetteer", "info")
    assert "places" in info.out and "GeoNames dump SY.zip" in info.out


def test_ingest_the_sample_articles_is_idempotent(world, run_cli, cli_store):
    first = run_cli("ingest", str(ARTICLES))
    assert first.code == 0, first.err
    assert first.out.count("new       ") == 2
    assert "2022-01-23, fr," in first.out and "undated, en," in first.out
    second = run_cli("ingest", str(ARTICLES))
    assert second.out.count("unchanged") == 2


def test_ingest_goes_on_past_bad_files_and_says_so(world, run_cli, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "good.txt").write_text("Clashes near Homs on Saturday.", encoding="utf-8")
    result = run_cli("ingest", str(folder))
    assert result.code == 1
    assert "1 of 3 articles stored" in result.out
    lines = result.err.strip().splitlines()
    assert lines == [f"failed    {folder / 'binary.txt'}: binary file, not text",
                     f"failed    {folder / 'empty.txt'}: empty file"]


def test_ingest_goes_on_past_missing_paths_pipes_links_and_odd_encodings(world, run_cli, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text("Clashes near Homs on Saturday killed 3 people.", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # never opened: nothing would ever write to it
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    french = "Le ministère a annoncé que l’armée était déployée à Gao, où trois soldats ont été tués."
    damaged = french.encode("utf-8").replace(" a annoncé".encode(), b" a \x92annonc\xe9")
    (folder / "damaged.txt").write_bytes(damaged)
    (folder / "utf16.txt").write_bytes("Shelling hit Aleppo on Friday, a monitor said.".encode("utf-16-le"))
    other = tmp_path / "other.txt"
    other.write_text("An air strike hit a market in Idlib on Sunday.", encoding="utf-8")
    db = tmp_path / "batch.db"
    result = run_cli("--db", str(db), "ingest", str(tmp_path / "missing.txt"), str(folder), str(other))
    assert result.code == 1
    assert "4 of 7 articles stored" in result.out
    assert result.err.strip().splitlines() == [
        f"failed    {tmp_path / 'missing.txt'}: no such file or folder",
        f"failed    {folder / 'gone.txt'}: broken symbolic link (it points to nothing)",
        f"failed    {folder / 'pipe.txt'}: a named pipe (FIFO), not a regular file",
    ]
    lines = {line.split()[1]: line for line in result.out.splitlines() if line.startswith("new")}
    assert lines.keys() == {str(folder / "damaged.txt"), str(folder / "good.txt"), str(folder / "utf16.txt"),
                            str(other)}
    assert lines[str(folder / "damaged.txt")].endswith("; not valid UTF-8: 2 bytes read as cp1252, the first at byte 16)")
    assert lines[str(folder / "utf16.txt")].endswith("; UTF-16-LE without a byte-order mark)")
    with sqlite3.connect(db) as con:
        texts = dict(con.execute("select path, text from articles"))
    assert texts[str(folder / "damaged.txt")] == french.replace(" a annoncé", " a ’annoncé")
    assert texts[str(folder / "utf16.txt")] == "Shelling hit Aleppo on Friday, a monitor said."


def test_a_long_article_is_analysed_in_pieces_and_the_batch_goes_on(world, run_cli, tmp_path, monkeypatch):
    ner = RecordingNer()  # spaCy's own limit, its error past it, "Aleppo" and "Homs" as places
    monkeypatch.setattr("geo.extract.nlp.pipeline", lambda lang: ner)
    folder = tmp_path / "batch"
    folder.mkdir()
    long_text = "date 2022-03-06\n" + long_article_text()
    assert len(long_text) > SPACY_MAX_LENGTH
    (folder / "a.txt").write_text("Clashes near Homs on 4 March 2022 killed 3 people.", encoding="utf-8")
    (folder / "b-long.txt").write_text(long_text, encoding="utf-8")
    (folder / "c.txt").write_text("Shelling hit Aleppo on 4 March 2022, a monitor said.", encoding="utf-8")
    db = tmp_path / "long.db"
    result = run_cli("--db", str(db), "ingest", str(folder))
    assert result.code == 0, result.err
    assert "3 of 3 articles stored" in result.out
    assert max(ner.given) <= NER_CHUNK_CHARS  # what bounds spaCy's memory
    assert sum(ner.given) > SPACY_MAX_LENGTH
    with sqlite3.connect(db) as con:
        (article_id,) = con.execute("select id from articles where path like '%b-long.txt'").fetchone()
        mentions = con.execute("select text, start, end from place_mentions where article_id = ? order by start",
                               (article_id,)).fetchall()
    # offsets into the whole text, past spaCy's limit too
    assert mentions == [("Aleppo", long_text.index("Aleppo"), long_text.index("Aleppo") + 6),
                        ("Homs", long_text.rindex("Homs"), long_text.rindex("Homs") + 4)]


def test_places_json_has_exact_offsets(world, run_cli):
    french = ARTICLES / "002_a0c274ca167b7a0b.txt"
    result = run_cli("places", str(french), str(ARTICLES / "000_e69315e52186f9f0.txt"), "--json")
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["lang"] for line in lines] == ["fr", "en"]
    text = french.read_text(encoding="utf-8")
    keys = {"text", "start", "end", "name", "lat", "lon", "geonameid", "country_code", "admin1", "feature",
            "score"}
    for place in lines[0]["places"]:
        assert set(place) == keys
        assert text[place["start"]:place["end"]] == place["text"]
    assert {"Ghwayran", "Hasakké", "Hassaké", "Damas"} <= {p["text"] for p in lines[0]["places"]}


def test_events_refuses_bad_options(world, run_cli):
    assert run_cli("events", "--type", "Picnic").err.strip() == "error: unknown event type 'Picnic' (see the ACLED taxonomy in the README)"
    assert run_cli("events", "--from", "2022-02-01", "--to", "2022-01-01").err.strip() == "error: --from 2022-02-01 is after --to 2022-01-01"
    assert run_cli("events", "--from", "yesterday").err.strip() == "error: not a date (YYYY-MM-DD): 'yesterday'"
    assert run_cli("article", "set-date", "99", "2022-01-01").err.strip() == "no match: no article 99"


def test_a_real_process_never_prints_a_traceback(world, tmp_path):
    env = {**os.environ, "CONFLICTMAP_HOME": str(tmp_path)}
    for args in (["geocode", "\x1b[2J"], ["--db", str(tmp_path / "x" / "nope.db"), "geocode", "Homs"],
                 ["geocode", "Zzyzzx Qqq"]):
        proc = subprocess.run([sys.executable, "-m", "dashboard.cli", *args], env=env,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode in (1, 2)
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "Traceback" not in proc.stderr


NEWS_AND_HISTORY = """Airstrikes hit Idlib

Airstrikes killed 12 civilians in Idlib on Monday, activists said.
An attack in 2013 killed 20 people in Aleppo.
"""


def test_events_and_export_show_background_only_with_the_flag(world, run_cli, tmp_path, cli_store):
    """History an article recalls is stored, flagged, and left out of `events` and `export`
    unless --background asks for it; every output says which events are reported."""
    article = tmp_path / "news.txt"
    article.write_text(NEWS_AND_HISTORY, encoding="utf-8")
    assert run_cli("ingest", "--published", "2016-09-22", str(article)).code == 0
    table = run_cli("events")
    assert table.out.strip().endswith("1 events") and "2016-09-19" in table.out and "2013" not in table.out
    both = run_cli("events", "--background", "--format", "json")
    found = {e["date_start"]: e for e in json.loads(both.out)}
    assert sorted(found) == ["2013-01-01", "2016-09-19"]
    assert found["2016-09-19"]["reported"] is True and found["2013-01-01"]["reported"] is False
    assert found["2013-01-01"]["sources"][0]["sentence"] == "An attack in 2013 killed 20 people in Aleppo."
    assert found["2016-09-19"]["place_source"] == "sentence"
    csv_text = run_cli("events", "--background", "--format", "csv").out
    header, *rows = csv_text.splitlines()
    assert "reported" in header.split(",") and "place_source" in header.split(",") and len(rows) == 2
    for flag, reported in (((), [True]), (("--background",), [False, True])):
        out = tmp_path / f"events{len(flag)}.geojson"
        assert run_cli("export", "--out", str(out), *flag).code == 0
        features = json.loads(out.read_text(encoding="utf-8"))["features"]
        assert sorted(f["properties"]["reported"] for f in features) == reported
        page = run_cli("export", "--out", str(tmp_path / f"map{len(flag)}.html"), *flag)  # the frames' path
        assert f"html, {len(reported)} events" in page.out


def test_serve_hands_over_to_the_server_before_loading_its_libraries(world, tmp_path):
    """`conflictmap serve` checks its options and replaces itself with the server process
    (``os.execve``), which imports Streamlit, SQLAlchemy and pandas itself: none of them is
    loaded before the hand-over (each would be imported twice on the way to the first page)."""
    probe = ("import os, sys\n"
             "def handed_over(path, args, env):\n"
             "    heavy = {m.split('.')[0] for m in sys.modules} & {'streamlit', 'sqlalchemy', 'pandas', 'numpy'}\n"
             "    print(' '.join(sorted(heavy)) or 'none', args[1:3])\n"
             "    sys.exit(0)\n"
             "os.execve = handed_over\n"
             "from dashboard.cli import main\n"
             "main(['serve', '--address', '127.0.0.1', '--port', '8599'])\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1], env={**os.environ, "CONFLICTMAP_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "none ['-m', 'dashboard.server']"
