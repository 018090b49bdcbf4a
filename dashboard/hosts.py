"""The host names the dashboard server answers for, and the ASGI middleware that refuses the rest.

A browser names the host it meant in every request (``Host``) and, for a WebSocket, the page
that opened it (``Origin``).  A page on another name that its owner points at 127.0.0.1 (DNS
rebinding) reaches this server from the analyst's own browser, with its own name in ``Host``: it
is refused here, before Streamlit, on every path and on the WebSocket.  A WebSocket opened by a
page on another name (``Origin``) is refused too: Streamlit would look this machine's addresses
up on the internet to judge it (its check is kept from doing that in ``dashboard.internals``).

The names answered: ``localhost``, ``127.0.0.1``, ``::1``, the address the server listens on
(``conflictmap serve --address``) and those the user adds (``--allow-host``, the
``CONFLICTMAP_ALLOWED_HOSTS`` variable or ``[server] allowed_hosts`` in the config file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

#: names every server answers for: this machine's own
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
#: listen addresses that are not a name a browser uses (every interface)
WILDCARD_ADDRESSES = ("", "0.0.0.0", "::")  # noqa: S104 - names compared, nothing bound here
#: the one line a refused request gets
REFUSAL = (b"conflictmap: this server does not answer for that host name "
           b"(conflictmap serve --allow-host NAME adds one)\n")
_NAME = re.compile(r"[a-z0-9_.\-]+|[0-9a-f:.]+")


def normal_name(name: str) -> str | None:
    """``name`` as compared (lower case, no brackets around an IPv6 address, no final dot), or
    None when it is not a host name."""
    name = name.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    name = name.rstrip(".")
    return name if name and _NAME.fullmatch(name) else None


def host_name(header: str | None) -> str | None:
    """The name in a ``Host`` header (``name``, ``name:port``, ``[::1]:port``), or None when
    there is none or it is malformed."""
    if not header:
        return None
    try:
        parts = urlsplit(f"//{header}")
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError:
        return None
    if parts.username is not None or parts.password is not None or parts.path or parts.query or parts.fragment:
        return None
    return normal_name(parts.hostname) if parts.hostname else None


def origin_name(origin: str) -> str | None:
    """The host name of an ``Origin`` header (``scheme://name[:port]``), or None (``null``, or
    malformed)."""
    try:
        parts = urlsplit(origin.strip())
        parts.port  # noqa: B018
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return normal_name(parts.hostname)


def allowed_names(address: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The loopback names, the listen ``address`` unless it is a wildcard, and ``extra``."""
    names = [*LOOPBACK_NAMES, *extra]
    if address is not None and address.strip() not in WILDCARD_ADDRESSES:
        names.append(address)
    return frozenset(n for n in map(normal_name, names) if n is not None)


class HostCheck:
    """ASGI middleware: a request or WebSocket whose ``Host`` is not one of ``names``, or a
    WebSocket opened from a page on another name, gets 403 and :data:`REFUSAL`; everything
    else goes on to ``app``.  ``names`` defaults to the loopback names and the settings'
    ``allowed_hosts`` (where ``conflictmap serve`` puts its address and ``--allow-host``)."""

    def __init__(self, app: Any, names: Iterable[str] | None = None) -> None:
        self.app = app
        if names is None:
            from geo.config import load_settings

            names = allowed_names(extra=load_settings().allowed_hosts)
        self.names = frozenset(n for n in map(normal_name, names) if n is not None)

    def allows(self, scope: dict) -> bool:
        headers = {key.lower(): value for key, value in scope.get("headers", [])}
        host = headers.get(b"host")
        if host_name(host.decode("latin-1") if host is not None else None) not in self.names:
            return False
        origin = headers.get(b"origin")
        return scope["type"] != "websocket" or origin is None or origin_name(origin.decode("latin-1")) in self.names

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") not in ("http", "websocket") or self.allows(scope):
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # before accepting: the server answers 403
        else:
            await send({"type": "http.response.start", "status": 403, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(REFUSAL)).encode())]})
            await send({"type": "http.response.body", "body": REFUSAL if scope.get("method") != "HEAD" else b""})
