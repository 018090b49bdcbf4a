"""Writing an import's places to the store's gazetteer: entries of the dataset's origin added
or moved (``user`` entries are never written here).  Which places, is worked out by
:func:`geo.importers.place_candidates.place_candidates` (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from geo.importers.place_candidates import NameKeys, place_candidates
from geo.store import schema as t
from geo.store.bulk import insert_columns


def enrich_gazetteer(con: Connection, origin: str, rows: pd.DataFrame, *, note: str,
                     names: NameKeys | None = None, candidates: pd.DataFrame | None = None) -> tuple[int, int]:
    """Add (or move) the dataset's places as gazetteer entries of origin ``origin``;
    returns (added, updated).  ``candidates``: :func:`place_candidates` of ``rows`` (with
    ``names``), when already worked out."""
    names = names if names is not None else NameKeys()
    places = candidates if candidates is not None else place_candidates(rows, names)
    if not len(places):
        return 0, 0
    g = t.gazetteer_entries
    stored = pd.DataFrame.from_records(
        [tuple(r) for r in con.execute(select(g.c.id, g.c.key, g.c.country_code, g.c.lat, g.c.lon, g.c.name)
                                       .where(g.c.origin == origin))],
        columns=["entry_id", "key", "country_code", "old_lat", "old_lon", "old_name"])
    merged = places.merge(stored, on=["key", "country_code"], how="left")
    now = datetime.now(UTC)
    new = merged[merged["entry_id"].isna()]
    moved = merged[merged["entry_id"].notna() & ((merged["lat"] != merged["old_lat"]) | (merged["lon"] != merged["old_lon"])
                                                 | (merged["name"] != merged["old_name"]))]
    if len(new):
        keys, codes, spellings = new["key"].tolist(), new["country_code"].tolist(), new["name"].tolist()
        insert_columns(con, g, {
            "origin": origin, "key": keys, "name": spellings, "lat": new["lat"].astype(float).tolist(),
            "lon": new["lon"].astype(float).tolist(), "country_code": codes, "admin1": new["admin1"].tolist(),
            "feature_code": "PPL", "precision": "point", "geonameid": None, "population": 0,
            "origin_ref": [f"{origin}:{i}"[:200] for i in new["origin_id"].tolist()], "replaces": None,
            "note": note, "raw": None, "created_at": now, "updated_at": now})
        ids = {(k, cc): i for i, k, cc in con.execute(
            select(g.c.id, g.c.key, g.c.country_code).where(g.c.origin == origin))}
        insert_columns(con, t.gazetteer_entry_names, {
            "entry_id": [ids[pair] for pair in zip(keys, codes, strict=True)], "key": keys,
            "skeleton": [names.skeleton(n) for n in spellings], "name": spellings})
    if len(moved):
        con.execute(update(g).where(g.c.id == bindparam("_id")).values(
            lat=bindparam("_lat"), lon=bindparam("_lon"), name=bindparam("_name"), admin1=bindparam("_admin1"),
            note=note, updated_at=now),
            [{"_id": int(r.entry_id), "_lat": float(r.lat), "_lon": float(r.lon), "_name": r.name, "_admin1": r.admin1}
             for r in moved.itertuples(index=False)])
    return len(new), len(moved)
