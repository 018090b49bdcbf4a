"""The map's place names in exports: an HTML map carries them (in the language asked for), and
the PNG and the PDF briefing's map, photographed by Chromium, show them drawn next to their town
(the PDF's map in the browser tests' Chromium: tests/browser/test_offline_pages.py)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from dashboard.export import ExportOptions, page_view, render_png, selection
from dashboard.export.browser import launched
from dashboard.export.view import HEADER_PX, SCALE
from dashboard.filters import Filters
from tests.dashboard.test_export import chromium_here  # noqa: F401 - fixture
from tests.geo.test_place_labels import ALEPPO

AROUND_ALEPPO = (35.9, 36.9, 36.5, 37.5)
NO_EVENTS_YET = "0 events"


@pytest.mark.parametrize(("lang", "shown", "not_shown"), [("en", "Aleppo", "Alep"), ("fr", "Alep", "Aleppo")])
def test_the_html_map_carries_the_names_of_its_view(world, run_cli, tmp_path, monkeypatch, lang, shown, not_shown):
    monkeypatch.setenv("CONFLICTMAP_LANGUAGE", lang)
    out = tmp_path / "map.html"
    result = run_cli("export", "--out", str(out), "--bbox", ",".join(map(str, AROUND_ALEPPO)))
    assert result.code == 0 and NO_EVENTS_YET in result.out, result.err
    page = out.read_text(encoding="utf-8")
    assert f'"{shown}","city"' in page and f'"{not_shown}","city"' not in page
    assert "/labels/" not in page  # embedded: the page fetches nothing


def _dark(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return int((np.asarray(image.crop(box), dtype=np.int32).sum(axis=2) < 3 * 90).sum())


@pytest.mark.browser
def test_the_png_shows_the_label_beside_its_town(world, chromium_here, monkeypatch):  # noqa: F811
    events = selection(*_empty_frames(), Filters())
    with_names = ExportOptions(bbox=AROUND_ALEPPO, lang="fr").checked()
    with launched() as browser:  # one Chromium for both maps
        image = Image.open(io.BytesIO(render_png(events, with_names, browser))).convert("RGB")
        monkeypatch.setenv("CONFLICTMAP_GAZETTEER", "/nonexistent/gazetteer.sqlite")  # no names: the bare map
        bare = Image.open(io.BytesIO(render_png(events, with_names, browser))).convert("RGB")
    view = page_view(events, with_names)
    x, y = view.pixel(*ALEPPO)
    # the name is written to the right of the town's dot: dark text pixels there
    box = (round((x + 6) * SCALE), round((y + HEADER_PX - 8) * SCALE), round((x + 50) * SCALE),
           round((y + HEADER_PX + 8) * SCALE))
    assert _dark(image, box) > 3 * _dark(bare, box) + 50


def _empty_frames():
    from dashboard.data.view_model import view_frames
    from geo.config import load_settings
    from geo.store import Store

    with Store.open(load_settings().db) as store:
        return view_frames(store)


def _frame():
    from datetime import UTC, datetime

    from dashboard.export.standalone import Frame

    return Frame(title="t", start=None, end=None, events=0, fatalities=0, outlets=(), articles=0,
                 generated_at=datetime.now(UTC), version="test")
