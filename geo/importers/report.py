"""The per-row report of an import: one CSV line per skipped row, with its reason."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from geo.errors import InvalidInputError
from geo.events import _FORMULA_START as FORMULA_START

REPORT_FIELDS = ("row", "id", "reason", "value")


def report_rows(frame: pd.DataFrame, status: pd.Series, reason: pd.Series, value: pd.Series) -> pd.DataFrame:
    """The skipped rows in file order: data row number (header not counted), the row's id in
    the dataset, why it was skipped, and the offending value."""
    skipped = status.eq("skipped")
    out = pd.DataFrame({
        "row": frame.loc[skipped, "row"].astype(int),
        "id": frame.loc[skipped, "origin_id"].where(frame.loc[skipped, "origin_id"].notna(), "").astype(str),
        "reason": reason[skipped].astype(str),
        "value": value[skipped].where(value[skipped].notna(), "").astype(str).str.slice(0, 200),
    })
    return out.sort_values("row", kind="stable")


def write_report(path: str | Path, rows: pd.DataFrame) -> Path:
    """Write the report atomically (a ``.part`` file renamed into place); a text cell that a
    spreadsheet would run as a formula gets a leading apostrophe (as in event CSV exports)."""
    target = Path(path)
    out = rows.copy()
    for column in ("id", "reason", "value"):
        cells = out[column].astype(object)
        risky = cells.str.startswith(FORMULA_START).fillna(False).astype(bool)
        out[column] = cells.where(~risky, "'" + cells)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.part")
        out.to_csv(tmp, columns=list(REPORT_FIELDS), index=False, lineterminator="\n", encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise InvalidInputError(f"cannot write the import report {target}: {exc.strerror or exc}") from None
    return target
