"""Any CSV/TSV of events with named columns: a date, a latitude and a longitude at least;
type, actors, fatalities, place, country, precision, id and description when present (see
:data:`FIELDS` for the names each is recognised by).

Types: ACLED's names, else the article lexicon's trigger words ("airstrike", "shelling",
"affrontements"…); an empty or unrecognised type becomes "Strategic developments / Other"
with the file's word kept in ``extra.type``.  Identity: an id column, else a fingerprint of
date, place, coordinates, type and actors (so a corrected row is a new event).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo.errors import InvalidInputError
from geo.importers import crosswalk
from geo.importers.base import MAX_TEXT, actor_lists, clip, mapped_frame
from geo.importers.columns import (
    Reasons,
    checked_coordinates,
    checked_dates,
    checked_end_dates,
    iso_dates,
    objects,
    text,
    to_count,
)
from geo.importers.readers import Table, read_table
from geo.taxonomy import STRATEGIC

NAME = "csv"
LABEL = "CSV"
URL = None
#: field -> column names it is recognised by (lower case, first present wins)
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "event_id", "event_id_cnty", "uid", "identifier"),
    "date": ("date", "event_date", "date_start", "start_date", "start", "day", "when"),
    "date_end": ("date_end", "end_date", "end"),
    "lat": ("latitude", "lat", "y"),
    "lon": ("longitude", "lon", "lng", "long", "x"),
    "type": ("event_type", "type", "category", "kind"),
    "sub": ("sub_event_type", "sub_type", "subtype", "sub_category"),
    "actors": ("actors",),
    "actor1": ("actor1", "actor_1", "actor", "side_a"),
    "actor2": ("actor2", "actor_2", "side_b"),
    "fatalities": ("fatalities", "deaths", "killed", "dead", "best"),
    "fatalities_low": ("fatalities_low", "low"),
    "fatalities_high": ("fatalities_high", "high"),
    "place": ("place_name", "location", "place", "location_name", "name", "city", "town", "village"),
    "admin1": ("admin1", "province", "governorate", "state", "region"),
    "country_code": ("country_code", "iso2", "cc", "iso_a2"),
    "country": ("country", "country_name"),
    "precision": ("place_precision", "precision", "geo_precision", "location_precision"),
    "date_precision": ("date_precision", "time_precision"),
    "description": ("description", "notes", "summary", "text", "details"),
    "source": ("source", "sources", "url", "source_url"),
}
KNOWN_COLUMNS = frozenset(name for names in FIELDS.values() for name in names)
OTHER = (STRATEGIC, "Other")
CROSSWALK = {
    "event_type": (crosswalk.acled_type, crosswalk.type_from_words),
    "sub_event_type": (crosswalk.acled_type, crosswalk.type_from_words),
    "place_precision": (crosswalk.PRECISION_WORDS,), "date_precision": (crosswalk.DATE_PRECISION_WORDS,),
    "country_code": (crosswalk.country_from_name,),
}
#: map_rows is not chunked (a file without an id column is identified by fingerprints)
ROW_LOCAL = False


def read(path: str | Path) -> Table:
    return read_table(path, known=KNOWN_COLUMNS, what="CSV events")


def _column(frame: pd.DataFrame, field: str) -> str | None:
    return next((c for c in FIELDS[field] if c in frame), None)


def _field(frame: pd.DataFrame, field: str) -> pd.Series:
    """A field's text, from the first of its columns that has a value in the row (GeoJSON
    features do not all name their properties alike)."""
    values = pd.Series("", index=frame.index, dtype=object)
    for column in FIELDS[field]:
        if column in frame:
            values = values.where(values.ne(""), text(frame, column))
    return values


def origin_ids(f: pd.DataFrame) -> pd.Series | None:
    """The ``origin_id`` of each row, as :func:`map_rows` gives it, when the file has an id
    column; None without one (the ids are then fingerprints of the mapped values)."""
    return clip(_field(objects(f), "id"), MAX_TEXT["origin_id"]) if _column(f, "id") else None


def map_rows(table: Table) -> pd.DataFrame:
    """The file's rows as events (pure); rows the reader refused (``table.refused``: a GeoJSON
    feature that is no Point) keep their reason."""
    f = objects(table.frame)
    col = {field: _column(f, field) for field in FIELDS}
    needed = {"date": "date", "latitude": "lat", "longitude": "lon"}
    missing = [f"{label} ({', '.join(FIELDS[field])})" for label, field in needed.items() if col[field] is None]
    if missing:
        raise InvalidInputError(f"{table.label}: no column for {'; '.join(missing)}")
    reasons = Reasons(f.index, table.refused)
    start = checked_dates(reasons, _field(f, "date"), col["date"])
    end = checked_end_dates(reasons, _field(f, "date_end"), start, str(col["date_end"]))
    raw_lat, raw_lon = _field(f, "lat"), _field(f, "lon")
    lat, lon = checked_coordinates(reasons, raw_lat, raw_lon)
    raw_type, raw_sub = _field(f, "type"), _field(f, "sub")
    pairs = {}
    for pair in set(zip(raw_type, raw_sub, strict=True)):
        pairs[pair] = (crosswalk.acled_type(*pair) or (crosswalk.type_from_words(pair[1]) if pair[1] else None)
                       or (crosswalk.type_from_words(pair[0]) if pair[0] else None) or OTHER)
    typed = [pairs[p] for p in zip(raw_type, raw_sub, strict=True)]
    precision_words = _field(f, "precision").str.lower()
    precision = precision_words.map(crosswalk.PRECISION_WORDS).fillna("point").astype(object)
    date_words = _field(f, "date_precision").str.lower()
    date_precision = date_words.map(crosswalk.DATE_PRECISION_WORDS).fillna("day").astype(object)
    country = _field(f, "country_code").str.upper()
    country = country.where(country.str.fullmatch(r"[A-Z]{2}"), "")
    names = {v: crosswalk.country_from_name(v) for v in _field(f, "country").unique() if v}
    country = country.where(country.ne(""), _field(f, "country").map(names).astype(object).fillna(""))
    place = clip(_field(f, "place"), MAX_TEXT["place_name"])
    actors = actor_lists(_field(f, "actors"), _field(f, "actor1"), _field(f, "actor2"),
                         split=(True, False, False))
    iso_start = iso_dates(start)
    ids = origin_ids(f)
    if ids is None:
        basis = pd.DataFrame({"d": iso_start.fillna(""), "lat": raw_lat, "lon": raw_lon, "t": raw_type, "s": raw_sub,
                              "p": place, "a": ["; ".join(a) for a in actors]})
        ids = "h" + pd.Series([f"{h:016x}" for h in pd.util.hash_pandas_object(basis, index=False)],
                              index=f.index, dtype=object)
    else:
        reasons.flag(ids.eq(""), f"missing {col['id']}")
    extra = {"type": raw_type.where(pd.Series([t == OTHER for t in typed], index=f.index), "")}
    extra["source"] = _field(f, "source")
    return mapped_frame(table, reasons, {
        "origin_id": ids, "version": None, "date_start": iso_start, "date_end": iso_dates(end),
        "date_precision": date_precision,
        "event_type": pd.Series([t[0] for t in typed], index=f.index, dtype=object),
        "sub_event_type": pd.Series([t[1] for t in typed], index=f.index, dtype=object),
        "actors": actors, "fatalities": to_count(_field(f, "fatalities")),
        "fatalities_low": to_count(_field(f, "fatalities_low")),
        "fatalities_high": to_count(_field(f, "fatalities_high")),
        "place_name": place.replace("", None), "lat": lat, "lon": lon,
        "admin1": clip(_field(f, "admin1"), MAX_TEXT["admin1"]).replace("", None),
        "country_code": country.replace("", None).astype(object), "place_precision": precision,
        "description": clip(_field(f, "description"), MAX_TEXT["description"]).replace("", None),
        "gazetteer_name": place.where(precision.eq("point"), ""),
    }, {k: v for k, v in extra.items() if v.ne("").any()})
