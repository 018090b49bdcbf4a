"""The per-row report of an import: one CSV line per skipped row, with its reason, and one per
note on a row imported all the same (a cut cell, coordinates outside the stated country)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from geo.atomic import write_atomically
from geo.errors import InvalidInputError
from geo.events import _FORMULA_START as FORMULA_START

REPORT_FIELDS = ("row", "id", "reason", "value")


def report_rows(frame: pd.DataFrame, status: pd.Series, reason: pd.Series, value: pd.Series,
                notes: Mapping[str, pd.Series] | None = None) -> pd.DataFrame:
    """The skipped rows in file order: data row number (header not counted), the row's id in
    the dataset, why it was skipped, and the offending value; and a line for each note on a
    row imported all the same (``notes``: reason -> the detail per row, None where none)."""
    parts = [(status.eq("skipped"), reason, value)]
    for why, detail in (notes or {}).items():
        parts.append((detail.notna(), pd.Series(why, index=frame.index, dtype=object), detail))
    out = pd.concat([pd.DataFrame({
        "row": frame.loc[mask, "row"].astype(int),
        "id": frame.loc[mask, "origin_id"].where(frame.loc[mask, "origin_id"].notna(), "").astype(str),
        "reason": why[mask].astype(str),
        "value": detail[mask].where(detail[mask].notna(), "").astype(str).str.slice(0, 200),
    }) for mask, why, detail in parts])
    return out.sort_values("row", kind="stable")


def write_report(path: str | Path, rows: pd.DataFrame) -> Path:
    """Write the report atomically (:func:`geo.atomic.write_atomically`); a text cell that a
    spreadsheet would run as a formula gets a leading apostrophe (as in event CSV exports)."""
    target = Path(path)
    out = rows.copy()
    for column in ("id", "reason", "value"):
        cells = out[column].astype(object)
        risky = cells.str.startswith(FORMULA_START).fillna(False).astype(bool)
        out[column] = cells.where(~risky, "'" + cells)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, lambda tmp: out.to_csv(tmp, columns=list(REPORT_FIELDS), index=False,
                                                        lineterminator="\n", encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(f"cannot write the import report {target}: {exc.strerror or exc}") from None
    return target
