"""The rows of a mapped frame made ready for the store, pure: each row's actors and extra
fields as the JSON texts stored, its fingerprint (what tells a changed row from an unchanged
one, for datasets without versions) and its public identity (``uid``)."""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring as _encode  # the C encoder, ensure_ascii=False

import numpy as np
import pandas as pd

from geo.importers.base import EVENT_COLUMNS, EXTRA_PREFIX

#: cells of a text column looked at to tell whether its values repeat (:func:`_hash_column`)
_SAMPLE = 64
_TEXT_OR_NONE = frozenset({str, type(None)})


def uid_for(origin: str, origin_id: str) -> str:
    """The public identity of a dataset's event: ``origin:origin_id``, hashed when longer
    than 64 characters."""
    uid = f"{origin}:{origin_id}"
    if len(uid) <= 64:
        return uid
    return f"{origin}:h{hashlib.sha1(origin_id.encode()).hexdigest()[:24]}"


def payload(frame: pd.DataFrame) -> pd.DataFrame:
    """The JSON texts of each row's actors and extra fields (computed once: stored as they
    are, and part of the fingerprint)."""
    actors = frame["actors"].tolist()
    encoded: dict[tuple, str] = {}
    texts = []
    for a in actors:
        key = tuple(a) if isinstance(a, list) else ()
        found = encoded.get(key)
        if found is None:
            found = encoded[key] = json.dumps(list(key), ensure_ascii=False)
        texts.append(found)
    extra = [c for c in frame.columns if c.startswith(EXTRA_PREFIX)]
    return pd.DataFrame({"actors_json": pd.Series(texts, index=frame.index, dtype=object),
                         "extra_json": pd.Series(json_objects(frame, extra, [c[len(EXTRA_PREFIX):] for c in extra]),
                                                 index=frame.index, dtype=object)},
                        index=frame.index)


def _hash_column(values: pd.Series) -> np.ndarray:
    """A 64-bit hash per cell that depends on the value only (not on the column's dtype):
    numbers as float64 (NaN where missing), everything else as text (None where missing).
    Text is hashed once per distinct value (datasets repeat their names and codes), but for a
    column of text and None cells that seldom repeat (as the JSON of extra fields), hashed
    cell by cell (the same hashes; factorising long unique texts took six times as long)."""
    if values.dtype.kind in "iufb" or isinstance(values.dtype, pd.api.extensions.ExtensionDtype) and \
            values.dtype.kind in "iuf":
        numbers = values.to_numpy(dtype="float64", na_value=np.nan)
        return pd.util.hash_array(numbers, categorize=False)
    cells = values.to_numpy(dtype=object)
    sample = cells[:_SAMPLE].tolist()
    if set(map(type, sample)) <= _TEXT_OR_NONE and len(set(sample)) * 4 > len(sample) * 3 \
            and set(map(type, cells)) <= _TEXT_OR_NONE:
        return pd.util.hash_array(cells, categorize=False)  # None: str(None), as below
    codes, uniques = pd.factorize(cells)  # every kind of missing -> -1
    texts = [u if type(u) is str else str(u) for u in uniques.tolist()]
    hashed = pd.util.hash_array(np.asarray([*texts, None], dtype=object), categorize=False)
    return hashed[codes]  # -1: the last, None's hash


def fingerprints(frame: pd.DataFrame) -> pd.Series:
    """16 hex digits per row over the mapped values (not the version), given the
    ``actors_json`` and ``extra_json`` columns of :func:`payload`: a vectorised 64-bit hash
    per column (pandas' SipHash of the text, or of the float64 bits of a number), combined
    per row."""
    columns = [c for c in EVENT_COLUMNS if c not in ("origin_id", "version", "actors")]
    combined = np.zeros(len(frame), dtype=np.uint64)
    for n, c in enumerate(columns + ["actors_json", "extra_json"]):
        with np.errstate(over="ignore"):
            combined = (combined * np.uint64(0x100000001B3)) ^ (_hash_column(frame[c]) + np.uint64(n))
    digits = combined.astype(">u8").tobytes().hex()
    return pd.Series([digits[i:i + 16] for i in range(0, len(digits), 16)], index=frame.index, dtype=object)


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """A mapped frame with its rows' ``actors_json``, ``extra_json`` and ``origin_hash``
    (None on rows skipped for a reason), and without the columns these replace (``actors``,
    the ``extra.*`` fields): what :func:`geo.store.imports.write_events` needs."""
    ok = frame["reason"].isna()
    rows = frame[ok]
    done = payload(rows)
    done["origin_hash"] = fingerprints(pd.concat([rows, done], axis=1)) if len(rows) else pd.Series(dtype=object)
    slim = frame[[c for c in frame.columns if c != "actors" and not c.startswith(EXTRA_PREFIX)]]
    return pd.concat([slim, done.reindex(frame.index).astype(object)], axis=1)


def json_objects(frame: pd.DataFrame, columns: list[str], keys: list[str]) -> list[str | None]:
    """Per row, a JSON object text of the non-empty text cells of ``columns`` under ``keys``
    (None when all are empty), as ``json.dumps`` writes it.  Each distinct value is encoded
    once; the pieces are put together per row by Arrow (no Python loop over the rows)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    pieces = []
    for column, key in zip(columns, keys, strict=True):
        codes, uniques = pd.factorize(frame[column].to_numpy(dtype=object))
        name = _encode(key)
        encoded = [f"{name}: {_encode(v)}, " if isinstance(v, str) and v else "" for v in uniques.tolist()]
        if any(encoded):
            # missing cells (code -1) take the last piece, ""
            pieces.append(pa.array([*encoded, ""], type=pa.string()).take(np.where(codes < 0, len(encoded), codes)))
    if not pieces:
        return [None] * len(frame)
    joined = pc.binary_join_element_wise(*pieces, "")
    wrapped = pc.binary_join_element_wise("{", pc.utf8_slice_codeunits(joined, 0, -2), "}", "")
    return pc.if_else(pc.equal(joined, ""), pa.scalar(None, pa.string()), wrapped).to_pylist()
