"""A place the sentence names under a place noun that the gazetteer does not know: "the village of
Hass", "the Atmeh refugee camp", "the Sukkari neighbourhood of Aleppo", "the Aleppo neighbourhood of
Sukkari", "le village de X", or set
in French apposition ("à X, un quartier du sud de Damas", "à X (nord), quartier huppé de la capitale").

cities500 lacks most villages and city quarters.  The act told there is still an act at a place of
its own, as ACLED codes it: placed at the most precise place the text supports (the place the
sentence puts the name in: "in rural Aleppo", "near Y", "south of Idlib province", the sentence's
own place, else its context's), with the name kept as the event's ``part``
(:mod:`geo.extract.listed_parts` does the same for a list of such names), so that

* it is never joined with an act the article tells at another such named place on that day
  (:func:`geo.extract.listed_parts.other_parts`), and
* a sentence naming another such place is a new act, not more of the event before it
  (:func:`starts_another_part`); so is one naming a quarter or village in apposition after an act
  its sentence placed ("A Damas, l'armée … . De violents combats ont éclaté à X, quartier du sud").

A name the gazetteer knows, a country's or a community's adjective ("the Kurdish town of X":
X), or a name the sentence gives only as a reference point elsewhere is left to the other modules.
When the sentence's own place is a point the gazetteer knows and the unlisted name is not said to
lie in it, the act is at the known place (the name is taken for something else).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from geo.events import more_precise
from geo.extract.confidence import INFERRED_SOURCES, PART_SOURCE, REFERENCE_SOURCE
from geo.extract.event_places import LOCATIVE_WORDS, STRIKE_WORDS
from geo.extract.listed_parts import NAME_HEADS, ListedName, PlaceList, holder_of, is_adjective, part_key
from geo.extract.offset_places import offset_place
from geo.extract.places import PlaceMention
from geo.extract.retellings import one_place
from geo.models import AREA_PRECISIONS, Place

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

#: the nouns of a facility named after a place, before "of" / "de" (EN, FR): an airport, a base, a dam, a crossing
_FACILITY_BEFORE = (r"aéroport(?:\s+militaire)?|base(?:\s+(?:aérienne|militaire))?|barrage|poste[\s-]frontière|"
                    r"point\s+de\s+passage|airport|air\s*base|airbase|dam|(?:border\s+)?crossing")
#: the singular nouns of a place too small for the gazetteer, before "of" / "de" (EN, FR)
_NOUN_BEFORE = (
    r"(?:village|town|hamlet|neighbou?rhood|district|suburb|quarter|locality|(?:refugee\s+|displacement\s+)?camp|"
    r"localité|bourgade|bourg|hameau|quartier|"
    # and a facility's: "l'aéroport militaire de X", "la base aérienne de X", "le poste-frontière de X"
    rf"{_FACILITY_BEFORE})"
)
#: ... and after the name ("the Atmeh refugee camp", "Sheikh Maqsoud neighbourhood", "the X air base")
_NOUN_AFTER = (r"(?:village|town|hamlet|neighbou?rhood|district|suburb|quarter|(?:refugee\s+|displacement\s+)?camp|"
               r"(?:military\s+)?airport|air\s*base|airbase|dam|(?:border\s+)?crossing)")
_ARTICLE = r"(?:(?:al|el)[-‑\s]|(?:as|ash|ad|an|ar|at|az)[-‑])"
_WORD = rf"{_ARTICLE}?[A-Z][\w'’‑-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
#: "the village of NAME", "le village de NAME", "la localité d'NAME"
_BEFORE_RE = re.compile(rf"(?<![\w-]){_NOUN_BEFORE}\s+(?:of|de|d['’])\s*(?:the\s+)?(?P<name>{_NAME})")
#: "the NAME refugee camp", "NAME neighbourhood"
_AFTER_RE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\s+{_NOUN_AFTER}(?![\w-])")
#: a French apposition: "à NAME, un quartier du sud de Damas", "à NAME (nord), quartier huppé de la
#: capitale", "à NAME, localité de la province d'Idleb"
#: (the place holding it may follow the noun)
_APPOSED_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})(?:\s*\([^()]{{1,20}}\))?,\s+(?:(?:un|une|le|la)\s+|l['’]\s*)?(?!(?:a|an|the)\s)(?:[a-zà-ÿ-]+\s+)?"
    r"(?:quartier|localité|village|bourgade|hameau|camp)(?![\w-])")
#: capitalised words that are no place name (sentence openers, titles, months)
_NOT_NAMES = frozenset(
    "the a an in on at of this that these those its their his her our syria syrian syrias syria's "
    "le la les un une dans "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())


#: the words that put an act at the place named after them ("in", "near", "struck", "à", "visé"),
#: not the ones that name where it came from or what lies around ("from", "of", "between")
_WHERE_WORDS = (LOCATIVE_WORDS - frozenset("of from to towards toward between de du des d vers entre chez a".split())
                ) | STRIKE_WORDS
#: the words of a force's position, not of an act ("terrorists positioned in the X neighbourhood")
_POSITION_WORDS = frozenset("positioned stationed based entrenched deployed holed positionnés basés retranchés".split())
#: the words looked back over, from a name's noun phrase, for the word that puts the act there
_WHERE_SPAN_WORDS = 4


def _said_as_act_place(text: str, start: int, begin: int) -> bool:
    """Whether the noun phrase opening at ``text[start]`` (in a sentence opening at ``begin``) is
    where the act is: after a locative or attack word a few words before, not a force's position."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", text[begin:start])][-_WHERE_SPAN_WORDS - 1:]
    return bool(_WHERE_WORDS.intersection(words[-_WHERE_SPAN_WORDS:])) and not _POSITION_WORDS.intersection(words)


@dataclass(frozen=True, slots=True)
class UnlistedPlace:
    """A name the gazetteer lacks at ``text[start:end]``; the place holding it may be named right
    after ``holder_at``."""

    name: str
    start: int
    end: int
    holder_at: int
    #: named in a French apposition ("à NAME, un quartier de …": :data:`_APPOSED_RE`)
    apposed: bool = False
    #: where its noun opens, when the noun comes first ("the Aleppo neighbourhood of NAME")
    noun_at: int = -1


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(re.finditer(rf"{_ARTICLE}?[\w'’‑-]+", text[start:end]))


def unlisted_place(text: str, start: int, end: int, said: Sequence[PlaceMention]) -> UnlistedPlace | None:
    """The first place of ``text[start:end]`` (a sentence) named under a singular place noun that
    no mention of ``said`` (the sentence's place mentions) covers, or None."""
    sentence = text[start:end]
    found: list[UnlistedPlace] = []
    for pattern in (_BEFORE_RE, _AFTER_RE, _APPOSED_RE):
        for m in pattern.finditer(sentence):
            if not _said_as_act_place(text, start + m.start(), start):
                continue
            a, b = start + m.start("name"), start + m.end("name")
            words = _words(text, a, b)
            # the name ends before a word that is no name ("Hass Syrian", "The", a known place)
            kept: list[re.Match[str]] = []
            for w in words:
                ws, we = a + w.start(), a + w.end()
                if (w.group().lower() in _NOT_NAMES or is_adjective(w.group())
                        or any(x.start < we and ws < x.end for x in said)):
                    break
                kept.append(w)
            if pattern is not _BEFORE_RE:
                # the words right before the noun (or its comma) are the name: drop what a cut left before them
                if len(kept) != len(words):
                    continue
            if not kept or (len(kept) == 1 and kept[0].group().lower() in NAME_HEADS):
                continue
            name_end = a + kept[-1].end()
            holder_at = start + m.end() if pattern is not _BEFORE_RE else name_end
            found.append(UnlistedPlace(text[a + kept[0].start():name_end], a + kept[0].start(), name_end, holder_at,
                                       apposed=pattern is _APPOSED_RE,
                                       noun_at=start + m.start() if pattern is _BEFORE_RE else -1))
    return min(found, key=lambda u: u.start) if found else None


def placed_at_part(text: str, unlisted: UnlistedPlace | None, said: Sequence[PlaceMention],
                   place: Place | None, precision: str | None, source: str | None,
                   precision_of: Callable[[PlaceMention], str]) -> tuple[Place | None, str | None, str | None, str | None]:
    """``(place, precision, source, part)`` of an act told at ``unlisted``: at the place the
    sentence puts the name in when that is at least as precise as the act's place found so far
    (or that place was only inferred), the name as its part; unchanged, without a part, when the
    sentence's own place is a known point elsewhere (module docstring)."""
    if unlisted is None:
        return place, precision, source, None
    holder = holder_of(text, PlaceList((ListedName(unlisted.name, unlisted.start, unlisted.end),),
                                       (unlisted.holder_at,), unlisted.noun_at), said)
    own_point = source == "sentence" and place is not None and precision not in AREA_PRECISIONS
    if own_point and (holder is None or not one_place(holder.place, place)):
        return place, precision, source, None
    if holder is not None and (place is None or source in INFERRED_SOURCES or one_place(holder.place, place)
                               or not more_precise(precision, precision_of(holder))):
        # said of the act's sentence; a reference point near it when the sentence gave no place of its own
        # (at the told distance and direction from it: "X, au sud de Saraqeb", geo.extract.offset_places)
        place, precision = offset_place(text, holder, nominal=True) or holder.place, precision_of(holder)
        source = REFERENCE_SOURCE if source in INFERRED_SOURCES else PART_SOURCE
    if place is None:
        return place, precision, source, None
    return replace(place, name=f"{unlisted.name} ({place.name})"), precision, source, unlisted.name


def starts_another_part(unlisted: UnlistedPlace | None, last: ArticleEvent) -> bool:
    """Whether a sentence naming ``unlisted`` tells an act at another place than ``last``, the
    event before, told at an unlisted place too (not at several listed ones: a sentence after a
    list may tell more of it), or told at a place of its own sentence while the name is a
    quarter or village set in apposition ("A Damas, l'armée ratissait des quartiers. De violents
    combats ont éclaté à Tadamoun, quartier du sud": an act of its own in a part of that city)."""
    if unlisted is None or last.tally.shared:
        return False
    if last.part is None:
        return unlisted.apposed and last.place_source == "sentence"
    return part_key(unlisted.name) != part_key(last.part)


__all__ = ["UnlistedPlace", "placed_at_part", "starts_another_part", "unlisted_place"]
