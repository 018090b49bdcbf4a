"""Change per first-level area between two windows (geo.trends): class edges, the low-baseline
rule, the earlier window (previous or a year before), folding of area names, and centres."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from geo.errors import InvalidInputError
from geo.trends import (
    LOW_BASELINE_EVENTS,
    TRENDS,
    area_centres,
    area_trends,
    earlier_window,
    gazetteer_centres,
    trend_class,
)


def events(*rows: tuple[str | None, str | None, float | None, float | None, str]) -> pd.DataFrame:
    """An events frame of (country, admin1, lat, lon, day) rows, as the store gives them."""
    frame = pd.DataFrame(rows, columns=["country_code", "admin1", "lat", "lon", "date_start"])
    frame["start"] = pd.to_datetime(frame["date_start"])
    frame["end"] = frame["start"]
    return frame


def many(n: int, admin1: str, day: str, cc: str = "SY", lat: float = 36.2, lon: float = 37.1) -> list[tuple]:
    return [(cc, admin1, lat, lon, day)] * n


@pytest.mark.parametrize(("now", "before", "expected"), [
    (26, 20, "large increase"),      # +30 %
    (25, 20, "moderate increase"),   # exactly +25 %: moderate, not large
    (22, 20, "moderate increase"),   # exactly +10 %: moderate
    (21, 20, "limited change"),      # +5 %
    (20, 20, "limited change"),
    (15, 20, "limited change"),      # exactly -25 %: limited
    (14, 20, "large decrease"),      # -30 %
    (0, 20, "large decrease"),
    (5, 4, "low baseline"),          # +25 % of four events: one event
    (9, 0, "low baseline"),          # new area
    (3, LOW_BASELINE_EVENTS, "large decrease"),  # the rule is on the earlier window only
])
def test_classes_and_their_edges(now, before, expected):
    assert trend_class(now, before) == expected
    assert expected in TRENDS


def test_counts_per_area_with_numbers_classes_and_centres():
    now = events(*many(25, "Aleppo", "2024-03-05"), *many(3, "Idlib", "2024-03-02"),
                 *many(6, "Homs", "2024-03-09", lat=34.7, lon=36.7), ("SY", None, 35.0, 38.0, "2024-03-03"))
    before = events(*many(20, "Aleppo Governorate", "2024-02-25"), *many(10, "Homs", "2024-02-22", lat=34.7, lon=36.7),
                    *many(2, "Idlib", "2024-02-28"), ("SY", "", None, None, "2024-02-28"),
                    ("SY", None, None, None, "2024-02-27"))
    centres = {("SY", "aleppo"): (36.39, 37.30)}
    result = area_trends(now, before, centres)
    table = result.areas.set_index("admin1")
    assert list(result.areas["admin1"]) == ["Aleppo", "Homs", "Idlib"]  # by events now
    aleppo, homs, idlib = table.loc["Aleppo"], table.loc["Homs"], table.loc["Idlib"]
    # "Aleppo" (an import's spelling) and "Aleppo Governorate" (the gazetteer's) are one area
    assert (aleppo["now"], aleppo["before"], aleppo["change"], aleppo["trend"]) == (25, 20, 25.0, "moderate increase")
    assert (aleppo["lat"], aleppo["lon"], aleppo["centre"]) == (36.39, 37.30, "gazetteer")
    assert (homs["now"], homs["before"], homs["change"], homs["trend"]) == (6, 10, -40.0, "large decrease")
    assert (homs["lat"], homs["lon"], homs["centre"]) == (34.7, 36.7, "events")  # not in the gazetteer
    assert (idlib["now"], idlib["before"], idlib["trend"]) == (3, 2, "low baseline")
    assert (result.no_area_now, result.no_area_before) == (1, 2)


def test_a_new_area_has_no_percentage_and_one_country_does_not_take_anothers_area():
    now = events(*many(7, "Nineveh", "2024-03-05", cc="IQ"), *many(5, "Aleppo", "2024-03-05"))
    before = events(*many(5, "Aleppo", "2024-02-25"))
    result = area_trends(now, before, {("SY", "aleppo"): (36.39, 37.30), ("IQ", "aleppo"): (0.0, 0.0)})
    table = result.areas.set_index("admin1")
    assert math.isnan(table.loc["Nineveh", "change"]) and table.loc["Nineveh", "trend"] == "low baseline"
    assert (table.loc["Aleppo", "lat"], table.loc["Aleppo", "trend"]) == (36.39, "limited change")


def test_empty_windows_give_no_areas():
    result = area_trends(events(), events())
    assert result.areas.empty and (result.no_area_now, result.no_area_before) == (0, 0)


@pytest.mark.parametrize(("start", "end", "basis", "expected"), [
    (date(2024, 3, 1), date(2024, 3, 10), "previous", (date(2024, 2, 20), date(2024, 2, 29))),
    (date(2024, 3, 1), date(2024, 3, 1), "previous", (date(2024, 2, 29), date(2024, 2, 29))),
    (date(2024, 3, 1), date(2024, 3, 10), "year", (date(2023, 3, 1), date(2023, 3, 10))),
    (date(2024, 2, 29), date(2024, 3, 31), "year", (date(2023, 2, 28), date(2023, 3, 31))),
])
def test_earlier_window(start, end, basis, expected):
    assert earlier_window(start, end, basis) == expected


def test_year_earlier_window_counts_the_same_days_a_year_before():
    untimed = events(*many(12, "Hama", "2024-03-04"), *many(9, "Hama", "2023-03-04"),
                     *many(30, "Hama", "2024-02-20"))  # the previous window's, not a year before
    from geo.query import within

    start, end = date(2024, 3, 1), date(2024, 3, 10)
    result = area_trends(within(untimed, start, end), within(untimed, *earlier_window(start, end, "year")))
    row = result.areas.iloc[0]
    assert (row["admin1"], row["now"], row["before"], row["trend"]) == ("Hama", 12, 9, "large increase")


def test_unknown_basis_is_one_clear_error():
    with pytest.raises(InvalidInputError, match="unknown comparison 'month'"):
        earlier_window(date(2024, 3, 1), date(2024, 3, 2), "month")


def test_centres_are_keyed_by_folded_name_and_first_wins():
    centres = area_centres([("SY", "Raqqa Governorate", 35.9, 38.9), ("SY", "Raqqa", 1.0, 1.0),
                            ("FR", "Île-de-France", 48.7, 2.5), ("FR", "", 0.0, 0.0)])
    assert centres == {("SY", "raqqa"): (35.9, 38.9), ("FR", "ile de france"): (48.7, 2.5)}


def test_gazetteer_centres_hold_syrias_governorates(gazetteer_path, tmp_path):
    centres = gazetteer_centres(gazetteer_path)
    aleppo = centres[("SY", "aleppo")]
    assert 35.5 < aleppo[0] < 37.0 and 36.5 < aleppo[1] < 38.5
    assert ("SY", "deir zor") in centres and ("SY", "rif dimashq") in centres
    assert gazetteer_centres(tmp_path / "none.sqlite") == {}  # no gazetteer: areas placed by their events
