"""The merge decision (geo/merging.py): which stored event a new article report joins, at the
edges of its windows (a day, MERGE_KM, AREA_KM), and what the store's join changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from geo.events import AREA_KM, MERGE_DAYS, MERGE_KM, EventKey
from geo.extract.events import ArticleEvent
from geo.merging import StoredEvent, candidate_window, merge_target, report_key
from geo.models import Place, haversine_km
from geo.store.article_writes import joined_values

AIRSTRIKE = "Explosions/Remote violence"
BATTLE = "Battles"
DAY = date(2022, 1, 22)
HASAKAH = (36.5, 40.75)


def north_of(point: tuple[float, float], km: float) -> tuple[float, float]:
    """The point ``km`` due north of ``point`` (along a meridian the distance grows linearly)."""
    per_degree = haversine_km(point, (point[0] + 1.0, point[1]))
    return point[0] + km / per_degree, point[1]


def key(*, event_type: str = AIRSTRIKE, start: date | None = DAY, end: date | None = None,
        at: tuple[float, float] | None = HASAKAH, precision: str = "point",
        admin1: str = "Al-Hasakah Governorate", reported: bool = True) -> EventKey:
    lat, lon = at if at is not None else (None, None)
    return EventKey(event_type, start, end, lat, lon, precision, admin1, "SY", reported)


def stored(event_id: int = 1, **kwargs) -> StoredEvent:
    origin = kwargs.pop("origin", "articles")
    cites = kwargs.pop("cites_article", False)
    return StoredEvent(event_id, key(**kwargs), origin, cites)


def test_a_report_joins_the_matching_stored_event():
    match = stored(7)
    assert merge_target(key(), [match]) is match


def test_dates_one_day_apart_join_two_days_apart_do_not():
    assert MERGE_DAYS == timedelta(days=1)
    assert merge_target(key(start=DAY + timedelta(days=1)), [stored()]) is not None
    assert merge_target(key(start=DAY - timedelta(days=1)), [stored()]) is not None
    assert merge_target(key(start=DAY + timedelta(days=2)), [stored()]) is None
    assert merge_target(key(start=DAY - timedelta(days=2)), [stored()]) is None


def test_a_stored_period_is_touched_at_either_end_within_a_day():
    week = stored(start=DAY, end=DAY + timedelta(days=6))
    assert merge_target(key(start=DAY + timedelta(days=7)), [week]) is week
    assert merge_target(key(start=DAY + timedelta(days=8)), [week]) is None
    assert merge_target(key(start=DAY - timedelta(days=3), end=DAY - timedelta(days=1)), [week]) is week
    assert merge_target(key(start=DAY - timedelta(days=3), end=DAY - timedelta(days=2)), [week]) is None


def test_the_candidate_window_is_the_report_widened_by_a_day():
    assert candidate_window(key()) == (DAY - MERGE_DAYS, DAY + MERGE_DAYS)
    assert candidate_window(key(end=DAY + timedelta(days=3))) == (DAY - MERGE_DAYS, DAY + timedelta(days=4))


def test_points_within_the_merge_radius_join_beyond_it_do_not():
    inside, outside = north_of(HASAKAH, MERGE_KM - 0.1), north_of(HASAKAH, MERGE_KM + 0.1)
    assert haversine_km(HASAKAH, inside) < MERGE_KM < haversine_km(HASAKAH, outside)
    assert merge_target(key(at=inside), [stored()]) is not None
    assert merge_target(key(at=outside), [stored()]) is None


def test_two_points_in_one_governorate_beyond_the_radius_are_two_events():
    # the first-level area joins an area-level report only, never two points
    far = north_of(HASAKAH, 40)
    assert merge_target(key(at=far), [stored()]) is None


def test_an_area_report_joins_a_point_in_its_area_within_area_km():
    area = stored(precision="admin1")
    inside, outside = north_of(HASAKAH, AREA_KM - 1), north_of(HASAKAH, AREA_KM + 1)
    assert merge_target(key(at=inside), [area]) is area
    assert merge_target(key(at=outside), [area]) is None
    # not in its area: only the radius counts
    assert merge_target(key(at=north_of(HASAKAH, 40), admin1="Ar-Raqqah Governorate"), [area]) is None


def test_two_area_reports_of_one_area_join_at_any_distance():
    area = stored(precision="admin1")
    assert merge_target(key(at=north_of(HASAKAH, AREA_KM + 50), precision="district"), [area]) is area


def test_another_type_or_standing_is_another_event():
    assert merge_target(key(event_type=BATTLE), [stored()]) is None
    assert merge_target(key(reported=False), [stored()]) is None
    assert merge_target(key(reported=False), [stored(reported=False)]) is not None


def test_dataset_events_and_events_of_the_same_article_are_never_joined():
    assert merge_target(key(), [stored(origin="acled")]) is None
    assert merge_target(key(), [stored(cites_article=True)]) is None


def test_the_oldest_matching_candidate_wins():
    first, second = stored(3), stored(5)
    assert merge_target(key(), [stored(1, event_type=BATTLE), first, second]) is first


@pytest.mark.parametrize("report", [key(start=None), key(at=None)])
def test_an_undated_or_unplaced_report_is_a_new_event(report):
    assert candidate_window(report) is None
    assert merge_target(report, [stored(start=None), stored(at=None), stored()]) is None


def article_event(**kwargs) -> ArticleEvent:
    values = dict(event_type=AIRSTRIKE, sub_event_type="Air/drone strike", date_start=DAY, date_end=None,
                  date_precision="day", actors=["SDF"], fatalities=5,
                  place=Place("Al-Hasakah", *HASAKAH, country_code="SY", admin1="Al-Hasakah Governorate",
                              feature="PPLA", source="geonames", geonameid=173811),
                  place_precision="point", confidence=0.5)
    return ArticleEvent(**{**values, **kwargs})


def test_report_key_reads_the_article_event():
    assert report_key(article_event()) == key()
    assert report_key(article_event(place=None, place_precision=None)) == EventKey(
        AIRSTRIKE, DAY, None, None, None, None, None, None, True)


def stored_row(**kwargs) -> dict:
    row = dict(confidence=0.5, user_edited=False, deleted=False, actors=["Turkey"], fatalities=3,
               sub_event_type=None, place_precision="admin1", date_precision="month")
    return {**row, **kwargs}


def test_a_joined_event_takes_the_larger_toll_the_better_place_and_date():
    changes = joined_values(stored_row(), article_event())
    assert changes["confidence"] == 0.75
    assert changes["actors"] == ["Turkey", "SDF"]
    assert changes["fatalities"] == 5
    assert changes["sub_event_type"] == "Air/drone strike"
    assert (changes["place_name"], changes["place_precision"]) == ("Al-Hasakah", "point")
    assert (changes["date_start"], changes["date_precision"]) == ("2022-01-22", "day")


def test_a_joined_event_keeps_what_is_already_better():
    changes = joined_values(stored_row(fatalities=9, sub_event_type="Shelling", place_precision="point",
                                       date_precision="day"), article_event())
    assert "fatalities" not in changes and "sub_event_type" not in changes
    assert "place_name" not in changes and "date_start" not in changes


def test_an_event_a_user_corrected_only_gains_confidence():
    for row in (stored_row(user_edited=True), stored_row(deleted=True)):
        assert set(joined_values(row, article_event())) == {"confidence", "updated_at"}
