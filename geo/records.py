"""Selected event frames as what every output writes: the documented record of an event (JSON),
and from the records CSV and GeoJSON (:mod:`geo.events` writes those), for ``conflictmap
events``, ``conflictmap export`` and the dashboard's export panel alike.

An event's one public identity is its ``uid`` (the record's ``id``, the CSV's ``id`` column,
the GeoJSON feature's ``id``); the store's integer key never leaves the frames."""

from __future__ import annotations

import io
import json
import math
from typing import Any

import pandas as pd

from geo.errors import InvalidInputError
from geo.events import json_ready, to_geojson, write_csv

#: the formats :func:`dump` writes
DATA_FORMATS = ("json", "csv", "geojson")
#: the keys of a record's sources, from the sources frame
SOURCE_KEYS = ("article_id", "title", "url", "lang", "published", "sentence", "start", "end")
#: the event frame's columns a record is made of
RECORD_COLUMNS = ("id", "uid", "date_start", "date_end", "date_precision", "event_type", "sub_event_type", "actors",
                  "fatalities", "fatalities_low", "fatalities_high", "place_name", "lat", "lon", "geonameid",
                  "admin1", "country_code", "place_precision", "confidence", "origin", "origin_id", "reported",
                  "place_source")
_SOURCE_INTEGERS = ("article_id", "start", "end")


def records(events: pd.DataFrame, sources: pd.DataFrame) -> list[dict[str, Any]]:
    """The documented record of each event (ordered by first day, undated first, then as
    stored), each with its sources (in the order they were stored)."""
    by_event: dict[Any, list[dict[str, Any]]] = {}
    if len(events) and len(sources):
        mine = sources[sources["event_id"].isin(events["id"])]
        for row in _plain_rows(mine, ("event_id", *SOURCE_KEYS)):
            item = {k: row[k] for k in SOURCE_KEYS}
            for key in _SOURCE_INTEGERS:
                item[key] = _integer(item[key])
            by_event.setdefault(row["event_id"], []).append(item)
    ordered = events.sort_values(["date_start", "id"], na_position="first", kind="stable") if len(events) else events
    return [_record(row, by_event.get(row["id"], [])) for row in _plain_rows(ordered, RECORD_COLUMNS)]


def _record(row: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    place = None
    if row["lat"] is not None and row["lon"] is not None:
        place = {
            "name": row["place_name"], "lat": row["lat"], "lon": row["lon"],
            "geonameid": _integer(row["geonameid"]), "admin1": row["admin1"],
            "country_code": row["country_code"],
            # the frames' "unknown" stands for no stored precision
            "precision": None if row["place_precision"] in (None, "unknown") else row["place_precision"],
        }
    actors = row.get("actors")
    return {
        "id": row["uid"],
        "date_start": row["date_start"],
        "date_end": row["date_end"],
        "date_precision": row["date_precision"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"] or None,  # the frames' "" stands for none
        "actors": [a for a in actors.split("; ") if a] if isinstance(actors, str) else [],
        "fatalities": _integer(row["fatalities"]),
        "fatalities_low": _integer(row.get("fatalities_low")),
        "fatalities_high": _integer(row.get("fatalities_high")),
        "place": place,
        "confidence": row["confidence"],
        "origin": row["origin"],
        "origin_id": row.get("origin_id"),
        # news, or background (history, a running toll): hidden by default (geo.extract.background)
        "reported": row.get("reported") is not False,
        "place_source": row.get("place_source"),
        "sources": sources,
    }


def dump(fmt: str, events: pd.DataFrame, sources: pd.DataFrame) -> str:
    """The selected events as JSON (a list of records), CSV or GeoJSON text."""
    found = records(events, sources)
    if fmt == "json":
        return json.dumps(json_ready(found), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    if fmt == "geojson":
        return json.dumps(to_geojson(found), ensure_ascii=False, allow_nan=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        write_csv(found, out)
        return out.getvalue()
    raise InvalidInputError(f"not a data format: {fmt!r} ({', '.join(DATA_FORMATS)})")


def _plain_rows(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """The rows as dicts of plain Python values: None for every missing value (None, NaN, NaT,
    pandas' NA), numpy numbers as Python's."""
    present = [c for c in columns if c in frame.columns]
    values = frame[present].astype(object)
    values = values.where(values.notna(), None)
    return [{k: _python(v) for k, v in row.items()} for row in values.to_dict("records")]


def _python(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _integer(value: Any) -> Any:
    """A whole number stored as an integer (frames read an integer column with gaps as floats)."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value
