"""The PDF briefing as one HTML document that Chromium prints on A4 landscape.

Page 1: the title and window, the map (a PNG of the export map, embedded), the legend and the
key figures (events, fatalities, by type, and the change against the earlier window: the
previous one of the same length, or the same window a year before); when the export compares
periods, the map also shows the change by first-level area and the page lists the areas with
their numbers and classes (:mod:`geo.trends`, drawn by :mod:`dashboard.trend_layer`).  Then the table of events (its header repeats on every page), then the list of
sources with their URLs.  Every piece of text is escaped here.  Past ``MAX_TABLE_ROWS`` events
the table lists the deadliest and says how many more the CSV export holds.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import pandas as pd

from dashboard.export.standalone import Frame
from dashboard.text import html_text, plain
from dashboard.trend_layer import TREND_COLORS, legend_rows
from geo.models import AREA_PRECISIONS
from geo.taxonomy import OTHER_TYPE_COLOR, TYPE_COLORS
from geo.trends import BASES, AreaTrends, change_text

MAX_TABLE_ROWS = 500
MAX_SOURCES = 500
#: the areas the first page lists (the most events in the window first)
MAX_AREAS = 7
#: each class as the first page's table of areas names it (one line in its narrow column)
TREND_SHORT = {"large increase": "large ↑", "moderate increase": "moderate ↑", "limited change": "limited",
               "large decrease": "large ↓", "low baseline": "low base"}
#: the figures table's heading of the earlier window
EARLIER_HEADINGS = {"previous": "previous", "year": "a year before"}

_STYLE = """
@page { size: A4 landscape; margin: 11mm 11mm 13mm 11mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #1b1b1b; }
h1 { font-size: 17pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 0 0 2mm; }
.sub { color: #444; margin-bottom: 3mm; }
.page1 { display: flex; gap: 5mm; height: 158mm; }
.map { flex: 0 0 196mm; }
.map img { width: 196mm; max-height: 150mm; border: 1px solid #999; display: block; }
.side { flex: 1; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.3mm solid #ccc; }
th { background: #eee; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
td.num, th.num { text-align: right; }
.figures td { border: none; padding: 0.6mm 1mm; }
.big { font-size: 15pt; font-weight: bold; }
.swatch { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; margin-right: 1.5mm; }
.approx { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; border: 0.4mm dashed #444; margin-right: 1.5mm; }
.section { page-break-before: always; }
.note { color: #555; font-size: 8.5pt; margin-top: 2mm; }
.sources td { font-size: 8.5pt; }
.url { word-break: break-all; color: #0645ad; }
.attr { color: #555; font-size: 8pt; margin-top: 2mm; }
.compared .map { flex: 0 0 172mm; }
.compared .map img { width: 172mm; }
.classes { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2mm; font-size: 8pt; }
.areas { table-layout: fixed; }
.areas td, .areas th { font-size: 7.5pt; padding: 0.4mm 0.8mm; white-space: nowrap; }
.areas td.name { overflow: hidden; text-overflow: ellipsis; }
.ring { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; border: 0.2mm solid #333; margin-right: 1.2mm; }
"""

FOOTER_TEMPLATE = ('<div style="font-size:7pt;color:#666;width:100%;padding:0 11mm;display:flex;'
                   'justify-content:space-between"><span>{title}</span><span>page '
                   '<span class="pageNumber"></span> of <span class="totalPages"></span></span></div>')


@dataclass(frozen=True)
class Figures:
    """Key figures of a window and of the window of the same length before it."""

    events: int
    fatalities: int
    approximate: int
    by_type: dict[str, int]
    previous_events: int | None
    previous_fatalities: int | None
    previous_by_type: dict[str, int]


def figures(view: pd.DataFrame, previous: pd.DataFrame | None) -> Figures:
    def by_type(frame: pd.DataFrame) -> dict[str, int]:
        return {str(k): int(v) for k, v in frame["event_type"].value_counts().items()}

    def deaths(frame: pd.DataFrame) -> int:
        return int(frame["fatalities"].fillna(0).sum())

    return Figures(
        events=len(view), fatalities=deaths(view),
        approximate=int(view["place_precision"].isin(AREA_PRECISIONS).sum()), by_type=by_type(view),
        previous_events=None if previous is None else len(previous),
        previous_fatalities=None if previous is None else deaths(previous),
        previous_by_type={} if previous is None else by_type(previous),
    )


def change(now: int, before: int | None) -> str:
    return "–" if before is None else change_text(now, before)


def _figures_table(f: Figures, basis: str = "previous") -> str:
    rows = [("Events", f.events, f.previous_events), ("Fatalities reported", f.fatalities, f.previous_fatalities)]
    out = ['<table class="figures"><tr><th></th><th class="num">this window</th>'
           f'<th class="num">{EARLIER_HEADINGS[basis]}</th><th class="num">change</th></tr>']
    for label, now, before in rows:
        out.append(f'<tr><td>{label}</td><td class="num big">{now:,}</td>'
                   f'<td class="num">{"–" if before is None else f"{before:,}"}</td>'
                   f'<td class="num">{change(now, before)}</td></tr>')
    types = sorted(set(f.by_type) | set(f.previous_by_type), key=lambda t: -f.by_type.get(t, 0))
    for t in types:
        now, before = f.by_type.get(t, 0), (f.previous_by_type.get(t, 0) if f.previous_events is not None else None)
        color = TYPE_COLORS.get(t, OTHER_TYPE_COLOR)
        out.append(f'<tr><td><span class="swatch" style="background:{color}"></span>{html_text(t)}</td>'
                   f'<td class="num">{now:,}</td><td class="num">{"–" if before is None else f"{before:,}"}</td>'
                   f'<td class="num">{change(now, before)}</td></tr>')
    out.append(f'<tr><td>Approximate places</td><td class="num">{f.approximate:,}</td><td></td><td></td></tr>')
    return "".join(out) + "</table>"


def _areas_table(areas: AreaTrends, basis: str, earlier: tuple) -> str:
    """The areas with the most events in the window: events now and before, change, class (one
    line each, long names cut with an ellipsis)."""
    shown = areas.areas.head(MAX_AREAS)
    rows = "".join(
        f'<tr><td class="name"><span class="ring" style="background:{TREND_COLORS[a.trend]}"></span>'
        f'{html_text(a.admin1)}</td><td class="num">{int(a.now):,}</td><td class="num">{int(a.before):,}</td>'
        f'<td class="num">{change_text(int(a.now), int(a.before))}</td><td>{TREND_SHORT[a.trend]}</td></tr>'
        for a in shown.itertuples(index=False))
    more = len(areas.areas) - len(shown)
    notes = [f"{more:,} more area{'s' if more != 1 else ''} on the map." if more > 0 else "",
             f"{areas.no_area_now:,} events in the window have no first-level area." if areas.no_area_now else ""]
    note = " ".join(n for n in notes if n)
    return (f'<h2 style="margin-top:3mm">Change by area</h2><div class="note">against {html_text(BASES[basis])} '
            f'<span style="white-space:nowrap">({earlier[0].isoformat()} – {earlier[1].isoformat()})</span></div>'
            '<table class="areas"><colgroup><col><col style="width:8mm"><col style="width:11mm">'
            '<col style="width:12mm"><col style="width:15mm"></colgroup><tr><th>Area</th><th class="num">now</th>'
            f'<th class="num">before</th><th class="num">change</th><th>class</th></tr>{rows}</table>'
            + (f'<div class="note">{note}</div>' if note else ""))


def _legend(compared: bool = False) -> str:
    """The map's legend: event types and, when the map compares periods, the classes of change
    instead (the types are then the key figures' swatches)."""
    if compared:
        items = "".join(f'<div><span class="ring" style="background:{c}"></span>{html_text(label)}</div>'
                        for c, label in legend_rows())
        return (f'<h2 style="margin-top:3mm">Legend</h2><div class="classes">{items}<div><span class="approx"></span>'
                "approximate event</div></div><div class=\"note\">size: fatalities (events), events (areas)</div>")
    items = "".join(f'<div><span class="swatch" style="background:{c}"></span>{html_text(t)}</div>' for t, c in TYPE_COLORS.items())
    return (f'<h2 style="margin-top:4mm">Legend</h2>{items}<div><span class="approx"></span>approximate '
            "(area centroid)</div><div>circle size: fatalities</div>")


def _when(row) -> str:
    start, end = plain(row.date_start, "undated"), plain(row.date_end)
    return f"{start} – {end}" if end and end != start else start


def _events_table(view: pd.DataFrame, sources: pd.DataFrame) -> str:
    shown = view
    note = ""
    if len(view) > MAX_TABLE_ROWS:
        shown = view.assign(_f=view["fatalities"].fillna(-1)).sort_values(["_f", "date_start"], ascending=[False, True])
        shown = shown.head(MAX_TABLE_ROWS)
        note = (f'<p class="note">The {MAX_TABLE_ROWS:,} events with the most fatalities of {len(view):,} in '
                f"this window; the CSV export lists all of them.</p>")
    shown = shown.sort_values(["date_start", "uid"], na_position="last")
    outlets = (sources.dropna(subset=["event_id"]).assign(o=sources["outlet"].fillna(sources["title"].fillna("?").str.slice(0, 60)))
               .groupby("event_id")["o"].agg(lambda s: ", ".join(dict.fromkeys(s))) if len(sources) else pd.Series(dtype=str))
    rows = []
    for r in shown.itertuples(index=False):
        fat = "" if pd.isna(r.fatalities) else f"{int(r.fatalities):,}"
        approx = " (approx.)" if r.place_precision in AREA_PRECISIONS else ""
        sub = plain(r.sub_event_type)
        kind = html_text(r.event_type) + (f"<br><span class='note'>{html_text(sub)}</span>" if sub else "")
        rows.append(f"<tr><td>{html_text(_when(r))}</td><td>{html_text(r.place_name)}{approx}</td><td>{kind}</td>"
                    f"<td>{html_text(r.actors)}</td><td class='num'>{fat}</td>"
                    f"<td>{html_text(outlets.get(r.id))}</td></tr>")
    return (f'<div class="section"><h2>Events ({len(view):,})</h2>{note}<table class="events"><thead><tr>'
            '<th style="width:24mm">Date</th><th style="width:40mm">Place</th><th style="width:45mm">Type</th>'
            '<th>Actors</th><th class="num" style="width:18mm">Fatalities</th><th style="width:45mm">Sources</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _sources_list(sources: pd.DataFrame) -> str:
    if sources.empty:
        return '<div class="section"><h2>Sources</h2><p>No article sources (imported or synthetic events only).</p></div>'
    articles = (sources.drop_duplicates("article_id").sort_values(["published", "article_id"], na_position="last"))
    note = ""
    if len(articles) > MAX_SOURCES:
        note = f'<p class="note">The first {MAX_SOURCES:,} of {len(articles):,} articles.</p>'
        articles = articles.head(MAX_SOURCES)
    rows = []
    for a in articles.itertuples(index=False):
        url = a.url if isinstance(a.url, str) and a.url.lower().startswith(("http://", "https://")) else ""
        rows.append(f"<tr><td>{html_text(a.published, 'undated')}</td><td>{html_text(a.outlet)}</td>"
                    f"<td>{html_text(a.lang, '?')}</td><td>{html_text(a.title, 'untitled')}</td>"
                    f"<td class='url'>{html_text(url)}</td></tr>")
    return (f'<div class="section"><h2>Sources ({len(sources.drop_duplicates("article_id")):,} articles)</h2>{note}'
            '<table class="sources"><thead><tr><th style="width:22mm">Published</th><th style="width:30mm">Outlet</th>'
            '<th style="width:12mm">Lang</th><th>Title</th><th style="width:90mm">URL</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def briefing_html(frame: Frame, map_png: bytes, view: pd.DataFrame, previous: pd.DataFrame | None,
                  sources: pd.DataFrame, *, basis: str = "previous", earlier: tuple | None = None,
                  areas: AreaTrends | None = None) -> str:
    f = figures(view, previous)
    by_area = _areas_table(areas, basis, earlier) if areas is not None and earlier is not None else ""
    image = "data:image/png;base64," + base64.b64encode(map_png).decode("ascii")
    prev_note = ("" if previous is not None else
                 '<p class="note">No previous window: the export covers all dates.</p>')
    stamp = frame.generated_at.strftime("%Y-%m-%d %H:%M %Z").strip()
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html_text(frame.title)}</title>
<style>{_STYLE}</style></head><body>
<h1>{html_text(frame.title)}</h1>
<div class="sub">{html_text(frame.window())} · {f.events:,} events · {f.fatalities:,} fatalities reported ·
generated {html_text(stamp)} by conflictmap {html_text(frame.version)}</div>
<div class="page1{' compared' if by_area else ''}"><div class="map"><img src="{image}" alt="map of the events">
<div class="attr">Map data © OpenStreetMap contributors (ODbL) · places © GeoNames (CC BY 4.0) ·
event sources: {html_text(", ".join(frame.outlets)) or "none"}</div></div>
<div class="side"><h2>Key figures</h2>{_figures_table(f, basis)}{prev_note}{by_area}{_legend(bool(by_area))}</div></div>
{_events_table(view, sources)}
{_sources_list(sources)}
</body></html>"""
