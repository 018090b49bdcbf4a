"""A place that is the subject of the attack it suffers is where the act happened: "Alep a subi de
violents bombardements", "Douma a été la cible de raids aériens", "Deraa a été le théâtre de
combats", "Idleb a été frappée par des raids russes", "Aleppo came under heavy bombardment",
"Douma was hit by air strikes"; so is a town taken ("Rastane est tombée aux mains des rebelles",
"X est passée sous le contrôle de l'armée", "X a été reprise par l'armée" or "… reprise mardi", "X fell to the rebels",
"X was captured by the army").

The word rules of :mod:`geo.extract.event_places` take a town as an act's place after a locative
("à Alep", "in Douma") or as the object of an attack verb ("ont bombardé Alep"); a town told as
the one the attack falls on, before a passive or a verb of suffering, is that place too.  The
verb follows the name, past an apposition between commas ("Douma, dans la Ghouta orientale, a
été visée") and an adverb or a day ("a de nouveau été", "a été visée jeudi").
"""

from __future__ import annotations

import re

from geo.extract.act_lexicon import FR_PARTICIPLE, attack_verb_pattern
from geo.extract.date_patterns import WEEKDAY_NUMBERS

__all__ = ["struck_subject"]

#: an adverb or a day between the auxiliary and the participle ("a de nouveau été", "was again hit")
_BETWEEN = (rf"(?:(?:(?:de|à)\s+nouveau|encore|aussi|également|again|also|repeatedly|"
            rf"{'|'.join(WEEKDAY_NUMBERS)}|\w+ment|\w+ly)\s+){{0,2}}")
#: a place shaken or bloodied by an act, no attack verb: "was rocked", "a été secouée", "ensanglantée"
_SHAKEN_FR = r"secouée?s?|ensanglantée?s?"
_SHAKEN_EN = r"rocked|shaken"
_STRUCK_FR = (rf"(?:{attack_verb_pattern('fr', FR_PARTICIPLE)}|{_SHAKEN_FR}|prise?s?\s+pour\s+cibles?|prise?s?\s+d['’]assaut|"
              # (a day may follow the noun: "a été le théâtre mercredi de combats")
              rf"(?:la\s+cibles?|le\s+théâtre)\s+{_BETWEEN}d(?:e|u|es|['’])|"
              # a town taken: "est tombée aux mains des rebelles", "est passée jeudi sous le contrôle de
              # l'armée", "a été reprise par l'armée", "a été encerclée"
              rf"(?:tombée?s?|passée?s?)\s+{_BETWEEN}(?:aux\s+mains|sous\s+(?:le\s+)?contrôle)\s+d(?:e|u|es|['’])|"
              r"(?:re)?prise?s?\s+(?:\w+\s+)?(?:par|aux?)|conquise?s?|reconquise?s?|encerclée?s?|"
              # ... or a day after it, no agent told: "a été reprise mardi"
              rf"(?:re)?prise?s?\s+(?:{'|'.join(WEEKDAY_NUMBERS)})(?![\w-])|"
              rf"{attack_verb_pattern('fr', FR_PARTICIPLE, lemmas=('assiéger',))})")
#: (a town taken is the act's place too: the attack and taking verbs, and "retaken", "encircled")
_STRUCK_EN = (rf"(?:{attack_verb_pattern('en', ('past',), taking=True)}|{_SHAKEN_EN}|"
              r"the\s+target\s+of|the\s+scene\s+of|retaken|encircled)")
#: what follows a place that suffers an attack: a passive of an attack verb ("a été bombardée",
#: "est pilonnée", "was hit"), "a été la cible de", "a été le théâtre de", "a subi", "came under",
#: "was the target of"; an active "Damas a frappé" is the government's act, no place
_STRUCK_AFTER_RE = re.compile(
    rf"\s*(?:,[^,.;:]{{1,80}},\s*)?(?:"
    rf"(?:(?:a|ont|avait|avaient)\s+{_BETWEEN}été|est|sont|était|étaient)\s+{_BETWEEN}{_STRUCK_FR}"
    rf"|(?:a|ont|avait|avaient)\s+{_BETWEEN}(?:subi|essuyé)|subit|subissent"
    rf"|(?:was|were|is|are|(?:has|have|had)\s+been)\s+{_BETWEEN}{_STRUCK_EN}"
    rf"|(?:came|comes|come|coming)\s+{_BETWEEN}under|suffered"
    rf"|(?:fell|falls|(?:has|have|had)\s+fallen)\s+{_BETWEEN}(?:in)?to)(?:(?<=['’])|(?![\w-]))", re.I)


def struck_subject(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` is followed by the attack it suffers (see the module)."""
    return _STRUCK_AFTER_RE.match(text, end) is not None
