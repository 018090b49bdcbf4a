"""The dashboard server answers only for its own host names (a page on another name pointed at
127.0.0.1 — DNS rebinding — is refused on every path and on the WebSocket) and never looks
this machine's addresses up on the network, checked against the real `conflictmap serve`."""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from dashboard.hosts import HostCheck, allowed_names, host_name, origin_name
from geo.config import load_settings
from geo.errors import ConfigurationError
from tests.conftest import REPO
from tests.network_trace import outside_attempts, strace_missing, strace_prefix

ADDED = "maps.example.org"  # a name the test server is told to answer for (--allow-host)


# --- the names (pure) ----------------------------------------------------------------------

@pytest.mark.parametrize(("header", "name"), [
    ("localhost:8501", "localhost"), ("LOCALHOST.:8501", "localhost"), ("127.0.0.1", "127.0.0.1"),
    ("[::1]:8501", "::1"), ("evil.example:8501", "evil.example"), ("", None), (None, None),
    ("localhost:notaport", None), ("user@localhost:8501", None), ("localhost/x", None), ("[::1", None),
])
def test_host_header_names(header, name):
    assert host_name(header) == name


@pytest.mark.parametrize(("origin", "name"), [
    ("http://localhost:8501", "localhost"), ("https://[::1]:8501", "::1"), ("http://evil.example", "evil.example"),
    ("null", None), ("file://", None), ("http://localhost:x", None),
])
def test_origin_names(origin, name):
    assert origin_name(origin) == name


def test_allowed_names_are_the_loopback_ones_the_address_and_the_added():
    assert allowed_names("0.0.0.0") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_names("192.168.1.5", ["Maps.Example.org."]) == {
        "localhost", "127.0.0.1", "::1", "192.168.1.5", "maps.example.org"}


def test_names_come_from_the_environment_or_the_config_file(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('[server]\nallowed_hosts = ["maps.example.org", "10.0.0.7"]\n', encoding="utf-8")
    monkeypatch.setenv("CONFLICTMAP_CONFIG", str(config))
    assert load_settings().allowed_hosts == ("maps.example.org", "10.0.0.7")
    assert "maps.example.org" in HostCheck(app=None).names
    monkeypatch.setenv("CONFLICTMAP_ALLOWED_HOSTS", "a.example, b.example")
    assert load_settings().allowed_hosts == ("a.example", "b.example")
    monkeypatch.delenv("CONFLICTMAP_ALLOWED_HOSTS")
    config.write_text('[server]\nallowed_hosts = "maps.example.org"\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="allowed_hosts must be a list"):
        load_settings()


def test_serve_refuses_a_name_that_is_not_one_in_one_line(run_cli, monkeypatch):
    monkeypatch.setattr(os, "execve", lambda *a: pytest.fail("the server was started"))
    result = run_cli("serve", "--allow-host", "http://maps.example.org/")
    assert result.code != 0
    assert "not a host name" in result.err and len(result.err.strip().splitlines()) == 1


def test_serve_hands_its_names_to_the_server_and_keeps_the_protections_on(run_cli, monkeypatch):
    started = {}
    monkeypatch.setattr(os, "execve", lambda path, cmd, env: started.update(cmd=cmd, env=env))
    monkeypatch.setenv("CONFLICTMAP_ALLOWED_HOSTS", "configured.example")
    monkeypatch.setenv("CONFLICTMAP_PASSWORD", "alice-password")
    assert run_cli("user", "add", "alice", "--role", "editor").code == 0  # off loopback: sign-in asked
    assert run_cli("serve", "--address", "192.168.1.5", "--allow-host", "Maps.Example.org").code == 0
    assert started["env"]["CONFLICTMAP_SIGN_IN"] == "1"
    names = started["env"]["CONFLICTMAP_ALLOWED_HOSTS"].split(",")
    assert set(names) == {"localhost", "127.0.0.1", "::1", "192.168.1.5", "maps.example.org", "configured.example"}
    assert {f"--server.allowedHosts={name}" for name in names} <= set(started["cmd"])
    assert {"--server.enableCORS=true", "--server.enableXsrfProtection=true"} <= set(started["cmd"])


# --- the real server ------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(port: int, host: str, path: str = "/", extra: str = "") -> tuple[int, bytes]:
    """One HTTP/1.1 request to 127.0.0.1:``port`` naming ``host``: (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n{extra}\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def _websocket(port: int, host: str, origin: str | None = None) -> int:
    """The status of a WebSocket upgrade of Streamlit's stream (101 when accepted)."""
    key = base64.b64encode(os.urandom(16)).decode()
    extra = (f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
             "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: streamlit\r\n")
    if origin is not None:
        extra += f"Origin: {origin}\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n".encode())
        return int(s.recv(4096).split()[1])


@pytest.fixture
def traced_server(tmp_path, gazetteer_path):
    """`conflictmap serve --address 127.0.0.1` under strace (where it can run), with an empty store
    and a config file that adds maps.example.org; yields (port, trace file or why there is none)."""
    reason = strace_missing()
    port = _free_port()
    trace = tmp_path / "server.trace"
    config = tmp_path / "config.toml"
    config.write_text(f'[server]\nallowed_hosts = ["{ADDED}"]\n', encoding="utf-8")
    env = {**os.environ, "CONFLICTMAP_HOME": str(tmp_path / "home"), "CONFLICTMAP_GAZETTEER": str(gazetteer_path),
           "CONFLICTMAP_CONFIG": str(config)}
    for name in ("CONFLICTMAP_DB", "CONFLICTMAP_ALLOWED_HOSTS", "CONFLICTMAP_INTERNAL_HOOKS"):
        env.pop(name, None)
    proc = subprocess.Popen([*([] if reason else strace_prefix(trace)), sys.executable, "-m", "dashboard.cli", "serve", "--port", str(port),
                             "--address", "127.0.0.1"], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if _request(port, f"127.0.0.1:{port}", "/_stcore/health") == (200, b"ok"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"the dashboard did not start: {proc.communicate(timeout=10)[0].decode(errors='replace')[-2000:]}")
            time.sleep(0.05)
        yield port, reason or trace
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def test_the_server_answers_its_own_names_only_and_looks_nothing_up(traced_server):
    port, trace = traced_server
    evil = f"evil.example:{port}"
    # another name pointed at 127.0.0.1: refused everywhere, in one line
    for path in ("/", "/_stcore/health", "/_stcore/host-config", "/app/static/vendor/README.md"):
        status, body = _request(port, evil, path)
        assert status == 403, path
        assert body.count(b"\n") == 1 and b"--allow-host" in body
    assert _websocket(port, evil) == 403
    assert _websocket(port, evil, f"http://{evil}") == 403  # the rebinding page's own WebSocket
    # its own names, and the one it was told to answer for
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", f"{ADDED}:{port}", "localhost"):
        assert _request(port, host, "/_stcore/health") == (200, b"ok"), host
        assert _request(port, host)[0] == 200, host
    assert _websocket(port, f"localhost:{port}", f"http://localhost:{port}") == 101
    assert _websocket(port, f"localhost:{port}") == 101
    # a page on another name opening the WebSocket, and one on another of the server's names
    # (which Streamlit's own origin check judges): refused, and no address looked up for either
    assert _websocket(port, f"127.0.0.1:{port}", "http://evil.example") == 403
    assert _websocket(port, f"127.0.0.1:{port}", f"http://[::1]:{port}") == 403
    assert _request(port, f"127.0.0.1:{port}", "/_stcore/health", "Origin: http://evil.example\r\n")[0] == 200
    if isinstance(trace, str):
        pytest.skip(f"what the server tries on the network is not checked: {trace}")
    time.sleep(1)  # strace writes as the calls happen; a look-up takes a moment to start
    assert outside_attempts(trace.read_text(errors="replace")) == []
