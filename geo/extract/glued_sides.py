"""A side glued to the place before it in scraped wire copy ("… positions near Kobaninorth Syria"):
the place's name, as a word of its own, for the gazetteer scan (:mod:`geo.extract.place_spans`).
A whole word the gazetteer knows is tried before its parts (longer spans first), and a compass
word alone ("Northeast", "Midwest") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: a capitalised word ending in a side written in lower case: "Kobaninorth", "Raqqaeastern"
_GLUED_SIDE_RE = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,}?)(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?\b")
#: what a side may follow in a word of its own ("Northeast", "Southwest", "Midwest")
_SIDE_WORDS = frozenset("north south east west mid".split())


def glued_side_names(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the names a side is glued to ("Kobani" in "Kobaninorth")."""
    for m in _GLUED_SIDE_RE.finditer(text):
        if m.group(1).lower() not in _SIDE_WORDS:
            yield m.start(1), m.end(1)
