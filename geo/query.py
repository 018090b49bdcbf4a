"""Which events a view shows: one query (:class:`EventQuery`) and one way of applying it to the
store's event frames (:func:`select`), for ``conflictmap events``, ``conflictmap export`` and
every part of the dashboard (map, counts, table, exports) alike.

What a query matches (every field that is set must match; a tuple matches when any of its
values does):

- ``start``/``end``: the event's days overlap [start, end] (an undated event is outside any
  window);
- ``types``: the event type *or* the sub-event type, case-insensitive ("battles", "Air/drone
  strike"); ``subtypes``: the sub-event type, case-insensitive;
- ``actors``: an actor's name contains the value, case-insensitive;
- ``origins``: the event's origin (``articles``, ``ucdp``…) or the outlet of one of its sources;
  ``langs``: the language of one of its articles; ``precisions``, ``admin1``, ``countries``:
  the place's precision, admin area, country code, as stored;
- ``min_fatalities``: at least that many (an unknown toll counts as 0);
- ``text``: a literal, case-insensitive piece of one of its source sentences, or of its place
  name, admin area, actors, type or sub-type;
- ``bbox``: (south, west, north, east) in degrees, its place inside (an event without a
  place is outside);
- ``background``: background events (history, running tolls: :mod:`geo.extract.background`)
  too; by default only the reported ones.

Pure: pandas only (no Streamlit, no store), and imported where frames are filtered, so the CLI
builds a query without it.  The frames are those of
:func:`geo.store.frames.store_frames` (their core columns only)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from geo.errors import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

BBox = tuple[float, float, float, float]  # south, west, north, east, in degrees
#: the event text fields ``text`` searches besides the source sentences
TEXT_FIELDS = ("place_name", "admin1", "actors", "event_type", "sub_event_type")
#: URL query parameter of each list field (the dashboard's links)
LIST_PARAMS = {"types": "type", "subtypes": "sub", "actors": "actor", "origins": "origin", "langs": "lang",
               "precisions": "prec", "admin1": "admin1", "countries": "cc"}
#: longest text, most values per list and largest toll a link may ask for
MAX_TEXT, MAX_VALUES, MAX_FATALITIES = 200, 50, 1_000_000

Q = TypeVar("Q", bound="EventQuery")


@dataclass(frozen=True)
class EventQuery:
    """Which events: every field that is set must match (see the module's docstring)."""

    start: date | None = None
    end: date | None = None
    types: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_fatalities: int = 0
    text: str = ""
    bbox: BBox | None = None
    #: show background events too (history, running tolls: geo.extract.background); off by default
    background: bool = False

    @classmethod
    def from_params(cls: type[Q], params: Mapping[str, str | list[str]], **extra: Any) -> Q:
        """The query of URL query parameters (a dashboard link); anything malformed is ignored,
        never fatal.  The bounding box is no parameter (the map's extent is the map's own)."""
        values: dict[str, Any] = {"start": _date(param(params, "from")), "end": _date(param(params, "to")),
                                  "text": param(params, "q")[:MAX_TEXT], "background": param(params, "bg") == "1"}
        for attr, key in LIST_PARAMS.items():
            raw = param(params, key)
            values[attr] = tuple(v for v in (x.strip() for x in raw.split("|")) if v)[:MAX_VALUES] if raw else ()
        try:
            values["min_fatalities"] = max(0, min(int(param(params, "minfat") or 0), MAX_FATALITIES))
        except ValueError:
            values["min_fatalities"] = 0
        if values["start"] and values["end"] and values["start"] > values["end"]:
            values["start"], values["end"] = values["end"], values["start"]
        return cls(**values, **extra)

    def to_params(self) -> dict[str, str]:
        """URL query parameters of the query (only what differs from the defaults)."""
        out: dict[str, str] = {}
        if self.start:
            out["from"] = self.start.isoformat()
        if self.end:
            out["to"] = self.end.isoformat()
        for attr, key in LIST_PARAMS.items():
            values = getattr(self, attr)
            if values:
                out[key] = "|".join(values)
        if self.min_fatalities:
            out["minfat"] = str(self.min_fatalities)
        if self.text:
            out["q"] = self.text
        if self.background:
            out["bg"] = "1"
        return out


def param(params: Mapping[str, str | list[str]], key: str) -> str:
    """One URL query parameter's value (the last when it is given several times), "" when absent."""
    value = params.get(key, "")
    return (value[-1] if isinstance(value, list) and value else value) or ""


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def parse_bbox(text: str) -> BBox:
    """``S,W,N,E`` in degrees, as the CLI takes it."""
    try:
        south, west, north, east = (float(v) for v in text.split(","))
    except ValueError:
        raise InvalidInputError(f"--bbox wants S,W,N,E in degrees, e.g. 32,35.5,37.5,42.5; got {text!r}") from None
    return check_bbox((south, west, north, east))


def check_bbox(bbox: BBox) -> BBox:
    south, west, north, east = bbox
    if not all(math.isfinite(v) for v in bbox):
        raise InvalidInputError("bounding box values must be finite numbers")
    if not (-90 <= south < north <= 90):
        raise InvalidInputError(f"bounding box: south ({south}) must be below north ({north}), both in -90..90")
    if not (-180 <= west < east <= 180):
        raise InvalidInputError(f"bounding box: west ({west}) must be left of east ({east}), both in -180..180")
    return bbox


# -- applying a query to the frames ------------------------------------------------------------
def select(events: pd.DataFrame, query: EventQuery, sources: pd.DataFrame) -> pd.DataFrame:
    """The events (rows of ``events``, in its order) that ``query`` matches; ``sources`` is the
    sources frame (for text, language and outlet)."""
    return within(matching(events, query, sources), query.start, query.end)


def matching(events: pd.DataFrame, query: EventQuery, sources: pd.DataFrame) -> pd.DataFrame:
    """The events ``query`` matches in every respect but the time window: what the dashboard
    keeps while the window moves (:func:`within` then picks the window's)."""
    import pandas as pd

    mask = pd.Series(True, index=events.index) if query.background else reported_mask(events)
    if query.types:
        wanted = _folded(query.types)
        mask &= _text(events["event_type"]).str.lower().isin(wanted) | _text(
            events["sub_event_type"]).str.lower().isin(wanted)
    if query.subtypes:
        mask &= _text(events["sub_event_type"]).str.lower().isin(_folded(query.subtypes))
    if query.actors:
        actors = _text(events["actors"]).str.lower()
        mask &= pd.concat([actors.str.contains(a.lower(), regex=False) for a in query.actors], axis=1).any(axis=1)
    if query.origins:
        mask &= events["origin"].isin(query.origins) | events["id"].isin(
            _event_ids(sources, sources["outlet"].isin(query.origins)))
    if query.langs:
        mask &= events["id"].isin(_event_ids(sources, sources["lang"].isin(query.langs)))
    if query.precisions:
        mask &= events["place_precision"].isin(query.precisions)
    if query.admin1:
        mask &= events["admin1"].isin(query.admin1)
    if query.countries:
        mask &= events["country_code"].isin(query.countries)
    if query.min_fatalities:
        mask &= pd.to_numeric(events["fatalities"], errors="coerce").fillna(0) >= query.min_fatalities
    if query.text.strip():
        mask &= text_mask(events, query.text, sources)
    if query.bbox is not None:
        south, west, north, east = query.bbox
        lat, lon = pd.to_numeric(events["lat"], errors="coerce"), pd.to_numeric(events["lon"], errors="coerce")
        mask &= lat.between(south, north) & lon.between(west, east)
    return events[mask]


def within(events: pd.DataFrame, start: date | None, end: date | None) -> pd.DataFrame:
    """The events whose days overlap [start, end] (either end open when None)."""
    import numpy as np
    import pandas as pd

    if start is None and end is None:
        return events
    mask = np.ones(len(events), dtype=bool)  # an array: no index to align (about 1 ms a slider move)
    if start is not None:
        mask &= (events["end"] >= pd.Timestamp(start)).to_numpy(dtype=bool, na_value=False)
    if end is not None:
        mask &= (events["start"] <= pd.Timestamp(end)).to_numpy(dtype=bool, na_value=False)
    return events[mask]


def text_mask(events: pd.DataFrame, text: str, sources: pd.DataFrame) -> pd.Series:
    """Which events hold ``text`` (literal, case-insensitive) in a source sentence or in one of
    their :data:`TEXT_FIELDS`."""
    needle = text.strip().lower()
    hit = events["id"].isin(_event_ids(sources, _text(sources["sentence"]).str.lower().str.contains(
        needle, regex=False)))
    for column in TEXT_FIELDS:
        hit |= _text(events[column]).str.lower().str.contains(needle, regex=False)
    return hit


def reported_mask(events: pd.DataFrame) -> pd.Series:
    """Which events are reported (news), not background: all of them in a frame without the
    column (an event is reported unless it says otherwise)."""
    import pandas as pd

    if "reported" not in events:
        return pd.Series(True, index=events.index)
    return events["reported"].ne(False)


def _event_ids(sources: pd.DataFrame, rows: pd.Series) -> pd.Series:
    return sources.loc[rows, "event_id"].dropna()


def _folded(values: tuple[str, ...]) -> set[str]:
    return {v.strip().lower() for v in values}


def filled(column: pd.Series, default: str) -> pd.Series:
    """``column`` with ``default`` where a value is missing, whatever the column's dtype (a
    column of nothing but missing values is read as numbers)."""
    return column.astype(object).where(column.notna(), default)


def _text(column: pd.Series) -> pd.Series:
    """A text column as str values, "" where a value is missing (whatever the column's dtype)."""
    return filled(column, "").astype(str)
