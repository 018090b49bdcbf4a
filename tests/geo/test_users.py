"""Users of the dashboard in the store (geo.store.users): argon2 hashes, roles, the editor check,
and the corrections log naming who made each correction."""

import sqlite3

import pytest
from sqlalchemy import text

from geo.errors import InvalidInputError, NoMatchError, PermissionDeniedError
from geo.store import Store, corrections
from geo.store.users import (
    EDITOR,
    VIEWER,
    User,
    add_user,
    authenticate,
    editor,
    get_user,
    hash_password,
    password_matches,
    remove_user,
    set_password,
    set_role,
    user_count,
    users,
)
from tests.old_schemas import store_at_release


@pytest.fixture
def store(tmp_path):
    with Store.open(str(tmp_path / "s.db")) as s:
        yield s


def test_a_password_is_stored_as_a_salted_argon2id_hash():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$") and "correct horse" not in first
    assert first != second  # a salt of its own each time
    assert password_matches(first, "correct horse") and password_matches(second, "correct horse")
    assert not password_matches(first, "correct horsE")
    assert not password_matches("not a hash", "correct horse")


@pytest.mark.parametrize("password, message", [("short", "at least 8"), ("", "at least 8"),
                                               ("two\nlines!", "one line")])
def test_a_weak_or_multi_line_password_is_refused(password, message):
    with pytest.raises(InvalidInputError, match=message):
        hash_password(password)


def test_users_are_added_listed_changed_and_removed(store):
    assert user_count(store) == 0
    add_user(store, "alice", "alice-password", EDITOR)
    add_user(store, "victor", "victor-password", VIEWER)
    assert users(store) == [User("alice", EDITOR), User("victor", VIEWER)]
    with pytest.raises(InvalidInputError, match="exists already"):
        add_user(store, "alice", "another-password", VIEWER)
    with pytest.raises(InvalidInputError, match="not a role"):
        add_user(store, "bob", "bob-password", "admin")
    with pytest.raises(InvalidInputError, match="not a user name"):
        add_user(store, "bob smith", "bob-password", VIEWER)
    assert set_role(store, "victor", EDITOR) == User("victor", EDITOR)
    assert get_user(store, "victor").can_edit
    remove_user(store, "victor")
    assert get_user(store, "victor") is None and user_count(store) == 1
    for change in (lambda: remove_user(store, "victor"), lambda: set_role(store, "victor", VIEWER)):
        with pytest.raises(NoMatchError, match="no user 'victor'"):
            change()


def test_sign_in_needs_the_right_name_and_password(store):
    add_user(store, "alice", "alice-password", EDITOR)
    assert authenticate(store, "alice", "alice-password") == User("alice", EDITOR)
    assert authenticate(store, "alice", "victor-password") is None
    assert authenticate(store, "nobody", "alice-password") is None
    assert authenticate(store, "alice", "") is None
    set_password(store, "alice", "a-new-password")
    assert authenticate(store, "alice", "alice-password") is None
    assert authenticate(store, "alice", "a-new-password") == User("alice", EDITOR)


def test_only_an_editor_as_the_store_has_them_now_may_write(store):
    add_user(store, "alice", "alice-password", EDITOR)
    add_user(store, "victor", "victor-password", VIEWER)
    assert editor(store, "alice") == User("alice", EDITOR)
    for name, message in (("victor", "is a viewer"), ("nobody", "no longer exists"), (None, "sign in"),
                          ("", "sign in")):
        with pytest.raises(PermissionDeniedError, match=message):
            editor(store, name)
    set_role(store, "alice", VIEWER)  # a role taken away counts at once
    with pytest.raises(PermissionDeniedError, match="is a viewer"):
        editor(store, "alice")


def test_each_correction_records_the_user_who_made_it(ingested):
    with Store.open(ingested) as store:
        with store.reading() as con:
            uid, other = [r[0] for r in con.execute(text("SELECT uid FROM events ORDER BY id LIMIT 2"))]
        corrections.move_event(store, uid, 36.2, 37.1, note="seen on video", user="alice")
        corrections.delete_event(store, other, note="duplicate", user="bob")
        corrections.restore_event(store, other)  # outside the dashboard: no user
        assert [(c["kind"], c["user_name"], c["note"]) for c in corrections.corrections(store, uid)] == [
            ("move", "alice", "seen on video")]
        assert [(c["kind"], c["user_name"]) for c in corrections.corrections(store, other)] == [
            ("delete", "bob"), ("restore", None)]


def test_a_store_of_the_previous_schema_gains_users_and_keeps_its_corrections(tmp_path):
    path = tmp_path / "old.db"
    store_at_release(str(path), "0004").dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO events (id, uid, event_type, actors, origin, user_edited, created_at, updated_at) "
                "VALUES (1, 'u1', 'Battles', '[]', 'articles', 1, '2022-01-23', '2022-01-23')")
    con.execute("INSERT INTO event_corrections (event_id, kind, note, created_at) VALUES (1, 'move', 'n', '2022-01-24')")
    con.commit()
    con.close()
    with Store.open(str(path)) as s:
        assert [(c["kind"], c["note"], c["user_name"]) for c in corrections.corrections(s, "u1")] == [
            ("move", "n", None)]
        assert user_count(s) == 0
        add_user(s, "alice", "alice-password", EDITOR)
        assert users(s) == [User("alice", EDITOR)]
