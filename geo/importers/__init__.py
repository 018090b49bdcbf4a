"""Importing structured event data: ACLED, UCDP GED, GDELT, generic CSV and GeoJSON.

One adapter module per format (``read`` a file into text cells, ``map_rows`` them to the event
model: pure), one core call here, :func:`import_file`, and the side effects in two named
places: :mod:`geo.store.imports` (the store, one transaction per file) and
:mod:`geo.importers.report` (the report of skipped rows).

Counts rule: every data row read ends as exactly one of ``imported`` (new event), ``updated``
(the stored event of its id changed, or was deleted by an ACLED deletions file) or
``skipped`` (with a reason in the report: a bad value, ``unchanged``, ``edited by user`` …),
so ``imported + updated + skipped == read`` on every file.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from geo.errors import ConfigurationError, InvalidInputError
from geo.importers import acled, gdelt, generic_csv, geojson, ucdp
from geo.importers.report import report_rows, write_report

#: format name -> adapter module
FORMATS: dict[str, ModuleType] = {
    "acled": acled, "ucdp": ucdp, "gdelt": gdelt, "csv": generic_csv, "geojson": geojson,
}
#: origins that are not datasets (and must never be written by an import)
RESERVED_ORIGINS = frozenset({"articles", "user", "nominatim"})
_ORIGIN_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,31}")
COUNT_KEYS = ("read", "imported", "updated", "skipped")


@dataclass
class ImportResult:
    file: str
    format: str
    origin: str
    deletions: bool
    read: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    places_added: int = 0
    places_updated: int = 0
    report: Path | None = None
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        """The four counts (``--json`` prints exactly these keys)."""
        return {k: getattr(self, k) for k in COUNT_KEYS}


def adapter(fmt: str) -> ModuleType:
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


def import_file(store, fmt: str, path: str | Path, *, origin: str | None = None, report: str | Path | None = None,
                deletions: bool | None = None, enrich: bool = True) -> ImportResult:
    """Import one file into the store (one transaction) and write the report of skipped rows
    to ``report`` (when there are any).  ``deletions``: the file is an ACLED deleted-events
    file (``None``: decide from its columns)."""
    from geo.store.imports import write_deletions, write_events

    began = time.perf_counter()
    module = adapter(fmt)
    origin = check_origin(origin or module.NAME)
    if deletions and module is not acled:
        raise InvalidInputError("--deletions is for ACLED deleted-events files only")
    loaded = module.read(path)
    table = loaded[0] if isinstance(loaded, tuple) else loaded
    is_deletions = module is acled and (deletions if deletions is not None else acled.is_deletions(table))
    frame = acled.map_deletions(table) if is_deletions else module.map_rows(loaded)
    if is_deletions:
        written = write_deletions(store, frame, origin=origin)
    else:
        source = module.LABEL if origin == module.NAME else f"{module.LABEL}: {origin}"
        written = write_events(store, frame, origin=origin, source=source, url=module.URL,
                               note=f"from {module.LABEL} file {Path(path).name}", enrich=enrich)
    result = ImportResult(file=table.label, format=module.NAME, origin=origin, deletions=is_deletions,
                          read=len(frame), places_added=written.places_added, places_updated=written.places_updated)
    states = written.status.value_counts()
    result.imported, result.updated, result.skipped = (int(states.get(k, 0)) for k in ("imported", "updated", "skipped"))
    if result.imported + result.updated + result.skipped != result.read:  # pragma: no cover - a bug, not bad input
        raise RuntimeError(f"import counts do not add up: {result.counts()}")
    rows = report_rows(frame, written.status, written.reason, written.value)
    result.reasons = Counter(rows["reason"].tolist())
    if report is not None and len(rows):
        result.report = write_report(report, rows)
    result.seconds = time.perf_counter() - began
    return result
