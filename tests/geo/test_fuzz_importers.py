"""Fuzzing the importers (issue 18): files of every kind offered to each format (its own
layouts with hostile cells, another format's file, random bytes, .gz and .zip wrappers, some
damaged; GeoJSON documents of any shape), read as ``conflictmap import`` reads them.  Nothing
may raise but the project's own errors (``geo/errors.py``).

Reading: 10,000 generated files per format, drawn fifty to a Hypothesis example and run in four
shards (``tests/fuzzing.py``), and 10,000 damaged .zip and .gz files through the archive
layer.  Mapping (the rows to the event
model, with the store's pure preparation and the country check against the world gazetteer)
costs some 50 ms a file in pandas calls, so it gets 100 files of 100 rows per format: 10,000
generated rows each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.errors import ConflictmapError
from geo.gazetteer.index import Gazetteer
from geo.importers import FORMATS, acled, country_checked
from geo.importers.prepare import prepare
from geo.importers.readers import Table, load_bytes
from tests.fuzzing import INPUTS, fuzz, fuzz_folder, new_file
from tests.geo.fuzz_files import damaged_archives, data_file

FORMAT_NAMES = sorted(FORMATS)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Iterator[Path]:
    """Where the generated files are written, each as a new file (``tests.fuzzing.new_file``)."""
    yield from fuzz_folder(tmp_path_factory, "fuzz-importers")


def read(fmt: str, path: Path):
    """What :func:`geo.dataset_import.import_file` does before it writes: read, and for mapping."""
    return FORMATS[fmt].read(path)


def mapped(fmt: str, table: Table):
    module = FORMATS[fmt]
    if module is acled and acled.is_deletions(table):
        return acled.map_deletions(table)
    frame = module.map_rows(table)
    assert isinstance(table, Table) and len(frame) == table.read
    return frame


#: each format's 10,000 files in shards of their own seeds (the suite's two workers share them)
SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_reading_any_file_raises_only_the_projects_errors(fmt, shard, folder):
    def check(file):
        data, name = file
        try:
            read(fmt, new_file(folder / name, data))
        except ConflictmapError as exc:
            assert "\n" not in str(exc).strip()

    files = -(-INPUTS // SHARDS)
    assert fuzz(data_file(fmt), check, files, shard=f"{fmt} {shard}") >= files  # SHARDS x files >= INPUTS


def test_damaged_archives_are_refused_in_one_line(folder):
    """10,000 .zip and .gz files with bytes changed, cut or inserted anywhere (a fixed seed)."""
    for data, suffix in damaged_archives(10_000):
        try:
            load_bytes(new_file(folder / ("damaged" + suffix), data))
        except ConflictmapError as exc:
            assert "\n" not in str(exc).strip() and "\r" not in str(exc)


@pytest.fixture(scope="module")
def gazetteer(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield g


#: rows per file offered to the mapping, and files per format: 10,000 generated rows each.  A
#: file's mapping costs about the same at 50 or 100 rows (pandas calls per column; its rows
#: repeat a few cells), so the rows come in 100 files of 100 rows, five to a Hypothesis example
#: (each example draws its own size): 200 files of 50, one to an example, took about twice the CPU
MAPPED_ROWS = 100
MAPPED_FILES = -(-INPUTS // MAPPED_ROWS)
MAPPED_PER_EXAMPLE = 5


#: files of the mapping fuzz whose rows are mapped (not refused before: unreadable, not the
#: format, a required column missing), at least, per format
MAPPED_SHARE = 0.05


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_mapping_any_rows_raises_only_the_projects_errors(fmt, gazetteer, folder):
    reached = []  # files whose rows were mapped

    def check(file):
        data, name = file
        try:
            frame = mapped(fmt, read(fmt, new_file(folder / name, data)))
        except ConflictmapError as exc:
            assert "\n" not in str(exc).strip()
            return
        reached.append(len(frame))
        if "lat" in frame and frame["lat"].notna().any():
            frame = next(country_checked([frame], gazetteer))
        prepare(frame)

    files = fuzz(data_file(fmt, rows=(MAPPED_ROWS, MAPPED_ROWS)), check, MAPPED_FILES, shard=f"{fmt} rows",
                 per_example=MAPPED_PER_EXAMPLE)
    assert files >= MAPPED_FILES and files * MAPPED_ROWS >= INPUTS
    assert len(reached) >= MAPPED_SHARE * files and sum(reached) > 0, (len(reached), files)


# -- what the fuzzing found (each failed before its fix) ----------------------------------------
def test_a_feature_collection_of_nulls_gives_skipped_rows(tmp_path):
    """Features that are not Features (null, a number) and no properties at all: one skipped
    row each (an IndexError before: the frame had no rows)."""
    path = tmp_path / "nulls.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [null, 3]}')
    table = read("geojson", path)
    assert len(table.frame) == 2 and table.refused["reason"].tolist() == ["not a GeoJSON Feature"] * 2
    assert table.refused["value"].tolist() == ["", "3"]
    with pytest.raises(ConflictmapError, match="no column for date"):  # and no date to map them by
        mapped("geojson", table)


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e400", "", "Syria"])
def test_an_iso_number_that_is_no_whole_number_is_no_country(value):
    """An ACLED ``iso`` or ``inter1`` cell of ``-inf`` raised OverflowError (found by the mapping fuzz)."""
    from geo.importers.crosswalk import country_from_number, inter_text

    assert country_from_number(value) == ""
    assert country_from_number("760") == "SY"
    assert inter_text(value) == value  # an ACLED inter1 that is no code is kept as given
