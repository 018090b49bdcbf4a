"""Long runs of white space read as one space, the offsets of the text kept.

A toll pattern's optional words and spaces would try every way of splitting a long run between
them (:func:`geo.extract.numbers.find_fatalities` reads the folded text and maps its finds back).
"""

from __future__ import annotations

import re

#: a run of white space this long or longer is read as one space
LONG_SPACE_RE = re.compile(r"\s{4,}")


def folded_spaces(text: str) -> tuple[str, list[int]] | None:
    """The text with each run of :data:`LONG_SPACE_RE` cut to its first character, and the offset
    in ``text`` of each character kept; None when the text has no such run."""
    if LONG_SPACE_RE.search(text) is None:
        return None
    kept: list[int] = []
    pos = 0
    for m in LONG_SPACE_RE.finditer(text):
        kept.extend(range(pos, m.start() + 1))
        pos = m.end()
    kept.extend(range(pos, len(text)))
    return "".join(text[i] for i in kept), kept
