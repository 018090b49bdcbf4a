"""UCDP Georeferenced Event Dataset (GED): the standard 49 columns, country subsets and older
releases (fewer columns, another order, ``best_est``…), and header-less candidate files.

Identity: ``id``; no version column, so a changed row is told by its content.  Type: through
``type_of_violence`` (see :data:`geo.importers.crosswalk.UCDP_VIOLENCE`); deaths: ``best``,
with ``low`` and ``high`` kept.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo.importers import crosswalk
from geo.importers.base import MAX_TEXT, actor_lists, clip, mapped_frame, origin_ids_of, rows_to_map
from geo.importers.columns import (
    by_unique,
    checked_coordinates,
    checked_dates,
    checked_end_dates,
    iso_dates,
    raw,
    text,
    to_code,
    to_count,
)
from geo.importers.readers import Table, read_table

NAME = "ucdp"
LABEL = "UCDP GED"
URL = "https://ucdp.uu.se"
COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)
#: names of older releases -> the current name
ALIASES = {"best_est": "best", "low_est": "low", "high_est": "high", "lat": "latitude", "lon": "longitude",
           "longitud": "longitude", "type_of_vi": "type_of_violence"}
KNOWN_COLUMNS = frozenset(COLUMNS) | frozenset(ALIASES)
REQUIRED = ("id", "type_of_violence", "date_start", "latitude", "longitude")
CROSSWALK = {
    "event_type": (crosswalk.UCDP_VIOLENCE,), "sub_event_type": (crosswalk.UCDP_VIOLENCE,),
    "extra.type_of_violence": (crosswalk.UCDP_VIOLENCE,),
    "date_precision": (crosswalk.UCDP_DATE_PRECISION,), "place_precision": (crosswalk.UCDP_WHERE_PRECISION,),
    "country_code": (crosswalk.country_from_name,),
}
_EXTRA = ("relid", "conflict_name", "dyad_name", "where_description", "adm_2", "where_prec", "date_prec",
          "source_article", "event_clarity", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
#: the columns map_rows reads (the reader keeps only these)
_USED = {"id", "type_of_violence", "date_start", "date_end", "latitude", "longitude", "where_prec", "date_prec",
         "where_coordinates", "adm_1", "adm_2", "country", "source_headline", "where_description", "side_a",
         "side_b", "best", "low", "high", *_EXTRA}
_DESCRIPTOR_RE = r"\s+(?:town|village|city|hamlet|settlement|neighbou?rhood)$"


def _without_descriptor(names: pd.Series) -> pd.Series:
    """"Deir ez Zor town" -> "Deir ez Zor" (UCDP's ``where_coordinates`` says what the place is)."""
    return names.str.replace(_DESCRIPTOR_RE, "", regex=True, case=False)


def read(path: str | Path) -> Table:
    table = read_table(path, known=KNOWN_COLUMNS, layouts={len(COLUMNS): COLUMNS},
                       wanted=lambda c: c in _USED or c in ALIASES, what="UCDP GED")
    renamed = {k: v for k, v in ALIASES.items() if k in table.frame and v not in table.frame}
    if renamed:  # (a rename copies the frame: most files have none of the old names)
        table.frame = table.frame.rename(columns=renamed)
    return table


#: map_rows works row by row (the file can be mapped in chunks)
ROW_LOCAL = True
origin_ids = origin_ids_of("id")


def map_rows(table: Table) -> pd.DataFrame:
    """The file's rows as events (pure)."""
    f, reasons, ids = rows_to_map(table, REQUIRED, "a UCDP GED file", origin_ids, "id")
    start = checked_dates(reasons, text(f, "date_start"), "date_start")
    end = checked_end_dates(reasons, text(f, "date_end"), start, "date_end")
    lat, lon = checked_coordinates(reasons, text(f, "latitude"), text(f, "longitude"))
    violence = to_code(text(f, "type_of_violence"))
    crossed = violence.map({k: v[:2] for k, v in crosswalk.UCDP_VIOLENCE.items()})
    reasons.flag(crossed.isna(), "unknown type_of_violence", text(f, "type_of_violence"))
    where_prec = to_code(text(f, "where_prec"))
    precision = where_prec.map(crosswalk.UCDP_WHERE_PRECISION).fillna("point").astype(object)
    date_prec = to_code(text(f, "date_prec")).map(crosswalk.UCDP_DATE_PRECISION)
    date_prec = date_prec.fillna(pd.Series("day", index=f.index).where(end.eq(start), "month")).astype(object)
    place = clip(text(f, "where_coordinates"), MAX_TEXT["place_name"])
    for fallback in ("adm_2", "adm_1"):
        empty = place.eq("")
        if empty.any():
            place = place.where(~empty, clip(text(f[empty], fallback), MAX_TEXT["place_name"]))
    names = {v: crosswalk.country_from_name(v) for v in text(f, "country").unique() if v}
    headline = text(f, "source_headline")
    description = headline.where(headline.ne(""), text(f, "where_description"))
    violence_name = violence.map({k: v[2] for k, v in crosswalk.UCDP_VIOLENCE.items()})
    extra = {k: raw(f, k) for k in _EXTRA if k in f}
    extra["type_of_violence"] = violence_name.fillna("").astype(object)
    exact = where_prec.eq(1).fillna(False).astype(bool)
    return mapped_frame(table, reasons, {
        "origin_id": ids, "version": None,
        "date_start": iso_dates(start), "date_end": iso_dates(end), "date_precision": date_prec,
        "event_type": violence.map({k: v[0] for k, v in crosswalk.UCDP_VIOLENCE.items()}).astype(object),
        "sub_event_type": violence.map({k: v[1] for k, v in crosswalk.UCDP_VIOLENCE.items()}).astype(object),
        "actors": actor_lists(text(f, "side_a"), text(f, "side_b")),
        "fatalities": to_count(text(f, "best")), "fatalities_low": to_count(text(f, "low")),
        "fatalities_high": to_count(text(f, "high")), "place_name": place.replace("", None),
        "lat": lat, "lon": lon, "admin1": clip(text(f, "adm_1"), MAX_TEXT["admin1"]).replace("", None),
        "country_code": text(f, "country").map(names).astype(object), "place_precision": precision,
        "description": clip(description, MAX_TEXT["description"]).replace("", None),
        "gazetteer_name": by_unique(_without_descriptor)(place.where(exact, "")),
    }, extra)
