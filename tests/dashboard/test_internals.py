"""The assumptions ``dashboard.internals`` rests on, checked against the installed libraries:
each fails when a new release moves what a hook replaces."""

from __future__ import annotations

import dataclasses
import importlib
import socket
import types

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


@pytest.mark.parametrize("hook", sorted(internals.ASSUMPTIONS))
def test_what_each_hook_rests_on_holds_in_the_installed_libraries(hook):
    internals.ASSUMPTIONS[hook]()


def test_the_switch_turns_every_hook_off(monkeypatch):
    import folium

    def map_page(hooked: bool) -> str:
        fmap = folium.Map()
        assert internals.quiet_first_report(fmap) is hooked
        return fmap.get_root().render()

    monkeypatch.setenv(internals.SWITCH, "off")
    assert internals.stop_address_lookups() is False
    assert internals.quiet_outside_scripts("a thread") is False
    assert internals.page_middleware() == []
    assert internals.drop_reruns_of_left_pages() is False
    assert "previous_data" not in map_page(False)
    monkeypatch.setenv(internals.SWITCH, "on")
    assert "g.previous_data = {last_object_clicked" in map_page(True)
    assert [m.cls.__name__ for m in internals.page_middleware()] == ["PreloadedPage"]


class Runner:
    """A stand-in for Streamlit's ScriptRunner: the session's page, and the runs it was asked for."""

    def __init__(self, page: str) -> None:
        self.page, self.ran = page, []

    def _get_script_run_ctx(self):
        return types.SimpleNamespace(page_script_hash=self.page)

    def _run_script(self, rerun_data) -> None:
        self.ran.append(rerun_data)

    def _run_script_thread(self) -> None:
        request = types.SimpleNamespace(rerun_data=None)
        self._run_script(request.rerun_data)


def test_a_rerun_of_the_fragments_of_a_page_left_is_skipped_and_no_other(monkeypatch):
    """The browser asked for the map's fragment as the analyst clicked "Sources": the session,
    now on the Sources page, skips it; it runs every other request."""
    from streamlit.runtime.scriptrunner_utils.script_requests import RerunData

    monkeypatch.setattr(Runner, "_run_script", internals.skipping_left_pages(Runner._run_script))
    assert internals.skipping_left_pages(Runner._run_script) is Runner._run_script  # wrapped once
    runner = Runner("sources-page")
    left = RerunData(page_script_hash="map-page", fragment_id_queue=["map-fragment"])
    runner._run_script(left)
    assert runner.ran == []
    others = [RerunData(page_script_hash="map-page"),  # back to the map: a whole run
              RerunData(page_script_hash="sources-page", fragment_id_queue=["a-fragment"]),
              RerunData(fragment_id_queue=["a-fragment"])]  # no page named
    for rerun_data in others:
        runner._run_script(rerun_data)
    assert runner.ran == others
    first = Runner("")  # a session that has run no page yet
    first._run_script(left)
    assert first.ran == [left]


def test_the_hook_wraps_streamlits_script_runner(monkeypatch):
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner

    monkeypatch.setattr(ScriptRunner, "_run_script", ScriptRunner._run_script)  # put back afterwards
    assert internals.drop_reruns_of_left_pages() is True
    assert ScriptRunner._run_script.skips_left_pages
    internals.check_fragment_reruns()


# -- each check fails, naming the library and its version, on a release without what it rests on ----
@pytest.fixture
def newer(monkeypatch):
    """Installed libraries reported as a later release (the files and modules are faked below)."""
    monkeypatch.setattr(internals, "version", lambda distribution: "9.9.0")


def broken(check, *args) -> str:
    with pytest.raises(internals.AssumptionBroken) as raised:
        check(*args)
    return str(raised.value)


def test_a_streamlit_without_an_element_module_fails_the_page_check(newer, tmp_path):
    js = tmp_path / "static" / "js"
    js.mkdir(parents=True)
    (tmp_path / "index.html").write_text("<html><head></head><body></body></html>")
    for element in internals.MAP_PAGE_ELEMENTS:  # every element but the slider, renamed in this release
        (js / f"{'RangeSlider' if element == 'Slider' else element}.Ab12.js").write_text("export default 1;")
    assert broken(internals.check_streamlit_page, tmp_path).startswith(
        "streamlit 9.9.0: no module for the elements Slider in ")
    (tmp_path / "index.html").write_text("<html><body></body></html>")
    assert "no </head>" in broken(internals.check_streamlit_page, tmp_path)


def test_a_streamlit_folium_keeping_its_last_report_elsewhere_fails_its_check(newer, tmp_path):
    code = ('function u(t){const e=window.__GLOBAL_DATA__;let n=e.previous_data;'
            'const o=e.wrap_longitude;let c={last_object_clicked:e.last_object_clicked};'
            'e.returned_objects;e.last_zoom;JSON.stringify(n)!==JSON.stringify(u)&&(e.previous_data=u,x(u))}')
    (tmp_path / "main.1a2b.js").write_text(code)
    internals.check_folium_report(tmp_path)  # the layout the hook knows
    (tmp_path / "main.1a2b.js").write_text(code.replace("previous_data", "lastReport"))
    assert broken(internals.check_folium_report, tmp_path) == \
        "streamlit-folium 9.9.0: its page no longer has previous_data (dashboard.internals)"
    (tmp_path / "main.3c4d.js").write_text(code)
    assert "2 main.*.js" in broken(internals.check_folium_report, tmp_path)


def test_a_streamlit_moving_its_address_look_ups_fails_their_check(newer, tmp_path):
    moved = types.SimpleNamespace(get_internal_ip=lambda: None)  # get_external_ip gone
    assert "streamlit.net_util.get_external_ip is gone" in broken(internals.check_address_lookups, moved, tmp_path)
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "bootstrap.py").write_text("from streamlit.net_util import get_external_ip\n")
    assert broken(internals.check_address_lookups, net_util, tmp_path) == \
        "streamlit 9.9.0: web/bootstrap.py imports the address look-ups by name (dashboard.internals)"


def test_a_streamlit_logging_elsewhere_fails_the_warm_up_check(newer, tmp_path, monkeypatch):
    (tmp_path / "moved_context.py").write_text(
        "import logging\n_LOGGER = logging.getLogger('streamlit.runtime.context')\n"
        "def get():\n    _LOGGER.warning('Thread %s: missing ScriptRunContext!', 'x')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("moved_context")
    assert "logs under another name" in broken(internals.check_script_context_logger, module)


def test_a_streamlit_running_its_requests_otherwise_fails_the_fragment_check(newer):
    from streamlit.runtime.scriptrunner_utils.script_requests import RerunData

    internals.check_fragment_reruns(Runner, RerunData)  # the layout the hook knows

    class Renamed(Runner):
        def _run_script_thread(self) -> None:
            self._run_script_request(None)

    assert broken(internals.check_fragment_reruns, Renamed, RerunData) == (
        "streamlit 9.9.0: the script thread no longer runs its requests through "
        "self._run_script(request.rerun_data) (dashboard.internals)")

    @dataclasses.dataclass(frozen=True)
    class Queued:
        page_script_hash: str = ""
        fragment_ids: tuple = ()

    assert "RerunData has no fragment_id_queue" in broken(internals.check_fragment_reruns, Runner, Queued)
