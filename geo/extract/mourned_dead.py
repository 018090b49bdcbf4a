"""The dead a funeral mourns were killed before it: "the funerals of a teenager and a soldier
killed by security forces turned into a protest", "les funérailles d'un adolescent et d'un
soldat tués par les tirs … se sont transformées en manifestation".

GUIDELINES: a toll is the number killed in *that* event.  The people whose funeral is held were
killed by an earlier act (told elsewhere, or not at all); the sentence's own act (a protest at
the funeral, a bombing of it) is not theirs.  A number is mourned when it lies in the complement
of a funeral word ("funeral of", "funérailles d'", "obsèques de"), with no comma or clause break
between them: "a bomb hit the funeral, killing 12" counts the bombing's dead.
"""

from __future__ import annotations

import re

__all__ = ["MOURNED_CHARS", "mourned"]

#: the most characters between a funeral word's preposition and a mourned count
MOURNED_CHARS = 60
_FUNERAL_RE = re.compile(
    r"\b(?:funerals?|burials?|funérailles|obsèques|enterrements?|inhumations?)\s+(?:of|for|de|d['’]|des|du)",
    re.I)
_BREAK_RE = re.compile(r"[,;:.()\"«»]")


def mourned(sentence: str, start: int) -> bool:
    """Whether the number at ``start`` counts the dead of a funeral (see the module)."""
    before = sentence[max(0, start - MOURNED_CHARS - 20):start]
    for m in _FUNERAL_RE.finditer(before):
        between = before[m.end():]
        if len(between) <= MOURNED_CHARS and _BREAK_RE.search(between) is None:
            return True
    return False
