"""A country's capital named by its country: "the Syrian capital", "Syria's capital" (scraped
"Syrias capital"), "the capital of Syria", "la capitale syrienne", "la capitale de la Syrie"; and
named alone, as the press names the capital of the country it reports on: "dans la capitale",
"un quartier de la capitale", "in the capital".

The place finder reads such a phrase as the country (or its demonym); an act "east of the Syrian
capital" is near Damascus, not anywhere in Syria.  For the events only (the place mentions
stored and scored stay the finder's), the country's mention in such a phrase stands for the
country's capital (:func:`with_capitals`, used by :mod:`geo.pipeline`); "the de facto capital"
of a group is not the country's.  The capital named alone is that of the country the article's
place names mostly lie in (:func:`bare_capitals`), unless a name follows it ("the capital
Damascus", "la capitale, Damas": that name is the place) or it is another place's or another
kind of capital ("sa capitale", "its capital", "la capitale de la province", "la capitale
économique", "the capital's markets").
"""

from __future__ import annotations

import re
from collections import Counter
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
#: a group's capital ("de facto", self-proclaimed): what a place is to a group, no act's place
_GROUPS_CAPITAL = (r"(?:(?:de\s+facto|self-(?:declared|proclaimed|styled))\s+(?:[\w'’-]+\s+){0,2}?capital"
                   r"|capitale\s+(?:de\s+facto|autoproclamée))")
#: a place named as a group's capital: "the group's de facto capital of Raqqa", "the IS de facto capital,
#: the city of X", "la capitale de facto de l'EI, X" (before) or "X, the de facto capital of IS",
#: "X, capitale autoproclamée de l'EI" (after)
_GROUPS_CAPITAL_BEFORE_RE = re.compile(
    rf"{_GROUPS_CAPITAL}(?:\s+(?:of|de\s+l['’]\s*|du|des|de)\s*(?!the\s+(?:city|town)\b)[\w'’-]+)?\s*,?\s*"
    r"(?:of\s+)?(?:the\s+(?:city|town)\s+of\s+|la\s+ville\s+de\s+)?$", re.I)
_GROUPS_CAPITAL_AFTER_RE = re.compile(rf"^(?:\s+city)?\s*,?\s*(?:the\s+|la\s+|sa\s+|its\s+)?{_GROUPS_CAPITAL}", re.I)


#: the capital named alone ("dans la capitale", "in the capital"), not a possessed one ("sa capitale")
_BARE_RE = re.compile(r"(?<![\w-])(?:la\s+capitale|the\s+capital)(?![\w-])", re.I)
#: what makes it another place's or another kind of capital, right after it
_NOT_BARE_AFTER_RE = re.compile(
    r"\s*(?:de\b|d['’]|du\b|des\b|of\b|provinciale|régionale|économique|politique|administrative|culturelle|"
    r"religieuse|mondiale|européenne|de\s+facto|['’]?s\s+(?:markets?|gains?|flight|flows?)|city|cities|punishment|"
    r"markets?|gains?|flight|flows?|investment|spending|expenditure|letters?)\b", re.I)
#: the most characters between the capital named alone and a name right after it ("la capitale, Damas")
_NAME_AFTER_CHARS = 3


def _main_country(mentions: Sequence[PlaceMention]) -> str | None:
    counts = Counter(m.place.country_code for m in mentions if m.place.country_code)
    return counts.most_common(1)[0][0] if counts else None


def bare_capitals(text: str, mentions: Sequence[PlaceMention],
                  capital_of: Callable[[str], Place | None]) -> list[PlaceMention]:
    """A mention of the capital of the article's main country (where its place names mostly
    lie) at each capital named alone (module docstring)."""
    found = list(_BARE_RE.finditer(text))
    country = _main_country(mentions) if found else None
    capital = capital_of(country) if country else None
    if capital is None:
        return []
    out = []
    for b in found:
        if _NOT_BARE_AFTER_RE.match(text, b.end()):
            continue
        # "the capital Damascus", "la capitale, Damas", "la capitale syrienne": the name says it
        # (not a demonym after a comma: "in the capital, Syrian state media said")
        if any(b.end() <= m.start <= b.end() + _NAME_AFTER_CHARS
               and (m.method != "demonym" or "," not in text[b.end():m.start]) for m in mentions):
            continue
        if any(m.start < b.end() and b.start() < m.end for m in mentions):
            continue
        out.append(PlaceMention(b.group(0), b.start(), b.end(), capital, "ner", 0.9))
    return out


def names_capital(text: str, m: PlaceMention) -> bool:
    """Whether the country named at ``m`` (a name or a demonym) names its capital there."""
    if m.place.precision != "country" or not m.place.country_code:
        return False
    before = text[max(0, m.start - 40):m.start]
    after = text[m.end:m.end + 40]
    if not (_AFTER_RE.match(after) or _BEFORE_RE.search(before)):
        return False
    return not _DE_FACTO_RE.search(before[-25:] + after[:25])


def named_as_groups_capital(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is named as a group's capital ("the group's de facto capital of X",
    "X, the de facto capital of IS", "X, capitale de facto de l'EI"): a description of the place, which
    tells no act's place to the sentences after it (:func:`geo.extract.event_places.context_place_finder`)."""
    return bool(_GROUPS_CAPITAL_BEFORE_RE.search(text[max(0, start - 60):start])
                or _GROUPS_CAPITAL_AFTER_RE.match(text[end:end + 60]))


def with_capitals(text: str, mentions: Sequence[PlaceMention],
                  capital_of: Callable[[str], Place | None]) -> list[PlaceMention]:
    """The mentions, each country naming its capital read as that capital (``capital_of``: the
    capital of an ISO code, e.g. :meth:`geo.gazetteer.index.Gazetteer.capital`)."""
    out = bare_capitals(text, mentions, capital_of)
    for m in mentions:
        capital = capital_of(m.place.country_code) if names_capital(text, m) else None
        # a demonym naming its capital is a place name now ("the Syrian capital")
        out.append(m if capital is None else replace(m, place=capital, area=False,
                                                      method="ner" if m.method == "demonym" else m.method))
    return sorted(out, key=lambda m: m.start)
