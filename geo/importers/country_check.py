"""Coordinates that fall outside the country a row names: latitude and longitude swapped but
still in range (a Syrian town at 37.16 N, 36.20 E instead of 36.20 N, 37.16 E lands in
Turkey), a sign dropped, a row of the wrong country.

The point's country is decided offline from the gazetteer's populated places: a point is
outside its stated country when the nearest place of that country is more than
:data:`BORDER_TOLERANCE_KM` farther than the nearest place of any country (a point near a
border, nearer a town across it, is not flagged).  Nothing is decided where the gazetteer has
no place within about a degree, or has no place at all of the stated country.  Such rows are
kept, with :data:`COUNTRY_NOTE` in the import report: the analyst sees them and fixes them.
Pure: the places come from a function given by the caller (see
:meth:`geo.gazetteer.index.Gazetteer.points_in_cells`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np
import pandas as pd

from geo.gazetteer.schema import cells_of
from geo.models import EARTH_RADIUS_KM

#: how much farther (km) the nearest place of the stated country may be than the nearest
#: place of any country before the row is flagged (borders, sparse places near them)
BORDER_TOLERANCE_KM = 25.0
#: the reason a flagged row has in the import report (the row is imported all the same)
COUNTRY_NOTE = "coordinates outside the stated country (kept)"
_KM_PER_DEGREE = EARTH_RADIUS_KM * np.pi / 180
_BLOCK = 2048  # points compared with a cell's places at a time (bounded memory)

#: (lat, lon, country code) arrays of the gazetteer's places in the given 1-degree cells
Places = Callable[[Collection[int]], tuple[np.ndarray, np.ndarray, np.ndarray]]


def neighbourhood(cell: int) -> list[int]:
    """The cell and its eight neighbours (as ``Gazetteer.reverse`` searches)."""
    return sorted({cell + dy * 360 + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1)})


def _km2(lat: np.ndarray, lon: np.ndarray, plat: np.ndarray, plon: np.ndarray, origin: float) -> np.ndarray:
    """Squared distances (km²), points (rows) by places (columns), on a plane tangent at latitude
    ``origin`` (within the three degrees compared, off the great circle by well under 1 %):
    one matrix product instead of trigonometry per pair."""
    scale = np.array([_KM_PER_DEGREE, _KM_PER_DEGREE * np.cos(np.radians(origin))])
    p = np.column_stack([lat, lon]) * scale
    q = np.column_stack([plat, plon]) * scale
    squared = p @ (-2 * q.T)
    squared += (q * q).sum(axis=1)[None, :]
    squared += (p * p).sum(axis=1)[:, None]
    return squared


def outside_country(lat: pd.Series, lon: pd.Series, country: pd.Series, places: Places,
                    known: Collection[str]) -> pd.Series:
    """Per row, why its coordinates are outside its stated country (``"37.16, 36.2: nearer
    TR (3 km) than SY (56 km)"``), None where they are not, or where it cannot be told
    (no coordinates, no country, a country of which ``known`` has no place, no place
    nearby).  Each distinct (lat, lon, country) is decided once."""
    out = pd.Series(None, index=lat.index, dtype=object)
    frame = pd.DataFrame({"lat": pd.to_numeric(lat, errors="coerce"), "lon": pd.to_numeric(lon, errors="coerce"),
                          "cc": country.astype(object)}, index=lat.index)
    frame = frame[frame["lat"].between(-90, 90) & frame["lon"].between(-180, 180)
                  & frame["cc"].isin(list(known))]
    if not len(frame):
        return out
    points = frame.drop_duplicates()
    points = points.assign(cell=cells_of(points["lat"].to_numpy(float), points["lon"].to_numpy(float)))
    verdicts: dict[tuple[float, float, str], str] = {}
    for (cell, cc), group in points.groupby(["cell", "cc"], sort=False):
        plat, plon, pcc = places(neighbourhood(int(cell)))
        if not len(plat):
            continue  # no place within a degree or so: nothing to compare with
        own = pcc == cc
        for start in range(0, len(group), _BLOCK):
            block = group.iloc[start:start + _BLOCK]
            glat, glon = block["lat"].to_numpy(float), block["lon"].to_numpy(float)
            origin = float(glat.mean())
            # a point within the tolerance of a place of its own country cannot be flagged:
            # the distances to every place are worked out for the others only
            dc = (np.sqrt(np.maximum(_km2(glat, glon, plat[own], plon[own], origin).min(axis=1), 0.0))
                  if own.any() else np.full(len(block), np.inf))
            far = np.flatnonzero(dc > BORDER_TOLERANCE_KM)
            if not len(far):
                continue
            km2 = _km2(glat[far], glon[far], plat, plon, origin)
            nearest = km2.argmin(axis=1)
            d0 = np.sqrt(np.maximum(km2[np.arange(len(far)), nearest], 0.0))
            for j in np.flatnonzero(dc[far] - d0 > BORDER_TOLERANCE_KM).tolist():
                i = far[j]
                a, b, near_cc, near_km, own_km = glat[i], glon[i], pcc[nearest[j]], d0[j], dc[i]
                distance = f"{own_km:.0f} km" if np.isfinite(own_km) else "none within a degree"
                verdicts[(a, b, cc)] = f"{a:g}, {b:g}: nearer {near_cc} ({near_km:.0f} km) than {cc} ({distance})"
    if verdicts:
        keys = zip(frame["lat"].tolist(), frame["lon"].tolist(), frame["cc"].tolist(), strict=True)
        out.loc[frame.index] = [verdicts.get(k) for k in keys]
    return out
