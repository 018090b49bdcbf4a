"""Writing a file so that readers only ever see the old one or the whole new one.

Every file the project writes for others to read (the gazetteer index, import reports, exports,
the dashboard's snapshot and map layers) is written under a temporary name beside its target
and renamed over it only once complete: a failed or interrupted write leaves no half file under
the real name, and removes its temporary one.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
#: what the temporary files end with (a folder's clean-up may look for the ones a killed process left)
TEMPORARY_SUFFIX = ".tmp"


def temporary_path(target: Path) -> Path:
    """A hidden name beside ``target``, unique to this process and call."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")


def write_atomically(target: str | Path, write: Callable[[Path], T]) -> T:
    """Call ``write(path)`` with a temporary path beside ``target``, then rename that file to
    ``target`` (replacing any file there); return what ``write`` returned.  Whatever ``write`` or
    the rename raises is raised again, after the temporary file is removed."""
    target = Path(target)
    temporary = temporary_path(target)
    try:
        result = write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result
