"""The README's promise: the property and fuzz tests draw the same inputs on every run (the
default profile), and new ones under ``HYPOTHESIS_PROFILE=explore``.  Each strategy's first
inputs are drawn (``tests/fuzz_draws.py``) in a fresh process and in this test's own process,
after whatever tests ran here before it (with pytest-xdist's work stealing, different ones on
each run), under different ``PYTHONHASHSEED`` values, and their hashes compared."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import uuid

from hypothesis import settings

from tests.conftest import REPO
from tests.fuzz_draws import FIXED_SEED, draws
from tests.fuzzing import PROFILE

#: Hypothesis examples drawn per strategy in each process (``tests.fuzzing.BATCH`` inputs each for
#: a fuzz strategy)
EXAMPLES = 3


def _fresh_draws(**extra: str) -> dict[str, dict[str, str]]:
    """The hashes ``python -m tests.fuzz_draws`` printed in a fresh process, by profile."""
    env = {k: v for k, v in os.environ.items() if k not in ("HYPOTHESIS_PROFILE", "PYTHONHASHSEED")}
    env.update(extra, PYTHONPATH=str(REPO))
    process = subprocess.run([sys.executable, "-m", "tests.fuzz_draws", str(EXAMPLES)], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=300)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


#: a module outside the project, as a test or a pytest plugin may load one: constants of every kind
#: Hypothesis draws from a module's source, none of them the project's, each sorted before most of
#: their kind (a constant is drawn by its index in the sorted pool: one sorted last would change
#: few draws)
FOREIGN_MODULE = 'WORDS = ("!a", "!b", "#c", "$d")\nCOUNTS = (101, 102, 103)\nSIZES = (-2.5e300, -1.5e-300, 1e-300)\nRAW = b"\\x01q"\n'


def test_the_fuzz_inputs_are_the_same_in_every_process_and_new_ones_when_exploring(tmp_path, monkeypatch):
    # this process hashes strings with another seed than the fresh one (its own random one, or
    # the one it was given); it draws once that process has ended, seconds later: a time stamp in
    # an input (gzip's and zip's, to the second) shows as a difference.  The fresh process, run
    # with HYPOTHESIS_PROFILE=explore, draws under the repeatable profile first (as `make test`
    # does), then under its own (one process: each costs seconds of imports)
    fresh_seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    fresh = _fresh_draws(PYTHONHASHSEED=fresh_seed, HYPOTHESIS_PROFILE="explore")
    first, explored = fresh["repeatable"], fresh["explore"]
    foreign = f"foreign_{uuid.uuid4().hex}"  # loaded while this process draws, gone after the test
    path = tmp_path / f"{foreign}.py"
    path.write_text(FOREIGN_MODULE)
    spec = importlib.util.spec_from_file_location(foreign, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setitem(sys.modules, foreign, module)
    settings.load_profile("repeatable")  # as `make test` draws, whatever this run's profile
    try:
        here = draws(EXAMPLES)
    finally:
        settings.load_profile(PROFILE)
    assert len(first) >= 20  # every fuzz and property strategy of the suite
    assert {name for name in first if first[name] != here[name]} == set()
    assert {name for name in first if first[name] == explored[name]} == {FIXED_SEED}
