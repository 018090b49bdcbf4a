"""What every command takes from the command line: its settings and store (``--db``,
``--gazetteer``), dates, the article analyser, and failures as one line."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from geo.config import Settings, load_settings
from geo.errors import InvalidInputError

if TYPE_CHECKING:
    from geo.store import Store


def settings_of(ctx: click.Context) -> Settings:
    """The settings, with the global ``--db`` and ``--gazetteer`` applied."""
    return load_settings(db=ctx.obj.get("db"), gazetteer=ctx.obj.get("gazetteer"))


def open_store(settings: Settings, *, must_exist: bool | None = None) -> Store:
    from geo.store import Store

    return Store.from_settings(settings, must_exist=must_exist)


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(f"not a date (YYYY-MM-DD): {value!r}") from None


def labelled(label: str, error: Exception) -> str:
    """The error's one line, starting with the file label (readers' messages already do)."""
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return message if message.startswith(label.split(":")[0]) else f"{label}: {message}"


def internal_error(exc: Exception) -> str:
    """An unexpected exception as one line."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}"


def analyser_for(settings: Settings, store: Store | None = None):
    """The article analyser over the configured gazetteer (with the store's own places when
    ``store`` is given)."""
    from geo.gazetteer.index import Gazetteer
    from geo.pipeline import Analyser
    from geo.store.layer import StoreLayer

    layer = StoreLayer.from_store(store) if store is not None else None
    return Analyser(Gazetteer(settings.gazetteer, layer=layer))
