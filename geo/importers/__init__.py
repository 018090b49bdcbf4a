"""Importing structured event data: ACLED, UCDP GED, GDELT, generic CSV and GeoJSON.  Pure:
nothing here touches the store (this package never imports :mod:`geo.store`).

One adapter module per format, each an :class:`~geo.importers.base.ImportFormat` (``read`` a
file into text cells, ``map_rows`` them to the event model), registered in :data:`FORMATS`;
then the steps every format shares: the chunks (:mod:`geo.importers.chunks`), the country
check (:func:`country_checked`), the store-ready rows (:mod:`geo.importers.prepare`), what
becomes of each row (:mod:`geo.importers.decision`), the places offered to the gazetteer
(:mod:`geo.importers.place_candidates`) and the report (:mod:`geo.importers.report`).  The
store executes the decisions (:mod:`geo.store.imports`); :func:`geo.dataset_import.import_file`
runs a file through both.

Counts rule: every data row read ends as exactly one of ``imported`` (new event), ``updated``
(the stored event of its id changed, or was deleted by an ACLED deletions file) or
``skipped`` (with a reason in the report: a bad value, ``unchanged``, ``edited by user`` …),
so ``imported + updated + skipped == read`` on every file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pandas as pd

from geo.errors import ConfigurationError, InvalidInputError
from geo.gazetteer.index import Gazetteer
from geo.importers import acled, gdelt, generic_csv, geojson, ucdp
from geo.importers.base import ImportFormat
from geo.importers.country_check import COUNTRY_NOTE, outside_country
from geo.importers.readers import CELL_NOTE

#: format name -> adapter (each module is an :class:`ImportFormat`)
FORMATS: dict[str, ImportFormat] = {
    "acled": acled, "ucdp": ucdp, "gdelt": gdelt, "csv": generic_csv, "geojson": geojson,
}
#: origins that are not datasets (and must never be written by an import)
RESERVED_ORIGINS = frozenset({"articles", "user", "nominatim"})
_ORIGIN_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,31}")


def adapter(fmt: str) -> ImportFormat:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise ConfigurationError(f"unknown import format {fmt!r}; options are: {', '.join(FORMATS)}") from None


def check_origin(origin: str) -> str:
    """A dataset name for ``events.origin``: lower case letters, digits, ``_ . -``, at most 32."""
    if not _ORIGIN_RE.fullmatch(origin or ""):
        raise InvalidInputError(
            f"origin must be 1-32 lower-case letters, digits, '_', '.' or '-', got {origin!r}")
    if origin in RESERVED_ORIGINS:
        raise InvalidInputError(f"origin {origin!r} is reserved; name the dataset otherwise")
    return origin


def country_checked(frames: Iterable[pd.DataFrame], gazetteer: Gazetteer | None) -> Iterator[pd.DataFrame]:
    """The mapped frames, each with ``country_note``: why a row's coordinates are outside its
    stated country (see :mod:`geo.importers.country_check`; None for the others, and for all
    without a gazetteer).  A flagged row's place is not offered to the gazetteer."""
    for frame in frames:
        note = pd.Series(None, index=frame.index, dtype=object)
        ok = frame["reason"].isna()
        if gazetteer is not None and ok.any():
            rows = frame[ok]
            note = outside_country(rows["lat"], rows["lon"], rows["country_code"], gazetteer.points_in_cells,
                                   gazetteer.country_codes()).reindex(frame.index)
            flagged = note.notna()
            if flagged.any():
                frame = frame.assign(gazetteer_name=frame["gazetteer_name"].where(~flagged, ""))
        yield frame.assign(country_note=note)


def kept_notes(frame: pd.DataFrame, status: pd.Series) -> dict[str, pd.Series]:
    """Notes on the rows written (imported or updated), by the report's reason for them: each a
    Series of details on the frame's index (None where a row has none)."""
    kept = status.ne("skipped")
    return {why: frame[column].where(kept, None) for why, column in ((CELL_NOTE, "note"),
                                                                        (COUNTRY_NOTE, "country_note"))
            if column in frame}
