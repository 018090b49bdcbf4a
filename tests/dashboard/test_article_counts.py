"""The Sources page counts an article's reported events and, apart, the background ones it
recalls (dashboard.article_counts)."""

import pandas as pd

from dashboard.article_counts import event_counts


def test_background_events_are_counted_apart_from_reported_ones():
    events = pd.DataFrame({"id": [1, 2, 3, 4, 5], "reported": [True, True, False, False, True]})
    # article 10 reports 1 and 2 (2 told twice) and recalls 3 and 4; article 11 shares event 3 with
    # it; article 12 has no event; article 13 reports event 5
    sources = pd.DataFrame({"article_id": [10, 10, 10, 10, 10, 11, 13], "event_id": [1, 2, 2, 3, 4, 3, 5]})
    counts = event_counts(pd.Series([10, 11, 12, 13]), events, sources)
    assert counts.to_dict("list") == {"reported": [2, 0, 0, 1], "background": [2, 1, 0, 0]}


def test_counts_without_sources_or_without_the_reported_column():
    ids = pd.Series([7, 8])
    assert event_counts(ids, pd.DataFrame(columns=["id", "reported"]),
                        pd.DataFrame(columns=["article_id", "event_id"])).to_dict("list") == \
        {"reported": [0, 0], "background": [0, 0]}
    # a frame made before the column existed holds reported events only
    counts = event_counts(ids, pd.DataFrame({"id": [1]}), pd.DataFrame({"article_id": [8], "event_id": [1]}))
    assert counts.to_dict("list") == {"reported": [0, 1], "background": [0, 0]}
