"""Data files of each import format for the fuzz tests: headers from the real layouts (whole,
partial, shuffled, header-less), realistic and hostile cells, any delimiter and encoding, plain
or wrapped in .gz/.zip (sometimes damaged), random bytes and random JSON.

Hypothesis draws a seed and a size, a seeded generator builds the file (``tests/seeded.py``):
drawing each name, cell and JSON value through Hypothesis cost more than reading the file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import zipfile
from collections.abc import Iterator
from functools import cache

from geo.importers import acled, gdelt, generic_csv, ucdp
from tests.seeded import Draw, Seeded, seeded

HEADERS = {
    "acled": acled.COLUMNS + acled.LEGACY + acled.DELETION_COLUMNS,
    "ucdp": ucdp.COLUMNS + tuple(ucdp.ALIASES),
    "gdelt": gdelt.V2,
    "csv": tuple(sorted(generic_csv.KNOWN_COLUMNS)),
    "geojson": tuple(sorted(generic_csv.KNOWN_COLUMNS)),
}
#: the layouts header-less files are read by (column count -> names)
LAYOUTS = {"ucdp": (ucdp.COLUMNS,), "gdelt": (gdelt.V2, gdelt.V1, gdelt.V1[:-1])}
REQUIRED = {"acled": acled.REQUIRED + ("event_id_cnty",), "ucdp": ucdp.REQUIRED, "gdelt": gdelt.REQUIRED,
            "csv": ("date", "latitude", "longitude"), "geojson": ("date",)}
SAMPLES = (
    "", " ", "0", "1", "2", "3", "7", "-1", "1.0", "12", "145", "190", "0190", "183", "2041", "99", "1e309", "nan",
    "NaN", "inf", "-inf", "35,33", "36.75", "-36.75", "91", "181", "-180", "0.0", "2022-06-30", "2019-02-30",
    "30 June 2022", "30-Jun-22", "20220630", "20221399", "06/30/2022", "2022-06-30 00:00:00.000", "1641400000",
    "1641400000.0", "Battles", "battles", "Riots/Protests", "Remote violence", "Armed clash", "Air/drone strike",
    "Syria", "SY", "sy", "TR", "760", "652", "Türkiye", "Deir ez-Zor", "Tayyana town", "Aleppo, Aleppo, Syria",
    "DÃ©ir", "SOHR; Deir Ezzor 24", "a;b;;c", "=1+1", "@SUM(A1)", "-2+3", "'quoted'", '"', '""', "\\", "\x00",
    "\x1b[31m", "\r", "\n", "\r\n", "\t", ",", ";", "|", "\ufeff", "\u202e", "é", "中文", "𝔘", "x" * 300,
    "State forces", "12.0", "town", "point", "village", "week", "month", "year", "day",
)
#: header names that are no column of any format
ODD_NAMES = ("", "x", "Event Date", "LATITUDE", " id ", "\ufeffid", "id")
DELIMITERS = (",", "\t", ";", "|")
LINE_ENDS = ("\n", "\r\n")
QUOTING = (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE)
TEXT_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1")
JSON_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16")
GEOMETRY_TYPES = ("Point", "MultiPoint", "Polygon", "point", 3)
FEATURE_TYPES = ("Feature", "Feature", "feature", "Point")


def cell(d: Draw) -> str:
    """A cell: a realistic or hostile sample, any text, a whole number, any float's repr."""
    kind = d.randrange(4)
    if kind == 0:
        return d.choice(SAMPLES)
    if kind == 1:
        return d.text(8)
    return str(d.integer(-10**6, 10**12)) if kind == 2 else repr(d.floating())


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8", errors="surrogatepass")
    return text.encode(encoding, errors="replace" if encoding != "utf-8" else "surrogatepass")


def delimited(d: Draw, size: int, fmt: str, rows: tuple[int, int]) -> bytes:
    """A delimited file of the format: a header of its column names (all, some, shuffled, a
    few unknown), or a header-less row count of one of its layouts; up to ``size`` names and
    drawn cells."""
    if fmt in LAYOUTS and d.random() < 0.5:
        names = list(d.choice(LAYOUTS[fmt]))
        header = None
    else:
        names = list(dict.fromkeys(list(REQUIRED[fmt]) + d.some(HEADERS[fmt], size)))
        if d.random() < 0.5:
            d.shuffle(names)
        names += d.some(ODD_NAMES, 2)
        header = names
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=d.choice(DELIMITERS), lineterminator=d.choice(LINE_ENDS),
                        quoting=d.choice(QUOTING), escapechar="\\")
    rows_out = [header] if header is not None else []
    # a few cells spread over the rows (a file's cells repeat: codes, blanks)
    pool = [cell(d) for _ in range(1 + d.length(min(size, 7)))] + [""]
    for _ in range(d.randint(rows[0], max(rows[0], min(rows[1], size)))):
        width = len(names) + d.choice([0, 0, 0, -1, 1])
        rows_out.append([d.choice(pool) for _ in range(max(width, 0))])
    for row in rows_out:
        try:
            writer.writerow(row)
        except csv.Error:  # a lone empty field unquoted: written as a blank line
            buffer.write("\n")
    text = buffer.getvalue()
    if d.randrange(10) == 0:  # damaged: cut anywhere
        text = text[:d.randint(0, len(text))]
    return _encode(text, d.choice(TEXT_ENCODINGS))


def json_value(d: Draw, size: int) -> object:
    """Any JSON of up to ``size`` leaves (samples among the text), in lists and objects of up to three."""
    return d.json(size, key=lambda: d.text(5), scalar=lambda: d.choice(SAMPLES) if d.random() < 0.5 else d.text(8),
                  width=3)


def _coordinates(d: Draw, size: int) -> object:
    kind = d.randrange(3)
    if kind == 0:
        return [d.between(-200, 200), d.between(-100, 100)]
    if kind == 1:
        return [d.choice((d.floating, d.integer, lambda: d.text(3), lambda: d.random() < 0.5, lambda: None))()
                for _ in range(d.length(4))]
    return json_value(d, size)


def feature(d: Draw, size: int) -> object:
    """A GeoJSON Feature with any properties and coordinates, or any JSON."""
    if d.randrange(10) == 0:
        return json_value(d, size)
    props = {(d.choice(HEADERS["geojson"]) if d.random() < 0.5 else d.text(6)):
             (cell(d) if d.random() < 0.5 else json_value(d, size)) for _ in range(d.length(min(size, 8)))}
    # most features name the required columns (as a delimited file's header does): else few
    # files reach the mapping (1 of 200 did), refused for want of a date column
    for name in REQUIRED["geojson"]:
        if d.random() < 0.8:
            props.setdefault(name, cell(d) if d.random() < 0.8 else json_value(d, size))
    coordinates = _coordinates(d, size)
    if d.random() < 0.5:  # a geometry with the coordinates (or a list of them), or any JSON
        geometry = {"type": d.choice(GEOMETRY_TYPES), "coordinates": coordinates if d.random() < 0.5 else [coordinates]}
    else:
        geometry = json_value(d, size)
    doc = {"type": d.choice(FEATURE_TYPES), "geometry": geometry, "properties": props}
    if d.random() < 0.5:
        doc["id"] = cell(d) if d.random() < 0.5 else json_value(d, size)
    return doc


def geojson_bytes(d: Draw, size: int, rows: tuple[int, int]) -> bytes:
    """A GeoJSON document of ``rows`` (least, most) features, at most ``size``, but never fewer
    than the least: a collection, one feature, a list, a broken one."""
    features = [feature(d, size) for _ in range(max(rows[0], d.length(min(size, rows[1]))))]
    doc = (
        {"type": "FeatureCollection", "features": features},
        features[0] if features else {"type": "Feature"},
        {"type": "FeatureCollection", "features": {"a": 1}},
        features,
    )[d.randrange(4)]
    text = json.dumps(doc)  # NaN and Infinity as Python writes them
    if d.randrange(10) == 0:
        text = text[:d.randint(0, len(text))]
    return _encode(text, d.choice(JSON_ENCODINGS))


#: the time stamp in every generated archive: gzip and zipfile write the current time by default,
#: which made the same drawn file different bytes on every run
ARCHIVE_TIME = (1980, 1, 1, 0, 0, 0)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _zip(data: bytes, name: str, extra: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(name, ARCHIVE_TIME), data, zipfile.ZIP_DEFLATED)
        if extra:
            archive.writestr(zipfile.ZipInfo("readme.txt", ARCHIVE_TIME), b"about", zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


NAMES = ("data.csv", "data.tsv", "data.txt", "data.geojson", "data", "DATA.CSV")
WRAPS = ("plain", "plain", "gz", "zip")
#: rows per generated delimited file, at most (fewer for a small drawn size)
DEFAULT_ROWS = (0, 4)
#: the most names, cells, features and JSON leaves a drawn file has
SIZE = 12


def _contents(d: Draw, size: int, fmt: str, rows: tuple[int, int]) -> bytes:
    """The file's content before any wrapping: the format's own, random bytes, or another
    format's file."""
    kind = d.randrange(3)
    if kind == 0:
        return geojson_bytes(d, size, rows) if fmt == "geojson" else delimited(d, size, fmt, rows)
    if kind == 1:
        return d.binary(200)
    return delimited(d, size, d.choice(list(HEADERS)), rows)


def file_of(d: Draw, size: int, fmt: str, rows: tuple[int, int] = DEFAULT_ROWS) -> tuple[bytes, str]:
    """(bytes, file name): plain, or in a .gz or .zip (sometimes damaged)."""
    inner = _contents(d, size, fmt, rows)
    name = d.choice(NAMES)
    wrap = d.choice(WRAPS)
    if wrap == "gz":
        inner, name = _gzip(inner), name + ".gz"
    elif wrap == "zip":
        inner, name = _zip(inner, name, d.random() < 0.5), name + ".zip"
    if wrap != "plain" and d.randrange(5) == 0:  # damaged archive
        cut = d.randint(0, len(inner))
        inner = inner[:cut] + d.binary(8)
    return inner, name


@cache
def data_file(fmt: str, rows: tuple[int, int] = DEFAULT_ROWS) -> Seeded[tuple[bytes, str]]:
    """(bytes, file name) of a file offered to the ``fmt`` importer, ``rows`` (least, most) rows
    to a delimited file, features to a GeoJSON one."""
    return seeded(lambda d, size: file_of(d, size, fmt, rows), SIZE)


def damaged_archives(count: int) -> Iterator[tuple[bytes, str]]:
    """``count`` .zip and .gz files (in turn) with bytes changed, cut or inserted anywhere, from a
    fixed seed: (bytes, suffix)."""
    rng = random.Random(18)
    row = "id,date,latitude,longitude\n1,2024-01-01,35,36\n"
    sources = {".zip": _zip((row * 3).encode(), "data.csv", extra=True), ".gz": _gzip(row.encode())}
    for n in range(count):
        suffix = (".zip", ".gz")[n % 2]
        data = bytearray(sources[suffix])
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(data)) if data else 0
            kind = rng.random()
            if kind < 0.5 and data:
                data[at] = rng.randrange(256)
            elif kind < 0.75:
                del data[at:]
            else:
                data[at:at + rng.randint(0, 3)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 6)))
        yield bytes(data), suffix
