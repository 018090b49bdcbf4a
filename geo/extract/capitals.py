"""A country's capital named by its country: "the Syrian capital", "Syria's capital" (scraped
"Syrias capital"), "the capital of Syria", "la capitale syrienne", "la capitale de la Syrie".

The place finder reads such a phrase as the country (or its demonym); an act "east of the Syrian
capital" is near Damascus, not anywhere in Syria.  For the events only (the place mentions
stored and scored stay the finder's), the country's mention in such a phrase stands for the
country's capital (:func:`with_capitals`, used by :mod:`geo.pipeline`); "the de facto capital"
of a group is not the country's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from geo.extract.places import PlaceMention
from geo.models import Place

#: after the country or its demonym: "Syria's capital", "Syrias capital", "the Syrian capital"
_AFTER_RE = re.compile(
    r"(?:['’]?s)?\s+capital\b(?!\s+(?:punishment|markets?|gains?|flight|flows?|investment|spending|"
    r"expenditure|letters?))", re.I)
#: before it: "the capital of Syria", "la capitale syrienne", "la capitale de la Syrie"
_BEFORE_RE = re.compile(
    r"(?:\bcapital\s+of\s+(?:the\s+)?|\bcapitale\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*|d['’]\s*|des\s+)?)$", re.I)
#: "the group's de facto Syrian capital", "sa capitale de facto": not the country's capital
_DE_FACTO_RE = re.compile(r"\bde\s+facto\b", re.I)


def names_capital(text: str, m: PlaceMention) -> bool:
    """Whether the country named at ``m`` (a name or a demonym) names its capital there."""
    if m.place.precision != "country" or not m.place.country_code:
        return False
    before = text[max(0, m.start - 40):m.start]
    after = text[m.end:m.end + 40]
    if not (_AFTER_RE.match(after) or _BEFORE_RE.search(before)):
        return False
    return not _DE_FACTO_RE.search(before[-25:] + after[:25])


def with_capitals(text: str, mentions: Sequence[PlaceMention],
                  capital_of: Callable[[str], Place | None]) -> list[PlaceMention]:
    """The mentions, each country naming its capital read as that capital (``capital_of``: the
    capital of an ISO code, e.g. :meth:`geo.gazetteer.index.Gazetteer.capital`)."""
    out = []
    for m in mentions:
        capital = capital_of(m.place.country_code) if names_capital(text, m) else None
        # a demonym naming its capital is a place name now ("the Syrian capital")
        out.append(m if capital is None else replace(m, place=capital, area=False,
                                                      method="ner" if m.method == "demonym" else m.method))
    return out
