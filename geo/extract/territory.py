"""Territory changing hands, told with the everyday verbs of war reporting: "rebels captured
three villages", "government troops broke the siege of X", "the militants were ousted from X",
"forced the jihadists to retreat from X", "les rebelles ont pris la ville de X", "l'armée a
brisé le siège de X", "les jihadistes ont été chassés de X".

The lexicon of :mod:`geo.extract.event_types` knows the set phrases ("took control of",
"recaptured"); these are the verbs around them.  A capture verb counts only when what is taken
is ground: a place noun ("villages", "the town of", "positions", "la ville"), a determiner
before a capitalised name ("the Y"), or a capitalised name itself ("seized Y"), so "captured two
soldiers" stays what it is.  Leaving ground ("ousted from", "retreat from", "chassés de",
"broke the siege") needs no object.

Who gains the ground gives the sub-type, as ACLED codes it: state forces (the air-capable actors
of :mod:`geo.extract.actors`) named last before the verb, its subject, regain territory; anyone
else, or no one named before it ("rebels captured … from government control", "were ousted"),
is a non-state actor overtaking it.  "Prendre position" is taking up a position, not ground.
"""

from __future__ import annotations

import re

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
         r"liberating|stormed|ont (?:pris|repris|libéré|pris d['’]assaut|conquis)|a (?:pris|repris|libéré|"
         r"conquis)|se sont emparés?|s['’]est emparée?|se sont emparées")
_CAPTURE_RE = re.compile(
    rf"(?<![\w-])(?i:{_TAKE})\s+(?!(?i:position)\b)(?:(?i:{_BEFORE_GROUND}{_GROUND})(?![\w-])|(?i:de\s+|d['’]|the\s+)?[A-ZÀ-Ý][\w'’-]+)"
)
_LEAVE_RE = re.compile(
    r"(?<![\w-])(?:(?:ousted|expelled|driven|drove|pushed|forced|chased|routed)\b[^.;]{0,60}?\b(?:out of|from|back)|"
    r"retreat(?:ed|ing)? from|withdr[ae]w(?:n)? from|broke (?:the|a) (?:siege|blockade)|breaking (?:the|a) "
    r"(?:siege|blockade)|lifted (?:the|a) (?:siege|blockade)|"
    r"(?:chassée?s?|expulsée?s?|délogée?s?|repoussée?s?)\s+(?:de|d['’]|hors)|(?:se sont|s['’]est) retirée?s? de|"
    r"(?:brisé|levé|rompu) (?:le|un) (?:siège|blocus))(?![\w-])",
    re.I,
)


def territory_typing(sentence: str, typing: Typing | None = None) -> Typing | None:
    """The sentence's type: a territorial change it reports, typed by who gains the ground, when
    ``typing`` (the lexicon's) is None or less specific (a clash); else ``typing``."""
    if typing is not None and typing.rank <= TERRITORY_RANK:
        return typing
    m = _CAPTURE_RE.search(sentence) or _LEAVE_RE.search(sentence)
    if m is None:
        return typing
    subject = [a.name for a in find_actors(sentence) if a.end <= m.start()][-1:]
    sub = GOVERNMENT_REGAINS if subject and subject[0] in AIR_CAPABLE else NON_STATE_OVERTAKES
    return Typing(BATTLES, sub, m.group(0), TERRITORY_RANK)
