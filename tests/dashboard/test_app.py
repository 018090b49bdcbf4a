"""AppTest of the dashboard's home page (runs the script, not a browser)."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.cli import main
from tests.conftest import ARTICLES

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


def test_home_page_shows_the_stored_articles(world, capsys):
    assert main(["ingest", str(ARTICLES)]) == 0
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "conflictmap"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "2"
    table = at.dataframe[0].value
    assert sorted(table["published"]) == ["2022-01-23", "undated"]
    assert any("Combats à Hassaké" in t for t in table["title"])


def test_home_page_without_a_gazetteer_warns_and_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_GAZETTEER", str(tmp_path / "missing.sqlite"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("conflictmap gazetteer build" in w.value for w in at.warning)


def test_corrupt_store_is_an_error_message_not_a_crash(tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    monkeypatch.setenv("CONFLICTMAP_DB", str(bad))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "not a usable database" in at.error[0].value
