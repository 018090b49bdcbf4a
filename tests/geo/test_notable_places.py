"""One notable-place rule for the gazetteer's spelling-variant lookup and the place finder's
gazetteer-only matches: a first-level area's seat (GeoNames PPLA) counts, however small."""

from __future__ import annotations

import zipfile

import pytest

from geo.extract.places import PlaceFinder
from geo.gazetteer.build import build_gazetteer
from geo.gazetteer.index import Gazetteer
from tests.geonames_fixtures import dump_row

ROWS = [
    # a governorate's seat with few inhabitants, a village as large, and a town past the threshold
    dump_row(9000001, "Qunaytirah", 33.12, 35.82, "P", "PPLA", "SY", "12", 4_000),
    dump_row(9000002, "Tall Shihab", 32.69, 35.97, "P", "PPL", "SY", "08", 4_000),
    dump_row(9000003, "Inkhil", 33.02, 36.04, "P", "PPL", "SY", "08", 60_000),
]


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notable")
    dump = folder / "SY.zip"
    with zipfile.ZipFile(dump, "w") as z:
        z.writestr("SY.txt", "\n".join(ROWS) + "\n")
    build_gazetteer(folder / "g.sqlite", [dump])
    with Gazetteer(folder / "g.sqlite") as g:
        yield g


def test_the_rule():
    from geo.features import is_notable

    assert is_notable("PPLA", 4_000, "geonames") and is_notable("PPLC", 0, "geonames")
    assert is_notable("ADM1", 0, "geonames") and is_notable("CONT", 0, "geonames")
    assert is_notable("PPL", 15_000, "geonames") and not is_notable("PPL", 14_999, "geonames")
    assert is_notable("PPL", 0, "supplement:sy-gov-01") and is_notable("PPL", 0, "acled")
    assert not is_notable(None, None, "geonames")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shelling hit Qunaytirah, Tall Shihab and Inkhil overnight, residents said."),
    ("fr", "Des obus sont tombés sur Qunaytirah, sur Tall Shihab, puis sur Inkhil pendant la nuit."),
])
def test_a_small_seat_of_an_area_is_found_by_the_gazetteer_scan(gazetteer, lang, text):
    found = {m.text for m in PlaceFinder(gazetteer, use_ner=False).find(text, lang)}
    assert found == {"Qunaytirah", "Inkhil"}


def test_the_spelling_variant_lookup_keeps_the_same_places(gazetteer):
    # "Qunaitira" and "Tel Shihab" only match by consonant skeleton
    assert [p.name for p in gazetteer.candidates("Qunaitira", loose="notable")] == ["Qunaytirah"]
    assert [p.name for p in gazetteer.candidates("Tall Shehab", loose=True)] == ["Tall Shihab"]
    assert gazetteer.candidates("Tall Shehab", loose="notable") == []
