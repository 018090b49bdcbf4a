"""The store's gazetteer entries as a lookup layer for :class:`geo.gazetteer.index.Gazetteer`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.models import Place

if TYPE_CHECKING:
    from geo.store.store import Store


class StoreLayer:
    """In-memory index over the store's gazetteer entries (user overrides, learned places)."""

    def __init__(self, entries: Sequence[dict]) -> None:
        self._by_key: dict[str, list[Place]] = defaultdict(list)
        self._by_skel: dict[str, list[tuple[str, Place]]] = defaultdict(list)
        self._replacing: dict[str, Place] = {}
        for entry in entries:
            place = Place(
                name=entry["name"], lat=entry["lat"], lon=entry["lon"],
                country_code=entry["country_code"], admin1=entry["admin1"],
                feature=entry["feature_code"], source=entry["origin"],
                geonameid=entry["geonameid"], population=entry["population"] or 0,
                precision=entry["precision"],
                raw={"note": entry.get("note"), "origin_ref": entry.get("origin_ref"),
                     "replaces": entry.get("replaces")},
            )
            if entry.get("replaces") and entry["origin"] == "user":
                self._replacing[entry["replaces"]] = place
            for key, skel, _name in entry["names"]:
                self._by_key[key].append(place)
                if len(skel) >= 3:
                    self._by_skel[skel].append((key, place))

    @classmethod
    def from_store(cls, store: Store) -> StoreLayer:
        return cls(store.gazetteer_entries())

    def by_key(self, key: str) -> Sequence[Place]:
        return self._by_key.get(key, ())

    def by_skeleton(self, skel: str) -> Sequence[tuple[str, Place]]:
        return self._by_skel.get(skel, ())

    def replacement(self, ref: str) -> Place | None:
        """The user's correction of the gazetteer place ``ref``, if any."""
        return self._replacing.get(ref)

    def __len__(self) -> int:
        return len(self._by_key)
