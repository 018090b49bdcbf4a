"""``conflictmap`` processes forked from a warm one, for the tests that run several at once.

A CLI process started afresh spends some 1.2 s of CPU before its first article (the
interpreter, spaCy's and the project's imports, the English model: an ingest of one sample
article 1.9 s, 0.23 s forked here; the fork server's start 2.05 s, once) and an import some
0.5 s; the tests of processes writing one store at once (tests/test_concurrent_writers*.py)
start about twenty.  Here each is forked from a process that did all that once (multiprocessing's
fork server: started by a test process's first such command, then kept until the run ends,
:func:`stop`): still a process of its own (its pid, connections, locks and exit status; its
stdout and stderr pipes read by the test), given the command's arguments, environment and
working directory, and running the command's entry point as ``python -m dashboard.cli`` does.
What the forked processes cannot show, the start of a fresh interpreter, those tests still
show with one test's processes started afresh, as elsewhere (``subprocess``)."""

from __future__ import annotations

import io
import locale
import multiprocessing
import os
import selectors
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from multiprocessing import reduction
from pathlib import Path

#: the module the fork server imports before it forks: its import loads what the commands need
WARM_MODULE = "tests.warm_cli"
_context: list[multiprocessing.context.BaseContext] = []


def warm_context() -> multiprocessing.context.BaseContext:
    if not _context:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([WARM_MODULE])
        _context.append(context)
    return _context[0]


def stop() -> None:
    """The fork server told to end and waited for (so that its CPU, and its children's, is counted
    with the run's), if this process started one."""
    if _context:
        from multiprocessing import forkserver

        forkserver._forkserver._stop()  # (CPython's own tests stop it so: no public call does)


class _Passed:
    """A file descriptor handed to the forked process (multiprocessing sends it a copy)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __reduce__(self):
        return _received, (reduction.DupFd(self.fd),)


def _received(duplicate) -> int:
    return duplicate.detach()


def run_command(args: list[str], env: dict[str, str], cwd: str, out: int, err: int) -> None:
    """(In the forked process.)  ``python -m dashboard.cli ARGS`` with ``env`` in ``cwd``, its
    output to ``out`` and ``err``."""
    from dashboard.cli import main

    os.dup2(out, 1)
    os.dup2(err, 2)
    os.close(out)
    os.close(err)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.argv = [str(Path(sys.modules["dashboard.cli"].__file__)), *args]
    sys.exit(main(args))


class ForkedCli:
    """``conflictmap ARGS`` forked from the warm process, used as the tests use a
    ``subprocess.Popen(..., stdout=PIPE, stderr=PIPE, text=True)``."""

    def __init__(self, args: Sequence[str], *, env: Mapping[str, str], cwd: str | Path) -> None:
        self.args = list(args)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        try:
            self._process = warm_context().Process(
                target=run_command, args=(self.args, dict(env), str(cwd), _Passed(out_w), _Passed(err_w)),
                name="conflictmap")
            self._process.start()
        except BaseException:
            os.close(out_r)
            os.close(err_r)
            raise
        finally:
            os.close(out_w)
            os.close(err_w)
        self.pid = self._process.pid
        self._pipes = {out_r: bytearray(), err_r: bytearray()}
        self._out, self._err = out_r, err_r
        self._open = {out_r, err_r}
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._process.exitcode
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self.poll() is None:
            raise subprocess.TimeoutExpired(self.args, timeout)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            self._process.kill()

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Its whole output (read until it closes both pipes), once it has ended."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            for fd in self._open:
                selector.register(fd, selectors.EVENT_READ)
            while selector.get_map():
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise subprocess.TimeoutExpired(self.args, timeout)
                for key, _ in selector.select(left):
                    chunk = os.read(key.fd, 65536)
                    if chunk:
                        self._pipes[key.fd] += chunk
                    else:
                        selector.unregister(key.fd)
                        self._open.discard(key.fd)
                        os.close(key.fd)
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return _text(self._pipes[self._out]), _text(self._pipes[self._err])


def _text(data: bytes) -> str:
    """As ``subprocess`` decodes a pipe in text mode (the locale's encoding, universal newlines)."""
    return io.TextIOWrapper(io.BytesIO(bytes(data)), encoding=locale.getpreferredencoding(False)).read()


def run(args: Sequence[str], *, timeout: float | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """``conflictmap ARGS`` forked with this process's environment and working directory, as
    ``subprocess.run(..., capture_output=True, text=True)`` runs it."""
    process = ForkedCli(args, env=os.environ, cwd=os.getcwd())
    try:
        out, err = process.communicate(timeout)
    finally:
        process.kill()
    done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    if check:
        done.check_returncode()
    return done
