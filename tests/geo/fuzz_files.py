"""Hypothesis strategies for data files of each import format: headers from the real layouts
(whole, partial, shuffled, header-less), realistic and hostile cells, any delimiter and
encoding, plain or wrapped in .gz/.zip (sometimes damaged), random bytes and random JSON.

Every strategy that does not depend on a drawn value is built once (a module constant or a
cached function): Hypothesis validates a strategy object the first time it draws from it, and
building them anew for each of 10,000 files cost about a third of the fuzzing's time."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import zipfile
from collections.abc import Iterator
from functools import cache

from hypothesis import strategies as st

from geo.importers import acled, gdelt, generic_csv, ucdp

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
cells = st.one_of(st.sampled_from(SAMPLES), st.text(max_size=8), st.integers(-10**6, 10**12).map(str),
                  st.floats(allow_nan=True, allow_infinity=True).map(repr))
DELIMITERS = (",", "\t", ";", "|")
_delimiters = st.sampled_from(DELIMITERS)
_line_ends = st.sampled_from(["\n", "\r\n"])
_quoting = st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE])
_odd_names = st.lists(st.sampled_from(["", "x", "Event Date", "LATITUDE", " id ", "\ufeffid", "id"]), max_size=2)
_cell_pool = st.lists(cells, min_size=1, max_size=8)
# a generator seeded by a drawn number (cheap to call) rather than one whose every call is a
# Hypothesis draw; not `st.randoms(use_true_random=True)`, which is seeded from the system's
# entropy and so drew new files on every run
_spread = st.integers(0, 2**64 - 1).map(random.Random)
_one_in_ten = st.integers(0, 9)
_text_encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])
_json_encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])
#: headers: the format's required columns, then some of its others
_known_names = {fmt: st.lists(st.sampled_from(known), max_size=12) for fmt, known in HEADERS.items()}
_layouts = {fmt: st.sampled_from(layouts) for fmt, layouts in LAYOUTS.items()}


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8", errors="surrogatepass")
    return text.encode(encoding, errors="replace" if encoding != "utf-8" else "surrogatepass")


@st.composite
def delimited(draw, fmt: str, rows: st.SearchStrategy[int] = st.integers(0, 4)) -> bytes:
    """A delimited file of the format: a header of its column names (all, some, shuffled, a
    few unknown), or a header-less row count of one of its layouts."""
    if fmt in _layouts and draw(st.booleans()):
        names = list(draw(_layouts[fmt]))
        header = None
    else:
        names = list(dict.fromkeys(list(REQUIRED[fmt]) + draw(_known_names[fmt])))
        if draw(st.booleans()):
            names = draw(st.permutations(names))
        names += draw(_odd_names)
        header = names
    delimiter = draw(_delimiters)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=draw(_line_ends), quoting=draw(_quoting),
                        escapechar="\\")
    rows_out = [header] if header is not None else []
    # a few drawn cells spread over the rows by a drawn random generator (a draw per cell of a
    # 61-column file would cost more than reading it)
    pool = draw(_cell_pool) + [""]
    spread = draw(_spread)
    for _ in range(draw(rows)):
        width = len(names) + spread.choice([0, 0, 0, -1, 1])
        rows_out.append([spread.choice(pool) for _ in range(max(width, 0))])
    for row in rows_out:
        try:
            writer.writerow(row)
        except csv.Error:  # a lone empty field unquoted: written as a blank line
            buffer.write("\n")
    text = buffer.getvalue()
    if draw(_one_in_ten) == 0:  # damaged: cut anywhere
        text = text[:draw(st.integers(0, len(text)))]
    return _encode(text, draw(_text_encodings))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8) | st.sampled_from(SAMPLES),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=12)


_properties = st.dictionaries(st.sampled_from(HEADERS["geojson"]) | st.text(max_size=6), cells | json_values,
                              max_size=8)
_coordinates = st.one_of(
    st.tuples(st.floats(-200, 200), st.floats(-100, 100)).map(list),
    st.lists(st.floats() | st.integers() | st.text(max_size=3) | st.booleans() | st.none(), max_size=4),
    json_values)
_geometry_types = st.sampled_from(["Point", "MultiPoint", "Polygon", "point", 3])
_feature_types = st.sampled_from(["Feature", "Feature", "feature", "Point"])
_ids = cells | json_values


@st.composite
def feature(draw) -> object:
    if draw(_one_in_ten) == 0:
        return draw(json_values)
    props = draw(_properties)
    coordinates = draw(_coordinates)
    if draw(st.booleans()):  # a geometry with the coordinates (or a list of them), or any JSON
        geometry = {"type": draw(_geometry_types), "coordinates": coordinates if draw(st.booleans()) else [coordinates]}
    else:
        geometry = draw(json_values)
    doc = {"type": draw(_feature_types), "geometry": geometry, "properties": props}
    if draw(st.booleans()):
        doc["id"] = draw(_ids)
    return doc


_features = st.lists(feature(), max_size=4)


_document_shape = st.integers(0, 3)


@st.composite
def geojson_bytes(draw) -> bytes:
    features = draw(_features)
    doc = (
        {"type": "FeatureCollection", "features": features},
        features[0] if features else {"type": "Feature"},
        {"type": "FeatureCollection", "features": {"a": 1}},
        features,
    )[draw(_document_shape)]
    text = json.dumps(doc)  # NaN and Infinity as Python writes them
    if draw(_one_in_ten) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return _encode(text, draw(_json_encodings))


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


_names = st.sampled_from(["data.csv", "data.tsv", "data.txt", "data.geojson", "data", "DATA.CSV"])
_wraps = st.sampled_from(["plain", "plain", "gz", "zip"])
_one_in_five = st.integers(0, 4)
_junk = st.binary(max_size=8)
DEFAULT_ROWS = st.integers(0, 4)


@cache
def _contents(fmt: str, rows: st.SearchStrategy[int]) -> st.SearchStrategy[bytes]:
    """The file's content before any wrapping: the format's own, random bytes, or another
    format's file."""
    return st.one_of(
        geojson_bytes() if fmt == "geojson" else delimited(fmt, rows),
        st.binary(max_size=200),
        st.sampled_from(list(HEADERS)).flatmap(lambda other: _delimited(other, rows)),
    )


@cache
def _delimited(fmt: str, rows: st.SearchStrategy[int]) -> st.SearchStrategy[bytes]:
    return delimited(fmt, rows)


@st.composite
def _data_file(draw, contents: st.SearchStrategy[bytes]) -> tuple[bytes, str]:
    inner = draw(contents)
    name = draw(_names)
    wrap = draw(_wraps)
    if wrap == "gz":
        inner, name = _gzip(inner), name + ".gz"
    elif wrap == "zip":
        inner, name = _zip(inner, name, draw(st.booleans())), name + ".zip"
    if wrap != "plain" and draw(_one_in_five) == 0:  # damaged archive
        cut = draw(st.integers(0, len(inner)))
        inner = inner[:cut] + draw(_junk)
    return inner, name


def data_file(fmt: str, rows: st.SearchStrategy[int] = DEFAULT_ROWS) -> st.SearchStrategy[tuple[bytes, str]]:
    """(bytes, file name) of a file offered to the ``fmt`` importer."""
    return _data_file(_contents(fmt, rows))


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
