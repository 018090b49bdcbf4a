"""What every format is (:class:`ImportFormat`) and returns: one frame of rows mapped to the
event model, with the reason each skipped row is skipped for.  Pure helpers; no I/O here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import pandas as pd

from geo.errors import InvalidInputError
from geo.importers.columns import Reasons, objects, text
from geo.importers.readers import Table

#: the event model's columns in a mapped frame (see ``geo.store.schema.events``)
EVENT_COLUMNS = (
    "origin_id", "version", "date_start", "date_end", "date_precision", "event_type", "sub_event_type",
    "actors", "fatalities", "fatalities_low", "fatalities_high", "place_name", "lat", "lon", "admin1",
    "country_code", "place_precision", "description",
)
#: bookkeeping columns: data row number, skip reason and offending value, the place name
#: offered to the gazetteer (empty: the row's place is an area or a guess, not offered), and a
#: note on a row kept all the same (a cell cut to the reader's bound: see ``readers.bound_cells``)
ROW_COLUMNS = ("row", "reason", "value", "gazetteer_name", "note")
EXTRA_PREFIX = "extra."
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: longest text kept from a file in one field (place names, actors, descriptions)
MAX_TEXT = {"place_name": 200, "admin1": 200, "event_type": 64, "sub_event_type": 64, "description": 4000,
            "origin_id": 200, "actor": 300}


@runtime_checkable
class ImportFormat(Protocol):
    """A dataset format, as the common import path (:func:`geo.dataset_import.import_file`)
    uses it; each format module (``acled``, ``ucdp``, ``gdelt``, ``generic_csv``,
    ``geojson``) is one.  ``read`` then ``map_rows`` turn any file of the format into the
    common mapped frame (:func:`mapped_frame`); nothing else about a format is special."""

    #: the format's name (``conflictmap import NAME``), and the events' origin by default
    NAME: str
    #: the dataset's name in messages and as the events' source
    LABEL: str
    #: the dataset's home, the source's url (None for files of no one dataset)
    URL: str | None
    #: the column names (lower case) a header row of the format is recognised by
    KNOWN_COLUMNS: frozenset[str]
    #: the crosswalk of the format's codes: event-model field -> the tables or lookups of
    #: :mod:`geo.importers.crosswalk` its values go through (in the order tried)
    CROSSWALK: Mapping[str, tuple[object, ...]]
    #: ``map_rows`` works row by row: a large file is mapped in chunks, each written while the
    #: next is mapped (see :mod:`geo.importers.chunks`); else the file is mapped whole
    ROW_LOCAL: bool

    def read(self, path: str | Path) -> Table:
        """The file's rows as text cells: packing, encoding, delimiter and header (or a known
        header-less layout) detected; rows that cannot be split or placed are kept as the
        table's ``bad_rows`` or ``refused`` rows."""
        ...

    def map_rows(self, table: Table) -> pd.DataFrame:
        """The rows (all of a table, or a slice of one when ``ROW_LOCAL``) as the mapped frame
        of :func:`mapped_frame`: one row per row read, pure."""
        ...

    def origin_ids(self, frame: pd.DataFrame) -> pd.Series | None:
        """Each row's ``origin_id`` as ``map_rows`` gives it, from the read cells alone (the
        ids of a whole file before its chunks are mapped: asked when ``ROW_LOCAL``); None when
        only the mapping tells (a fingerprint of the mapped values)."""
        ...


def rows_to_map(table: Table, required: Iterable[str], what: str, origin_ids: Callable[[pd.DataFrame], pd.Series],
                id_name: str) -> tuple[pd.DataFrame, Reasons, pd.Series]:
    """Where a keyed format's ``map_rows`` starts: the table's cells as Python objects, the rows
    skipped so far (those the reader refused, and rows without an id: "missing ID_NAME"), and
    each row's ``origin_ids``.  A file without a ``required`` column is not ``what``
    (:class:`~geo.errors.InvalidInputError` naming the columns missing)."""
    missing = [name for name in required if name not in table.frame]
    if missing:
        raise InvalidInputError(f"{table.label}: not {what}: no column {', '.join(missing)}")
    frame = objects(table.frame)
    reasons = Reasons(frame.index, table.refused)
    ids = origin_ids(frame)
    reasons.flag(ids.eq(""), f"missing {id_name}")
    return frame, reasons, ids


def origin_ids_of(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    """The ``origin_ids`` of a format whose rows are identified by one ``column``: its text,
    clipped as ``map_rows`` keeps it."""

    def origin_ids(frame: pd.DataFrame) -> pd.Series:
        return clip(text(frame, column), MAX_TEXT["origin_id"])

    origin_ids.__doc__ = f"The ``origin_id`` of each row (its ``{column}``), as ``map_rows`` gives it."
    return origin_ids


def clip(values: pd.Series, size: int) -> pd.Series:
    """Text cut to ``size`` characters, control characters made spaces (never trust the text)."""
    if values.dtype != object:
        values = values.astype(object)
    cells = values.tolist()
    if _CONTROL_RE.search("\n".join(cells)):  # one scan of the column, not one per cell
        values = values.str.replace(_CONTROL_RE, " ", regex=True)
    if cells and max(map(len, cells)) > size:
        values = values.str.slice(0, size)
    return values


def actor_lists(*columns: pd.Series, split: Iterable[bool] = ()) -> list[list[str]]:
    """Per row, the non-empty actors of the columns in order, without repeats; columns flagged
    in ``split`` hold several actors separated by ";" (ACLED's associated actors).  Each
    distinct combination is worked out once (datasets repeat their dyads)."""
    flags = list(split) + [False] * (len(columns) - len(list(split)))
    size = MAX_TEXT["actor"]

    def actors_of(values: tuple[str, ...]) -> list[str]:
        actors: list[str] = []
        for value, several in zip(values, flags, strict=True):
            if not value:
                continue
            for name in (value.split(";") if several else (value,)):
                name = " ".join(name.split())[:size]
                if name and name not in actors:
                    actors.append(name)
        return actors

    rows = list(zip(*(c.tolist() for c in columns), strict=True))
    known = {combo: actors_of(combo) for combo in set(rows)}
    return [known[combo] for combo in rows]  # rows of one combination share its list (never changed)


def mapped_frame(table: Table, reasons: Reasons, columns: Mapping[str, object],
                 extra: Mapping[str, pd.Series] | None = None) -> pd.DataFrame:
    """The mapped frame: ``columns`` (every name of :data:`EVENT_COLUMNS`, Series or a
    constant), the dataset's ``extra`` fields, and the reader's unsplittable rows appended as
    skipped rows."""
    index = table.frame.index
    data: dict[str, object] = {}
    for name in EVENT_COLUMNS + ("gazetteer_name",):
        value = columns.get(name)
        data[name] = value if isinstance(value, pd.Series | list) else pd.Series([value] * len(index), index=index,
                                                                                  dtype=object)
    frame = pd.DataFrame(data, index=index)
    for key, values in (extra or {}).items():
        frame[EXTRA_PREFIX + key] = values.astype(object)
    frame["row"] = table.row_numbers if table.row_numbers is not None else np.arange(1, len(index) + 1)
    frame["reason"] = reasons.reason
    frame["value"] = reasons.value
    frame["note"] = (table.notes.reindex(index).astype(object) if table.notes is not None
                     else pd.Series(None, index=index, dtype=object))
    if table.bad_rows:
        frame = pd.concat([frame, unsplit_rows(table.bad_rows)], ignore_index=True).sort_values("row", kind="stable")
        frame.index = pd.RangeIndex(len(frame))
    return frame


def unsplit_rows(bad_rows: list[tuple[int, str, str]], start: int = 0) -> pd.DataFrame:
    """The rows a reader could not split, as skipped rows of a mapped frame (index from
    ``start``)."""
    frame = pd.DataFrame([{"row": r, "reason": reason, "value": value, "actors": []}
                          for r, reason, value in bad_rows])
    for name in EVENT_COLUMNS + ("gazetteer_name", "note"):
        if name not in frame:
            frame[name] = None
    frame.index = pd.RangeIndex(start, start + len(frame))
    return frame
