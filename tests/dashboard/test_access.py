"""Who the dashboard lets in and who may change the data: sign-in tokens and their lifetime,
when sign-in is asked, the write gate (dashboard.access, dashboard.writes), the app's sign-in
(AppTest) and `conflictmap user` / `serve` refusing in one line."""

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import access
from dashboard.access import (
    SIGN_IN_ENV,
    SIGN_IN_LIFETIME,
    issue_token,
    sign_in_required,
    token_name,
    write_user,
)
from geo.config import load_settings
from geo.errors import ConfigurationError, PermissionDeniedError
from geo.store import Store, corrections
from geo.store.users import EDITOR, VIEWER, User, add_user, set_role

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
NOON = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_a_sign_in_lasts_its_lifetime_and_no_longer():
    token = issue_token(User("alice", EDITOR), NOON)
    assert token_name(token, NOON) == "alice"
    assert token_name(token, NOON + SIGN_IN_LIFETIME - timedelta(seconds=1)) == "alice"
    assert token_name(token, NOON + SIGN_IN_LIFETIME) is None


def test_a_token_altered_or_signed_by_another_server_is_refused():
    token = issue_token(User("alice", EDITOR), NOON)
    payload, signature = token.split(".")
    forged = issue_token(User("mallory", EDITOR), NOON).split(".")[0] + "." + signature
    assert token_name(forged, NOON) is None
    assert token_name(issue_token(User("alice", EDITOR), NOON, key=b"another server"), NOON) is None
    for junk in (None, "", "abc", "a.b.c", payload, 42):
        assert token_name(junk, NOON) is None


@pytest.mark.parametrize("address, env, asked", [
    ("localhost", {}, False), ("127.0.0.1", {}, False), ("::1", {}, False), ("[::1]", {}, False),
    ("127.0.0.1", {SIGN_IN_ENV: "1"}, True), ("localhost", {SIGN_IN_ENV: "yes"}, True),
    ("localhost", {SIGN_IN_ENV: "0"}, False),
    ("0.0.0.0", {}, True), ("::", {}, True), ("", {}, True), ("192.168.1.20", {SIGN_IN_ENV: "0"}, True),
    ("maps.example.org", {}, True),
])
def test_sign_in_is_asked_off_loopback_and_where_asked_for(address, env, asked):
    assert sign_in_required(address, env) is asked


def test_a_sign_in_setting_that_is_no_switch_is_one_line():
    with pytest.raises(ConfigurationError, match=f"{SIGN_IN_ENV} must be 1 or 0"):
        sign_in_required("localhost", {SIGN_IN_ENV: "maybe"})


def test_the_write_gate_lets_only_a_signed_in_editor_through(tmp_path):
    with Store.open(str(tmp_path / "s.db")) as store:
        add_user(store, "alice", "alice-password", EDITOR)
        add_user(store, "victor", "victor-password", VIEWER)
        alice, victor = issue_token(User("alice", EDITOR), NOON), issue_token(User("victor", VIEWER), NOON)
        assert write_user(store, alice, required=True, now=NOON) == User("alice", EDITOR)
        for token, now, message in ((victor, NOON, "is a viewer"), (None, NOON, "not signed in"),
                                    (alice, NOON + SIGN_IN_LIFETIME, "expired")):
            with pytest.raises(PermissionDeniedError, match=message):
                write_user(store, token, required=True, now=now)
        set_role(store, "alice", VIEWER)  # her sign-in still runs, her role no longer lets her write
        with pytest.raises(PermissionDeniedError, match="is a viewer"):
            write_user(store, alice, required=True, now=NOON)
        # no sign-in asked (a loopback server): the account the server runs under writes
        local = write_user(store, None, required=False)
        assert local.can_edit and local.name.startswith("local:")


def test_dashboard_writes_all_go_through_the_gate():
    """No module of the dashboard but dashboard/writes.py reaches the store's writers itself."""
    writers = {"geo.store.corrections", "geo.store.users", "dashboard.ingest"}
    writer_names = {"corrections", "ingest", "ingest_uploads", "ingest_pasted", "set_article_date", "add_user",
                    "set_role", "set_password", "remove_user"}
    allowed = {ROOT / "dashboard" / "writes.py", ROOT / "dashboard" / "session.py", ROOT / "dashboard" / "access.py"}
    offenders = []
    for path in (ROOT / "dashboard").rglob("*.py"):
        if path in allowed or path.parent.name == "commands" or path.name == "cli.py":
            continue  # the CLI is the operator's own, on the machine
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {a.name for a in node.names}
                if node.module in writers or (node.module in ("geo.store", "geo.pipeline") and names & writer_names):
                    offenders.append(f"{path.relative_to(ROOT)}: from {node.module} import {', '.join(sorted(names))}")
            elif isinstance(node, ast.Import) and any(a.name in writers for a in node.names):
                offenders.append(f"{path.relative_to(ROOT)}: import")
    assert [o for o in offenders if not o.startswith("dashboard/ingest.py")] == []


# -- the app ---------------------------------------------------------------------------------
@pytest.fixture
def team(sample_store, monkeypatch):
    """The sample store with an editor and a viewer, served with sign-in asked."""
    monkeypatch.setenv(SIGN_IN_ENV, "1")
    with Store.open(load_settings().db) as store:
        add_user(store, "alice", "alice-password", EDITOR)
        add_user(store, "victor", "victor-password", VIEWER)
        with store.reading() as con:
            uid = con.exec_driver_sql("SELECT uid FROM events WHERE NOT deleted ORDER BY id LIMIT 1").scalar()
    return uid


def test_the_app_shows_only_the_sign_in_until_someone_signs_in(team):
    at = AppTest.from_file(APP, default_timeout=90).run()
    assert [t.label for t in at.text_input] == ["User name", "Password"]
    assert not at.metric and not at.sidebar.multiselect and [t.value for t in at.title] == ["conflictmap"]
    at.text_input(key="sign_in_name").input("alice")
    at.text_input(key="sign_in_password").input("wrong-password")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["wrong user name or password"] and not at.metric
    at.text_input(key="sign_in_name").input("victor")
    at.text_input(key="sign_in_password").input("victor-password")
    at.button[0].click().run()
    assert not at.exception and at.metric  # the map page
    assert "Signed in as victor (viewer)" in [c.value for c in at.sidebar.caption]
    assert "victor-password" not in repr(at.session_state)  # not kept once signed in
    at.sidebar.button(key="sign_out").click().run()
    assert [t.label for t in at.text_input] == ["User name", "Password"] and not at.metric


def test_an_expired_sign_in_asks_again(team):
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["signin_token"] = issue_token(User("alice", EDITOR),
                                                   datetime.now(UTC) - SIGN_IN_LIFETIME - timedelta(minutes=1))
    at.run()
    assert [i.value for i in at.info] == ["Your sign-in has expired or is no longer valid: sign in again."]
    assert [t.label for t in at.text_input] == ["User name", "Password"] and not at.metric


def forged_write():
    """A script a viewer's session runs: a write asked for without the widget that offers it."""
    import streamlit as st

    from dashboard import writes
    from geo.errors import ConflictmapError

    try:
        writes.delete_event(st.session_state["uid"], note="forged")
        st.success("deleted")
    except ConflictmapError as exc:
        st.error(str(exc))


@pytest.mark.parametrize("who, token_of, outcome", [
    ("viewer", lambda: issue_token(User("victor", VIEWER)),
     "user 'victor' is a viewer: only an editor may change the data"),
    ("viewer claiming to be an editor", lambda: access.issue_token(User("alice", EDITOR), key=b"forged"),
     "not signed in, or the sign-in has expired: sign in as an editor"),
    ("nobody", lambda: None, "not signed in, or the sign-in has expired: sign in as an editor"),
    ("editor", lambda: issue_token(User("alice", EDITOR)), "deleted"),
])
def test_a_write_in_a_session_without_an_editor_is_refused(team, who, token_of, outcome):
    at = AppTest.from_function(forged_write, default_timeout=60)
    at.session_state["uid"] = team
    if token_of() is not None:
        at.session_state["signin_token"] = token_of()
    at.run()
    assert [m.value for m in (*at.error, *at.success)] == [outcome], who
    with Store.open(load_settings().db) as store:
        log = [(c["kind"], c["user_name"]) for c in corrections.corrections(store, team)]
    assert log == ([("delete", "alice")] if who == "editor" else []), who


# -- the command line --------------------------------------------------------------------------
def test_user_commands_and_their_one_line_errors(run_cli, monkeypatch, tmp_path):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("alice-password\n"))
    assert run_cli("user", "add", "alice", "--role", "editor", "--password-stdin").out == "added alice (editor)\n"
    monkeypatch.setenv("CONFLICTMAP_PASSWORD", "victor-password")
    assert run_cli("user", "add", "victor", "--role", "viewer").code == 0
    assert run_cli("user", "list").out == "alice\teditor\nvictor\tviewer\n2 users\n"
    for args, err in ((("user", "add", "alice", "--role", "viewer"), "error: user 'alice' exists already"),
                      (("user", "add", "bob smith", "--role", "viewer"), "error: not a user name: 'bob smith'"),
                      (("user", "role", "nobody", "editor"), "no match: no user 'nobody'"),
                      (("user", "remove", "nobody"), "no match: no user 'nobody'")):
        result = run_cli(*args)
        assert result.code != 0 and result.err.startswith(err) and result.err.count("\n") == 1, args
    monkeypatch.setenv("CONFLICTMAP_PASSWORD", "short")
    result = run_cli("user", "add", "bob", "--role", "viewer")
    assert result.code == 2 and result.err == "error: password too short: at least 8 characters\n"
    assert run_cli("user", "role", "victor", "editor").out == "victor is now editor\n"
    assert run_cli("user", "remove", "victor").out == "removed victor\n"
    assert run_cli("user", "list").out == "alice\teditor\n1 users\n"


def test_serve_on_every_interface_without_users_refuses_in_one_line(run_cli, world):
    result = run_cli("serve", "--address", "0.0.0.0")
    assert result.code == 2
    assert result.err == ("error: no users, and the dashboard on 0.0.0.0 asks for sign-in: "
                          "add one first with `conflictmap user add NAME --role editor`\n")
    result = run_cli("serve", "--address", "127.0.0.1", "--sign-in")
    assert result.code == 2 and result.err.startswith("error: no users")


def test_a_name_is_refused_for_a_while_after_repeated_failed_sign_ins():
    failures = access.FailedSignIns()
    for minute in range(access.MAX_FAILURES):
        assert failures.wait("alice", NOON + timedelta(minutes=minute)) is None
        failures.failed("alice", NOON + timedelta(minutes=minute))
    assert failures.wait("Alice", NOON + timedelta(minutes=5)) == access.FAILURE_WINDOW - timedelta(minutes=5)
    assert failures.wait("victor", NOON + timedelta(minutes=5)) is None  # other names may try
    assert failures.wait("alice", NOON + access.FAILURE_WINDOW) is None  # the oldest failure is old enough
    failures.failed("alice", NOON + access.FAILURE_WINDOW)
    assert failures.wait("alice", NOON + access.FAILURE_WINDOW) is not None
    failures.succeeded("alice")
    assert failures.wait("alice", NOON + access.FAILURE_WINDOW) is None
