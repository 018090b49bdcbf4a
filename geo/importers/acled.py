"""ACLED exports (31 columns in the current layout; older files with ``data_id``, ``gwno``,
``ally_actor_*`` and merged types), and ACLED's deleted-events files (``event_id_cnty``,
``deleted_timestamp``).

Identity: ``event_id_cnty``; version: ``timestamp`` (ACLED gives an edited event a new one).
Types are ACLED's own (legacy names mapped); ``inter1``/``inter2``/``interaction`` are kept as
text whether the file has codes or words.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo.importers import crosswalk
from geo.importers.base import MAX_TEXT, actor_lists, clip, mapped_frame, origin_ids_of, rows_to_map
from geo.importers.columns import checked_coordinates, checked_dates, iso_dates, raw, text, to_code, to_count
from geo.importers.readers import Table, read_table

NAME = "acled"
LABEL = "ACLED"
URL = "https://acleddata.com"
COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
LEGACY = ("data_id", "gwno", "ally_actor_1", "ally_actor_2", "event_id_no_cnty")
DELETION_COLUMNS = ("event_id_cnty", "deleted_timestamp")
KNOWN_COLUMNS = frozenset(COLUMNS) | frozenset(LEGACY) | frozenset(DELETION_COLUMNS)
REQUIRED = ("event_date", "event_type", "latitude", "longitude")
CROSSWALK = {
    "event_type": (crosswalk.acled_type,), "sub_event_type": (crosswalk.acled_type,),
    "date_precision": (crosswalk.ACLED_TIME_PRECISION,), "place_precision": (crosswalk.ACLED_GEO_PRECISION,),
    "country_code": (crosswalk.country_from_number, crosswalk.country_from_name),
    "extra.inter1": (crosswalk.inter_text,), "extra.inter2": (crosswalk.inter_text,),
    "extra.interaction": (crosswalk.interaction_text,),
}
_EXTRA = ("disorder_type", "civilian_targeting", "admin2", "admin3", "region", "country", "source", "source_scale",
          "tags")


def read(path: str | Path) -> Table:
    return read_table(path, known=KNOWN_COLUMNS, wanted=lambda c: c in KNOWN_COLUMNS, what="ACLED")


def is_deletions(table: Table) -> bool:
    """A deleted-events file: ``deleted_timestamp`` and no ``event_date``."""
    return "deleted_timestamp" in table.frame and "event_date" not in table.frame


def _required(table: Table, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names``, and first ``event_id_cnty`` when the file has no id column (older files'
    ``data_id`` is one)."""
    has_id = "event_id_cnty" in table.frame or "data_id" in table.frame
    return names if has_id else ("event_id_cnty", *names)


#: map_rows works row by row (the file can be mapped in chunks)
ROW_LOCAL = True


def origin_ids(f: pd.DataFrame) -> pd.Series:
    """The ``origin_id`` of each row, as :func:`map_rows` gives it."""
    return clip(text(f, "event_id_cnty") if "event_id_cnty" in f else text(f, "data_id"), MAX_TEXT["origin_id"])


def map_rows(table: Table) -> pd.DataFrame:
    """The file's rows as events (pure)."""
    f, reasons, ids = rows_to_map(table, _required(table, REQUIRED), "an ACLED export", origin_ids, "event_id_cnty")
    dates = checked_dates(reasons, text(f, "event_date"), "event_date")
    lat, lon = checked_coordinates(reasons, text(f, "latitude"), text(f, "longitude"))
    raw_type, raw_sub = text(f, "event_type"), text(f, "sub_event_type")
    pairs = {pair: crosswalk.acled_type(*pair) for pair in set(zip(raw_type, raw_sub, strict=True))}
    typed = [pairs[pair] for pair in zip(raw_type, raw_sub, strict=True)]
    kinds = pd.Series([p[0] if p else None for p in typed], index=f.index, dtype=object)
    reasons.flag(kinds.isna(), "unknown ACLED event type", raw_type)
    subs = pd.Series([p[1] if p else None for p in typed], index=f.index, dtype=object)
    precision = to_code(text(f, "geo_precision")).map(crosswalk.ACLED_GEO_PRECISION).fillna("point").astype(object)
    when = to_code(text(f, "time_precision")).map(crosswalk.ACLED_TIME_PRECISION).fillna("day").astype(object)
    country = _countries(text(f, "iso"), text(f, "country"))
    version = text(f, "timestamp").where(lambda s: s.str.fullmatch(r"\d+(?:\.0)?"), "").str.replace(".0", "")
    location = clip(text(f, "location"), MAX_TEXT["place_name"])
    iso = iso_dates(dates)
    assoc1 = text(f, "assoc_actor_1") if "assoc_actor_1" in f else text(f, "ally_actor_1")
    assoc2 = text(f, "assoc_actor_2") if "assoc_actor_2" in f else text(f, "ally_actor_2")
    inter = {k: _mapped(text(f, k), crosswalk.inter_text) for k in ("inter1", "inter2")}
    extra = {k: raw(f, k) for k in _EXTRA if k in f}
    extra.update({k: v for k, v in inter.items() if k in f})
    if "interaction" in f:
        extra["interaction"] = _mapped(text(f, "interaction"), crosswalk.interaction_text)
    return mapped_frame(table, reasons, {
        "origin_id": ids, "version": version.where(version.ne(""), None),
        "date_start": iso, "date_end": iso, "date_precision": when,
        "event_type": kinds, "sub_event_type": subs,
        "actors": actor_lists(text(f, "actor1"), assoc1, text(f, "actor2"), assoc2, split=(False, True, False, True)),
        "fatalities": to_count(text(f, "fatalities")), "place_name": location.where(location.ne(""), None),
        "lat": lat, "lon": lon, "admin1": clip(text(f, "admin1"), MAX_TEXT["admin1"]).replace("", None),
        "country_code": country, "place_precision": precision,
        "description": clip(text(f, "notes"), MAX_TEXT["description"]).replace("", None),
        "gazetteer_name": location.where(precision.eq("point"), ""),
    }, extra)


_deleted_ids = origin_ids_of("event_id_cnty")


def map_deletions(table: Table) -> pd.DataFrame:
    """A deleted-events file as (id, deletion timestamp) rows (pure)."""
    f, reasons, ids = rows_to_map(table, _required(table, ("deleted_timestamp",)), "an ACLED deletions file",
                                  _deleted_ids, "event_id_cnty")
    stamp = text(f, "deleted_timestamp")
    reasons.flag(~stamp.str.fullmatch(r"\d+(?:\.0)?"), "unparseable deleted_timestamp", stamp)
    return mapped_frame(table, reasons, {"origin_id": ids,
                                         "version": stamp.str.replace(".0", "", regex=False), "actors": [[]] * len(f)})


def _countries(iso: pd.Series, names: pd.Series) -> pd.Series:
    by_number = {v: crosswalk.country_from_number(v) for v in iso.unique() if v}
    by_name = {v: crosswalk.country_from_name(v) for v in names.unique() if v}
    codes = iso.map(by_number).astype(object).fillna("")
    codes = codes.where(codes.ne(""), names.map(by_name).astype(object).fillna(""))
    return codes.replace("", None).astype(object)


def _mapped(values: pd.Series, fn) -> pd.Series:
    table = {v: fn(v) for v in values.unique()}
    return values.map(table).astype(object)
