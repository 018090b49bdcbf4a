"""The handoff directories of killed imports (where a local cluster's workers leave their
mapped chunks) are removed by the next import."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from geo.cluster import handoff


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
