"""Per article, how many events it reports and how many it only recalls (background), for the
Sources page."""

from __future__ import annotations

import pandas as pd

from dashboard.filters import reported_mask

__all__ = ["event_counts"]


def event_counts(article_ids: pd.Series, events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """For each of ``article_ids`` (in its order and index): ``reported`` and ``background``, the
    number of distinct events of each kind the article is a source of (an event counts for every
    article it comes from; one with no row in ``events`` counts as reported)."""
    counts = pd.DataFrame({"reported": 0, "background": 0}, index=article_ids.index)
    if sources.empty:
        return counts
    links = sources[["article_id", "event_id"]].drop_duplicates()
    background_ids = set(events.loc[~reported_mask(events), "id"]) if not events.empty else set()
    recalled = links["event_id"].isin(background_ids)
    for column, rows in (("reported", links[~recalled]), ("background", links[recalled])):
        per_article = rows.groupby("article_id")["event_id"].nunique()
        counts[column] = article_ids.map(per_article).fillna(0).astype(int)
    return counts

