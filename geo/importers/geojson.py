"""GeoJSON: a FeatureCollection (or one Feature) of Point features whose properties are named
like a generic CSV's columns (see :mod:`geo.importers.generic_csv`).  A feature without a
Point geometry, or with malformed coordinates, is a skipped row with its reason.

GeoJSON coordinates are ``[lon, lat]``; they become ``(lat, lon)`` here and only here.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geo.errors import InvalidInputError
from geo.importers import generic_csv
from geo.importers.readers import Table, bound_cells, column_key, decode, load_bytes

NAME = "geojson"
LABEL = "GeoJSON"
URL = None
#: the property names a feature's fields are recognised by (those of a generic CSV's columns)
KNOWN_COLUMNS = generic_csv.KNOWN_COLUMNS
CROSSWALK = generic_csv.CROSSWALK
#: a document is parsed whole, and mapped whole
ROW_LOCAL = False
#: the ids of the features (an ``id`` property, the feature's id) as a generic CSV's
origin_ids = generic_csv.origin_ids
#: deepest nesting of arrays and objects read (a FeatureCollection's points need 5; Python's
#: parser would stop with a RecursionError near 1,000): a deeper file is refused before parsing
MAX_JSON_DEPTH = 64
_SCAN = 1 << 22  # bytes scanned at a time by :func:`json_depth`
_OPEN = np.zeros(256, dtype=np.int8)
_OPEN[[ord("["), ord("{")]] = 1
_OPEN[[ord("]"), ord("}")]] = -1


def json_depth(raw: bytes, limit: int = MAX_JSON_DEPTH) -> int:
    """The deepest nesting of arrays and objects in JSON text (UTF-8 or any ASCII-based
    encoding), brackets inside strings not counted; the scan stops once past ``limit``.
    Not a validation: malformed text gets some number, and the parser decides."""
    text = raw.replace(b"\\\\", b"").replace(b'\\"', b"")  # escapes out: every '"' left opens or closes a string
    depth = deepest = 0
    quoted = False
    for start in range(0, len(text), _SCAN):
        chunk = np.frombuffer(text, dtype=np.uint8, count=min(_SCAN, len(text) - start), offset=start)
        quotes = np.cumsum(chunk == ord('"'), dtype=np.int64)
        inside = (quotes & 1).astype(bool) ^ quoted
        steps = np.where(inside, 0, _OPEN[chunk]).astype(np.int64)
        levels = np.cumsum(steps) + depth
        if len(levels):
            deepest = max(deepest, int(levels.max()))
            depth = int(levels[-1])
            quoted ^= bool(quotes[-1] & 1)
        if deepest > limit:
            break
    return deepest


def read(path: str | Path) -> Table:
    """The features as rows of text cells (their properties, and the Point as ``latitude`` and
    ``longitude``); a feature that cannot be placed is a refused row (``Table.refused``)."""
    raw, label = load_bytes(path)
    if json_depth(raw) > MAX_JSON_DEPTH:
        raise InvalidInputError(f"{label}: nested deeper than {MAX_JSON_DEPTH} levels of arrays and objects "
                                "(MAX_JSON_DEPTH); not a GeoJSON file of points")
    try:
        doc = json.loads(decode(raw)[0])
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError(f"{label}: not JSON ({exc})") from None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection" and isinstance(doc.get("features"), list):
        features = doc["features"]
    elif isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    else:
        raise InvalidInputError(f"{label}: not a GeoJSON FeatureCollection")
    rows: list[dict[str, str]] = []
    problems: list[tuple[str, str]] = []
    for feature in features:
        row, problem = _row(feature)
        rows.append(row)
        problems.append(problem)
    # (one row per feature, also when no feature has a property: from_records would give none)
    frame = pd.DataFrame(rows, index=pd.RangeIndex(len(rows))) if rows else pd.DataFrame(columns=["latitude", "longitude"])
    frame = frame.fillna("").astype(object)
    for name in ("latitude", "longitude"):
        if name not in frame:
            frame[name] = ""
    frame, notes = bound_cells(frame)
    refused = [(i, reason, value) for i, (reason, value) in enumerate(problems) if reason]
    return Table(frame=frame, label=label, header=True, row_numbers=np.arange(1, len(frame) + 1), notes=notes,
                 refused=pd.DataFrame([(r, v) for _i, r, v in refused], columns=["reason", "value"],
                                      index=[frame.index[i] for i, _r, _v in refused], dtype=object))


#: the features as rows, as a generic CSV's (pure)
map_rows = generic_csv.map_rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _row(feature: Any) -> tuple[dict[str, str], tuple[str, str]]:
    """A feature's properties as text cells, its Point as ``latitude``/``longitude``, and the
    reason it cannot be placed ("" when it can)."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        return {}, ("not a GeoJSON Feature", _cell(feature)[:80])
    props = feature.get("properties")
    row = {column_key(k): _cell(v) for k, v in props.items()} if isinstance(props, dict) else {}
    if feature.get("id") is not None and "id" not in row:
        row["id"] = _cell(feature["id"])
    row["latitude"] = row["longitude"] = ""
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict):
        return row, ("no geometry", "")
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "MultiPoint" and isinstance(coords, list) and len(coords) == 1:
        kind, coords = "Point", coords[0]
    if kind != "Point":
        return row, ("geometry is not a Point", str(kind)[:40])
    if (not isinstance(coords, list) or len(coords) < 2
            or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords[:2])):
        return row, ("bad Point coordinates", _cell(coords)[:80])
    row["longitude"], row["latitude"] = _cell(coords[0]), _cell(coords[1])
    return row, ("", "")
