"""Where a text itself says a name is a settlement: "the village of X", "la localité de X".

A name so introduced may be a small place (a village of no recorded population, a
neighbourhood), which the gazetteer scan otherwise ignores, since people, organisations and
common words share names with small places.
"""

from __future__ import annotations

import re

#: a noun of settlement and its "of" just before a name ("the town of", "le village d'")
SETTLEMENT_BEFORE_RE = re.compile(
    r"\b(?:villages?|towns?|city|hamlet|neighbou?rhoods?|suburbs?|camp|"
    r"localités?|ville|bourgade|quartiers?|hameau)\s+(?:of|de|d['’]|du)\s*(?:the\s+|la\s+|l['’]\s*)?$",
    re.I)
#: how far before a name its settlement noun may start
_WINDOW = 40


def settlement_named(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` follows a noun of settlement and its "of"."""
    return SETTLEMENT_BEFORE_RE.search(text[max(0, start - _WINDOW):start]) is not None
