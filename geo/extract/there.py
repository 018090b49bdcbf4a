"""French "y": the place just told, standing before the verb ("Lundi, six soldats y avaient été
tués", "des combats s'y sont poursuivis", "trois civils y ont trouvé la mort").

A sentence that names no place of its own but says "y" before an auxiliary tells its act at the
place the sentence before it names first (its first event place, :mod:`geo.extract.event_places`),
as if named there.  Without it, a sentence dated apart ("Lundi, …") with a toll and no place was
no event, and an act in it took its paragraph's place, which may be another.  "Il y a" (there
is, ago) and "y compris" are not it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

__all__ = ["THERE_RE", "told_there"]

#: a place mention (:class:`geo.extract.places.PlaceMention`)
M = TypeVar("M")

#: "y" before an auxiliary: the place just told (not "il y a", "n'y")
THERE_RE = re.compile(
    r"(?<![\w'’-])(?<!il\s)(?<!n['’])(?:s['’])?y\s+(?:a|ont|avait|avaient|aurait|auraient|sont|étaient|est|était)\s",
    re.I)


def told_there(texts: Sequence[str], own: Sequence[Sequence[M]]) -> list[Sequence[M]]:
    """The event places of each sentence (``own``, of the sentences ``texts``), a sentence without
    any that says "y" before its verb given the first of the sentence before it (see the module)."""
    out = list(own)
    for i in range(1, len(out)):
        if not out[i] and out[i - 1] and THERE_RE.search(texts[i]) is not None:
            out[i] = out[i - 1][:1]
    return out
