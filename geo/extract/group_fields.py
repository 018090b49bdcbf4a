"""The countries a coalition is said to fight in, to say which coalition it is: "the US-led coalition
fighting IS in Iraq and Syria", "the coalition against the jihadists in Syria", "la coalition qui
combat l'EI en Irak et en Syrie".  Such a country names the coalition's field, not where an act of
the sentence happened ("IS said the rebels took orders from the US-led coalition fighting IS in Iraq
and Syria": no act in Iraq): no event place (:mod:`geo.extract.event_places`).  Only a country is so
read: a town after the same words ("the coalition fighting IS in Raqqa") is where it fights.
"""

from __future__ import annotations

import re

__all__ = ["names_a_coalitions_field"]

#: a coalition, a few words (who leads it; no act nor force of its own: "coalition air strikes against IS
#: in Syria" are acts there), what it fights, then the locative before the country (and
#: a first country and "and"/"et" before a second): "coalition fighting IS in (Iraq and) ",
#: "coalition qui combat l'EI en (Irak et en) "
_FIELD_BEFORE_RE = re.compile(
    r"\b(?:coalition|alliance)\b(?:\s+(?!(?:air|strikes?|raids?|jets?|planes?|warplanes?|aircraft|drones?|bombs?|"
    r"bombing|bombardments?|frappes?|avions?|aviation|forces?|troops|troupes|soldiers|soldats)\b)[\w'’-]+){0,3}?\s+"
    r"(?:(?:that|which)\s+(?:is\s+)?|qui\s+)?"
    r"(?:fighting|battling|against|combat|combattant|lutte\s+contre|luttant\s+contre|contre)\s+"
    r"(?:the\s+|l['’]\s*|le\s+|les\s+|la\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:in|inside|across|en|au|aux|dans)\s+(?:[\w'’-]+\s+(?:and|et)\s+(?:(?:en|au|aux|in)\s+)?)?$",
    re.I)
#: an act the coalition's, right before it: "strikes by the coalition against IS in Syria", "des frappes de
#: la coalition contre l'EI en Syrie" (the acts are in Syria)
_ACT_OF_BEFORE_RE = re.compile(
    r"\b(?:strikes?|raids?|attacks?|bombings?|bombardments?|operations?|frappes?|attaques?|bombardements?|opérations?)"
    r"\s+(?:of|by|from|de|par|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?(?:[\w'’.-]+\s+){0,2}$", re.I)
#: how far before a country the words may start (characters)
_LOOK_BACK = 100


def names_a_coalitions_field(text: str, start: int, sentence_start: int, country: bool) -> bool:
    """Whether the place named at ``start`` (``country``: a country) is a country a coalition is said
    to fight in (see the module docstring)."""
    if not country:
        return False
    lo = max(sentence_start, start - _LOOK_BACK)
    m = _FIELD_BEFORE_RE.search(text, lo, start)
    return m is not None and _ACT_OF_BEFORE_RE.search(text, max(sentence_start, m.start() - 40), m.start()) is None
