"""The places an import offers the store's gazetteer, pure: one per (name key, country), with
the most frequent coordinates, spelling and admin1 of the rows naming it (the store writes
them: :mod:`geo.store.import_places`)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from geo.importers.columns import text
from geo.names import MAX_NAME_LENGTH, drop_articles, key_skeleton, normalize, skeleton

#: the columns of a mapped frame the places are worked out from
PLACE_COLUMNS = ("gazetteer_name", "country_code", "lat", "lon", "admin1", "origin_id")
CANDIDATE_COLUMNS = ["key", "country_code", "name", "lat", "lon", "admin1", "origin_id"]


#: names whose keys :meth:`NameKeys.work` works out at a time
WORK_NAMES = 200


class NameKeys:
    """Name keys and skeletons of the place names an import offers the gazetteer, worked out
    once per distinct name: those of the chunks written so far whenever the importing
    process would wait for the next chunk (:meth:`work`), the others when asked for."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._skeletons: dict[str, str] = {}
        self._waiting: list[str] = []

    def keys(self, names: Iterable[str]) -> dict[str, str]:
        for name in names:
            if name not in self._keys:
                self._keys[name] = key = _key(name)
                if key:
                    self._skeletons[name] = key_skeleton(key)
        return self._keys

    def offered(self, rows: pd.DataFrame) -> None:
        """The names ``rows`` offer, their keys to work out (:meth:`work`)."""
        cells = pd.unique(rows["gazetteer_name"].to_numpy(dtype=object))
        known = self._keys
        self._waiting.extend({n for n in (c.strip() for c in cells if isinstance(c, str)) if n and n not in known})

    def work(self) -> bool:
        """Work out the keys of a few of the names offered (:data:`WORK_NAMES`); False when
        none was left."""
        if not self._waiting:
            return False
        self.keys(self._waiting[-WORK_NAMES:])
        del self._waiting[-WORK_NAMES:]
        return True

    def skeleton(self, name: str) -> str:
        found = self._skeletons.get(name)
        return found if found is not None else skeleton(name)


def place_candidates(rows: pd.DataFrame, names: NameKeys | None = None) -> pd.DataFrame:
    """One place per (name key, country), in (key, country) order: the most frequent
    coordinates, spelling and admin1 among the rows offering that name (``gazetteer_name``;
    ties: the smallest value), and the id of the first such row."""
    names_of = names if names is not None else NameKeys()
    offered = _text_cells(rows, "gazetteer_name")
    named = rows[offered.ne("")]
    spelled = offered[offered.ne("")]
    if not len(named):
        return pd.DataFrame(columns=CANDIDATE_COLUMNS)
    codes, spellings = pd.factorize(spelled)
    key_of = names_of.keys(spellings)
    keys = np.asarray([key_of[n] for n in spellings], dtype=object)[codes]  # each spelling's key, worked out once
    cells = {c: _text_cells(named, c) for c in ("country_code", "admin1")}
    places = pd.DataFrame({
        "key": keys, "country_code": cells["country_code"], "name": spelled,
        "lat": named["lat"].astype(float).round(5), "lon": named["lon"].astype(float).round(5),
        "admin1": cells["admin1"], "origin_id": named["origin_id"],
    })
    places = places[places["key"].ne("")]
    if not len(places):
        return pd.DataFrame(columns=CANDIDATE_COLUMNS)
    # groups numbered in (key, country) order; values numbered in sorted order (ties: smallest)
    key_code, key_values = pd.factorize(places["key"], sort=True)
    cc_code, cc_values = pd.factorize(places["country_code"], sort=True)
    pairs, group = np.unique(key_code.astype(np.int64) * len(cc_values) + cc_code, return_inverse=True)
    lat_code, lat_values = pd.factorize(places["lat"], sort=True)
    lon_code, lon_values = pd.factorize(places["lon"], sort=True)
    group = group.reshape(-1)
    out = pd.DataFrame({"key": np.asarray(key_values, dtype=object)[pairs // len(cc_values)],
                        "country_code": np.asarray(cc_values, dtype=object)[pairs % len(cc_values)]})
    spot = _most_common(group, lat_code.astype(np.int64) * max(len(lon_values), 1) + lon_code)
    out["lat"] = np.asarray(lat_values)[spot // max(len(lon_values), 1)]
    out["lon"] = np.asarray(lon_values)[spot % max(len(lon_values), 1)]
    for column in ("name", "admin1"):
        code, values = pd.factorize(places[column], sort=True)
        out[column] = np.asarray(values, dtype=object)[_most_common(group, code)]
    first = np.full(len(out), -1, dtype=np.int64)
    order = np.arange(len(places))[::-1]
    first[group[order]] = order  # the last write per group is its first row
    out["origin_id"] = places["origin_id"].to_numpy(dtype=object)[first]
    return out[CANDIDATE_COLUMNS]


def _text_cells(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column as stripped text, "" where missing (numbers as their text)."""
    values = text(frame, column)
    if pd.api.types.infer_dtype(values, skipna=False) not in ("string", "empty"):
        values = values.map(str).str.strip()
    return values


def _most_common(group: np.ndarray, code: np.ndarray) -> np.ndarray:
    """Per group number (0..n-1, all present), the most frequent value code (ties: the
    smallest code)."""
    width = int(code.max()) + 1 if len(code) else 1
    pairs, counts = np.unique(group.astype(np.int64) * width + code, return_counts=True)
    owner, value = np.divmod(pairs, width)
    order = np.lexsort((value, -counts, owner))
    owner, value = owner[order], value[order]
    lead = np.r_[True, owner[1:] != owner[:-1]]
    return value[lead]


def _key(name: str) -> str:
    """:func:`geo.names.name_key` of an offered name ("" for one too long or of no letters)."""
    if len(name) > MAX_NAME_LENGTH:
        return ""
    return " ".join(drop_articles(normalize(name).split()))
