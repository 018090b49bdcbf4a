"""Filter state: URL round trip and application to events (pure functions)."""

import html
import re
from datetime import date

import pytest

from dashboard.filters import Filters, from_query, shifted, to_query
from dashboard.text import WORD_JOINER, markdown_literal
from geo.query import EventQuery, select
from tests.geo.test_query import events, sources_of

#: what GFM's autolink literals make links of, in text already unescaped (as remark-gfm finds them)
GFM_AUTOLINK = re.compile(r"(https?://|www\.)[-.\w]+|[-.\w+]+@[-\w]+(\.[-\w]+)+", re.IGNORECASE)

def test_url_round_trip():
    f = Filters(start=date(2022, 1, 1), end=date(2022, 1, 31), types=("Battles", "Explosions/Remote violence"),
                subtypes=("Armed clash",), actors=("Islamic State",), origins=("ucdp",), langs=("fr",),
                precisions=("point",), admin1=("Homs Governorate",), countries=("SY",), min_fatalities=5,
                text="voitures piégées", background=True, heat=True, selected="abc")
    assert from_query(to_query(f)) == f
    assert to_query(Filters()) == {}
    # the view state is an event query: the map, the counts and the exports apply it as it is
    assert isinstance(f, EventQuery) and f.to_params().items() <= to_query(f).items()


def test_malformed_query_is_ignored_not_fatal():
    f = from_query({"from": "yesterday", "to": "2022-13-40", "minfat": "lots", "type": "", "q": "x" * 1000})
    assert f.start is None and f.end is None and f.min_fatalities == 0 and f.types == () and len(f.text) == 200
    swapped = from_query({"from": "2022-02-01", "to": "2022-01-01"})
    assert (swapped.start, swapped.end) == (date(2022, 1, 1), date(2022, 2, 1))


def test_shifted_windows_stay_in_range():
    lo, hi = date(2021, 1, 1), date(2021, 12, 31)
    f = Filters(start=date(2021, 3, 1), end=date(2021, 3, 31))
    assert (shifted(f, 1, lo, hi).start, shifted(f, 1, lo, hi).end) == (date(2021, 4, 1), date(2021, 5, 1))
    end = shifted(Filters(start=date(2021, 12, 1), end=date(2021, 12, 20)), 1, lo, hi)
    assert end.end == hi and (end.end - end.start).days == 19
    start = shifted(Filters(start=date(2021, 1, 5), end=date(2021, 1, 10)), -1, lo, hi)
    assert start.start == lo


@pytest.mark.parametrize("value", [
    "[click](javascript:alert(1))", "<img src=x onerror=alert(1)>", "**Armed clash** _x_ `code`",
    ":red[Battles] $x^2$ ~~gone~~ a\\b", "Al-Hasakah (Syria) # 1. + - | > !", "https://example.org/a_b",
    "![b](http://evil.example/b.png) [x](https://evil.example/login)", "www.evil.example", "mail me@evil.example",
])
def test_markdown_literal_shows_data_values_as_written(value):
    from markdown_it import MarkdownIt

    # what Streamlit's Markdown (CommonMark) makes of it: the text itself, nothing else
    rendered = MarkdownIt("commonmark").renderInline(markdown_literal(value))
    assert rendered.replace(WORD_JOINER, "") == html.escape(value, quote=False)
    # nor a bare URL or address that GFM (Streamlit's Markdown) would make a link of
    assert not GFM_AUTOLINK.search(rendered), rendered


def test_background_events_are_hidden_unless_asked_for():
    """Background events (history, running tolls) are left out of every view, its time span and
    its counts by default; the filter shows them, says how many there are, and survives a link."""
    from dashboard.filters import background_count, reported_mask, time_span

    df, sources = events(), sources_of()
    df["reported"] = [True, True, False]  # "c": an old act the articles recall
    assert list(select(df, Filters(), sources)["uid"]) == ["a", "b"]
    assert list(select(df, Filters(background=True), sources)["uid"]) == ["a", "b", "c"]
    assert list(select(df, Filters(types=("Explosions/Remote violence",)), sources)["uid"]) == ["b"]
    assert background_count(df) == 1
    assert time_span(df[reported_mask(df)]) == (date(2022, 1, 4), date(2022, 1, 20))
    assert to_query(Filters(background=True)) == {"bg": "1"} and from_query({"bg": "1"}).background
    assert not from_query({}).background
    # a frame without the column (made before it existed) holds reported events only
    assert len(select(events(), Filters(), sources)) == 3
