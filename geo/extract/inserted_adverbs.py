"""Adverbs set between an auxiliary and its participle, left out before a sentence is typed.

The lexicons name acts with set phrases whose auxiliary and participle stand together ("ont pris
le contrôle", "a repris le contrôle", "have seized"); reporting puts adverbs between them: "les
rebelles ont par ailleurs pris le contrôle de X", "l'armée a également repris le contrôle de
Y", "rebels have also seized Z".  Typing reads the sentence with these adverbs taken out; nothing
else is changed (offsets into the sentence are not used by typing).

French also sets the day between a verb and its complement ("l'armée a repris mardi le contrôle
de X", "tués mercredi par des tirs", "se sont emparés jeudi soir de Y", "a été reprise la semaine
dernière par l'armée", "a repris il y a trois jours Rastane"), as English does less
often ("were killed on Tuesday by"): the day is taken out there too (the dates are read from the
sentence itself, not from this text).
"""

from __future__ import annotations

import re

from geo.extract.date_patterns import DAY_OF_MONTH  # one pattern of a day of a month

__all__ = ["without_inserted_adverbs"]

_AUXILIARY = (r"a|ont|avait|avaient|est|sont|était|étaient|a\s+été|ont\s+été|avait\s+été|avaient\s+été|"
              r"has|have|had|was|were|is|are|has\s+been|have\s+been|had\s+been")
_ADVERB = (r"par\s+ailleurs|également|aussi|déjà|encore|notamment|ensuite|finalement|alors|récemment|"
           r"de\s+nouveau|à\s+nouveau|partiellement|totalement|brièvement|toutefois|cependant|"
           r"also|reportedly|already|again|recently|finally|briefly|allegedly|apparently|later|now|partially|"
           r"fully|since|then")
_INSERTED_RE = re.compile(rf"(?<![\w-])({_AUXILIARY})\s+(?:(?:{_ADVERB}),?\s+)+(?=\w)", re.I)
_WEEKDAYS_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAYS_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: a day set after a verb, before its complement: "repris mardi le contrôle", "tués jeudi soir par",
#: "ont abattu mardi un hélicoptère",
#: "killed on Tuesday by"
_INSERTED_DAY_RE = re.compile(
    rf"(?<=\w)\s+(?:(?:(?:{_WEEKDAYS_FR}|hier|avant-hier)(?:\s+(?:matin|soir|après-midi|dernier))?"
    # other times French sets there: "reprise la semaine dernière par", "a pris il y a trois jours la
    # ville", "ont bombardé dans la nuit le quartier", "a frappé le 3 mars la localité"
    r"|(?:la\s+semaine|le\s+mois|le\s+week-end)\s+(?:dernière?|passée?)|la\s+veille|ce\s+week-end"
    r"|il\s+y\s+a\s+(?:[\w-]+\s+)?(?:jours?|semaines?|mois)|dans\s+la\s+(?:nuit|matinée|soirée|journée)"
    rf"|à\s+l['’]aube|{DAY_OF_MONTH})"
    # ... before the complement: an article or a preposition, or a name ("a repris mardi Rastane")
    rf"(?=\s+(?:le|la|les|l['’]|de|du|des|d['’]|par|sur|un|une)(?![\w-])|\s+(?-i:[A-ZÀ-ÖØ-Þ]))"
    rf"|on\s+(?:{_WEEKDAYS_EN})(?=\s+by(?![\w-])))",
    re.I)


def without_inserted_adverbs(sentence: str) -> str:
    """``sentence`` with the adverbs between an auxiliary and its participle taken out: "ont par
    ailleurs pris" -> "ont pris", "have also seized" -> "have seized"; and the day between a verb
    and its complement: "a repris mardi le contrôle" -> "a repris le contrôle"."""
    return _INSERTED_DAY_RE.sub("", _INSERTED_RE.sub(r"\1 ", sentence))
