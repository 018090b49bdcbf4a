"""Shared fixtures: one world gazetteer per session, and an isolated home per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from dashboard.cli import main
from dashboard.export.browser import CHROMIUM_FLAGS  # the exports' own: offline
from geo.gazetteer.build import build_gazetteer

REPO = Path(__file__).resolve().parents[1]

# Property and fuzz tests draw the same inputs on every run ("repeatable", the default), so that
# `make test` and CI pass or fail alike; `HYPOTHESIS_PROFILE=explore` draws new ones each run (to
# look for new failures: hypothesis prints the failing example).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
ARTICLES = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory) -> Path:
    """The world gazetteer: the one `make test` built, else built here (about 25 s)."""
    prebuilt = os.environ.get("CONFLICTMAP_TEST_GAZETTEER")
    if prebuilt and Path(prebuilt).exists():
        return Path(prebuilt)
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build_gazetteer(path)
    return path


@pytest.fixture
def sy_zip(tmp_path) -> Path:
    """A small SY.zip GeoNames dump (see tests/geonames_fixtures.py)."""
    from tests.geonames_fixtures import write_sy_zip

    return write_sy_zip(tmp_path)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch) -> Path:
    """Each test gets its own home: no user config, store or online geocoder leaks in."""
    home = tmp_path / "home"
    monkeypatch.setenv("CONFLICTMAP_HOME", str(home))
    for var in ("CONFLICTMAP_DB", "CONFLICTMAP_GAZETTEER", "CONFLICTMAP_CONFIG",
                "CONFLICTMAP_ONLINE_GEOCODER", "CONFLICTMAP_USER_AGENT", "CONFLICTMAP_ALLOWED_HOSTS",
                "CONFLICTMAP_INTERNAL_HOOKS"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def world(gazetteer_path, monkeypatch) -> Path:
    """Point the CLI and settings at the session's world gazetteer."""
    monkeypatch.setenv("CONFLICTMAP_GAZETTEER", str(gazetteer_path))
    return gazetteer_path


@pytest.fixture
def ingested(world, capsys) -> str:
    """A store holding the French and English sample articles' events: its database."""
    from geo.config import load_settings

    assert main(["ingest", "--published", "2022-01-23", str(ARTICLES / "002_a0c274ca167b7a0b.txt"),
                 str(ARTICLES / "000_e69315e52186f9f0.txt")]) == 0
    capsys.readouterr()
    return load_settings().db


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def run_cli(capsys):
    """Run `conflictmap ARGS…` in-process through its real entry point."""

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make test` installs it with apt (apt-get install chromium)")
        pytest.skip("no Chromium: install it with `apt-get install chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS, headless=True)
        yield b
        b.close()
