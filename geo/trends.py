"""Where is it getting worse?  Events per first-level area in a window and in an earlier one,
and the change between them in classes like ACLED's Trendfinder.

The earlier window (:func:`earlier_window`) is either the window of the same length just
before (``"previous"``) or the same days a year earlier (``"year"``).  Each area's change
(:func:`trend_class`) is one of :data:`TRENDS`:

- *large increase*: more than +25 % (:data:`LARGE_INCREASE_PCT`);
- *moderate increase*: +10 % to +25 % (:data:`MODERATE_INCREASE_PCT`), both ends included;
- *limited change*: from -25 % (included) up to +10 % (excluded);
- *large decrease*: less than -25 % (:data:`LARGE_DECREASE_PCT`);
- *low baseline*: fewer than :data:`LOW_BASELINE_EVENTS` events in the earlier window, where a
  single event more or less already moves the change by 20 % or more (and a new area, with
  none before, has no percentage at all): the numbers are given, the change is not classed.

An event's area is its country and its ``admin1`` as stored, compared folded
(:func:`geo.names.area_key`: "Aleppo Governorate" from the gazetteer and
"Aleppo" from an ACLED file are one area); events without an admin1 are counted apart.  An
area's centre comes from the gazetteer's first-level areas (:func:`area_centres`), else from the
median of the coordinates of the events of its most used spelling.

Pure (pandas only), for the dashboard's map and the PDF briefing alike.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from geo.errors import InvalidInputError
from geo.names import area_key

__all__ = [
    "BASES", "LARGE_DECREASE_PCT", "LARGE_INCREASE_PCT", "LOW_BASELINE_EVENTS", "MODERATE_INCREASE_PCT",
    "TRENDS", "AreaTrends", "area_centres", "area_trends", "change_pct", "change_text", "earlier_window", "gazetteer_centres",
    "trend_class",
]

#: more than this many percent up: a large increase
LARGE_INCREASE_PCT = 25
#: from this many percent up (to LARGE_INCREASE_PCT included): a moderate increase
MODERATE_INCREASE_PCT = 10
#: less than this many percent (down): a large decrease
LARGE_DECREASE_PCT = -25
#: fewer events than this in the earlier window: a low baseline, the change is not classed
LOW_BASELINE_EVENTS = 5

TRENDS = ("large increase", "moderate increase", "limited change", "large decrease", "low baseline")
#: what each earlier window is, in words
BASES = {"previous": "the previous window of the same length", "year": "the same window a year earlier"}

Centres = Mapping[tuple[str, str], tuple[float, float]]


def earlier_window(start: date, end: date, basis: str = "previous") -> tuple[date, date]:
    """The window [start, end] is compared with: the same number of days just before it
    (``"previous"``), or the same dates a year earlier (``"year"``; 29 February becomes the 28th)."""
    if basis == "previous":
        days = (end - start).days + 1
        return start - timedelta(days=days), start - timedelta(days=1)
    if basis == "year":
        return _year_before(start), _year_before(end)
    raise InvalidInputError(f"unknown comparison {basis!r} (choose {' or '.join(BASES)})")


def _year_before(d: date) -> date:
    return d.replace(year=d.year - 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=d.year - 1)


def change_pct(now: int, before: int) -> float | None:
    """The change from ``before`` to ``now`` in percent (None when there was nothing before)."""
    return None if before == 0 else 100.0 * (now - before) / before


def change_text(now: int, before: int) -> str:
    """The change as the briefing and the map print it: "+25%", "-40%", "±0", or "new" when
    there was nothing before."""
    if before == 0:
        return "new" if now else "±0"
    pct = round(100 * (now - before) / before)
    return f"{'+' if pct > 0 else '±' if pct == 0 else ''}{pct}%"


def trend_class(now: int, before: int) -> str:
    """The class of the change from ``before`` to ``now`` events (see the module's docstring).
    Compared in whole numbers, so a change of exactly +25 % is moderate, not large."""
    if before < LOW_BASELINE_EVENTS:
        return "low baseline"
    d = 100 * (now - before)
    if d > LARGE_INCREASE_PCT * before:
        return "large increase"
    if d >= MODERATE_INCREASE_PCT * before:
        return "moderate increase"
    if d >= LARGE_DECREASE_PCT * before:
        return "limited change"
    return "large decrease"


@dataclass(frozen=True)
class AreaTrends:
    """Events per area in a window and an earlier one.

    ``areas`` has one row per area with events in either window: ``country_code``, ``admin1``
    (its most frequent spelling), ``now``, ``before``, ``change`` (percent, NaN without a
    baseline), ``trend`` (one of TRENDS), ``lat``/``lon`` (NaN when nothing places it) and
    ``centre`` ("gazetteer", "events", or "" when unplaced), sorted by events now, then before,
    then name.
    ``no_area_now``/``no_area_before``: the events without an admin1."""

    areas: pd.DataFrame
    no_area_now: int
    no_area_before: int


COLUMNS = ["country_code", "admin1", "now", "before", "change", "trend", "lat", "lon", "centre"]


def _spellings(now: pd.DataFrame, before: pd.DataFrame) -> pd.DataFrame:
    """Events per (country, admin1 as stored) in each window, the median of their coordinates,
    and the area's folded key (the events are grouped first, so names are folded once per
    spelling, not once per event)."""
    columns = ["country_code", "admin1", "lat", "lon"]
    both = pd.concat([now[columns].assign(_now=1), before[columns].assign(_now=0)], ignore_index=True)
    keys = [both["country_code"].fillna(""), both["admin1"].fillna("")]
    grouped = both.assign(lat=pd.to_numeric(both["lat"], errors="coerce"),
                          lon=pd.to_numeric(both["lon"], errors="coerce")).groupby(keys, sort=False)
    table = grouped.agg(now=("_now", "sum"), n=("_now", "size"), lat=("lat", "median"), lon=("lon", "median"))
    table["before"] = table["n"] - table["now"]
    table.index = table.index.set_names(["cc", "name"])
    table = table.reset_index()
    table["key"] = [area_key(str(n).strip()) if str(n).strip() else "" for n in table["name"]]
    return table


def area_trends(now: pd.DataFrame, before: pd.DataFrame, centres: Centres | None = None) -> AreaTrends:
    """Events per first-level area in ``now`` and ``before`` (two windows of one query's
    events), each area classed by its change (:func:`trend_class`) and placed at its centre
    (``centres``, from :func:`area_centres`; else the median of its events' coordinates, those
    of its most used spelling)."""
    centres = centres or {}
    table = _spellings(now, before)
    unnamed = table[table["key"] == ""]
    rows = []
    for (cc, key), group in table[table["key"] != ""].groupby(["cc", "key"], sort=False):
        n_now, n_before = int(group["now"].sum()), int(group["before"].sum())
        main = group.sort_values(["n", "name"], ascending=[False, True]).iloc[0]  # its most used spelling
        centre, source = centres.get((cc, key)), "gazetteer"
        if centre is None:
            centre = (float(main["lat"]), float(main["lon"]))
            source = "" if math.isnan(centre[0]) or math.isnan(centre[1]) else "events"
        pct = change_pct(n_now, n_before)
        rows.append((cc, str(main["name"]).strip(), n_now, n_before, math.nan if pct is None else pct,
                     trend_class(n_now, n_before), centre[0], centre[1], source))
    areas = pd.DataFrame(rows, columns=COLUMNS)
    if len(areas):
        areas = areas.sort_values(["now", "before", "admin1"], ascending=[False, False, True], ignore_index=True)
    return AreaTrends(areas, int(unnamed["now"].sum()), int(unnamed["before"].sum()))


def area_centres(rows: Iterable[tuple[str, str, float, float]]) -> dict[tuple[str, str], tuple[float, float]]:
    """(country code, folded area name) -> (lat, lon) of first-level areas given as (country
    code, name, lat, lon), as :meth:`geo.gazetteer.index.Gazetteer.admin1_centres` lists them
    (the first of one name wins)."""
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for cc, name, lat, lon in rows:
        key = area_key(name) if name else ""
        if key:
            out.setdefault((cc, key), (float(lat), float(lon)))
    return out


def gazetteer_centres(path: str | Path) -> dict[tuple[str, str], tuple[float, float]]:
    """:func:`area_centres` of the gazetteer at ``path`` (empty when it is missing or unreadable:
    the areas are then placed by their events)."""
    from geo.errors import ConflictmapError
    from geo.gazetteer.index import Gazetteer

    try:
        with Gazetteer(path) as gazetteer:
            return area_centres(gazetteer.admin1_centres())
    except ConflictmapError:
        return {}
