"""Streamlit's AppTest scans the installed packages for components once per process.

Each new ``AppTest`` builds a component registry of its own and fills it by scanning every
installed distribution's metadata for Streamlit components (``scan_component_manifests``: some
150 packages, three reads of each one's metadata, 0.15-0.3 s of CPU a time); ``test_app.py``
alone creates 34.  The packages installed do not change while the tests run: the scan's answer
is kept for the process (each registry is still built from it afresh), which cut the four
AppTest files' CPU by a fifth (31.7 and 30.4 -> 25.4 and 23.7 s, README)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def components_scanned_once() -> Iterator[None]:
    from streamlit.components.v2 import manifest_scanner

    scan = manifest_scanner.scan_component_manifests
    scanned = functools.cache(lambda: tuple(scan()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manifest_scanner, "scan_component_manifests", lambda max_workers=None: list(scanned()))
        yield
