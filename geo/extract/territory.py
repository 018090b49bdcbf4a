"""Territory changing hands, told with the everyday verbs of war reporting: "rebels captured
three villages", "government troops broke the siege of X", "the militants were ousted from X",
"forced the jihadists to retreat from X", "les rebelles ont pris la ville de X" (or "avaient pris",
the pluperfect of reported speech: "a affirmé que l'armée avait repris X"), "l'armée a
brisé le siège de X", "les jihadistes ont été chassés de X".

The lexicon of :mod:`geo.extract.event_types` knows the set phrases ("took control of",
"recaptured"); these are the verbs around them.  A capture verb counts only when what is taken
is ground: a place noun ("villages", "the town of", "positions", "la ville"), a determiner
before a capitalised name ("the Y"), or a capitalised name itself ("seized Y"), so "captured two
soldiers" stays what it is.  Leaving ground ("ousted from", "retreat from", "chassés de",
"broke the siege") needs no object.

Who gains the ground gives the sub-type, as ACLED codes it: state forces (the air-capable actors
of :mod:`geo.extract.actors`, or the state as French copy names it without a country: "l'armée",
"le régime", "les loyalistes") named last before the verb, its subject, regain territory; anyone
else, or no one named before it ("rebels captured … from government control", "were ousted"),
is a non-state actor overtaking it.  Where the gainer follows the verb ("tombée aux mains de
l'armée", "passée sous le contrôle du régime", "reprise par l'armée"), the first named after it
is.  "Prendre position" is taking up a position, not ground.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.extract.act_lexicon import BATTLES
from geo.extract.actors import AIR_CAPABLE, find_actors
from geo.extract.event_types import Typing

GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
#: the rank of a territorial change (as the lexicon's: more specific than a clash, rank 12)
TERRITORY_RANK = 11

_GROUND = (
    r"(?:villages?|towns?|city|cities|areas?|districts?|neighbou?rhoods?|hills?|hilltops?|mountains?|"
    r"positions?|territor(?:y|ies)|lands?|plains?|bases?|air ?bases?|airports?|checkpoints?|crossings?|"
    r"roads?|highways?|suburbs?|outskirts|countryside|regions?|provinces?|strongholds?|"
    r"villes?|villages?|localités?|quartiers?|collines?|positions?|territoires?|zones?|régions?|bases?|"
    r"aéroports?|routes?|bastions?|banlieues?)"
)
#: what may stand between a capture verb and the ground: an article, a number, a qualifier
_BEFORE_GROUND = r"(?:(?:the|a|an|its|their|several|some|two|three|four|five|six|\d+|more|key|strategic|nearby|"
_BEFORE_GROUND += r"le|la|les|l['’]|un|une|des|deux|trois|plusieurs|quelques)\s+|[\w-]+\s+){0,3}"
_TAKE = (r"captured|captures|capturing|seized|seizes|seizing|overran|overrun|liberated|"
         r"liberating|stormed|(?:ont|avaient) (?:pris|repris|libéré|pris d['’]assaut|conquis|investi)|(?:a|avait) (?:pris|repris|libéré|"
         r"conquis|investi)|se sont emparés?|s['’]est emparée?|se sont emparées")
_CAPTURE_RE = re.compile(
    rf"(?<![\w-])(?i:{_TAKE})\s+(?!(?i:position)\b)(?:(?i:{_BEFORE_GROUND}{_GROUND})(?![\w-])|(?i:de\s+|d['’]|the\s+)?[A-ZÀ-Ý][\w'’-]+)"
)
_LEAVE_RE = re.compile(
    r"(?<![\w-])(?:(?:ousted|expelled|driven|drove|pushed|forced|chased|routed)\b[^.;]{0,60}?\b(?:out of|from|back)|"
    r"retreat(?:ed|ing)? from|withdr[ae]w(?:n)? from|broke (?:the|a) (?:siege|blockade)|breaking (?:the|a) "
    r"(?:siege|blockade)|lifted (?:the|a) (?:siege|blockade)|"
    r"(?:chassée?s?|expulsée?s?|délogée?s?|repoussée?s?)\s+(?:de|d['’]|hors)|(?:se sont|s['’]est) retirée?s? de|"
    # the other side driven out, told actively: "les rebelles ont chassé l'EI de la ville"
    # (from the ground: "de", "d'", or with its article "du", "des": "ont chassé l'EI du village")
    r"(?:a|ont|avait|avaient)\s+(?:chassé|expulsé|délogé)\s+(?:[\w'’-]+\s+){1,4}?(?:de|d['’]|du|des|hors)|"
    r"(?:brisé|levé|rompu) (?:le|un) (?:siège|blocus))(?![\w-])",
    re.I,
)


#: the state as French copy names it without a country (the army of the country reported on),
#: not the rebels' "Armée syrienne libre" nor another country's army
_STATE_WORDS_RE = re.compile(
    r"(?<![\w-])(?i:l['’]armée|(?:(?:le|du)\s+)?régime|(?:les\s+|des\s+)?(?:forces|troupes)\s+(?:loyalistes|régulières)"
    r"|(?:les|des)\s+loyalistes)(?!\s+(?i:syrienne\s+libre|libre|libanaise|turque|irakienne|israélienne|américaine"
    r"|russe|jordanienne|iranienne)\b)(?![\w-])")
#: a phrase after which the gainer is named: "aux mains de", "sous le contrôle de", "prise par"
_GAINER_AFTER_RE = re.compile(r"(?i:aux mains|sous le contrôle|été\s+(?:re)?(?:prise?s?|conquise?s?)\b)")
#: how far after such a phrase its gainer is looked for
_GAINER_CHARS = 60


def _state_gains(sentence: str, start: int, end: int, after: bool) -> bool:
    """Whether the gainer of the ground taken at ``start``-``end`` are state forces: the last
    actor named before (its subject), or with ``after`` the first named after the phrase."""
    named = sorted([(a.start, a.end, a.name in AIR_CAPABLE) for a in find_actors(sentence)]
                   + [(m.start(), m.end(), True) for m in _STATE_WORDS_RE.finditer(sentence)])
    if after:
        # (a name may take in the phrase's last word: "sous le contrôle [du régime]")
        return next((state for s, e, state in named if e > end and s < end + _GAINER_CHARS), False)
    before = [state for _s, e, state in named if e <= start]
    return bool(before) and before[-1]


def territory_typing(sentence: str, typing: Typing | None = None) -> Typing | None:
    """The sentence's type: a territorial change it reports, typed by who gains the ground, when
    ``typing`` (the lexicon's) is None or less specific (a clash); else ``typing``, a capture
    phrase of the lexicon typed by its gainer."""
    if typing is not None and typing.sub_event_type == NON_STATE_OVERTAKES:
        at = sentence.find(typing.trigger)
        if at >= 0 and _state_gains(sentence, at, at + len(typing.trigger),
                                    _GAINER_AFTER_RE.search(typing.trigger) is not None):
            return replace(typing, sub_event_type=GOVERNMENT_REGAINS)
    if typing is not None and typing.rank <= TERRITORY_RANK:
        return typing
    m = _CAPTURE_RE.search(sentence) or _LEAVE_RE.search(sentence)
    if m is None:
        return typing
    sub = GOVERNMENT_REGAINS if _state_gains(sentence, m.start(), m.end(), False) else NON_STATE_OVERTAKES
    return Typing(BATTLES, sub, m.group(0), TERRITORY_RANK)
