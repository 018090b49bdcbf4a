"""Child processes that end with the process that started them.

A forked worker (the server's snapshot process) must not outlive its parent: killed with
``kill -9``, the parent cannot stop it, and a worker left waiting on a pipe nobody reads keeps
its memory (hundreds of MB) for good.  :func:`die_with_parent`, called first thing in the
child, arranges it: on Linux the kernel sends the child SIGKILL when the parent dies
(``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread of the child checks every
:data:`PARENT_CHECK_SECONDS` whether its parent is still the one that started it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

#: prctl option: the signal the kernel sends this process when its parent dies (linux/prctl.h)
PR_SET_PDEATHSIG = 1
#: how often a child checks its parent where the kernel cannot tell it (not Linux)
PARENT_CHECK_SECONDS = 0.5


def _kernel_kills_orphan() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; whether it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def die_with_parent(parent_pid: int) -> None:
    """In a child process: end it (at once, without cleanup) when ``parent_pid``, the process
    that started it, is gone.  (On Linux the signal follows the parent's thread that forked:
    fork from a thread that lives as long as the parent.)"""
    if not _kernel_kills_orphan():
        threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the kernel was told
        os._exit(1)
