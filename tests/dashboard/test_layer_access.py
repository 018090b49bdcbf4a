"""The pass a signed-in page puts in the URLs of the map layers' files
(``dashboard.access.layer_pass``): it opens the files while the sign-in lasts and its user is
in the store, and it is no sign-in (tests/browser/test_sign_in_browser.py asks a real server)."""

from datetime import UTC, datetime

import pytest

from dashboard.access import (
    SIGN_IN_LIFETIME,
    issue_token,
    layer_pass,
    may_read_layers,
    token_name,
    write_user,
)
from geo.errors import PermissionDeniedError
from geo.store import Store
from geo.store.users import EDITOR, VIEWER, User, add_user, remove_user

NOON = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_a_pass_opens_the_layers_while_its_sign_in_lasts_and_is_no_sign_in(tmp_path):
    with Store.open(str(tmp_path / "s.db")) as store:
        add_user(store, "alice", "alice-password", EDITOR)
        add_user(store, "victor", "victor-password", VIEWER)
        alice, victor = issue_token(User("alice", EDITOR), NOON), issue_token(User("victor", VIEWER), NOON)
        alice_pass, victor_pass = layer_pass(alice, NOON), layer_pass(victor, NOON)
        assert alice_pass and victor_pass and alice_pass != alice
        assert may_read_layers(store, alice_pass, NOON) and may_read_layers(store, victor_pass, NOON)  # any role
        assert not may_read_layers(store, alice_pass, NOON + SIGN_IN_LIFETIME)  # expires with the sign-in
        assert not may_read_layers(store, alice, NOON)  # a sign-in is no pass
        assert token_name(alice_pass, NOON) is None  # and a pass no sign-in: it writes nothing
        with pytest.raises(PermissionDeniedError):
            write_user(store, alice_pass, required=True, now=NOON)
        forged = layer_pass(issue_token(User("alice", EDITOR), NOON, key=b"another server"), NOON,
                            key=b"another server", layer_key=b"another server's")
        assert forged and not may_read_layers(store, forged, NOON)
        for junk in (None, "", "a.b", alice_pass.split(".")[0]):
            assert not may_read_layers(store, junk, NOON)
        assert layer_pass(None, NOON) is None and layer_pass(alice, NOON + SIGN_IN_LIFETIME) is None
        remove_user(store, "victor")
        assert not may_read_layers(store, victor_pass, NOON)
