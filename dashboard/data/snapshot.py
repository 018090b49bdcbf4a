"""The dashboard's frames (``dashboard.data.view_model``) cached as a Parquet snapshot in the
cache directory (``Settings.cache_dir``), shared by the server's snapshot process and its pages.

pandas is imported where frames are made or read, not with this module: the dashboard's
snapshot process only checks, on most starts, that the snapshot is there (about 0.6 s less)."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.data.view_model import view_frames
from geo.atomic import TEMPORARY_SUFFIX, write_atomically
from geo.store.frames import store_version

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)
#: bump when the frames' columns or types change, so older snapshots are not read
SNAPSHOT_FORMAT = 5


def frames(store, cache_dir: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) as :func:`~dashboard.data.view_model.view_frames` gives them, read from
    a snapshot in ``cache_dir`` when one was written for the store's current version.

    Reading 100,000 events through SQL takes seconds; the snapshot (Parquet, one pair of files per
    store version, older pairs removed) takes a tenth of a second.  The snapshot is only a cache:
    any problem reading or writing it falls back to the store, which stays the one truth.  One
    process at a time builds it (a lock file in ``cache_dir``): another that needs it meanwhile
    waits and reads it, instead of reading the store a second time."""
    if cache_dir is None:
        return view_frames(store)
    version = store_version(store)
    paths = _snapshot_paths(store, cache_dir, version)
    found = _read_snapshot(paths)
    if found is not None:
        return found
    with _building(cache_dir):
        found = _read_snapshot(paths)  # written by the process that held the lock
        if found is not None:
            return found
        return _build_snapshot(store, cache_dir, version, paths)


def build_snapshot(store, cache_dir: Path) -> bool:
    """Write the snapshot :func:`frames` reads, unless a readable one is there already (then
    only its Parquet footers are read).  True when this call built it.  Meant for a process of
    its own, ahead of the dashboard's first page (``dashboard.server``)."""
    with _building(cache_dir):
        version = store_version(store)
        paths = _snapshot_paths(store, cache_dir, version)
        try:
            import pyarrow.parquet as pq

            for path in paths.values():
                pq.read_metadata(path)
            return False
        except Exception:  # noqa: BLE001 - missing or damaged: build it
            pass
        _build_snapshot(store, cache_dir, version, paths)
        return True


def _snapshot_paths(store, cache_dir: Path, version: tuple) -> dict[str, Path]:
    digest = hashlib.sha256(repr((str(store.engine.url), version, SNAPSHOT_FORMAT)).encode()).hexdigest()[:16]
    return {name: cache_dir / f"frames-{digest}-{name}.parquet" for name in ("events", "sources")}


def _read_snapshot(paths: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    import pandas as pd

    try:
        return pd.read_parquet(paths["events"]), pd.read_parquet(paths["sources"])
    except Exception:  # noqa: BLE001 - missing, partial or unreadable snapshot: rebuild it
        return None


def _build_snapshot(store, cache_dir: Path, version: tuple,
                    paths: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    events, sources = view_frames(store)
    if store_version(store) == version:  # nothing was written meanwhile
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            for name, frame in (("events", events), ("sources", sources)):
                write_atomically(paths[name], lambda tmp, frame=frame: frame.to_parquet(tmp, index=False))
            # older snapshots, and partial files of builds that were stopped (a server closed
            # while its snapshot process was writing): builders hold the lock, so no other
            # build is writing now
            for old in (*cache_dir.glob("frames-*"), *cache_dir.glob(".frames-*")):
                if old.suffix in (".parquet", TEMPORARY_SUFFIX) and old not in paths.values():
                    old.unlink(missing_ok=True)
        except Exception as exc:  # noqa: BLE001 - a read-only home still shows the data
            log.warning("frames snapshot not written: %s", exc)
    return events, sources


#: how long a process waits for another to finish the snapshot before building its own
LOCK_WAIT_SECONDS = 300.0


@contextmanager
def _building(cache_dir: Path) -> Iterator[None]:
    """Hold ``cache_dir/frames.lock`` (an advisory lock, released by the system if its holder
    dies).  Without ``fcntl`` (Windows), or where the lock file cannot be made, no lock: each
    process then builds for itself, as it would anyway."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle = open(cache_dir / "frames.lock", "a+b")  # noqa: SIM115 - closed below
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:  # held by another process
                if time.monotonic() > deadline:
                    log.warning("frames snapshot: gave up waiting for %s", cache_dir / "frames.lock")
                    break
                time.sleep(0.05)
            except OSError:  # no locks on this file system (some network mounts): go without
                break
        yield
    finally:
        handle.close()  # releases the lock


