"""What becomes of each prepared row of an import, decided from the rows and the stored
events of their ids alone (pure: the store reads those and executes the outcome, see
:mod:`geo.store.imports`).

``imported``  a new event (origin, origin_id not stored yet);
``updated``   the stored event of that id changed: a newer version (ACLED ``timestamp``) or,
              for datasets without versions, different content (the fingerprint,
              :func:`geo.importers.prepare.fingerprints`); or an ACLED deletion;
``skipped``   with a reason: ``unchanged``, ``edited by user`` (user corrections are never
              overwritten), ``older than the stored version``, ``deleted upstream``,
              ``duplicate id in file``; for deletions ``not in store``, ``already deleted``…
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: the columns of the stored events an import is decided against (one row per stored event of
#: the dataset's origin), as the store reads them
EXISTING_COLUMNS = ("event_id", "origin_id", "stored_version", "stored_hash", "user_edited", "deleted",
                    "merged_into")


@dataclass(frozen=True)
class Decision:
    """The outcome for some rows: the status of each (on the rows' index), the reason and
    offending value of each skipped one, and the rows to insert and to update (with the
    stored columns joined: ``event_id`` …)."""

    status: pd.Series
    skipped: pd.DataFrame  # columns reason, value; the skipped rows' index
    inserts: pd.DataFrame
    updates: pd.DataFrame


def version_number(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce")


def duplicates(rows: pd.DataFrame) -> pd.DataFrame:
    """Among rows sharing an id in one file, the ones not kept (the newest version, else the
    last row, is kept): their reason and value, on their index (empty when no id repeats)."""
    ids = rows["origin_id"]
    if not ids.duplicated(keep=False).any():
        return pd.DataFrame({"reason": pd.Series(dtype=object), "value": pd.Series(dtype=object)})
    order = pd.DataFrame({"id": ids, "v": version_number(rows["version"]).fillna(-1),
                          "row": rows["row"]}).sort_values(["id", "v", "row"])
    dup = order.duplicated("id", keep="last")
    kept_row = order.groupby("id")["row"].transform("last")
    dropped = order.index[dup]
    return pd.DataFrame({"reason": "duplicate id in file",
                         "value": [f"kept row {kept_row.at[i]}" for i in dropped]}, index=dropped, dtype=object)


def _joined(rows: pd.DataFrame, existing: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The rows with the stored columns of their id (None where not stored), and which are."""
    at = existing.index.get_indexer(rows["origin_id"])
    found = at >= 0
    merged = rows.copy()
    for column in existing.columns:
        stored = existing[column].to_numpy(dtype=object)
        merged[column] = pd.Series(np.where(found, stored[np.where(found, at, 0)] if len(stored) else None, None),
                                   index=rows.index, dtype=object)
    return merged, pd.Series(found, index=rows.index)


class _Outcome:
    """Statuses being decided: the first rule that skips a row gives its reason."""

    def __init__(self, index: pd.Index) -> None:
        self.status = pd.Series(None, index=index, dtype=object)
        self.reason = pd.Series(None, index=index, dtype=object)
        self.value = pd.Series(None, index=index, dtype=object)

    def skip(self, mask: pd.Series, why: str, detail: pd.Series | str = "") -> None:
        idx = mask[mask & self.status.loc[mask.index].isna()].index
        if not len(idx):
            return
        self.status.loc[idx], self.reason.loc[idx] = "skipped", why
        self.value.loc[idx] = detail.loc[idx].astype(str) if isinstance(detail, pd.Series) else detail

    def skipped(self) -> pd.DataFrame:
        done = self.status.eq("skipped")
        return pd.DataFrame({"reason": self.reason[done], "value": self.value[done]})


def decide(rows: pd.DataFrame, existing: pd.DataFrame) -> Decision:
    """The status of each prepared, valid row of unique id against ``existing``, the stored
    events of the origin (:data:`EXISTING_COLUMNS`, indexed by ``origin_id``)."""
    if not len(existing) or (existing.index.get_indexer(rows["origin_id"]) < 0).all():  # all new: a first import
        return Decision(pd.Series("imported", index=rows.index, dtype=object),
                        pd.DataFrame({"reason": pd.Series(dtype=object), "value": pd.Series(dtype=object)}),
                        rows, rows.iloc[:0])
    merged, known = _joined(rows, existing)
    out = _Outcome(rows.index)
    by_user = known & (merged["user_edited"].fillna(False).astype(bool) | merged["merged_into"].notna())
    upstream_deleted = known & ~by_user & merged["deleted"].fillna(False).astype(bool)
    new_v, old_v = version_number(merged["version"]), version_number(merged["stored_version"])
    versioned = new_v.notna() & old_v.notna()
    newer = versioned & (new_v > old_v)
    same_content = merged["origin_hash"].eq(merged["stored_hash"])
    change = known & ~by_user & (newer | (~versioned & ~same_content & ~upstream_deleted))
    if known.any():
        out.skip(by_user, "edited by user", "event " + merged["event_id"].where(by_user, 0).astype(int).astype(str))
        out.skip(known & upstream_deleted & ~newer, "deleted upstream",
                 merged["stored_version"].fillna("").astype(str).map(lambda v: f"deletion timestamp {v}" if v else ""))
        out.skip(known & versioned & (new_v < old_v), "older than the stored version",
                 merged["version"].astype(str) + " < " + merged["stored_version"].astype(str))
        out.skip(known & ~change, "unchanged")
    out.status.loc[merged.index[~known]] = "imported"
    out.status.loc[merged.index[change]] = "updated"
    return Decision(out.status, out.skipped(), merged[~known], merged[change])


def decide_deletions(rows: pd.DataFrame, existing: pd.DataFrame) -> Decision:
    """The status of each valid row of unique id of an ACLED deletions file: the stored event
    of its id is deleted (``updates``, with ``event_id``), unless it is not stored, was edited
    by a user, is deleted already or its stored version is newer than the deletion."""
    merged, known = _joined(rows, existing)
    out = _Outcome(rows.index)
    by_user = known & (merged["user_edited"].fillna(False).astype(bool) | merged["merged_into"].notna())
    deleted = known & merged["deleted"].fillna(False).astype(bool)
    new_v, old_v = version_number(merged["version"]), version_number(merged["stored_version"])
    later = known & new_v.notna() & old_v.notna() & (old_v > new_v)
    for mask, why in ((~known, "not in store"), (by_user, "edited by user"), (deleted, "already deleted"),
                      (later, "stored version newer than the deletion")):
        out.skip(mask, why)
    todo = out.status.isna()
    out.status.loc[todo] = "updated"
    return Decision(out.status, out.skipped(), merged.iloc[:0], merged[todo])


def latest(parts: list[pd.Series], index: pd.Index) -> pd.Series:
    """The pieces as one Series on ``index``; a later piece's values win (deferred rows)."""
    if len(parts) == 1:
        return parts[0]
    joined = pd.concat(parts)
    return joined[~joined.index.duplicated(keep="last")].reindex(index)
