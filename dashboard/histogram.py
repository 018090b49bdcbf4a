"""The timeline's histogram as plain HTML: events per time bin, stacked by event type.

Drawn here rather than with Vega-Lite: the page then loads no charting library (some 0.8 MB
of JavaScript to fetch and compile before the map can paint), and the chart is plain markup
(positioned boxes: Streamlit's ``st.html`` keeps HTML but drops SVG).  Every label is escaped;
each bar carries its date, type and count as a native tooltip (``title``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import numpy as np
import pandas as pd

from dashboard.filters import histogram_bins
from dashboard.text import html_text
from geo.query import within
from geo.taxonomy import OTHER_TYPE_COLOR, TYPE_COLORS

WIDTH = 1000  # units of the time axis (bars are placed in percent of it)
#: the bars' height in the strip over the map's time slider (pixels)
STRIP_HEIGHT = 30
#: the strip's own compositing layer: its few hundred gradient bars are painted once, not again
#: with the slider right under it and the counts above it, which every move of the window redraws
#: (the strip itself is drawn by the page, outside that fragment: README, "For speed")
OWN_LAYER = "will-change:transform"


def histogram_freq(lo: date, hi: date) -> str:
    """The bin of a span: days up to 120 days, weeks up to 1,500, else months."""
    days = (hi - lo).days
    return "D" if days <= 120 else "W-MON" if days <= 1500 else "MS"


def histogram_strip(events: pd.DataFrame, lo: date, hi: date, colors: Mapping[str, str] = TYPE_COLORS) -> str:
    """The strip over the time slider: ``events`` of the span ``lo``..``hi`` per bin, by type
    (events outside the span, as the timeline's tail, are left out)."""
    freq = histogram_freq(lo, hi)
    return histogram_html(histogram_bins(within(events, lo, hi), freq), lo, hi, freq, colors, height=STRIP_HEIGHT)


def bin_end(starts: pd.Series, freq: str) -> pd.Series:
    """The day after each bin (bins of :func:`dashboard.filters.histogram_bins`)."""
    if freq == "D":
        return starts + pd.Timedelta(days=1)
    if freq == "W-MON":
        return starts + pd.Timedelta(days=7)
    if freq == "MS":
        return starts + pd.offsets.MonthBegin(1)
    raise ValueError(f"unsupported histogram frequency {freq!r}")


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Tick dates and labels: years over long spans, months over shorter ones."""
    if (hi - lo).days > 3 * 365:
        return [(date(y, 1, 1), str(y)) for y in range(lo.year + (lo > date(lo.year, 1, 1)), hi.year + 1)]
    months = pd.date_range(pd.Timestamp(lo) + pd.offsets.MonthBegin(0), pd.Timestamp(hi), freq="MS")
    step = max(1, len(months) // 12)
    return [(m.date(), m.strftime("%b %Y" if m.month == 1 or i == 0 else "%b"))
            for i, m in enumerate(months) if i % step == 0]


def histogram_html(binned: pd.DataFrame, lo: date, hi: date, freq: str, colors: Mapping[str, str],
                   *, height: int = 110) -> str:
    """HTML (an SVG and its axis labels) for bins with columns start, event_type, events."""
    span = max(1, (hi - lo).days + 1)
    x0 = pd.Timestamp(lo)

    def x(stamps: pd.Series | pd.Timestamp) -> np.ndarray | float:
        return (stamps - x0) / pd.Timedelta(days=1) * WIDTH / span

    bars: list[str] = []
    peak = 0
    if len(binned):
        order = {t: i for i, t in enumerate(colors)}
        data = binned.assign(rank=binned["event_type"].map(order).fillna(len(order)))
        data = data.sort_values(["start", "rank", "event_type"], kind="stable")
        data["top"] = data.groupby("start")["events"].cumsum()
        peak = int(data.groupby("start")["events"].sum().max())
        scale = (height - 2) / peak
        # one box per bin, its types stacked as bands of a gradient (a few hundred boxes rather
        # than thousands), its tooltip listing each type's count
        starts = pd.Series(data["start"].unique())
        ends = dict(zip(starts, bin_end(starts, freq), strict=True))
        groups: dict[pd.Timestamp, list[tuple[str, int]]] = {}
        for start_day, t, n in zip(data["start"], data["event_type"], data["events"].astype(int), strict=True):
            groups.setdefault(start_day, []).append((t, n))
        for start_day, members in groups.items():
            total = sum(n for _, n in members)
            a, b = float(x(start_day)), float(x(ends[start_day]))
            bands, tip, low = [], [f"{start_day:%Y-%m-%d}: {total:,} event{'s' * (total != 1)}"], 0.0
            for t, n in members:
                high = low + 100 * n / total
                bands.append(f"{html_text(colors.get(t, OTHER_TYPE_COLOR))} {low:.2f}% {high:.2f}%")
                tip.append(f"{t}: {n:,}")
                low = high
            label = html_text("\n".join(tip))
            bars.append(f'<div title="{label}" style="position:absolute;left:{a / WIDTH * 100:.3f}%;'
                        f'width:{max(b - a + 0.05, 0.3) / WIDTH * 100:.3f}%;bottom:0;height:{max(total * scale, 0.5):.1f}px;'
                        f'background:linear-gradient(to top,{",".join(bands)})"></div>')

    def tick(d: date, text: str) -> str:
        at = 100 * float(x(pd.Timestamp(d))) / WIDTH
        shift = "0" if at < 3 else "-100%" if at > 97 else "-50%"  # labels at the edges stay inside
        return (f'<span style="position:absolute;left:{at:.2f}%;transform:translateX({shift});'
                f'white-space:nowrap">{html_text(text)}</span>')

    ticks = "".join(tick(d, text) for d, text in _ticks(lo, hi))
    return (
        f'<div class="cm-histogram" style="font:10px/1.15 sans-serif;color:#555;{OWN_LAYER}">'
        f'<div style="display:flex;justify-content:space-between"><span>events per '
        f'{ {"D": "day", "W-MON": "week", "MS": "month"}[freq] }, by type</span><span>max {peak:,}</span></div>'
        f'<div role="img" aria-label="events over time" style="position:relative;height:{height}px;'
        f'border-bottom:1px solid #bbb">{"".join(bars)}</div>'
        f'<div style="position:relative;height:12px;margin-top:1px">{ticks}</div></div>'
    )
