"""Who may use the dashboard, and how: users with a role (:data:`geo.roles.ROLES`) and an argon2id
password hash (argon2-cffi; the hash string carries its own salt and parameters).

A viewer sees the map; an editor may also correct events and add articles.  The check that
the dashboard's writes go through is :func:`editor`: it reads the user again from the store,
so a user removed or made a viewer loses the right at once, whatever their sign-in says.
Passwords never pass through here in any other form than the argument of :func:`add_user`,
:func:`set_password` and :func:`authenticate`; they are neither stored nor logged.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select, update

from geo.errors import InvalidInputError, NoMatchError, PermissionDeniedError
from geo.roles import EDITOR, ROLES, VIEWER, User, check_name, check_role
from geo.store import schema as t
from geo.store.db import now

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from geo.store.store import Store

__all__ = ["EDITOR", "MIN_PASSWORD_CHARS", "ROLES", "VIEWER", "User", "add_user", "authenticate", "editor",
           "get_user", "hash_password", "password_matches", "remove_user", "set_password", "set_role",
           "user_count", "users"]

#: the shortest password accepted
MIN_PASSWORD_CHARS = 8


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD_CHARS:
        raise InvalidInputError(f"password too short: at least {MIN_PASSWORD_CHARS} characters")
    if "\n" in password or "\r" in password:
        raise InvalidInputError("a password is one line")
    return password


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher  # argon2-cffi's defaults: argon2id, RFC 9106's low-memory profile

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(check_password(password))


def password_matches(password_hash: str, password: str) -> bool:
    """Whether ``password`` is the one ``password_hash`` was made from (False for a malformed hash)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _decoy_hash() -> str:
    return hash_password("conflictmap: no such user")


def _user(row) -> User:
    return User(name=row.name, role=row.role)


def add_user(store: Store, name: str, password: str, role: str) -> User:
    name, role = check_name(name), check_role(role)
    hashed = hash_password(password)  # before the transaction: hashing takes a while
    with store.transaction() as con:
        if con.execute(select(t.users.c.id).where(t.users.c.name == name)).first() is not None:
            raise InvalidInputError(f"user {name!r} exists already (conflictmap user role/password change it)")
        con.execute(insert(t.users).values(name=name, password_hash=hashed, role=role, created_at=now(),
                                           updated_at=now()))
    return User(name, role)


def _change(store: Store, name: str, **values: object) -> None:
    with store.transaction() as con:
        changed = con.execute(update(t.users).where(t.users.c.name == name).values(updated_at=now(), **values))
        if changed.rowcount == 0:
            raise NoMatchError(f"no match: no user {name!r}")


def set_role(store: Store, name: str, role: str) -> User:
    _change(store, name, role=check_role(role))
    return User(name, role)


def set_password(store: Store, name: str, password: str) -> None:
    _change(store, name, password_hash=hash_password(password))


def remove_user(store: Store, name: str) -> None:
    with store.transaction() as con:
        if con.execute(delete(t.users).where(t.users.c.name == name)).rowcount == 0:
            raise NoMatchError(f"no match: no user {name!r}")


def users(store: Store) -> list[User]:
    with store.reading() as con:
        return [_user(r) for r in con.execute(select(t.users.c.name, t.users.c.role).order_by(t.users.c.name))]


def user_count(store: Store) -> int:
    with store.reading() as con:
        return con.execute(select(func.count()).select_from(t.users)).scalar_one()


def get_user(store: Store, name: str) -> User | None:
    with store.reading() as con:
        row = con.execute(select(t.users.c.name, t.users.c.role).where(t.users.c.name == name)).first()
    return _user(row) if row is not None else None


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user ``name`` if ``password`` is theirs, else None.  An unknown name costs the same
    hashing as a wrong password (the answer's time does not tell which names exist)."""
    with store.reading() as con:
        row = con.execute(select(t.users).where(t.users.c.name == (name or "").strip())).first()
    if row is None:
        password_matches(_decoy_hash(), password or "")
        return None
    return _user(row) if password_matches(row.password_hash, password or "") else None


def editor(store: Store, name: str | None) -> User:
    """The user ``name`` as they are now in the store, if they may change the data; else
    :class:`PermissionDeniedError` (nobody signed in, no such user any more, a viewer)."""
    if not name:
        raise PermissionDeniedError("sign in as an editor to change the data")
    user = get_user(store, name)
    if user is None:
        raise PermissionDeniedError(f"user {name!r} no longer exists: sign in again")
    if not user.can_edit:
        raise PermissionDeniedError(f"user {name!r} is a {user.role}: only an editor may change the data")
    return user
