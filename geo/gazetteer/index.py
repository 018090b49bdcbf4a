"""Reading the gazetteer: candidates for a name, the best match, and reverse lookups.

The GeoNames-based index file is read-only; an optional *layer* (user overrides, places
learned from online geocoders or imported datasets, all kept in the store) is searched with it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from geo.closing import Closing
from geo.errors import GazetteerError, GazetteerNotBuiltError, NoMatchError
from geo.features import is_notable
from geo.gazetteer.folding import article_free, closeness, fold_keys, folding_countries, is_variant
from geo.gazetteer.ranking import score
from geo.gazetteer.schema import FORMAT_VERSION, cell_of
from geo.gazetteer.spelling import is_near, near_rows, primary_key, similarity_to
from geo.models import Place, check_coordinates, haversine_km
from geo.names import key_skeleton, name_key, validate_query

#: a loose match this much less similar than the closest loose match of the query is no candidate:
#: "Shaddadi" is Syria's Ash Shaddadah (an alternate name "Shadadi", 0.93), not India's larger
#: Shahuwadi (0.71) nor Iran's Shahdad (0.80), which population would otherwise rank first
LOOSE_MARGIN = 0.1
#: the similarity a folded match (a transliteration variant) is scored with
FOLDED_SIMILARITY = 0.9
#: how much similarity a folded match loses per unit of spelling closeness
#: (``geo.gazetteer.folding.closeness``) below the closest folded match's of its country
CLOSENESS_WEIGHT = 0.25

_NOT_INITIALS = frozenset({"of", "the", "and"})
_PLACE_COLUMNS = (
    "p.id, p.geonameid, p.name, p.lat, p.lon, p.country_code, p.admin1_code, "
    "p.feature_code, p.population, p.precision, p.source"
)


class Layer(Protocol):
    """Extra gazetteer entries searched together with the index (see ``geo.store.layer``)."""

    def by_key(self, key: str) -> Sequence[Place]: ...

    def by_skeleton(self, skel: str) -> Sequence[tuple[str, Place]]: ...

    def replacement(self, ref: str) -> Place | None: ...


def open_index(path: Path) -> tuple[sqlite3.Connection, dict[str, str]]:
    """A read-only connection to the built gazetteer at ``path`` (shareable across threads, one
    query at a time) and its meta table, or a one-line error: not built, unreadable, or of
    another format."""
    if not path.exists():
        raise GazetteerNotBuiltError(f"gazetteer not built at {path}: run `conflictmap gazetteer build`")
    con = None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        meta = dict(con.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError as exc:
        if con is not None:
            con.close()
        raise GazetteerError(
            f"gazetteer {path} is unreadable ({exc}): rebuild it with `conflictmap gazetteer build`"
        ) from None
    if meta.get("format_version") != FORMAT_VERSION:
        con.close()
        raise GazetteerError(
            f"gazetteer {path} has format {meta.get('format_version')}, "
            f"this release reads {FORMAT_VERSION}: run `conflictmap gazetteer build`"
        )
    return con, meta


class Gazetteer(Closing):
    """A built gazetteer index, plus an optional layer of store entries."""

    def __init__(self, path: str | Path, layer: Layer | None = None) -> None:
        self.path = Path(path)
        self.layer = layer
        self._con, meta = open_index(self.path)
        try:
            self._admin1 = {
                (cc, code): n for cc, code, n in self._con.execute("SELECT * FROM admin1")
            }
        except sqlite3.DatabaseError as exc:
            self._con.close()
            raise GazetteerError(
                f"gazetteer {self.path} is unreadable ({exc}): rebuild it with "
                "`conflictmap gazetteer build`"
            ) from None
        self.meta = meta
        self._lock = threading.Lock()
        # The index file is immutable while open, so raw rows can be cached per key.
        self._key_rows = lru_cache(maxsize=200_000)(self._fetch_key_rows)
        self._skeleton_rows = lru_cache(maxsize=50_000)(self._fetch_skeleton_rows)
        self._notable_skeleton_rows = lru_cache(maxsize=50_000)(self._fetch_notable_skeleton_rows)
        self._near_rows = lru_cache(maxsize=50_000)(self._fetch_near_rows)
        self._countries: dict[str, Place] | None = None
        self._capitals: dict[str, Place | None] = {}  # (the index does not change while open)
        self._country_codes: frozenset[str] | None = None
        self._cell_points = lru_cache(maxsize=4096)(self._fetch_cell_points)
        self._initials: dict[str, list[Place]] | None = None
        self._answers = threading.local()  # this thread's remembered look-ups (see remembering)

    def close(self) -> None:
        self._con.close()

    # -- reading rows -------------------------------------------------------------------
    def admin1_name(self, country_code: str, code: str) -> str:
        return self._admin1.get((country_code, code), code)

    def admin1_code(self, country_code: str, name: str) -> str | None:
        """The GeoNames admin1 code of a country's first-level area named as
        :meth:`admin1_name` names it (a code given as the name is returned as it is)."""
        if (country_code, name) in self._admin1:
            return name
        for (cc, code), known in self._admin1.items():
            if cc == country_code and known == name:
                return code
        return None

    def _place(self, row: tuple, matched: str, sim: float, context: Mapping[str, float] | None,
               key: str | None = None) -> Place:
        _pid, gid, name, lat, lon, cc, a1, fcode, pop, precision, source = row
        return Place(
            name=name, lat=lat, lon=lon, country_code=cc, admin1=self.admin1_name(cc, a1),
            feature=fcode, source=source, geonameid=gid, population=pop, precision=precision,
            matched_name=matched,
            score=score(source=source, feature_code=fcode, population=pop, country_code=cc,
                        context=context, similarity=sim,
                        primary=key is not None and primary_key(name) == key),
        )

    def _query(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def _fetch_key_rows(self, key: str) -> tuple[tuple, ...]:
        return tuple(self._query(
            f"SELECT {_PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?", (key,)))

    def _fetch_notable_skeleton_rows(self, skel: str) -> tuple[tuple, ...]:
        return tuple(r for r in self._skeleton_rows(skel) if is_notable(r[8], r[9], r[11]))

    def _fetch_near_rows(self, key: str, cc: str | None, notable_only: bool) -> tuple[tuple[float, tuple], ...]:
        """The rows of the names spelled near ``key`` (:func:`geo.gazetteer.spelling.near_rows`), cached
        like the rows: the same loosely spelled names come back article after article."""
        skel = key_skeleton(key)
        return near_rows(self._notable_skeleton_rows(skel) if notable_only else self._skeleton_rows(skel), key, cc)

    def _fetch_skeleton_rows(self, skel: str) -> tuple[tuple, ...]:
        return tuple(self._query(
            f"SELECT s.key, {_PLACE_COLUMNS} FROM skeletons s JOIN places p ON p.id = s.place_id "
            "WHERE s.skel = ?", (skel,)))

    # -- forward ------------------------------------------------------------------------
    @contextmanager
    def remembering(self) -> Iterator[None]:
        """Within the block, this thread asks each look-up of :meth:`candidates` once: an article
        names its places many times (about half the look-ups of an analysis repeat one), and the
        places a name means do not change while one article is read.  Nested blocks share the
        outer one's answers; another thread's look-ups are not remembered."""
        if getattr(self._answers, "by_query", None) is not None:
            yield
            return
        self._answers.by_query = {}
        try:
            yield
        finally:
            self._answers.by_query = None

    def candidates(
        self,
        query: str,
        *,
        country: str | None = None,
        context: Mapping[str, float] | None = None,
        limit: int = 10,
        loose: bool | str = True,
    ) -> list[Place]:
        """Ranked places the name may mean; ``country`` (ISO alpha-2) restricts them;
        ``loose=False`` skips the skeleton fallback (exact, article-insensitive keys only),
        ``loose="notable"`` limits it to notable places (:func:`geo.features.is_notable`),
        ``loose="folded"`` keeps only the names whose folded key is the query's (a transliteration
        variant: ``geo.gazetteer.folding``), ``"close"`` those whose vowels agree too, of any place."""
        answers = getattr(self._answers, "by_query", None)
        if answers is None:
            return self._candidates(query, country, context, limit, loose)
        asked = (query, country, tuple(sorted(context.items())) if context else None, limit, loose)
        if asked not in answers:
            answers[asked] = tuple(self._candidates(query, country, context, limit, loose))
        return list(answers[asked])  # the caller's own list: some add to it

    def _candidates(self, query: str, country: str | None, context: Mapping[str, float] | None, limit: int,
                    loose: bool | str) -> list[Place]:
        query, key = _query_key(query)
        cc = country.upper() if country else None
        found: dict[tuple, Place] = {}

        def keep(place: Place) -> None:
            place = self._corrected(place, 1.0, context)
            if cc and place.country_code != cc:
                return
            ident = _identity(place)
            if ident not in found or found[ident].score < place.score:
                found[ident] = place

        for row in self._key_rows(key):
            keep(self._place(row, query, 1.0, context, key))
        if self.layer is not None:
            for place in self.layer.by_key(key):
                keep(_rescored(place, query, 1.0, context))
        if not found and loose in ("folded", "close"):
            self._folded(query, key, context, keep, close=loose == "close")
        elif not found and loose:
            self._loose(query, key, cc, context, keep, notable_only=loose == "notable")
        ranked = sorted(found.values(), key=lambda p: (-p.score, p.name))
        return ranked[:limit]

    def _loose(self, query, key, cc, context, keep, notable_only: bool = False) -> None:
        skel = key_skeleton(key)  # the query's skeleton, from the key already worked out
        if len(skel) < 3:
            return
        near: list[tuple[float, tuple | Place]] = list(self._near_rows(key, cc, notable_only))
        if self.layer is not None:
            similar = similarity_to(key)
            near += [(sim, place) for matched_key, place in self.layer.by_skeleton(skel)
                     if (not cc or place.country_code == cc)
                     and is_near(sim := similar(matched_key), matched_key, place.name, similar)]
        closest = max((sim for sim, _ in near), default=1.0)  # only the closest spellings count
        for sim, entry in near:
            if sim >= closest - LOOSE_MARGIN:
                keep(_rescored(entry, query, sim, context) if isinstance(entry, Place)
                     else self._place(entry, query, sim, context))

    def _folded(self, query, key, context, keep, close: bool = False) -> None:
        folds = fold_keys(query)  # (a French mute final "e" read both ways …)
        if not folds:
            return
        key = article_free(key)
        skel = key_skeleton(key)
        countries = folding_countries()
        found: list[tuple[str, str, tuple | Place]] = [
            (matched_key, row[5], tuple(row)) for matched_key, *row in self._skeleton_rows(skel)
            if row[5] in countries and is_variant(matched_key, query, close)]
        if self.layer is not None:
            found += [(matched_key, place.country_code, place) for matched_key, place in self.layer.by_skeleton(skel)
                      if place.country_code in countries and is_variant(matched_key, query, close)]
        # of a country's places, the names spelled closest to the query, vowels and all, keep
        # FOLDED_SIMILARITY, a farther one loses in proportion ("Kessoué" is Kissoué, Al Kiswah,
        # not Koussaïé, the larger Al Quşayr); between countries the document's context decides
        near = {matched_key: closeness(key, matched_key) for matched_key, _, _ in found}
        best: dict[str, float] = {}
        for matched_key, cc, _ in found:
            best[cc] = max(best.get(cc, 0.0), near[matched_key])
        for matched_key, cc, entry in found:
            sim = FOLDED_SIMILARITY - CLOSENESS_WEIGHT * (best[cc] - near[matched_key])
            keep(_rescored(entry, query, sim, context) if isinstance(entry, Place)
                 else self._place(entry, query, sim, context))

    def _corrected(self, place: Place, similarity: float, context: Mapping[str, float] | None) -> Place:
        """The user correction that stands in for ``place``, scored with ``similarity``; else ``place``."""
        if self.layer is not None and not place.source.startswith("user"):
            fixed = self.layer.replacement(place.ref)
            if fixed is not None:
                return _rescored(fixed, place.matched_name, similarity, context)
        return place

    def folded_variants(self, query: str, *, context: Mapping[str, float] | None = None,
                        limit: int = 10) -> list[Place]:
        """The places one of whose names is a transliteration variant of ``query`` (its folded
        key, ``geo.gazetteer.folding``) but not ``query`` itself: "Arbin" -> Syria's ‘Irbīn,
        besides the French village named Arbin that :meth:`candidates` finds."""
        query, key = _query_key(query)
        exact = {_identity(p) for p in self.candidates(query, context=context, loose=False, limit=1000)}
        found: dict[tuple, Place] = {}

        def keep(place: Place) -> None:
            place = self._corrected(place, FOLDED_SIMILARITY, context)
            ident = _identity(place)
            if ident not in exact and (ident not in found or found[ident].score < place.score):
                found[ident] = place

        self._folded(query, key, context, keep)
        return sorted(found.values(), key=lambda p: (-p.score, p.name))[:limit]

    def best(
        self,
        query: str,
        *,
        country: str | None = None,
        context: Mapping[str, float] | None = None,
    ) -> Place:
        """The top-ranked place, or :class:`NoMatchError`."""
        found = self.candidates(query, country=country, context=context, limit=1)
        if not found:
            where = f" in {country.upper()}" if country else ""
            raise NoMatchError(f"no match for {query.strip()!r}{where}")
        return found[0]

    def country(self, iso: str) -> Place | None:
        """The country (``PCLI``) of ISO alpha-2 code ``iso``, or ``None``."""
        if self._countries is None:
            rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.feature_code = 'PCLI'", ())
            countries: dict[str, Place] = {}
            for row in sorted(rows, key=lambda r: -r[8]):  # the most populous of a code
                countries.setdefault(row[5], self._place(row, row[2], 1.0, None))
            self._countries = countries
        return self._countries.get(iso.upper())

    def capital(self, iso: str) -> Place | None:
        """The capital (``PPLC``, the most populous of the code) of ISO alpha-2 code ``iso``, or ``None``."""
        key = iso.upper()
        if key not in self._capitals:
            rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.feature_code = 'PPLC' "
                               "AND p.country_code = ? ORDER BY p.population DESC LIMIT 1", (key,))
            self._capitals[key] = self._place(rows[0], rows[0][2], 1.0, None) if rows else None
        return self._capitals[key]

    def by_initials(self, initials: str) -> list[Place]:
        """Countries and first-level areas of two or more words whose initials (leaving out
        "of", "the", "and") are ``initials``: "NSW" -> New South Wales, "DRC" -> Democratic
        Republic of the Congo; most populous first."""
        if self._initials is None:
            rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.feature_code IN "
                               "('PCLI', 'ADM1') AND p.name LIKE '% %'", ())
            table: dict[str, list[Place]] = {}
            for row in sorted(rows, key=lambda r: -r[8]):
                words = [w for w in name_key(row[2]).split() if w not in _NOT_INITIALS]
                if len(words) >= 2:
                    initials = "".join(w[0] for w in words)
                    table.setdefault(initials, []).append(self._place(row, row[2], 1.0, None))
            self._initials = table
        return list(self._initials.get(initials.replace(".", "").lower(), ()))

    # -- reverse ------------------------------------------------------------------------
    def reverse(self, lat: float, lon: float, *, limit: int = 1, max_km: float = 250.0) -> list[Place]:
        """Nearest populated places or sites to ``(lat, lon)`` (areas are not returned)."""
        lat, lon = check_coordinates(lat, lon)
        base = cell_of(lat, lon)
        cells = sorted({base + dy * 360 + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1)})
        marks = ",".join("?" * len(cells))
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.cell IN ({marks}) "
            "AND p.precision IN ('point', 'district')",
            tuple(cells),
        )
        scored = []
        for row in rows:
            d = haversine_km((lat, lon), (row[3], row[4]))
            if d <= max_km:
                scored.append((d, -row[8], row))
        scored.sort()
        return [self._place(row, row[2], 1.0, None) for _d, _p, row in scored[:limit]]

    def points_in_cells(self, cells: Collection[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(lat, lon, country code) arrays of the populated places and sites (as
        :meth:`reverse` finds) in the given 1-degree cells (see ``schema.cell_of``)."""
        parts = [self._cell_points(int(c)) for c in sorted(cells)]
        return tuple(np.concatenate([p[i] for p in parts]) for i in range(3))  # type: ignore[return-value]

    def _fetch_cell_points(self, cell: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = self._query("SELECT lat, lon, country_code FROM places WHERE cell = ? "
                           "AND precision IN ('point', 'district')", (cell,))
        return (np.array([r[0] for r in rows], dtype=float), np.array([r[1] for r in rows], dtype=float),
                np.array([r[2] for r in rows], dtype=object))

    def country_codes(self) -> frozenset[str]:
        """The countries the index has populated places or sites of."""
        if self._country_codes is None:
            self._country_codes = frozenset(r[0] for r in self._query(
                "SELECT DISTINCT country_code FROM places WHERE precision IN ('point', 'district')", ()))
        return self._country_codes

    def admin1_centres(self) -> list[tuple[str, str, float, float]]:
        """(country code, name, lat, lon) of each first-level area with an ADM1 place in the
        index, under the admin1 table's name and under its place's own name (most populous
        place first where a code has two)."""
        rows = self._query(
            "SELECT p.country_code, a.name, p.name, p.lat, p.lon FROM places p JOIN admin1 a "
            "ON a.country_code = p.country_code AND a.code = p.admin1_code "
            "WHERE p.feature_code = 'ADM1' ORDER BY p.population DESC, p.id", ())
        return [(cc, name, lat, lon) for cc, listed, own, lat, lon in rows for name in (listed, own)]

    def stats(self) -> dict[str, str]:
        return dict(self.meta)


@lru_cache(maxsize=100_000)
def _query_key(query: str) -> tuple[str, str]:
    """A query stripped (:func:`geo.names.validate_query`, which raises on a bad one) and its
    :func:`geo.names.name_key`: the same names are asked of every article."""
    query = validate_query(query)
    return query, name_key(query)


def _identity(place: Place) -> tuple:
    return place.source, place.geonameid, place.name, place.lat, place.lon


def _rescored(place: Place, query: str, sim: float, context: Mapping[str, float] | None) -> Place:
    from dataclasses import replace

    return replace(
        place,
        matched_name=query,
        score=score(source=place.source, feature_code=place.feature, population=place.population,
                    country_code=place.country_code, context=context, similarity=sim),
    )
