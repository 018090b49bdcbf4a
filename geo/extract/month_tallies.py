"""A toll told of a whole month (or of last week) over a whole area or as a monitor's count, with no
one act named, is a tally, not one act's: "The monitor said 240 civilians were killed in the province
in August", "At least 85 people were killed in air raids on the province last week",
"The Observatory documented the deaths of 1,100 people in September", "L'OSDH a recensé 1 100 morts
en septembre".  GUIDELINES: cumulative tolls are not events.  An act dated only by its month stays
one: named in the singular ("A car bomb killed 45 people in Azaz in August"), or told at a town ("in
July over 25 civilians were killed in attacks on a village near Manbij"); so does a sentence that
also tells a day ("… on Thursday, and 240 in the province in August").

Read by :func:`geo.extract.numbers.find_fatalities`: such a sentence counts no act's dead.

Tried and dropped: the sentence as background too (no reported act at all: a held-out FA-KES figure,
the share of placed events inside the gold governorate, dropped 338/465 -> 335/463).
"""

from __future__ import annotations

import re

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.running_tolls import DAY_WORDS, MONTHS
from geo.extract.word_tries import word_trie

__all__ = ["MONTH_PERIOD_RE", "month_tally"]

#: a whole month or last week as the time of a toll: "in August", "during the month of May", "last month",
#: "last week", "en septembre", "au mois d'août", "le mois dernier", "la semaine dernière" (not a day of it:
#: "in August 12", "le 3 août")
MONTH_PERIOD_RE = re.compile(
    rf"\b(?:in|during|throughout|for|over|en|durant|pendant|au\s+cours\s+du\s+mois\s+d['’]?|au\s+mois\s+d['’]?)\s*"
    rf"(?:the\s+month\s+of\s+)?(?:{MONTHS})\b(?!\s*\d)|\b(?:last|the\s+past|the\s+previous)\s+(?:month|week)\b|"
    r"\b(?:le\s+mois|la\s+semaine)\s+(?:dernier|dernière|passée?)\b", re.I)
#: where MONTH_PERIOD_RE matches, found faster (geo.extract.word_tries): the cue every sentence is tried on
_MONTH_PERIOD_AT = re.compile(word_trie(MONTH_PERIOD_RE.pattern), MONTH_PERIOD_RE.flags)
#: a word of death or of counting the dead
_DEATH_RE = re.compile(r"\b(?:killed|died|dead|deaths?|fatalities|lost\s+their\s+lives|tués?|tuées?|morts?|mortes|décès)\b",
                       re.I)
#: what makes a month's dead a tally: a whole area ("in the province", "across Syria", "dans la
#: province") or a monitor counting ("documented", "recorded", "a recensé")
_TALLY_SCOPE_RE = re.compile(
    r"\b(?:province|governorate|region|countryside|country|syria|nationwide|provinces|gouvernorat|région|pays|syrie)\b|"
    r"\b(?:documented|recorded|registered|counted|tallied|documenté|recensé|enregistré|comptabilisé)\b", re.I)
#: the weapon of one act, beside the act nouns ("a car bomb", "a bomber", "a shell", "une voiture piégée")
_ONE_WEAPON = r"(?:bomb|bomber|shell|rocket|missile|mortar|ambush|massacre|obus|roquette|voiture\s+piégée|kamikaze)"
#: one act named in the singular ("a car bomb attack", "the airstrike", "l'attentat"), and a day told
_ONE_ACT_RE = re.compile(rf"\b(?:a|an|the|one|this|that|un|une|le|la|cet|cette)\s+(?:[\w'’-]+\s+){{0,2}}?"
                         rf"(?:(?![\w-]*s\b){ACT_NOUNS}|{_ONE_WEAPON})\b|\bl['’]\s*(?![\w-]*s\b){ACT_NOUNS}\b", re.I)
_DAY_RE = re.compile(rf"\b(?:{DAY_WORDS}|tonight|dawn|l['’]aube)\b|"
                     rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b(?!\d)", re.I)


def month_tally(sentence: str) -> bool:
    """Whether ``sentence`` tells dead over a whole month and a whole area or as a monitor's count,
    naming no one act and no day (see the module)."""
    return (_MONTH_PERIOD_AT.search(sentence) is not None and _DEATH_RE.search(sentence) is not None
            and _TALLY_SCOPE_RE.search(sentence) is not None
            and _ONE_ACT_RE.search(sentence) is None and _DAY_RE.search(sentence) is None)
