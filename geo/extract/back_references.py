"""An act named with a demonstrative refers back to one already told: "Paris et Washington ont
dénoncé cette attaque", "this attack was condemned", "ces frappes ont été revendiquées", "five
were killed in that attack"; so does a sentence that opens on
the act with what it came with ("The bombardment came as talks opened in Astana", "L'attaque
intervient alors que …").

Such a sentence tells no new act: it comments on, or adds to, the act it points back to.  It is
read as a sentence without an act of its own (a toll it counts still continues the event just
told, as any following sentence's does: :mod:`geo.extract.events`).
"""

from __future__ import annotations

import re

from geo.extract.event_types import Typing

__all__ = ["refers_back"]

#: a demonstrative and at most one qualifying word right before the act's word ("cette rare attaque");
#: English "that" / "those" only after a preposition ("killed in that attack", "during those raids"):
#: alone they also open a clause ("said that an air strike killed six")
_DEMONSTRATIVE_RE = re.compile(
    r"(?<![\w-])(?:cette|cet|ce|ces|this|these|ledit|ladite|lesdits|lesdites|"
    r"(?:in|during|from|by|since|after|before|of)\s+(?:that|those))\s+(?:[\w-]+\s+)?$",
    re.I)


#: a sentence opening on the act already told, with what it came with: "The bombardment came as
#: talks opened", "The attack comes days after …", "L'attaque intervient alors que …"
_OPENING_RE = re.compile(
    r"^\W*(?:the|la|le|les|l['’])\s*(?:[\w-]+\s+)?(?P<act>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:came|comes|come|intervient|interviennent|survient|surviennent)\s+(?:as|after|amid|days|a\s+day|"
    r"hours|weeks|alors|après|au\s+lendemain|quelques|deux|trois|moins)\b", re.I)


def refers_back(sentence: str, typing: Typing) -> bool:
    """Whether the sentence's act word (``typing.trigger``, its first occurrence) follows a
    demonstrative, and no other occurrence of it stands alone, or the sentence opens on the act
    told already and what it came with or after (:data:`_OPENING_RE`)."""
    opening = _OPENING_RE.match(sentence)
    if opening is not None and typing.trigger.lower() in opening.group("act").lower():
        return True
    starts = [m.start() for m in re.finditer(re.escape(typing.trigger), sentence)]
    return bool(starts) and all(_DEMONSTRATIVE_RE.search(sentence[max(0, s - 40):s]) for s in starts)
