"""Who the dashboard lets in, and who may change the data (no Streamlit here).

* Sign-in is asked for whenever the server listens on an address other machines reach (not a
  loopback one), and on a loopback one too with ``conflictmap serve --sign-in`` or
  :data:`SIGN_IN_ENV` (:func:`sign_in_required`).  Without it, whoever reaches the server is on
  this machine already: they act as :func:`local_user`, an editor.
* A sign-in is a token (:func:`issue_token`): the user's name and when it expires (after
  :data:`SIGN_IN_LIFETIME`), signed with HMAC-SHA256 by a key this server process makes at
  start (a restart ends every sign-in).  It is kept in the session's state on the server (never
  sent to the browser); it is checked again, with the user's role read afresh from the store,
  at every write (:func:`write_user`): the one gate the dashboard's writes go through
  (``dashboard.writes``).
* The map layers' files (``/cache/layers/``, fetched by the map in the browser, outside the
  session) ask for a pass in their URL (:func:`layer_pass`): the sign-in's name and expiry
  signed with a key of their own, so a pass is no sign-in and shows the data only while the
  sign-in lasts and its user is in the store (:func:`may_read_layers`).
"""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import hmac
import ipaddress
import secrets
import threading
from collections import deque
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from geo.errors import ConfigurationError, PermissionDeniedError
from geo.roles import EDITOR, User

if TYPE_CHECKING:
    from geo.store import Store

__all__ = ["SIGN_IN_ENV", "SIGN_IN_LIFETIME", "FailedSignIns", "issue_token", "layer_pass", "local_user",
           "may_read_layers", "sign_in_required", "token_name", "write_user"]

#: how long a sign-in lasts; then the page asks for the password again
SIGN_IN_LIFETIME = timedelta(hours=8)
#: ``1``/``true``/``yes``/``on``: sign-in also on a loopback address (``conflictmap serve --sign-in``)
SIGN_IN_ENV = "CONFLICTMAP_SIGN_IN"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")
#: failed sign-ins to one name within :data:`FAILURE_WINDOW` after which it is refused until the
#: oldest of them is that old (a password is not guessed at the server's hashing speed)
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
#: this process's signing key (a token from another server process, or an older run, is refused)
_KEY = secrets.token_bytes(32)
#: the key of the passes to the map layers' files (:func:`layer_pass`), another than the sign-ins'
_LAYER_KEY = hmac.new(_KEY, b"conflictmap map layer files", hashlib.sha256).digest()


def is_loopback(address: str | None) -> bool:
    """Whether a server listening on ``address`` is reached from this machine only (``localhost``,
    ``127.x``, ``::1``); a wildcard (``0.0.0.0``, ``::``, empty) or any other address is not."""
    name = (address or "").strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def sign_in_flag(env: Mapping[str, str]) -> bool:
    value = env.get(SIGN_IN_ENV, "").strip().lower()
    if value not in _TRUE + _FALSE:
        raise ConfigurationError(f"{SIGN_IN_ENV} must be 1 or 0 (true/false, yes/no, on/off), not {value!r}")
    return value in _TRUE


def sign_in_required(address: str | None, env: Mapping[str, str]) -> bool:
    """Whether a server on ``address`` asks for sign-in: off loopback always, else as ``env`` says."""
    return not is_loopback(address) or sign_in_flag(env)


def local_user() -> User:
    """Who writes when no sign-in is asked: the account the server runs under (``local:NAME``,
    never a stored user's name: those have no colon)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError):  # no login name and no password-file entry (some containers)
        name = "unknown"
    return User(f"local:{name}"[:64], EDITOR)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _sign(payload: str, key: bytes) -> str:
    return _b64(hmac.new(key, payload.encode("utf-8"), hashlib.sha256).digest())


def issue_token(user: User, now: datetime | None = None, *, lifetime: timedelta = SIGN_IN_LIFETIME,
                key: bytes = _KEY) -> str:
    """A sign-in for ``user``, valid until ``now + lifetime``."""
    expires = int(((now or datetime.now(UTC)) + lifetime).timestamp())
    payload = _b64(f"{user.name}\n{expires}".encode())
    return f"{payload}.{_sign(payload, key)}"


def token_name(token: object, now: datetime | None = None, *, key: bytes = _KEY) -> str | None:
    """The user name a token was issued for, or None: not a token, not signed by ``key``, or
    expired."""
    if not isinstance(token, str) or token.count(".") != 1:
        return None
    payload, signature = token.split(".")
    if not hmac.compare_digest(signature, _sign(payload, key)):
        return None
    try:
        name, expires = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8").split("\n")
        expired = int(expires) <= (now or datetime.now(UTC)).timestamp()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return None if expired else name


def write_user(store: Store, token: object, *, required: bool, now: datetime | None = None,
               key: bytes = _KEY) -> User:
    """The user a write is made by, if they may write; else :class:`PermissionDeniedError`:
    no sign-in or an expired one, a user removed since, a viewer.  Without sign-in
    (``required`` false) the :func:`local_user`."""
    if not required:
        return local_user()
    name = token_name(token, now, key=key)
    if name is None:
        raise PermissionDeniedError("not signed in, or the sign-in has expired: sign in as an editor")
    from geo.store.users import editor  # here: the server's start (dashboard.asgi) needs no SQLAlchemy

    return editor(store, name)


def layer_pass(token: object, now: datetime | None = None, *, key: bytes = _KEY,
               layer_key: bytes = _LAYER_KEY) -> str | None:
    """The pass a signed-in page puts in the URLs of the map layers' files: the sign-in
    ``token``'s name and expiry signed with ``layer_key`` (neither a sign-in nor a way to make
    one), or None when ``token`` is no valid sign-in."""
    if token_name(token, now, key=key) is None:
        return None
    payload = str(token).split(".")[0]
    return f"{payload}.{_sign(payload, layer_key)}"


def may_read_layers(store: Store, layer_pass_: object, now: datetime | None = None, *,
                    layer_key: bytes = _LAYER_KEY) -> bool:
    """Whether a request for a map layer's file with this pass is answered: a pass of this
    server process, not expired, for a user still in the store (any role)."""
    from geo.store.users import get_user

    name = token_name(layer_pass_, now, key=layer_key)
    return name is not None and get_user(store, name) is not None


class FailedSignIns:
    """The failed sign-ins of the last :data:`FAILURE_WINDOW` per user name, shared by the
    server's sessions (thread-safe): past :data:`MAX_FAILURES`, :meth:`wait` says how long
    that name is refused."""

    def __init__(self) -> None:
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def _recent(self, name: str, now: datetime) -> deque[datetime]:
        times = self._failures.setdefault(name.strip().lower(), deque())
        while times and times[0] <= now - FAILURE_WINDOW:
            times.popleft()
        return times

    def wait(self, name: str, now: datetime | None = None) -> timedelta | None:
        """How long ``name`` is still refused, or None when it may try."""
        now = now or datetime.now(UTC)
        with self._lock:
            times = self._recent(name, now)
            return times[0] + FAILURE_WINDOW - now if len(times) >= MAX_FAILURES else None

    def failed(self, name: str, now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        with self._lock:
            self._recent(name, now).append(now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name.strip().lower(), None)
