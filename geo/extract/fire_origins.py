"""Where fire comes from, not where it lands: "rockets fired from Jobar hit a market in Damascus",
"mortar shells fired by rebels from Douma landed on Damascus", "rebels shelled Hama from positions
in Kafr Zita", "terrorists positioned in Binnish fired mortar shells on al-Fouaa", "rebels in Douma
fired shells at Damascus", "des obus tirés depuis Douma se sont abattus sur Damas", "des rebelles
retranchés à Douma ont tiré des obus sur Damas", "des roquettes lancées à partir de Taftanaz ont
frappé Binnich".

ACLED codes shelling, rockets and strikes at the place they hit.  A place named as the origin of
the fire gives way to the places the sentence says it hits (:mod:`geo.extract.event_places`); it is
the act's place only when the sentence names no other (an origin lies within the weapon's range
of its target, nearer than the paragraph's place may be).  A place is an origin when

* "from", "depuis", "à partir de", "en provenance de" (maybe "positions in") governs it, with a
  word of fire (fired, shelled, rockets, tirés, obus …) before, in its clause; or
* it is where the shooters are ("positioned in", "holed up in", "retranchés à", or the plain "in"
  after the shooters' noun: "rebels in Douma") and an active verb of fire follows it, in its
  clause ("fired", "shelled", "ont tiré"; not "were shelled": then the shooters are the target).
"""

from __future__ import annotations

import re

from geo.extract.act_lexicon import attack_verb_forms

__all__ = ["fire_origin", "tells_fire"]

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
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?(?:[\w-]+\s+){0,2}?(?:(?:of|de|du|d['’])\s*)?$",
    re.I)
#: the shooters' place right before the name: "positioned in (the town of)", "retranchés à", "rebels in"
_POSITIONED_RE = re.compile(
    r"\b(?:positioned|stationed|located|based|entrenched|holed\s+up|deployed|dug\s+in|"
    r"postés?|postées?|retranchés?|retranchées?|positionnés?|positionnées?|basés?|basées?|stationnés?|"
    r"installés?|installées?|embusqués?|"
    r"rebels|militants|terrorists|gunmen|jihadists|insurgents|fighters|gunners|"
    r"rebelles|terroristes|jihadistes|djihadistes|insurgés|combattants)\s+"
    r"(?:in|at|inside|à|dans|en)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?(?:[\w-]+\s+){0,2}?(?:(?:of|de|du|d['’])\s*)?$",
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
