"""The first inputs each fuzz and property strategy of the suite draws, hashed: one line per
strategy, ``name sha256``.  ``tests/test_fuzz_repeatable.py`` compares the hashes of a fresh
process with those of the test's own process (another ``PYTHONHASHSEED``, and whatever tests ran
there before), so that the README's "the same inputs on every run" holds.  Run by hand:
``python -m tests.fuzz_draws [examples]`` (with ``HYPOTHESIS_PROFILE=explore``, the explored
inputs' hashes too)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing import BATCH, PROFILE, fuzz, import_the_project, load_profile
from tests.seeded import Seeded

T = TypeVar("T")

load_profile()  # before the test modules build their settings, as conftest.py does
import_the_project()  # as conftest.py does: the same constants in Hypothesis's draws


def canonical(value: object) -> str:
    """A text of ``value`` that is the same for equal inputs in any process (frames by their
    cells, not their truncated repr)."""
    if isinstance(value, pd.DataFrame):
        return repr((list(value.columns), [str(t) for t in value.dtypes], value.astype(str).values.tolist()))
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    return repr(value)


#: the damaged archives: drawn from a fixed seed of their own, the same under every profile
FIXED_SEED = "archives:damaged"
#: drawn by a property test (a Hypothesis example each, a few examples) rather than by ``fuzz``
PROPERTY = "property"


def strategies() -> Iterator[tuple[str, st.SearchStrategy | Seeded, str | None]]:
    """(name, strategy, shard) of every strategy the fuzz and property tests draw from; the shard
    is ``PROPERTY`` for a property test's."""
    from geo.importers import FORMATS
    from tests.dashboard import test_missing_values as missing
    from tests.geo import test_fuzz_importers as fuzz_importers
    from tests.geo import test_fuzz_parsers as parsers
    from tests.geo import test_reader_fuzz as readers
    from tests.geo.fuzz_files import data_file

    for fmt in sorted(FORMATS):
        yield f"file:{fmt}", data_file(fmt), f"{fmt} 0"
        yield f"rows:{fmt}", data_file(fmt, rows=(fuzz_importers.MAPPED_ROWS,) * 2), f"{fmt} rows"
    yield "reader:bytes", readers.FILE_BYTES, None
    yield "reader:json", readers.JSON_FILES, None
    yield "reader:records", readers.ANY_RECORDS, None
    yield "reader:jsonl", readers.JSONL, None
    yield "reader:header", readers.HEADER_LINES, None
    yield "parsers:texts", parsers.texts, None
    yield "parsers:dates", parsers.date_arguments, None
    yield "parsers:column", parsers.COLUMN.one(), PROPERTY
    yield "dashboard:frames", missing.frames(), PROPERTY
    yield "dashboard:rows", st.lists(missing.ROW, max_size=6), PROPERTY


def property_examples(strategy: st.SearchStrategy[T], check: Callable[[T], None], examples: int) -> None:
    """``check`` on the first ``examples`` values a property test of ``strategy`` draws."""
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(value=strategy)
    def run(value: T) -> None:
        check(value)

    run()


def draws(examples: int) -> dict[str, str]:
    """The inputs of each strategy's first ``examples`` Hypothesis examples (``BATCH`` inputs
    each for a fuzz strategy, drawn as the fuzz tests draw them; one for a property strategy), and
    as many damaged archives as fuzz inputs, hashed.  (Hypothesis's first example is its simplest
    under every profile: two or more tell the profiles apart.)"""
    from tests.geo.fuzz_files import damaged_archives

    count = examples * BATCH
    hashes = {}
    for name, strategy, shard in strategies():
        digest = hashlib.sha256()

        def record(value: object, digest=digest) -> None:
            digest.update(canonical(value).encode("utf-8", "surrogatepass"))

        if shard == PROPERTY:
            property_examples(strategy, record, examples)
        else:
            fuzz(strategy, record, count, shard=shard)
        hashes[name] = digest.hexdigest()
    hashes[FIXED_SEED] = hashlib.sha256(canonical(list(damaged_archives(count))).encode()).hexdigest()
    return hashes


def profile_draws(examples: int) -> dict[str, dict[str, str]]:
    """``draws(examples)`` under the "repeatable" profile (first: as a fresh process draws them),
    then under this process's own profile (``HYPOTHESIS_PROFILE``) if that is another: by profile."""
    settings.load_profile("repeatable")
    try:
        drawn = {"repeatable": draws(examples)}
    finally:
        settings.load_profile(PROFILE)
    if PROFILE != "repeatable":
        drawn[PROFILE] = draws(examples)
    return drawn


if __name__ == "__main__":
    print(json.dumps(profile_draws(int(sys.argv[1]) if len(sys.argv) > 1 else 3), indent=0))
