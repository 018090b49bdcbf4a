"""Layout of the gazetteer index file (SQLite).  Bump ``FORMAT_VERSION`` on any change."""

import numpy as np

FORMAT_VERSION = "1"

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country_code TEXT NOT NULL,
    admin1_code TEXT NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    population INTEGER NOT NULL,
    precision TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT NOT NULL,
    cell INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL,
                    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE skeletons (skel TEXT NOT NULL, key TEXT NOT NULL, place_id INTEGER NOT NULL,
                        PRIMARY KEY (skel, key, place_id)) WITHOUT ROWID;
CREATE TABLE admin1 (country_code TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
                     PRIMARY KEY (country_code, code));
"""

INDEXES = """
CREATE INDEX places_cell ON places (cell);
CREATE INDEX places_geonameid ON places (geonameid);
"""


def cell_of(lat: float, lon: float) -> int:
    """1-degree grid cell number used by reverse geocoding."""
    return (int(lat // 1) + 90) * 360 + (int(lon // 1) + 180)


def cells_of(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """:func:`cell_of` of arrays of coordinates at once."""
    return (np.floor(lat).astype(np.int64) + 90) * 360 + (np.floor(lon).astype(np.int64) + 180)
