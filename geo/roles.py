"""Who may use the dashboard: the roles, a user and the rule of a user's name, without the store
(``geo.store.users`` keeps the users; this module imports no database library, so the CLI and the
dashboard's server name the roles without loading SQLAlchemy)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.errors import InvalidInputError

VIEWER, EDITOR = "viewer", "editor"
#: the roles, from the least to the most allowed
ROLES = (VIEWER, EDITOR)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}")


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str

    @property
    def can_edit(self) -> bool:
        return self.role == EDITOR


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name or ""):
        raise InvalidInputError(f"not a user name: {name!r} (1-64 letters, digits, '_', '.', '@', '-')")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInputError(f"not a role: {role!r} (one of {', '.join(ROLES)})")
    return role
