"""``conflictmap user``: who may use the dashboard and how (``geo.store.users``).

A password is never a command-line argument (others see those in ``ps``): it is typed at a
prompt (twice), read from the first line of standard input (``--password-stdin``), or taken
from :data:`PASSWORD_ENV` (for scripts)."""

from __future__ import annotations

import os
import sys

import click

from dashboard.commands.context import open_store, settings_of
from geo.errors import InvalidInputError, NoMatchError
from geo.roles import ROLES, check_name

#: where a script may put the password instead of the prompt
PASSWORD_ENV = "CONFLICTMAP_PASSWORD"
_from_stdin = click.option("--password-stdin", is_flag=True,
                           help=f"Read the password from the first line of standard input (else ${PASSWORD_ENV}, "
                                "else a prompt).")


def _users():
    """``geo.store.users``, imported when a command runs: it loads SQLAlchemy, which the CLI's
    other commands (``serve`` first) do not need."""
    from geo.store import users

    return users


def read_password(from_stdin: bool) -> str:
    """The new password: standard input's first line, ``$CONFLICTMAP_PASSWORD`` or a prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise InvalidInputError("--password-stdin: standard input holds no password")
        return line.rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.group("user")
def user() -> None:
    """Add, list and remove the dashboard's users, and change their role or password.  A viewer
    sees the map; an editor may also correct events and add articles."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the user may do.")
@_from_stdin
@click.pass_context
def add(ctx, name, role, password_stdin) -> None:
    """Add user NAME with a password and a role."""
    u = _users()
    check_name(name)  # before asking for a password
    password = read_password(password_stdin)
    with open_store(settings_of(ctx), must_exist=False) as store:  # a new team store may start here
        u.add_user(store, name, password, role)
    click.echo(f"added {name} ({role})")


@user.command("list")
@click.pass_context
def list_(ctx) -> None:
    """The users and their roles."""
    u = _users()
    with open_store(settings_of(ctx)) as store:
        found = u.users(store)
    for one in found:
        click.echo(f"{one.name}\t{one.role}")
    click.echo(f"{len(found)} users")


@user.command("remove")
@click.argument("name")
@click.pass_context
def remove(ctx, name) -> None:
    """Remove user NAME (their corrections keep their name)."""
    u = _users()
    with open_store(settings_of(ctx)) as store:
        u.remove_user(store, name)
    click.echo(f"removed {name}")


@user.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@click.pass_context
def role(ctx, name, role) -> None:
    """Give user NAME another ROLE (at once, in signed-in sessions too)."""
    u = _users()
    with open_store(settings_of(ctx)) as store:
        u.set_role(store, name, role)
    click.echo(f"{name} is now {role}")


@user.command("password")
@click.argument("name")
@_from_stdin
@click.pass_context
def password(ctx, name, password_stdin) -> None:
    """Give user NAME a new password."""
    u = _users()
    with open_store(settings_of(ctx)) as store:
        if u.get_user(store, name) is None:
            raise NoMatchError(f"no match: no user {name!r}")
        u.set_password(store, name, read_password(password_stdin))
    click.echo(f"password of {name} changed")
