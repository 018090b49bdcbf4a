"""A toll over a whole area with one act's share told right after it, as agencies sum up a day:
"Au moins 30 personnes ont été tuées samedi à travers la Syrie, dont 12 dans des bombardements à
Alep", "40 personnes ont été tuées dans la province d'Idleb, dont 25 dans des raids sur Saraqeb",
"30 people were killed across the country, including 12 in air strikes on Aleppo"; or by its place
alone: "30 personnes ont été tuées vendredi en Syrie, dont 12 à Homs".

The whole adds up the area's acts of the day and is no one act's toll (GUIDELINES: "more than
100 killed in two days across the country is not one event's toll"); the share the sentence ties
to an act ("dans des bombardements", "in air strikes") at a place it names is that act's toll, and
the act is news, not a country's running toll (:mod:`geo.extract.background`).  Several shares
("dont six à A et quatre à B") are :mod:`geo.extract.place_tolls`'s; a share of a kind of victim
("dont cinq enfants", "including 20 children") is part of the whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.number_words import NUMBER, is_year, parse_number
from geo.extract.numbers import Fatalities

__all__ = ["DETAIL_AHEAD", "area_detail"]

#: a whole area as a toll's scope: the country, a province, a region
_AREA_RE = re.compile(
    r"\b(?:à\s+travers|dans\s+tout|across|throughout)\s+(?:le\s+pays|la\s+syrie|the\s+country|syria)\b|\bnationwide\b"
    r"|\b(?:en\s+syrie|in\s+syria)\b"
    r"|\b(?:dans|à\s+travers)\s+(?:la\s+province|le\s+gouvernorat|la\s+région)\s+(?:de|d['’]|du)"
    r"|\b(?:in|across)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:province|governorate)\b", re.I)
#: ", dont 12 dans des bombardements", "(on Saturday), including 12 in air strikes": a share told by
#: its act (the act's word at most 40 characters on, with no clause between); or by its place, named
#: right after: ", dont huit à Alep (et cinq à Deraa)", ", including eight in Aleppo"
DETAIL_AHEAD = (rf"(?:\s+[\w'’-]+){{0,3}}?\s*,\s*(?:dont|including)\s+(?:(?:au\s+moins|at\s+least)\s+)?(?:{NUMBER})\s+"
                rf"(?:(?:dans|lors|sous|par|in|during|by|from)\b[^,;.()]{{0,40}}?(?<![\w-]){ACT_NOUNS}(?![\w-])"
                r"|(?:à|au|aux|in|at)\s+(?-i:[A-ZÀ-ÖØ-Þ]))")
_DETAIL_RE = re.compile(DETAIL_AHEAD.replace(f"(?:{NUMBER})", f"(?P<n>{NUMBER})", 1), re.I)


def area_detail(sentence: str, fatalities: Sequence[Fatalities], lang: str) -> Sequence[Fatalities]:
    """The tolls of ``sentence`` with a whole over an area (one toll, or none when the whole was
    read as a country's running toll) replaced by the share of the act told right after it (see
    the module); unchanged when there is no such share."""
    if len(fatalities) > 1:
        return fatalities
    whole = fatalities[0] if fatalities else None
    m = _DETAIL_RE.search(sentence, whole.end if whole is not None else 0)
    if m is None or not _AREA_RE.search(sentence, whole.end if whole is not None else 0, m.start("n")):
        return fatalities
    n = parse_number(m.group("n"), lang)
    if n is None or is_year(n, m.group("n")) or (whole is not None and n >= whole.count):
        return fatalities
    said = sentence[m.start("n"):m.end()].lower()
    if whole is None:
        return [Fatalities(n, m.start("n"), m.end("n"), m.group("n"), minimum=False, said=said)]
    return [replace(whole, count=n, start=m.start("n"), end=m.end("n"), text=m.group("n"), minimum=False,
                    total=False, said=said)]
