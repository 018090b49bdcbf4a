"""A live `conflictmap serve` on 127.0.0.1 and a system Chromium driven by Playwright."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str
    process: subprocess.Popen
    env: dict[str, str]  # CONFLICTMAP_HOME and the gazetteer: a CLI run with it uses the server's store


@pytest.fixture
def served(server):
    """The URL of a live `conflictmap serve` (see ``server``)."""
    yield server.url


@pytest.fixture
def server(tmp_path, gazetteer_path):
    """Start `conflictmap serve` on a free port with its own store holding the two sample
    articles; yield its :class:`Server`."""
    port = free_port()
    env = {**os.environ, "CONFLICTMAP_HOME": str(tmp_path / "home"),
           "CONFLICTMAP_GAZETTEER": str(gazetteer_path)}
    env.pop("CONFLICTMAP_DB", None)
    cli = [sys.executable, "-m", "dashboard.cli"]
    articles = Path(__file__).resolve().parents[2] / "data" / "articles"
    subprocess.run([*cli, "ingest", str(articles / "002_a0c274ca167b7a0b.txt")], env=env, check=True,
                   capture_output=True, timeout=120)
    subprocess.run([*cli, "ingest", "--published", "2022-01-23", str(articles / "000_e69315e52186f9f0.txt")],
                   env=env, check=True, capture_output=True, timeout=120)
    proc = subprocess.Popen([*cli, "serve", "--port", str(port), "--address", "127.0.0.1"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail(f"dashboard did not start: {proc.stdout.read().decode(errors='replace')[-2000:]}")
    yield Server(url, proc, env)
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
