"""What the dashboard's home page shows, gathered from the core (no Streamlit here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from geo.config import Settings
from geo.errors import ConflictmapError, GazetteerNotBuiltError
from geo.gazetteer.index import Gazetteer
from geo.store import Store


@dataclass
class Overview:
    counts: dict[str, int]
    articles: list[dict[str, Any]]
    gazetteer: dict[str, str] | None
    problems: list[str] = field(default_factory=list)


def load_overview(settings: Settings) -> Overview:
    problems: list[str] = []
    with Store.from_settings(settings, must_exist=False) as store:
        counts = store.counts()
        articles = store.articles()
    try:
        with Gazetteer(settings.gazetteer) as g:
            gazetteer = g.stats()
    except GazetteerNotBuiltError as exc:
        gazetteer = None
        problems.append(str(exc))
    except ConflictmapError as exc:
        gazetteer = None
        problems.append(str(exc))
    return Overview(counts=counts, articles=articles, gazetteer=gazetteer, problems=problems)
