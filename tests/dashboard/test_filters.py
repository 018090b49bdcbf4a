"""Filter state: URL round trip and application to events (pure functions)."""

import html
import re
from datetime import date

import pandas as pd
import pytest

from dashboard.filters import Filters, apply, from_query, shifted, snippet_matches, to_query
from dashboard.text import WORD_JOINER, markdown_literal

#: what GFM's autolink literals make links of, in text already unescaped (as remark-gfm finds them)
GFM_AUTOLINK = re.compile(r"(https?://|www\.)[-.\w]+|[-.\w+]+@[-\w]+(\.[-\w]+)+", re.IGNORECASE)

def events() -> pd.DataFrame:
    rows = [
        ("a", "2022-01-20", "2022-01-20", "Battles", "Armed clash", "Islamic State; Syrian Democratic Forces", 10,
         "point", "Al-Hasakah Governorate", "SY", "articles", "en, fr", "sputniknews.com"),
        ("b", "2022-01-04", "2022-01-04", "Explosions/Remote violence", "Air/drone strike", "US-led coalition", None,
         "admin1", "Deir ez-Zor Governorate", "SY", "articles", "en", ""),
        ("c", "2021-10-01", "2021-10-31", "Explosions/Remote violence", "", "", 0, "point",
         "Homs Governorate", "SY", "ucdp", "", ""),
    ]
    df = pd.DataFrame(rows, columns=["uid", "date_start", "date_end", "event_type", "sub_event_type", "actors",
                                     "fatalities", "place_precision", "admin1", "country_code", "origin", "langs",
                                     "outlets"])
    df["id"] = range(1, 4)
    df["start"], df["end"] = pd.to_datetime(df["date_start"]), pd.to_datetime(df["date_end"])
    return df


def test_url_round_trip():
    f = Filters(start=date(2022, 1, 1), end=date(2022, 1, 31), types=("Battles", "Explosions/Remote violence"),
                actors=("Islamic State",), min_fatalities=5, text="voitures piégées", heat=True, selected="abc")
    assert from_query(to_query(f)) == f
    assert to_query(Filters()) == {}


def test_malformed_query_is_ignored_not_fatal():
    f = from_query({"from": "yesterday", "to": "2022-13-40", "minfat": "lots", "type": "", "q": "x" * 1000})
    assert f.start is None and f.end is None and f.min_fatalities == 0 and f.types == () and len(f.text) == 200
    swapped = from_query({"from": "2022-02-01", "to": "2022-01-01"})
    assert (swapped.start, swapped.end) == (date(2022, 1, 1), date(2022, 2, 1))


def test_time_window_is_overlap():
    df = events()
    view = apply(df, Filters(start=date(2021, 10, 15), end=date(2022, 1, 5)))
    assert list(view["uid"]) == ["b", "c"]


def test_every_filter():
    df = events()
    assert list(apply(df, Filters(types=("Battles",)))["uid"]) == ["a"]
    assert list(apply(df, Filters(subtypes=("Air/drone strike",)))["uid"]) == ["b"]
    assert list(apply(df, Filters(actors=("US-led coalition",)))["uid"]) == ["b"]
    assert list(apply(df, Filters(origins=("ucdp",)))["uid"]) == ["c"]
    assert list(apply(df, Filters(origins=("sputniknews.com",)))["uid"]) == ["a"]
    assert list(apply(df, Filters(langs=("fr",)))["uid"]) == ["a"]
    assert list(apply(df, Filters(precisions=("admin1",)))["uid"]) == ["b"]
    assert list(apply(df, Filters(admin1=("Homs Governorate",)))["uid"]) == ["c"]
    assert list(apply(df, Filters(min_fatalities=1))["uid"]) == ["a"]
    assert list(apply(df, Filters(text="x"), {3})["uid"]) == ["c"]


def test_snippet_search_is_literal_and_case_insensitive():
    sources = pd.DataFrame({"event_id": [1, 2], "sentence": ["Deux VOITURES piégées (a+b)", "Clashes"]})
    assert snippet_matches(sources, "voitures piégées") == {1}
    assert snippet_matches(sources, "(a+b)") == {1}
    assert snippet_matches(sources, "  ") == set()


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

    df = events()
    df["reported"] = [True, True, False]  # "c": an old act the articles recall
    assert list(apply(df, Filters())["uid"]) == ["a", "b"]
    assert list(apply(df, Filters(background=True))["uid"]) == ["a", "b", "c"]
    assert list(apply(df, Filters(types=("Explosions/Remote violence",)))["uid"]) == ["b"]
    assert background_count(df) == 1
    assert time_span(df[reported_mask(df)]) == (date(2022, 1, 4), date(2022, 1, 20))
    assert to_query(Filters(background=True)) == {"bg": "1"} and from_query({"bg": "1"}).background
    assert not from_query({}).background
    # a frame without the column (made before it existed) holds reported events only
    assert len(apply(events(), Filters())) == 3
