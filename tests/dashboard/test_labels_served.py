"""The app's route for the map's place names (``dashboard.data.labels_served``): one tile's
labels as JSON, kept in the cache directory; a tile or language that does not exist is a 400 of
one line, a gazetteer not built a 503 of one line."""

from __future__ import annotations

import pytest

from dashboard.data.served import app_routes
from tests.dashboard.test_served import get
from tests.geo.test_place_labels import ALEPPO, tile_of


def url(lang: str, z: int, x: int, y: int, prefix: str = "") -> str:
    return f"{prefix}/labels/{lang}/{z}/{x}/{y}.json"


def test_a_tile_of_labels_in_english_and_french_is_served_and_cached(tmp_path, gazetteer_path):
    cache = tmp_path / "cache"
    routes = app_routes(cache, "", gazetteer_path)
    en, fr = get(routes, url("en", *tile_of(*ALEPPO, 10)), url("fr", *tile_of(*ALEPPO, 10)))
    assert en.status_code == fr.status_code == 200
    assert en.headers["content-type"].startswith("application/json")
    assert "Aleppo" in [row[2] for row in en.json()["labels"]]
    assert "Alep" in [row[2] for row in fr.json()["labels"]]
    kept = list((cache / "labels").rglob("*.json"))
    assert sorted(p.relative_to(p.parents[3]).as_posix() for p in kept) == sorted(
        f"{lang}/10/{tile_of(*ALEPPO, 10)[1]}/{tile_of(*ALEPPO, 10)[2]}.json" for lang in ("en", "fr"))
    # served again from the file (the same answer)
    assert get(routes, url("fr", *tile_of(*ALEPPO, 10)))[0].json() == fr.json()


def test_under_a_base_url_path(tmp_path, gazetteer_path):
    answer = get(app_routes(tmp_path / "cache", "/maps/", gazetteer_path), url("en", *tile_of(*ALEPPO, 7), "/maps"))[0]
    assert answer.status_code == 200 and "Aleppo Governorate" in answer.text


@pytest.mark.parametrize(("path", "message"), [
    ("/labels/en/15/0/0.json", "bad tile: zoom 15 is not between 0 and 14"),
    ("/labels/en/3/8/1.json", "bad tile: x and y must be between 0 and 7 at zoom 3, not 8, 1"),
    ("/labels/en/10/-1/2.json", "bad tile: z, x and y must be whole numbers"),
    ("/labels/en/10/a/2.json", "bad tile: z, x and y must be whole numbers"),
    ("/labels/en/10/1/99999999999.json", "bad tile: z, x and y must be whole numbers"),
    ("/labels/de/10/617/401.json", "unknown label language 'de'"),
])
def test_a_bad_tile_is_a_400_of_one_line(tmp_path, gazetteer_path, path, message):
    answer = get(app_routes(tmp_path / "cache", "", gazetteer_path), path)[0]
    assert answer.status_code == 400
    assert answer.text.startswith(message) and answer.text.count("\n") == 1


def test_a_gazetteer_not_built_is_a_503_of_one_line(tmp_path):
    answer = get(app_routes(tmp_path / "cache", "", tmp_path / "none.sqlite"), url("en", 10, 617, 401))[0]
    assert answer.status_code == 503
    assert answer.text.startswith("gazetteer not built at") and answer.text.count("\n") == 1
