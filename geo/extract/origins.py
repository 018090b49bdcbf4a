"""Places named as where fire, aircraft or fighters came from, or where a convoy set out for: "des
obus tirés depuis Deraa ont frappé Soueida", "des avions décollant de la base de X, près de
Lattaquié, ont bombardé Y", "les jihadistes, venus de leur fief de Rakka, ont attaqué Y", "Partis de
Palmyre, les jihadistes ont attaqué Y", "des rebelles originaires de Homs", "un convoi parti de Damas
à destination d'Alep", "shells fired from Deraa hit Sweida", "jets that took off from X near Latakia
struck Y", "IS fighters coming from their stronghold of Raqqa attacked Y".

The act is where the fire lands, the aircraft strike or the fighters attack; the place they came
from (and the place an appositive then puts it near: ", près de Lattaquié,") comes after any other
place the sentence locates the act at (:mod:`geo.extract.event_places`), as a destination does
(:mod:`geo.extract.destinations`).  Alone in its sentence it still places the act (it is near).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.places import PlaceMention

__all__ = ["ORIGIN_CUE_RE", "origin_starts"]

#: a word telling where something came from or went, before its place: French participles of firing,
#: coming, setting out and taking off with "depuis"/"de", "originaire(s) de", "en provenance de",
#: "à destination de"; English "fired/launched from", "took off from", "coming from", "natives of",
#: "bound for"
ORIGIN_CUE_RE = re.compile(
    r"\b(?:(?:tir|lanc)[ée]e?s?\s+depuis|(?:venu|revenu)e?s?\s+(?:de|d['’]|du|des)|"
    r"(?<!\bune\s)(?<!\bla\s)(?<!\ble\s)(?<!\bun\s)(?<!\bdu\s)(?:parti|partis|parties)\s+(?:de|d['’]|du|des)|"
    r"originaires?\s+(?:de|d['’]|du|des)|en\s+provenance\s+(?:de|d['’]|du|des)|"
    r"(?:décollant|décollé|décollés|décollées)\s+(?:de|d['’]|du|des)|à\s+destination\s+(?:de|d['’]|du|des)|"
    r"(?:fired|launched|took\s+off|taken\s+off|taking\s+off|coming|came|set\s+out|setting\s+out|"
    r"hailing|flying\s+in)\s+from|natives?\s+of|bound\s+for)(?:(?<=['’])|\b)",
    re.I)
#: between the cue and its place: an article or possessive and a few nouns of place ("la ville de",
#: "leur fief de", "the Hmeimim base": "la base aérienne de"), no comma, digit nor clause
_TO_PLACE_RE = re.compile(
    r"\s*(?:(?:[a-zà-ÿ][\w'’-]*|l['’]|d['’])\s*){0,5}", re.I)
#: an appositive anchor of the origin, whose place is the origin's neighbour: ", près de X", ", au nord de
#: X", " near X", ", in X province" (French between commas: "parti de Damas à destination d'Alep près de X"
#: is hit near X)
_EN_ANCHOR = r"(?:near|close\s+to|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|in)\b"
_ANCHOR_RE = re.compile(
    r"(?:\s*[,(]\s*(?:près|non\s+loin|aux\s+portes|à\s+l['’]\s*(?:est|ouest)|au\s+(?:nord|sud)|dans\s+(?:la|le|l['’])|"
    rf"{_EN_ANCHOR})|\s+{_EN_ANCHOR})[^,;.()\d]{{0,40}}?", re.I)
#: the whole way from the cue to a place of the origin's phrase
_PHRASE_RE = re.compile(rf"(?:{_TO_PLACE_RE.pattern})(?:{_ANCHOR_RE.pattern})?", re.I)
#: the words no place phrase holds: a clause's verb or conjunction after the cue ends the phrase
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:ont|avaient|avait|sont|se|qui|que|et|pour|sur|contre|hit|struck|killed|attacked|and|to|on|at|"
    r"which|who|that|ils|elles)\b", re.I)


def origin_starts(text: str, start: int, end: int, own: Sequence[PlaceMention]) -> set[int]:
    """The starts of the mentions ``own`` (sorted, within ``text[start:end]``) named as an origin or a
    convoy's destination (:data:`ORIGIN_CUE_RE`), with the place an appositive puts it near."""
    found: set[int] = set()
    for cue in ORIGIN_CUE_RE.finditer(text, start, end):
        k = next((i for i, m in enumerate(own) if m.start >= cue.end()), None)
        if k is None:
            continue
        gap = text[cue.end():own[k].start]  # (an unknown name may stand before an anchor: "de X, près de Y")
        if _PHRASE_RE.fullmatch(gap) is None or _CLAUSE_WORD_RE.search(gap):
            continue
        found.add(own[k].start)
        k += 1
        while k < len(own) and own[k].start < own[k - 1].end:  # the same name read twice
            k += 1
        if k < len(own):
            anchor = text[own[k - 1].end:own[k].start]
            if _ANCHOR_RE.fullmatch(anchor) is not None and not _CLAUSE_WORD_RE.search(anchor):
                found.add(own[k].start)
    return found
