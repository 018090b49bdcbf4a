"""Loose (skeleton) matching: how near a name of the gazetteer is spelled to a query's, and which
of a skeleton's names are near enough (:meth:`geo.gazetteer.index.Gazetteer.candidates`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from geo.names import name_key

#: loose (skeleton) matches must be at least this similar to the query
MIN_SIMILARITY = 0.6
#: a loose match through one of a place's alternate names only (its own name is not as similar)
#: must be at least this similar: "Jobar" is no spelling of Yabrūd, one of whose old names is "Jebru"
ALTERNATE_SIMILARITY = 0.7


@lru_cache(maxsize=100_000)
def primary_key(name: str) -> str:
    """The key of a place's own name (:func:`geo.names.name_key`)."""
    return name_key(name)


def is_near(sim: float, matched_key: str, name: str, similar: Callable[[str], float]) -> bool:
    """Whether a loose match of similarity ``sim`` to ``matched_key``, a name of the place called
    ``name``, is near enough: :data:`MIN_SIMILARITY` to its own name, :data:`ALTERNATE_SIMILARITY`
    to an alternate one only."""
    if sim < MIN_SIMILARITY:
        return False
    own = primary_key(name)
    return sim >= ALTERNATE_SIMILARITY or matched_key == own or similar(own) >= MIN_SIMILARITY


def similarity_to(key: str) -> Callable[[str], float]:
    """A fast similarity to ``key`` (difflib ratio of keys), pruning by length and quick_ratio."""
    matcher = SequenceMatcher(None, b=key)
    size = len(key)

    def similar(other: str) -> float:
        total = size + len(other)
        if not total or 2 * min(size, len(other)) / total < MIN_SIMILARITY:
            return 0.0  # the ratio cannot reach the threshold
        matcher.set_seq1(other)
        if matcher.quick_ratio() < MIN_SIMILARITY:
            return 0.0
        return matcher.ratio()

    return similar


def near_rows(rows: Iterable[tuple], key: str, cc: str | None) -> tuple[tuple[float, tuple], ...]:
    """(similarity, row) of each index row (its matched key first, then the place's columns, its
    name third and its country sixth) spelled near ``key`` (:func:`is_near`), of country ``cc`` if
    given, in the rows' order."""
    similar = similarity_to(key)
    return tuple((sim, tuple(row)) for matched_key, *row in rows if (not cc or row[5] == cc)
                 and is_near(sim := similar(matched_key), matched_key, row[2], similar))
