"""Running a fuzzed entry point over its generated inputs (issue 18: at least 10,000 per entry
point), counted.

Hypothesis costs some 5-20 ms of its own per example (its engine, its record of every draw),
more than most checks here; so each example draws a batch of ``BATCH`` inputs from the same
strategy and the check runs on each: inputs of the same kinds, the same checks, in about half
the CPU with ten to a batch, and a sixth to a third less again with fifty (what was left of
Hypothesis's share: its engine, its mutations, seeding and restoring the global random
generators around each example; the README has the figures).  The fuzz inputs are built by a generator seeded
from the example's draw (``tests/seeded.py``): one seed and a size per batch, not a recorded
draw per name, cell and character.
A test may split its inputs into shards (distinct seeds, the same total) so that the suite's
two workers share them.  A reader that takes a path gets each input as a new file
(``new_file``) in a folder kept in memory where the system has one (``fuzz_folder``).  ``FUZZ_EXAMPLES`` lowers the count for a quick look by hand."""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests.seeded import Seeded

T = TypeVar("T")

#: generated inputs per fuzzed entry point, as issue 18 asks
INPUTS = int(os.environ.get("FUZZ_EXAMPLES", "10000"))
#: inputs drawn per Hypothesis example (a batch is built by one generator from a drawn seed and
#: size; a hundred saved nothing more than fifty)
BATCH = 50
#: the Hypothesis profile the suite runs under
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "repeatable")


def load_profile() -> None:
    """Property and fuzz tests draw the same inputs on every run ("repeatable", the default), so
    that `make test` and CI pass or fail alike; `HYPOTHESIS_PROFILE=explore` draws new ones each
    run (to look for new failures: hypothesis prints the failing example)."""
    settings.register_profile("repeatable", derandomize=True)
    settings.register_profile("explore", derandomize=False)
    settings.load_profile(PROFILE)


#: the project's modules that are not libraries: Streamlit's page scripts and the ASGI app (each
#: runs when imported), and the modules of packages that are not (Alembic's migrations)
NOT_LIBRARIES = {"dashboard.app", "dashboard.asgi"}
NOT_LIBRARY_PACKAGES = ("dashboard.views.", "geo.store.migrations.")
#: the modules outside geo/ and dashboard/ that tests import
OTHER_MODULES = ("bench.generate_events",)


def import_the_project() -> None:
    """Import every library module of geo/ and dashboard/ (and :data:`OTHER_MODULES`), then pin
    Hypothesis's pool of constants to theirs (:func:`pin_constants`)."""
    for package in ("geo", "dashboard"):
        path = importlib.import_module(package).__path__
        for found in pkgutil.walk_packages(path, f"{package}."):
            if found.name not in NOT_LIBRARIES and not found.name.startswith(NOT_LIBRARY_PACKAGES):
                importlib.import_module(found.name)
    for name in OTHER_MODULES:
        importlib.import_module(name)
    pin_constants()


#: the top-level packages whose modules' constants Hypothesis may draw (:func:`pin_constants`)
PROJECT_PACKAGES = ("geo", "dashboard", *{name.split(".")[0] for name in OTHER_MODULES})


def pin_constants() -> None:
    """Hypothesis now and then draws a constant found in the source of the "local" modules
    (outside site-packages and test folders) loaded in its process, looked for again whenever
    more are loaded: so the inputs of a property test depended on what else the process had
    loaded before it (a module a test wrote and imported, a pytest plugin on ``PYTHONPATH``,
    a project module first imported by the test before), and changed with the order tests ran
    in.  Here the pool is the constants of the project's library modules (all imported:
    :func:`import_the_project`), and stays so whatever the process loads next.  (Hypothesis has no
    setting for it: this replaces its ``_get_local_constants``, an internal, and fails loudly if
    a Hypothesis upgrade renames what it uses.)"""
    import sys

    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants, constants_from_module, is_local_module_file
    from hypothesis.internal.floats import float_to_int
    from sortedcontainers import SortedSet

    found = Constants()
    for name, module in sorted(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if name.split(".")[0] in PROJECT_PACKAGES and path and is_local_module_file(path):
            found |= constants_from_module(module)
    pool = Constants(integers=SortedSet(found.integers), floats=SortedSet(found.floats, key=float_to_int),
                     bytes=SortedSet(found.bytes), strings=SortedSet(found.strings))
    providers._get_local_constants = lambda: pool
    providers.CONSTANTS_CACHE.cache.clear()


#: a folder whose files live in memory (Linux's tmpfs), where one is there to write in
MEMORY_FOLDER = Path("/dev/shm")


def fuzz_folder(tmp_path_factory, name: str) -> Iterator[Path]:
    """A folder for a module's fuzz inputs (a module-scoped fixture's body), in memory
    (:data:`MEMORY_FOLDER`) where possible, else in the run's temporary folder; removed after.
    Some 100,000 inputs a run are each written as a new file (``new_file``): on the test
    machine's ext4 disk a new file cost 62 µs of CPU (most of it the kernel's) and 0.2 ms of
    waiting, on tmpfs 32 µs and 0.1 ms (10,000 files written, read and removed)."""
    if MEMORY_FOLDER.is_dir() and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        folder = Path(tempfile.mkdtemp(prefix=f"conflictmap-{name}-", dir=MEMORY_FOLDER))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path_factory.mktemp(name)


def new_file(path: Path, data: bytes) -> Path:
    """``data`` as a new file at ``path`` (the file a fuzzed reader is given).  A new file, not the
    old one cut and rewritten: ext4 (its default ``auto_da_alloc``) writes a file truncated and
    refilled out to disk when it is closed: 0.2-0.3 ms of waiting each time on the quiet test
    machine, 5 ms while other jobs used its disk, some 100,000 times a run; removing the old
    one first costs microseconds."""
    path.unlink(missing_ok=True)
    path.write_bytes(data)
    return path


def fuzz(strategy: st.SearchStrategy[T] | Seeded[T], check: Callable[[T], None], inputs: int = INPUTS,
         shard: str | None = None, per_example: int = BATCH) -> int:
    """Run ``check`` on ``inputs`` values drawn from ``strategy``, ``per_example`` to a
    Hypothesis example (built by one seeded generator, of one drawn size, for a
    :class:`tests.seeded.Seeded`), and return how many it ran on (the caller asserts the count).
    A ``shard`` name gives the run a seed of its own when the suite draws repeatable inputs (the
    default profile), so that the shards of one entry point draw different inputs."""
    tried = 0
    batches = strategy.batch(per_example) if isinstance(strategy, Seeded) else st.lists(
        strategy, min_size=per_example, max_size=per_example)

    @settings(max_examples=-(-inputs // per_example), deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(batch=batches)
    def run(batch: list[T]) -> None:
        nonlocal tried
        for value in batch:
            try:
                check(value)
            except Exception as exc:  # which of the batch failed, under Hypothesis's report of it
                exc.add_note(f"the failing input: {value!r}")
                raise
            tried += 1

    if shard is not None and settings.default.derandomize:
        run = seed(zlib.crc32(shard.encode()))(run)
    run()
    return tried
