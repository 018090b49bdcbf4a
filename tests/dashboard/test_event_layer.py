"""EventMarkers and its time-window following: what it accepts, what it sends the browser."""

import json
from datetime import date

import pytest

from dashboard.event_layer import COLUMNS, SLIDER_DAY, EventMarkers, TimeFollow, day_number, marker_data
from dashboard.mapview import FOLLOW_MAX, following_data, grid
from geo.taxonomy import TYPE_COLORS


@pytest.fixture
def sample_frames(sample_store):
    from dashboard.data.view_model import view_frames
    from geo.store import Store

    with Store.open(str(sample_store)) as store:
        return view_frames(store)


def columns(n: int = 2, **extra) -> dict:
    base = {c: [""] * n for c in COLUMNS}
    base.update(lat=[36.5, 35.3][:n], lon=[40.7, 40.1][:n], type=["Battles"] * n, r=[5.0] * n, approx=[0] * n,
                uid=[f"e{i}" for i in range(n)], src=[[] for _ in range(n)])
    base.update(extra)
    return base


def test_day_numbers_match_the_browser_unit():
    assert day_number(date(1970, 1, 1)) == 0
    assert day_number(date(2022, 1, 20)) == 19012
    # Streamlit's date slider: microseconds since 1970, one day per step
    assert SLIDER_DAY == 24 * 3600 * 1_000_000


def test_following_needs_day_columns_in_order():
    follow = TimeFollow(lo=date(2021, 1, 1), hi=date(2022, 1, 1))
    with pytest.raises(ValueError, match="t0 and t1"):
        marker_data(TYPE_COLORS, columns(), follow=follow)
    with pytest.raises(ValueError, match="ends before it starts"):
        marker_data(TYPE_COLORS, columns(t0=[19000, 19010], t1=[19001, 19009]), follow=follow)
    data = marker_data(TYPE_COLORS, columns(t0=[19000, 19005], t1=[19001, 19009]), follow=follow)
    payload = json.loads(data.payload)
    assert payload["t0"] == [19000, 19005] and payload["t1"] == [19001, 19009]
    options = json.loads(data.follow)
    assert options["lo"] == day_number(date(2021, 1, 1)) and options["from"] == "from"


def test_time_follow_options_are_validated():
    with pytest.raises(ValueError, match="starts after it ends"):
        TimeFollow(lo=date(2022, 1, 2), hi=date(2022, 1, 1))
    with pytest.raises(ValueError, match="URL parameter"):
        TimeFollow(lo=date(2022, 1, 1), hi=date(2022, 1, 2), url_from="from&x=<script>")


def test_without_following_every_marker_is_added_and_no_window_code_is_sent():
    element = EventMarkers(TYPE_COLORS, columns())
    assert element.follow == "" and element.count == 2
    following = EventMarkers.of(marker_data(TYPE_COLORS, columns(t0=[1, 2], t1=[1, 2]),
                                            follow=TimeFollow(lo=date(1970, 1, 2), hi=date(1970, 1, 3))))
    assert following.count == 2 and '"unit"' in following.follow


def test_following_data_takes_dated_placed_events_only(sample_frames):
    events, sources = sample_frames
    data = following_data(events, sources, TimeFollow(lo=date(2021, 10, 1), hi=date(2022, 1, 22)))
    payload = json.loads(data.payload)
    dated = events.dropna(subset=["lat", "lon", "start"])
    assert data.count == len(dated) == 7
    assert min(payload["t0"]) == day_number(date(2021, 10, 1))
    assert all(a <= b for a, b in zip(payload["t0"], payload["t1"], strict=True))
    assert FOLLOW_MAX >= 10_000


def test_grid_cells_count_every_event_and_name_the_commonest_type():
    import pandas as pd

    view = pd.DataFrame({
        "lat": [36.01, 36.02, 36.03, 35.51], "lon": [40.01, 40.02, 40.03, 39.51],
        "event_type": ["Battles", "Protests", "Protests", "Riots"], "fatalities": [1, 2, None, 4],
        "uid": list("abcd"),
    })
    cells = grid(view, cell_degrees=0.5).sort_values("cy")
    assert cells["count"].tolist() == [1, 3]
    assert cells["top"].tolist() == ["Riots", "Protests"]
    assert cells["fatalities"].tolist() == [4, 3]
