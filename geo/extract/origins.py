"""Places named as where fire, aircraft or fighters came from, or where a convoy set out for: "des
obus tirés depuis Deraa ont frappé Soueida", "des avions décollant de la base de X, près de
Lattaquié, ont bombardé Y", "les jihadistes, venus de leur fief de Rakka, ont attaqué Y", "Partis de
Palmyre, les jihadistes ont attaqué Y", "des rebelles originaires de Homs", "un convoi parti de Damas
à destination d'Alep", "shells fired from Deraa hit Sweida", "jets that took off from X near Latakia
struck Y", "IS fighters coming from their stronghold of Raqqa attacked Y".

The shooters' own place is an origin too: where they are positioned ("terrorists positioned in
Binnish fired mortar shells on al-Fouaa", "holed up in", "des rebelles retranchés à Douma ont tiré des
obus sur Damas", the plain "in" after the shooters' noun: "rebels in Douma fired shells at Damascus")
when an active verb of fire follows in its clause (not "were shelled": then the shooters are the
target), and a place "from" governs with a word of fire before it in its clause ("mortar shells fired
by rebels from Douma", "shelled Hama from positions in Kafr Zita", "lancées à partir de Taftanaz")
(:func:`fire_origin`).

The act is where the fire lands, the aircraft strike or the fighters attack (ACLED codes shelling at
the place hit): an origin (and the place an appositive then puts it near: ", près de Lattaquié,")
gives way to any other place the sentence locates the act at (:mod:`geo.extract.event_places`).
Alone in its sentence it still places the act (it is near: within the weapon's range), once for a
list of origins ("located in Binnish and Taftanaz fired rockets on the town of X": one act).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.act_lexicon import attack_verb_forms
from geo.extract.place_lists import listed_after

if TYPE_CHECKING:
    from geo.extract.places import PlaceMention

__all__ = ["ORIGIN_CUE_RE", "fire_origin", "origin_starts", "origins_of", "tells_fire"]

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


#: the verbs of shooting that are no attack verb of geo.extract.act_lexicon, in their past forms
_FIRE_VERBS = ("fired", "launched", "lobbed", "tiré", "tirée", "tirés", "tirées", "lancé", "lancée", "lancés", "lancées")
#: words of fire: its verbs, attack verbs in the past (geo.extract.act_lexicon) and its weapons
_FIRE_WORDS = (_FIRE_VERBS + attack_verb_forms("en", ("past",)) + attack_verb_forms("fr", ("é", "ée", "és", "ées"))
               + ("fire", "rockets?", "shells?", "mortars?", "missiles?", "projectiles?", "tirs?", "obus",
                  "roquettes?", "mortiers?"))
#: a cheap test of a sentence before the rules: a word of fire in it
_CUE_RE = re.compile(rf"\b(?:{'|'.join(_FIRE_WORDS)})\b", re.I)
#: no clause boundary between the word of fire and the origin
_CLAUSE = r"[^.;:!?]"
#: "… fired (by rebels) from (their positions in) (the town of)" right before the name
_FROM_RE = re.compile(
    rf"\b(?:{'|'.join(_FIRE_WORDS)})\b{_CLAUSE}{{0,70}}?\b(?:from|depuis|à\s+partir\s+d(?:e|u|es)|en\s+provenance\s+d(?:e|u|es))"
    r"\s+(?:(?:their|its|rebel|army|regime|militant|terrorist|leurs?|ses|sa|son)\s+)?"
    r"(?:(?:positions?|bases?|strongholds?|areas?)\s+(?:in|at|inside|à|dans|en|de|d['’])\s*)?"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?(?:(?-i:[a-zà-ÿ])[\w-]*\s+){0,2}?(?:(?:of|de|du|d['’])\s*)?$",
    re.I)
#: the shooters' place right before the name: "positioned in (the town of)", "retranchés à", "rebels in"
_POSITIONED_RE = re.compile(
    r"\b(?:positioned|stationed|located|based|entrenched|holed\s+up|deployed|dug\s+in|"
    r"postés?|postées?|retranchés?|retranchées?|positionnés?|positionnées?|basés?|basées?|stationnés?|"
    r"installés?|installées?|embusqués?|"
    r"rebels|militants|terrorists|gunmen|jihadists|insurgents|fighters|gunners|"
    r"rebelles|terroristes|jihadistes|djihadistes|insurgés|combattants)\s+"
    r"(?:in|at|inside|à|dans|en)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?(?:(?-i:[a-zà-ÿ])[\w-]*\s+){0,2}?(?:(?:of|de|du|d['’])\s*)?$",
    re.I)
#: an active verb of fire after the shooters' place, in its clause (not "were shelled", "ont été visés")
_FIRES_AFTER_RE = re.compile(
    rf"(?:(?!\b(?:was|were|been|été)\b){_CLAUSE}){{0,60}}?\b(?:{'|'.join(_FIRE_VERBS + attack_verb_forms('en', ('past',)))}"
    rf"|(?:ont|a|avaient|avait)\s+(?:\w+\s+)?(?:{'|'.join(_FIRE_VERBS + attack_verb_forms('fr', ('é',)))}))\b",
    re.I)


def tells_fire(sentence: str) -> bool:
    """Whether ``sentence`` has a word of fire (a cheap test before :func:`fire_origin`)."""
    return _CUE_RE.search(sentence) is not None


def fire_origin(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the place named at ``text[start:end]`` is where fire comes from, not where it lands."""
    before = text[max(sentence_start, start - 120):start]
    if _FROM_RE.search(before):
        return True
    return bool(_POSITIONED_RE.search(before) and _FIRES_AFTER_RE.match(text, end, sentence_end))


def origins_of(text: str, start: int, end: int, own: Sequence[PlaceMention], chosen: Sequence[PlaceMention]) -> set[int]:
    """The starts of the places of ``chosen`` (a sentence's event places, at ``text[start:end]``; ``own``:
    all its mentions, sorted) named as an origin (see the module)."""
    found = origin_starts(text, start, end, own) if ORIGIN_CUE_RE.search(text, start, end) else set()
    if tells_fire(text[start:end]):
        fire = {m.start for m in chosen if fire_origin(text, m.start, m.end, start, end)}
        ordered = sorted(chosen, key=lambda m: m.start)
        for before, m in zip(ordered, ordered[1:], strict=False):  # later items of a list of origins ("in A and B")
            if before.start in fire and listed_after(text, before, m):
                fire.add(m.start)
        found |= fire
    return found & {m.start for m in chosen}
