"""The one event query (geo.query): what each field matches, applied to event frames."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geo.errors import InvalidInputError
from geo.query import EventQuery, matching, parse_bbox, select, within


def events() -> pd.DataFrame:
    """Three events as the store's frames hold them (geo.store.frames.store_frames)."""
    rows = [
        ("a", "2022-01-20", "2022-01-20", "Battles", "Armed clash", "Islamic State; Syrian Democratic Forces", 10,
         "Al Ḩasakah", 36.5, 40.7, "point", "Al-Hasakah Governorate", "SY", "articles"),
        ("b", "2022-01-04", "2022-01-04", "Explosions/Remote violence", "Air/drone strike", "US-led coalition", None,
         "Deir ez-Zor Governorate", 35.0, 40.5, "admin1", "Deir ez-Zor Governorate", "SY", "articles"),
        ("c", "2021-10-01", "2021-10-31", "Explosions/Remote violence", "", "", 0, None, None, None, "unknown",
         "Homs Governorate", "SY", "ucdp"),
    ]
    df = pd.DataFrame(rows, columns=["uid", "date_start", "date_end", "event_type", "sub_event_type", "actors",
                                     "fatalities", "place_name", "lat", "lon", "place_precision", "admin1",
                                     "country_code", "origin"])
    df["id"] = range(1, 4)
    df["start"], df["end"] = pd.to_datetime(df["date_start"]), pd.to_datetime(df["date_end"])
    return df


def sources_of() -> pd.DataFrame:
    """Their sources: "a" told in French and English (one of them by sputniknews.com), "b" in
    English, "c" by its dataset."""
    return pd.DataFrame({
        "event_id": [1, 1, 2, 3],
        "sentence": ["Deux VOITURES piégées (a+b) à Hassaké", "Clashes in Hasakah", "A strike hit Deir ez-Zor", None],
        "lang": ["fr", "en", "en", None], "outlet": ["sputniknews.com", "example.org", "example.org", "UCDP GED"],
    })


def uids(query: EventQuery) -> list[str]:
    return list(select(events(), query, sources_of())["uid"])


def test_time_window_is_overlap():
    assert uids(EventQuery(start=date(2021, 10, 15), end=date(2022, 1, 5))) == ["b", "c"]
    assert uids(EventQuery(start=date(2022, 1, 5))) == ["a"]
    assert list(within(events(), None, date(2021, 10, 1))["uid"]) == ["c"]


@pytest.mark.parametrize("query, expected", [
    # a type matches the event type or the sub-event type, in any case (as `--type` always did)
    (EventQuery(types=("Battles",)), ["a"]),
    (EventQuery(types=("battles",)), ["a"]),
    (EventQuery(types=("AIR/DRONE STRIKE",)), ["b"]),
    (EventQuery(types=("Armed clash", "Air/drone strike")), ["a", "b"]),
    (EventQuery(subtypes=("air/drone strike",)), ["b"]),
    (EventQuery(types=("Explosions/Remote violence",), subtypes=("Air/drone strike",)), ["b"]),
    (EventQuery(actors=("US-led coalition",)), ["b"]),
    (EventQuery(actors=("islamic state", "nobody")), ["a"]),
    (EventQuery(origins=("ucdp",)), ["c"]),
    (EventQuery(origins=("sputniknews.com",)), ["a"]),
    (EventQuery(langs=("fr",)), ["a"]),
    (EventQuery(langs=("en",)), ["a", "b"]),
    (EventQuery(precisions=("admin1",)), ["b"]),
    (EventQuery(admin1=("Homs Governorate",)), ["c"]),
    (EventQuery(countries=("SY",)), ["a", "b", "c"]),
    (EventQuery(min_fatalities=1), ["a"]),
    # text: a source sentence, literal and in any case, or the event's place, actors, type
    (EventQuery(text="voitures piégées"), ["a"]),
    (EventQuery(text="(a+b)"), ["a"]),
    (EventQuery(text="a strike hit"), ["b"]),
    (EventQuery(text="homs"), ["c"]),
    (EventQuery(text="us-led"), ["b"]),
    (EventQuery(text="  "), ["a", "b", "c"]),
    # (south, west, north, east): inside it, and an event without a place is outside
    (EventQuery(bbox=(36.0, 40.0, 37.0, 41.5)), ["a"]),
    (EventQuery(bbox=(34.0, 40.0, 37.0, 41.5)), ["a", "b"]),
])
def test_every_field(query, expected):
    assert uids(query) == expected


def test_background_events_only_on_request():
    df = events()
    df["reported"] = [True, False, True]
    assert list(select(df, EventQuery(), sources_of())["uid"]) == ["a", "c"]
    assert list(select(df, EventQuery(background=True), sources_of())["uid"]) == ["a", "b", "c"]
    # matching is select without the window: the dashboard's frame while the window moves
    windowed = EventQuery(start=date(2022, 1, 1), end=date(2022, 1, 31), background=True)
    assert list(matching(df, windowed, sources_of())["uid"]) == ["a", "b", "c"]
    assert list(select(df, windowed, sources_of())["uid"]) == ["a", "b"]


def test_url_parameters_round_trip_and_never_fail():
    query = EventQuery(start=date(2022, 1, 1), end=date(2022, 1, 31), types=("Battles",), subtypes=("Armed clash",),
                       actors=("IS",), origins=("ucdp",), langs=("fr",), precisions=("point",), admin1=("x",),
                       countries=("SY",), min_fatalities=5, text="voitures", background=True)
    assert EventQuery.from_params(query.to_params()) == query
    assert EventQuery().to_params() == {}
    odd = EventQuery.from_params({"from": "yesterday", "to": "2022-13-40", "minfat": "lots", "q": "x" * 1000})
    assert odd.start is None and odd.end is None and odd.min_fatalities == 0 and len(odd.text) == 200
    swapped = EventQuery.from_params({"from": "2022-02-01", "to": "2022-01-01"})
    assert (swapped.start, swapped.end) == (date(2022, 1, 1), date(2022, 2, 1))


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "40,10,30,20", "10,50,20,40", "-95,0,10,10", "nan,1,2,3"])
def test_bad_bbox_is_one_line(text):
    with pytest.raises(InvalidInputError) as info:
        parse_bbox(text)
    assert "\n" not in str(info.value)


def test_the_query_is_frozen():
    with pytest.raises(AttributeError):
        EventQuery().text = "x"  # type: ignore[misc]
