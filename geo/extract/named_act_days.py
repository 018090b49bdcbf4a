"""An act named with its own day dates the act when the rest of its sentence tells none.

"Rescuers on Thursday were still searching the rubble after Wednesday's air strike on X that killed
12", "On Thursday, residents buried the victims of Wednesday's air strike on X", "Jeudi, les
habitants ont enterré les victimes de la frappe aérienne de mercredi sur X": the act the sentence
tells is the strike, named with its day ("Wednesday's …", "… de mercredi"); the sentence's other
day dates what was done after it (searching, burying, mourning), no act.  When the sentence
without that name, its clause and the participle that leads to it ("the 20 people killed in
Wednesday's bombing") tells no act (:func:`geo.extract.event_types.type_sentence`), the name's day
is the act's and the sentence's other days are dropped.  A sentence whose own words tell an act
("Rebels shelled Y on Thursday after Wednesday's air strike") keeps its day
(:mod:`geo.extract.earlier_acts` tells the earlier act apart).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.dates import DateMention
from geo.extract.earlier_acts import CLAUSE_END_RE
from geo.extract.event_types import type_sentence
from geo.extract.running_tolls import WEEKDAYS

__all__ = ["named_act_dates"]

#: an act named with its day: "Wednesday's air strike", "yesterday's attack" (an apostrophe scraping
#: dropped too: "Wednesdays bombing"), "la frappe aérienne de mercredi", "l'attentat d'hier"
_NAMED_RE = re.compile(
    rf"\b(?P<en>(?:{WEEKDAYS}|yesterday)['’]?s\s+(?:[\w-]+\s+){{0,3}}?{ACT_NOUNS})(?![\w-])|"
    rf"\b(?P<fr>{ACT_NOUNS}(?:\s+[\w-]+){{0,2}}?\s+(?:de|du|d['’])\s*(?:{WEEKDAYS}|hier)(?:\s+(?:soir|matin|dernier))?)(?![\w-])",
    re.I)
#: the participle of the dead that leads to the name ("the 20 people killed in", "les civils tués dans")
_LED_BY_RE = re.compile(r"\b(?:killed|died|dead|wounded|injured|tués?|tuées?|morts?|blessés?)\s+"
                        r"(?:in|by|during|dans|lors\s+d[eu]|par|sous)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?$", re.I)


def named_act_dates(sentence: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` (the sentence's dates), only those inside an act named with its day when the rest
    of the sentence tells no act (see the module)."""
    if len(mentions) < 2:
        return list(mentions)
    named = _NAMED_RE.search(sentence)
    if named is None:
        return list(mentions)
    inside = [d for d in mentions if named.start() <= d.start < named.end()]
    if not inside or len(inside) == len(mentions):
        return list(mentions)
    start = named.start()
    led = _LED_BY_RE.search(sentence, max(0, start - 40), start)
    if led is not None:
        start = led.start()
    end = CLAUSE_END_RE.search(sentence, named.end())
    rest = sentence[:start] + " " * ((end.start() if end else len(sentence)) - start) + (sentence[end.start():] if end else "")
    if type_sentence(rest) is not None:
        return list(mentions)
    return inside
