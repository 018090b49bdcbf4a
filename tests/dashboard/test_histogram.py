"""The timeline histogram: bins stacked by type as plain, escaped HTML."""

import re
from datetime import date

import pandas as pd

from dashboard.filters import histogram_bins
from dashboard.histogram import bin_end, histogram_html
from geo.taxonomy import TYPE_COLORS


def events(rows):
    return pd.DataFrame({"start": pd.to_datetime([r[0] for r in rows]), "event_type": [r[1] for r in rows]})


def test_every_bin_is_a_bar_of_its_types_with_their_counts():
    frame = events([("2022-01-03", "Battles"), ("2022-01-04", "Battles"), ("2022-01-05", "Protests"),
                    ("2022-01-20", "Battles")])
    html = histogram_html(histogram_bins(frame, "W-MON"), date(2022, 1, 3), date(2022, 1, 23), "W-MON", TYPE_COLORS)
    titles = re.findall(r'title="([^"]+)"', html)
    assert titles == ["2022-01-03: 3 events\nBattles: 2\nProtests: 1", "2022-01-17: 1 event\nBattles: 1"]
    # the first week's box: Battles (2 of 3) below Protests
    assert f"{TYPE_COLORS['Battles']} 0.00% 66.67%,{TYPE_COLORS['Protests']} 66.67% 100.00%" in html
    assert "max 3" in html and "events per week" in html
    assert html.count(TYPE_COLORS["Battles"]) == 2 and html.count(TYPE_COLORS["Protests"]) == 1
    # the first week spans a third of the 21 days
    widths = [float(w) for w in re.findall(r"width:([0-9.]+)%", html)]
    assert abs(widths[0] - 100 / 3) < 0.1


def test_labels_are_escaped_and_unknown_types_are_grey():
    frame = events([("2022-01-03", '<img src=x onerror="alert(1)">')])
    html = histogram_html(histogram_bins(frame, "D"), date(2022, 1, 1), date(2022, 1, 10), "D", TYPE_COLORS)
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "#7f7f7f" in html


def test_axis_labels_follow_the_span():
    long = histogram_html(pd.DataFrame(columns=["start", "event_type", "events"]), date(2012, 3, 1),
                          date(2021, 12, 31), "MS", TYPE_COLORS)
    assert [t for t in re.findall(r">(\d{4})</span>", long)] == [str(y) for y in range(2013, 2022)]
    short = histogram_html(pd.DataFrame(columns=["start", "event_type", "events"]), date(2021, 10, 1),
                           date(2022, 1, 22), "D", TYPE_COLORS)
    assert re.findall(r">([A-Z][a-z]{2}(?: \d{4})?)</span>", short) == ["Oct 2021", "Nov", "Dec", "Jan 2022"]


def test_month_bins_end_on_the_next_month():
    starts = pd.Series(pd.to_datetime(["2022-01-01", "2022-02-01"]))
    assert list(bin_end(starts, "MS").dt.strftime("%Y-%m-%d")) == ["2022-02-01", "2022-03-01"]
