"""How a large import is cut into chunks (tapered at the end when a cluster shares them) and
how the handoff directories of killed imports are cleaned up by the next one."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from geo.cluster import handoff
from geo.importers.chunks import CHUNK_ROWS, FIRST_CHUNK_ROWS, TAIL_CHUNK_ROWS, spans


def test_chunks_cover_every_row_once_and_taper_when_shared():
    for rows in (1, FIRST_CHUNK_ROWS + 1, 100_000, 300_001):
        for taper in (False, True):
            cut = spans(rows, taper=taper)
            assert cut[0][0] == 0 and cut[-1][1] == rows
            assert all(stop == start for (_, stop), (start, _) in zip(cut[:-1], cut[1:], strict=True))
            assert all(start < stop for start, stop in cut)
    sizes = [stop - start for start, stop in spans(100_000, taper=True)]
    assert sizes[0] == FIRST_CHUNK_ROWS and max(sizes) == CHUNK_ROWS
    tail = sizes[sizes.index(max(sizes)):]
    assert tail == sorted(tail, reverse=True) and tail[-2] == TAIL_CHUNK_ROWS  # smaller and smaller
    assert [stop - start for start, stop in spans(100_000)][1:-1] == [CHUNK_ROWS] * 3  # not shared: even


def test_a_killed_imports_handoff_directory_goes_with_the_next_import(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    dead = int(gone.stdout)
    left = tmp_path / f"{handoff.PREFIX}{dead}-abc"
    (left / "sub").mkdir(parents=True)
    (left / "chunk.pickle").write_bytes(b"x")
    fresh = tmp_path / f"{handoff.PREFIX}{dead}-def"  # its process gone a moment ago: left for now
    fresh.mkdir()
    mine = tmp_path / f"{handoff.PREFIX}{os.getpid()}-ghi"  # a running import's
    mine.mkdir()
    other = tmp_path / "conflictmap-chunks-xyz"  # no owner to tell
    other.mkdir()
    old = time.time() - 2 * handoff.STALE_SECONDS
    for folder in (left, mine, other):
        os.utime(folder, (old, old))
    assert handoff.remove_stale(str(tmp_path)) == [str(left)]
    assert not left.exists() and fresh.exists() and mine.exists() and other.exists()
