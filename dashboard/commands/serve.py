"""``conflictmap serve``: the dashboard's server (``dashboard.server``), started in this process."""

from __future__ import annotations

import os
import sys

import click

from dashboard.commands.context import settings_of
from geo.errors import ConfigurationError, InvalidInputError


@click.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True)
@click.option("--address", default="localhost", show_default=True)
@click.option("--db", "db", metavar="PATH|URL", help="Store to show (same as the global --db).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer for this host name (a name others reach this machine by); repeatable.")
@click.option("--sign-in", "sign_in", is_flag=True,
              help="Ask for sign-in on a loopback address too (always asked on any other; also CONFLICTMAP_SIGN_IN=1).")
@click.pass_context
def serve(ctx, port, address, db, allow_hosts, sign_in) -> None:
    """Start the dashboard (Streamlit) on http://ADDRESS:PORT.  It answers only for its own
    host names: localhost, 127.0.0.1, [::1], ADDRESS and those allowed (--allow-host,
    CONFLICTMAP_ALLOWED_HOSTS, [server] allowed_hosts in the config file).  On an address other
    machines reach (not loopback), or with --sign-in, it asks for a user's name and password
    (`conflictmap user add`): viewers see the map, editors may also change the data."""
    from dashboard.access import SIGN_IN_ENV, sign_in_required
    from dashboard.hosts import allowed_names, normal_name
    from dashboard.page_errors import SHOW_ERROR_DETAILS
    from dashboard.tiles import mbtiles_path

    if db:
        ctx.obj["db"] = db
    settings = settings_of(ctx)
    for name in (*allow_hosts, *settings.allowed_hosts):
        if normal_name(name) is None:
            raise InvalidInputError(f"not a host name: {name!r} (a name or an address, without scheme or port)")
    names = sorted(allowed_names(address, (*settings.allowed_hosts, *allow_hosts)))
    mbtiles_path()  # the offline base map's tiles are there (else one line: how to install them)
    signing_in = sign_in or sign_in_required(address, os.environ)
    if signing_in:
        _check_users(settings, address)
    env = {**os.environ, SIGN_IN_ENV: "1" if signing_in else "0", "CONFLICTMAP_DB": settings.db, "CONFLICTMAP_GAZETTEER": str(settings.gazetteer),
           "CONFLICTMAP_ALLOWED_HOSTS": ",".join(names)}  # read by dashboard.hosts.HostCheck
    cmd = [
        sys.executable, "-m", "dashboard.server",
        f"--server.port={port}", f"--server.address={address}", "--server.headless=true",
        "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
        "--global.developmentMode=false", "--client.toolbarMode=minimal", "--server.enableStaticServing=true",
        # on, whatever a Streamlit config file says: cross-site requests and forged uploads refused
        "--server.enableCORS=true", "--server.enableXsrfProtection=true",
        # Streamlit's own Host check of the WebSocket, the same names (dashboard.hosts checks every request)
        *(f"--server.allowedHosts={name}" for name in names),
        f"--client.showErrorDetails={SHOW_ERROR_DETAILS}",  # an error box: one line, no trace or links
    ]
    click.echo(f"conflictmap dashboard on http://{address}:{port}{' (sign-in asked)' if signing_in else ''} "
               "(Ctrl+C to stop)")
    sys.stdout.flush()
    # Streamlit replaces this process: a signal to `conflictmap serve` reaches the server itself
    # (a child would be orphaned, and keep its port, when a service manager stops us).
    os.execve(sys.executable, cmd, env)


def _check_users(settings, address: str) -> None:
    """A server that asks for sign-in needs someone who can sign in."""
    from dashboard.commands.context import open_store
    from geo.errors import StoreNotFoundError
    from geo.store.users import user_count

    try:
        with open_store(settings) as store:
            count = user_count(store)
    except StoreNotFoundError:
        count = 0
    if count == 0:
        raise ConfigurationError(f"no users, and the dashboard on {address} asks for sign-in: "
                             "add one first with `conflictmap user add NAME --role editor`")
