"""Every reach into a third-party library's internals, in one place, behind one switch.

Public options and hooks come first (``dashboard/hosts.py`` is a Starlette middleware, the
server's flags are Streamlit's own options); what they cannot do is done here, each hook with a
test of the assumption it rests on (``tests/dashboard/test_internals.py``), which fails when a
new release moves what it replaces.  ``CONFLICTMAP_INTERNAL_HOOKS=off`` runs without any of them.

* :func:`stop_address_lookups` (Streamlit 1.67): Streamlit looks this machine's addresses up to
  print them and to judge a WebSocket from another page: the "external" one by asking
  checkip.amazonaws.com (a DNS query and an HTTP request), the "internal" one by routing a
  socket towards 8.8.8.8.  Both functions live in ``streamlit.net_util`` and are called through
  that module (``net_util.get_external_ip()``), so replacing them there stops every such call.
  Without the hook, the server's own check (``dashboard.hosts``) still refuses WebSockets from
  other names before Streamlit sees them; a page on one of the server's names that opens the
  WebSocket under another of them would then make Streamlit look the addresses up.
"""

from __future__ import annotations

import os

#: ``off`` turns every hook of this module off
SWITCH = "CONFLICTMAP_INTERNAL_HOOKS"


def enabled() -> bool:
    return os.environ.get(SWITCH, "on").strip().lower() not in ("off", "0", "false", "no")


def _no_address() -> None:
    """This machine's address is not looked up: unknown."""
    return None


def stop_address_lookups() -> bool:
    """Make Streamlit's address look-ups answer "unknown" without touching the network; True
    when the hook is in place."""
    if not enabled():
        return False
    from streamlit import net_util

    net_util.get_external_ip = _no_address
    net_util.get_internal_ip = _no_address
    return True
