"""The assumptions ``dashboard.internals`` rests on, checked against the installed libraries:
each fails when a new release moves what a hook replaces."""

from __future__ import annotations

import socket

import pytest
from streamlit import net_util
from streamlit.web.server import server_util

from dashboard import internals


@pytest.fixture
def network_calls(monkeypatch):
    """Every name look-up and socket connection this process tries, refused and recorded."""
    calls: list[str] = []

    def getaddrinfo(host, *args, **kwargs):
        calls.append(f"getaddrinfo {host}")
        raise OSError("no network in this test")

    def connect(self, address):
        calls.append(f"connect {address}")
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    # put back whatever the hooks replace, and Streamlit's memory of what it found
    for name in ("get_external_ip", "get_internal_ip", "_external_ip", "_internal_ip"):
        monkeypatch.setattr(net_util, name, getattr(net_util, name))
    monkeypatch.setattr(net_util, "_external_ip", None)
    monkeypatch.setattr(net_util, "_internal_ip", None)
    return calls


def test_streamlit_looks_addresses_up_where_the_hook_replaces_them(network_calls, monkeypatch):
    """Without the hook, judging a page from another name reaches the network through
    ``net_util``'s two functions (both are called through the module, so replacing them there
    takes effect)."""
    monkeypatch.setenv(internals.SWITCH, "off")
    assert internals.stop_address_lookups() is False
    assert server_util.is_url_from_allowed_origins("http://elsewhere.example") is False
    assert any(call.startswith("connect ('8.8.8.8'") for call in network_calls)
    assert any("checkip.amazonaws.com" in call for call in network_calls)


def test_with_the_hook_streamlit_looks_nothing_up(network_calls):
    assert internals.stop_address_lookups() is True
    assert server_util.is_url_from_allowed_origins("http://elsewhere.example") is False
    assert server_util.is_url_from_allowed_origins("http://localhost:8501") is True
    assert net_util.get_external_ip() is None and net_util.get_internal_ip() is None
    assert network_calls == []
