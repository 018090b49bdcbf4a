"""The table of the events in view, linked to the map.

A small Streamlit component without an iframe (``st.components.v2``): an HTML table drawn by
``components/events_table.js`` with ``components/events_table.css``.  Any column sorts (click its
header; again for the reverse order); choosing a row (click, or Enter on a focused row) sends the
event's id back, and the page then selects that event (the map centres on it, its panel opens).
Every value is set as text in the browser: article text never becomes markup.

Streamlit's own data grid did the same at a higher price: its code (1.3 MB of modules) is
compiled and run on every page load, and a new browser session painted the map in 0.93 of the
time with this table instead (side by side, 100,000 events, 8 rounds).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from geo.extract.confidence import band

HERE = Path(__file__).resolve().parent / "components"
#: (column of the events frame, header shown); the first is the event's id, sent back when chosen;
#: "confidence_band" is derived from "confidence" here (high, medium, low)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("uid", "id"), ("date_start", "start"), ("date_end", "end"), ("event_type", "type"),
    ("sub_event_type", "sub-type"), ("place_name", "place"), ("place_precision", "precision"),
    ("actors", "actors"), ("fatalities", "fatalities"), ("n_sources", "sources"), ("langs", "languages"),
    ("confidence", "confidence"), ("confidence_band", "band"),
)
NUMERIC = frozenset({"fatalities", "n_sources", "confidence"})

_component = st.components.v2.component(
    "conflictmap_events_table",
    js=(HERE / "events_table.js").read_text(encoding="utf-8"),
    css=(HERE / "events_table.css").read_text(encoding="utf-8"),
)


def table_payload(table: pd.DataFrame, selected: str = "", label: str = "Events in view") -> dict[str, Any]:
    """What the browser draws: the headers, one list of JSON values per row in ``table``'s order
    (None for an empty cell), the selected event's id and the table's accessible name.
    ValueError when ``table`` lacks one of :data:`COLUMNS`."""
    if "confidence" in table.columns:  # high, medium or low (geo.extract.confidence)
        table = table.assign(confidence_band=table["confidence"].map(band))
    missing = [column for column, _ in COLUMNS if column not in table.columns]
    if missing:
        raise ValueError(f"events table: missing columns {', '.join(missing)}")
    frame = table[[column for column, _ in COLUMNS]]
    # pandas writes the values (NaN as null, numpy numbers as JSON numbers) in C
    rows = json.loads(frame.to_json(orient="values", double_precision=3, date_format="iso")) if len(frame) else []
    return {"columns": [{"label": header, "numeric": column in NUMERIC} for column, header in COLUMNS],
            "rows": rows, "selected": selected or "", "label": label}


def events_table(table: pd.DataFrame, *, key: str, selected: str = "") -> str | None:
    """Draw ``table`` (rows as given); the id of the event the analyst has just chosen in it, else
    None (a choice is reported once, in the run it causes)."""
    result = _component(key=key, data=table_payload(table, selected), on_chosen_change=_chosen)
    chosen = getattr(result, "chosen", None) if result is not None else None
    return chosen if isinstance(chosen, str) and chosen else None


def _chosen() -> None:
    """A choice reruns the page (the value is read from the component's result)."""
