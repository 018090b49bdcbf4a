"""GDELT event files: 2.0 (61 columns) and 1.0 (58; 57 in the 1979–2013 back file, no
SOURCEURL), tab-separated, usually header-less; a header row is read when present.

Identity: ``GLOBALEVENTID``; type: the CAMEO event code through
:data:`geo.importers.crosswalk.CAMEO` (roots 18–20, and 14 protests); other roots are
skipped with their reason.  Place: the ``ActionGeo_*`` fields; ``Geo_Type`` 1, 2 and 5 are
area centroids.  CAMEO codes stay strings (leading zeros).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo.importers import crosswalk
from geo.importers.base import MAX_TEXT, actor_lists, clip, mapped_frame, origin_ids_of, rows_to_map
from geo.importers.columns import checked_coordinates, checked_dates, iso_dates, raw, text, to_code
from geo.importers.readers import Table, column_key, read_table

NAME = "gdelt"
LABEL = "GDELT"
URL = "https://www.gdeltproject.org"
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")


def _geo(prefix: str, adm2: bool) -> list[str]:
    fields = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else []) + ["Lat", "Long",
                                                                                                  "FeatureID"]
    return [f"{prefix}Geo_{f}" for f in fields]


def _layout(version: int) -> tuple[str, ...]:
    adm2 = version == 2
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += [f"Actor1{a}" for a in _ACTOR] + [f"Actor2{a}" for a in _ACTOR]
    names += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    names += _geo("Actor1", adm2) + _geo("Actor2", adm2) + _geo("Action", adm2)
    names += ["DATEADDED", "SOURCEURL"]
    return tuple(column_key(n) for n in names)


V2, V1 = _layout(2), _layout(1)
LAYOUTS = {len(V2): V2, len(V1): V1, len(V1) - 1: V1[:-1]}  # 61, 58, 57
KNOWN_COLUMNS = frozenset(V2)
REQUIRED = ("globaleventid", "sqldate", "actiongeo_lat", "actiongeo_long")
CROSSWALK = {
    "event_type": (crosswalk.cameo_type,), "sub_event_type": (crosswalk.cameo_type,),
    "place_precision": (crosswalk.GDELT_GEO_TYPE,), "country_code": (crosswalk.country_from_fips,),
}
_EXTRA = ("eventcode", "eventbasecode", "eventrootcode", "quadclass", "goldsteinscale", "nummentions", "numsources",
          "numarticles", "avgtone", "isrootevent", "actor1code", "actor2code", "actiongeo_type", "actiongeo_adm1code",
          "actiongeo_featureid", "dateadded", "sourceurl")
_USED = set(REQUIRED) | set(_EXTRA) | {"actor1name", "actor2name", "actiongeo_fullname", "actiongeo_countrycode"}


def read(path: str | Path) -> Table:
    return read_table(path, known=KNOWN_COLUMNS, layouts=LAYOUTS, wanted=lambda c: c in _USED, what="GDELT")


#: map_rows works row by row (the file can be mapped in chunks)
ROW_LOCAL = True
origin_ids = origin_ids_of("globaleventid")


def map_rows(table: Table) -> pd.DataFrame:
    """The file's rows as events (pure)."""
    f, reasons, ids = rows_to_map(table, REQUIRED, "a GDELT events file", origin_ids, "GLOBALEVENTID")
    dates = checked_dates(reasons, text(f, "sqldate"), "SQLDATE", ("%Y%m%d", "%Y-%m-%d"))
    code = text(f, "eventcode")
    code = code.where(code.ne(""), text(f, "eventrootcode"))
    types = {c: crosswalk.cameo_type(c) for c in code.unique()}
    typed = code.map(types)
    roots = code.str.slice(0, 2)
    label = roots.map(lambda r: f"{r} ({crosswalk.CAMEO_ROOT_NAMES.get(r, 'unknown')})")
    reasons.flag(typed.isna(), "CAMEO root not imported", label)
    lat, lon = checked_coordinates(reasons, text(f, "actiongeo_lat"), text(f, "actiongeo_long"))
    geo_type = to_code(text(f, "actiongeo_type"))
    precision = geo_type.map(crosswalk.GDELT_GEO_TYPE).fillna("point").astype(object)
    full = text(f, "actiongeo_fullname")
    fixed = {v: fix_mojibake(v) for v in full.unique()}
    full = clip(full.map(fixed), MAX_TEXT["place_name"])
    parts = full.str.split(", ")
    first = parts.str[0].fillna("").astype(object)
    admin1 = parts.map(lambda p: p[-2] if isinstance(p, list) and len(p) >= 2 else "").astype(object)
    admin1 = admin1.where(~geo_type.isin([2, 5]).fillna(False).astype(bool), first)
    fips = {v: crosswalk.country_from_fips(v) for v in text(f, "actiongeo_countrycode").unique()}
    city = geo_type.isin([3, 4]).fillna(False).astype(bool)
    return mapped_frame(table, reasons, {
        "origin_id": ids, "version": None,
        "date_start": iso_dates(dates), "date_end": iso_dates(dates), "date_precision": "day",
        "event_type": typed.map(lambda p: p[0] if isinstance(p, tuple) else None).astype(object),
        "sub_event_type": typed.map(lambda p: p[1] if isinstance(p, tuple) else None).astype(object),
        "actors": actor_lists(text(f, "actor1name"), text(f, "actor2name")),
        "place_name": first.replace("", None), "lat": lat, "lon": lon, "admin1": admin1.replace("", None),
        "country_code": text(f, "actiongeo_countrycode").map(fips).replace("", None).astype(object),
        "place_precision": precision, "gazetteer_name": first.where(city, ""),
    }, {k: raw(f, k) for k in _EXTRA if k in f})


def fix_mojibake(name: str) -> str:
    """UTF-8 read as Windows-1252/Latin-1 ("DÃ©ir") back to what it was ("Déir"); other
    text as it is."""
    if not name or not any(ch in name for ch in "ÃÂØÙÐÑ"):
        return name
    for codec in ("cp1252", "latin-1"):
        try:
            return name.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return name
