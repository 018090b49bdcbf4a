"""User corrections of the gazetteer.

A correction names a place and gives its coordinates.  When the name already resolves to a
gazetteer place, the correction *replaces* that place: every spelling of it (its GeoNames
alternate names, the supplement's aliases) then resolves to the corrected point.  Corrections
live in the store, so rebuilding the gazetteer never loses them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geo.errors import NoMatchError
from geo.gazetteer.index import Gazetteer
from geo.models import Place
from geo.names import name_key

if TYPE_CHECKING:
    from geo.store import Store


@dataclass(frozen=True, slots=True)
class Correction:
    entry_id: int
    created: bool
    replaces: Place | None


def add_correction(
    store: Store,
    gazetteer: Gazetteer | None,
    *,
    name: str,
    lat: float,
    lon: float,
    country_code: str = "",
    aliases: Sequence[str] = (),
    admin1: str = "",
    precision: str = "point",
    note: str | None = None,
    replace: bool = True,
) -> Correction:
    """Store a user correction; with ``replace``, it stands in for the place ``name`` means."""
    replaced: Place | None = None
    if replace and gazetteer is not None:
        try:
            candidate = gazetteer.best(name, country=country_code or None)
        except NoMatchError:
            candidate = None
        # Only an exact (article-insensitive) name match is replaced, never a loose one.
        if candidate is not None and not candidate.source.startswith("user") and any(
            name_key(n) == name_key(name) for n in (candidate.matched_name, name)
        ):
            replaced = candidate
    if replaced is not None:
        country_code = country_code or replaced.country_code
        admin1 = admin1 or replaced.admin1
    entry_id, created = store.put_gazetteer_entry(
        origin="user", name=name, lat=lat, lon=lon, country_code=country_code, aliases=aliases,
        admin1=admin1, precision=precision, note=note,
        replaces=replaced.ref if replaced is not None else None,
        feature_code=replaced.feature if replaced is not None else "PPL",
        population=replaced.population if replaced is not None else 0,
    )
    return Correction(entry_id, created, replaced)
