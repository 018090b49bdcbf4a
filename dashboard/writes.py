"""Every change the dashboard makes to the data, and the one gate they go through: each asks
``dashboard.session.write_user`` first, which refuses (:class:`~geo.errors.PermissionDeniedError`)
a session without an editor signed in, whatever widget or message asked for the write.  Hiding
a viewer's widgets is only a courtesy; this is the check.  Pages and panels call these, never
``geo.store.corrections``, ``dashboard.ingest`` or ``geo.pipeline``'s writers themselves
(tests/dashboard/test_access.py checks that)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from dashboard import state
from dashboard.session import write_user
from geo.models import Place
from geo.store import corrections


def move_event(uid: str, lat: float, lon: float, *, note: str | None = None, **kw: Any) -> dict[str, Any]:
    user = write_user()
    return corrections.move_event(state.store(), uid, lat, lon, note=note, user=user.name, **kw)


def reresolve_event(uid: str, place: Place, *, note: str | None = None) -> dict[str, Any]:
    user = write_user()
    return corrections.reresolve_event(state.store(), uid, place, note=note, user=user.name)


def delete_event(uid: str, *, note: str | None = None) -> None:
    user = write_user()
    corrections.delete_event(state.store(), uid, note=note, user=user.name)


def merge_events(keep_uid: str, other_uid: str, *, note: str | None = None) -> dict[str, Any]:
    user = write_user()
    return corrections.merge_events(state.store(), keep_uid, other_uid, note=note, user=user.name)


def split_event(uid: str, source_id: int, *, note: str | None = None) -> str:
    user = write_user()
    return corrections.split_event(state.store(), uid, source_id, note=note, user=user.name)


def ingest_uploads(uploads: Sequence, published: date | None,
                   progress: Callable[[int, int, str], None] | None = None) -> list[str]:
    from dashboard.ingest import ingest_uploads as ingest

    write_user()
    return ingest(state.store(), state.analyser(), uploads, published, progress=progress)


def ingest_pasted(title: str, url: str, published: date | None, text: str) -> str:
    from dashboard.ingest import ingest_pasted as ingest

    write_user()
    return ingest(state.store(), state.analyser(), title, url, published, text)


def set_article_date(article_id: int, when: date) -> tuple[int, int]:
    from geo.pipeline import set_article_date as set_date

    write_user()
    return set_date(state.store(), state.analyser(), article_id, when)


def correction_log(uid: str) -> list[dict[str, Any]]:
    """The corrections made to an event, oldest first (a read: anyone signed in)."""
    return corrections.corrections(state.store(), uid)
