"""Events as stored and shown: the output shape, and the rule for merging reports.

Two reports are one event when they are of the same kind, their dates overlap within a day
(:data:`MERGE_DAYS`), and their places are within :data:`MERGE_KM`, or one is area-level
(district/admin1) and the other lies in that same admin area within :data:`AREA_KM`.  Two
points farther apart than :data:`MERGE_KM` are never one event, and a background event (history,
a running toll: :mod:`geo.extract.background`) is never one with a reported one.  Which stored
event a new report joins is decided in :mod:`geo.merging`.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import IO, Any

from geo.models import Place, date_precision_rank, haversine_km, precision_rank

#: How far apart two reports may place one act.  Outlets place one strike at the city, at the
#: quarter or suburb it hit, or at a village beside it, and the gazetteer puts a city at one
#: point near its centre: 25 km spans a large city with its outskirts, while the next town is
#: usually farther (a smaller radius splits one act into several events, a larger one joins
#: the acts of neighbouring towns on one day).  Also what "the same place" means elsewhere
#: (:func:`near`: toll-only sentences, retellings of an act in a city).
MERGE_KM = 25.0
#: How far a point may lie from an area-level report's point (a district's or first-level
#: area's centre) in the same area and still be that report's event.  The same admin1 alone
#: would join an act told "in Homs province" with an act anywhere in a governorate that runs
#: deep into the desert; 250 km keeps the join to the area's reach around its centre (two
#: area-level reports of one first-level area join at any distance: neither names a spot).
AREA_KM = 250.0
#: How far apart (in days) the dates of two reports of one event may be.  Articles date an act
#: from their publication day ("yesterday", "on Monday night"), so two outlets, or an outlet
#: writing after midnight or in another time zone, put one act on consecutive days; a day of
#: slack joins those.  Each further day would join more of a city's separate strikes on
#: following days, which coders count apart (one day already joins some: README, *Event
#: evaluation*).
MERGE_DAYS = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class EventKey:
    """What the merge rule looks at."""

    event_type: str
    date_start: date | None
    date_end: date | None
    lat: float | None
    lon: float | None
    precision: str | None
    admin1: str | None
    country_code: str | None
    reported: bool = True


def near(a: Place, b: Place) -> bool:
    """Whether two places lie within :data:`MERGE_KM` of each other."""
    return haversine_km(a.point, b.point) <= MERGE_KM


def _dates_overlap(a: EventKey, b: EventKey) -> bool:
    if a.date_start is None or b.date_start is None:
        return False
    a_end = a.date_end or a.date_start
    b_end = b.date_end or b.date_start
    return a.date_start - MERGE_DAYS <= b_end and b.date_start - MERGE_DAYS <= a_end


def _places_match(a: EventKey, b: EventKey) -> bool:
    if a.lat is None or b.lat is None:
        return False
    distance = haversine_km((a.lat, a.lon), (b.lat, b.lon))
    if distance <= MERGE_KM:
        return True
    area = {"district", "admin1"}
    if (a.precision in area or b.precision in area) and a.country_code == b.country_code:
        if a.admin1 and a.admin1 == b.admin1:
            return a.precision in area and b.precision in area or distance <= AREA_KM
    return False


def same_event(a: EventKey, b: EventKey) -> bool:
    """Whether two reports describe one event (see module docstring)."""
    if a.reported != b.reported or a.event_type != b.event_type or not _dates_overlap(a, b):
        return False
    return _places_match(a, b)


def more_precise(a: str | None, b: str | None) -> bool:
    """Whether precision ``a`` is more precise than ``b``."""
    return precision_rank(a) < precision_rank(b)


def more_precise_date(a: str | None, b: str | None) -> bool:
    """Whether date precision ``a`` (day, week, month, year) is more precise than ``b``."""
    return date_precision_rank(a) < date_precision_rank(b)


def combined_confidence(a: float | None, b: float | None) -> float:
    """Independent reports raise confidence: 1 - (1-a)(1-b), at most 0.99."""
    a, b = a or 0.0, b or 0.0
    return round(min(0.99, 1 - (1 - a) * (1 - b)), 3)


def json_ready(value: Any) -> Any:
    """``value`` with every non-finite number (NaN, ±inf: no JSON) as None, nested lists and
    dicts included, so ``json.dumps(..., allow_nan=False)`` always writes valid JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    return value


def _coordinate(value: Any, limit: float) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def to_geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection; coordinates are [lon, lat] here and only here.  An event without a
    place or without usable coordinates has no feature (GeoJSON has no point without them)."""
    features = []
    for e in events:
        place = e.get("place") or {}
        lat, lon = _coordinate(place.get("lat"), 90), _coordinate(place.get("lon"), 180)
        if lat is None or lon is None:
            continue
        props = {k: v for k, v in e.items() if k != "place"}
        props.update({f"place_{k}": v for k, v in place.items() if k not in ("lat", "lon")})
        props["start"] = e.get("date_start")
        props["end"] = e.get("date_end")
        features.append({
            "type": "Feature",
            "id": json_ready(e.get("id")),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": json_ready(props),
        })
    return {"type": "FeatureCollection", "features": features}


CSV_FIELDS = ("id", "date_start", "date_end", "date_precision", "event_type", "sub_event_type", "actors",
              "fatalities", "place_name", "lat", "lon", "geonameid", "admin1", "country_code",
              "place_precision", "place_source", "confidence", "origin", "reported", "sources", "urls",
              "sentence")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: Any) -> str:
    """A cell's text: "" for a missing value (None, NaN)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    return str(value)


def csv_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat row per event (the CSV layout of ``conflictmap events`` and exports); every
    value is text, a number, or "" where the event has none."""
    rows = []
    for e in events:
        place = e.get("place") or {}
        sources = [s for s in (e.get("sources") or []) if isinstance(s, dict)]
        actors = [_text(a) for a in (e.get("actors") or []) if _text(a)]
        rows.append({
            "id": _text(e.get("id")), "date_start": _text(e.get("date_start")), "date_end": _text(e.get("date_end")),
            "date_precision": _text(e.get("date_precision")), "event_type": _text(e.get("event_type")),
            "sub_event_type": _text(e.get("sub_event_type")), "actors": "; ".join(actors),
            "fatalities": _text(e.get("fatalities")),
            "place_name": _text(place.get("name")), "lat": _text(place.get("lat")), "lon": _text(place.get("lon")),
            "geonameid": _text(place.get("geonameid")), "admin1": _text(place.get("admin1")),
            "country_code": _text(place.get("country_code")), "place_precision": _text(place.get("precision")),
            "place_source": _text(e.get("place_source")),
            "confidence": _text(e.get("confidence")), "origin": _text(e.get("origin")),
            # an event is reported unless it says it is not (dataset rows, older exports)
            "reported": "false" if e.get("reported") is False else "true", "sources": len(sources),
            "urls": " ".join(_text(s.get("url")) for s in sources).strip(),
            "sentence": _text(sources[0].get("sentence")) if sources else "",
        })
    return rows


def _cell(value: Any) -> Any:
    """Article text must not become a spreadsheet formula: a text cell starting with = + - @
    (or a tab/CR) gets a leading apostrophe, as OWASP advises for CSV injection.  Carriage
    returns become line feeds."""
    if isinstance(value, str):
        # a lone carriage return is no line break the CSV writer quotes (its lines end in \n)
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def write_csv(events: list[dict[str, Any]], out: IO[str]) -> int:
    """Write the events as CSV (header first); return the number of rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    rows = csv_rows(events)
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return len(rows)
