"""The timeline's span: from the reported, placed events, without a long tail squeezing it.

The slider spans the days of the events the map shows: the reported ones (the background ones
only when they are shown) that have a place.  A few events far before (or after) all the others,
such as one dated 1989 in a file of this year's events, would stretch it over decades and leave
the window in the slider's last pixels: they are the span's *tail*, kept out of the slider's
span until the analyst asks for the whole timeline.  A tail is at most :data:`TAIL_SHARE` of the
events (one at least, in a span of :data:`TAIL_MIN_EVENTS` or more), set apart from the others
by a gap longer than the others' whole span; events spread evenly over decades have none.

Pure: pandas only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from dashboard.filters import time_span
from geo.query import reported_mask

#: the largest share of a span's events its tail may hold
TAIL_SHARE = 0.01
#: fewer dated events than this have no tail (all of them are the span)
TAIL_MIN_EVENTS = 20


@dataclass(frozen=True)
class Span:
    """The slider's span (``lo``..``hi``, without the tail) and the whole one (``first``..``last``),
    with how many events lie before ``lo`` and after ``hi``."""

    lo: date
    hi: date
    first: date
    last: date
    before: int = 0
    after: int = 0

    @property
    def tail(self) -> int:
        return self.before + self.after

    def bounds(self, whole: bool) -> tuple[date, date]:
        """The slider's span: the whole one when ``whole``, else without the tail."""
        return (self.first, self.last) if whole else (self.lo, self.hi)


def shown_for_span(events: pd.DataFrame, background: bool) -> pd.DataFrame:
    """The events the span is taken from: the placed ones that are reported (or any, with the
    background shown); all of those when none has a place (the span is then theirs)."""
    shown = events if background else events[reported_mask(events)]
    placed = shown[shown["lat"].notna() & shown["lon"].notna()]
    return placed if placed["start"].notna().any() else shown


def _tail_length(days: np.ndarray) -> int:
    """How many of the sorted ``days`` (ascending) form an early tail (see the module)."""
    n = len(days)
    if n < TAIL_MIN_EVENTS:
        return 0
    longest = max(1, int(n * TAIL_SHARE))
    cut = 0
    for k in range(1, longest + 1):
        if days[k] - days[k - 1] > days[-1] - days[k]:
            cut = k
    return cut


def timeline_span(events: pd.DataFrame, background: bool = False, today: date | None = None) -> Span:
    """The span of :func:`shown_for_span`'s events, and its tail (see the module)."""
    shown = shown_for_span(events, background).dropna(subset=["start"])
    first, last = time_span(shown, today)
    if shown.empty:
        return Span(first, last, first, last)
    starts = shown["start"].to_numpy().astype("datetime64[D]").astype("int64")
    ends = shown["end"].fillna(shown["start"]).to_numpy().astype("datetime64[D]").astype("int64")
    ends = np.maximum(starts, ends)  # an end before its start counts as the start
    sorted_starts = np.sort(starts)
    before = _tail_length(sorted_starts)
    sorted_ends = np.sort(ends)
    after = _tail_length(-sorted_ends[::-1])
    lo = _day(sorted_starts[before]) if before else first
    hi = _day(sorted_ends[len(sorted_ends) - 1 - after]) if after else last
    # lo <= hi: an event in neither tail (there are some: each tail is at most 1 %) lies inside
    return Span(lo, hi, first, last, before, after)


def _day(days: np.int64) -> date:
    return pd.Timestamp(np.datetime64(int(days), "D")).date()
