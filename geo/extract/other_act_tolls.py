"""Another act's toll told in a relative clause after the sentence's own: "Eight people were killed
in a car bombing on Thursday, a week after a suicide attack that killed 30", "A shell killed five
people in the district, near the site of a blast that killed 12 last month", "…, un mois après un
attentat qui avait fait 40 morts".

An act named with an indefinite article ("a", "an", "another", "un", "une", "un autre") is a new
act, not the one the sentence told; the dead its relative clause counts ("that killed", "which
left", "qui a fait") are that act's.  Told after a toll of the sentence's own act, such a count is
marked :attr:`geo.extract.numbers.Fatalities.alternative` (:func:`geo.extract.other_estimates.marked_estimates`
applies it), and the act's :class:`geo.extract.tallies.Tally` passes over it: neither a retelling
that raises the toll nor a part of it.  Told first (the sentence's only act: "A car bomb that
killed 12 people exploded in X"), it is the sentence's toll as before; the definite article ("the
attack, which killed 30") retells the act told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.numbers import Fatalities

__all__ = ["OTHER_ACT_TOLL_RE", "marked_other_act_tolls"]

#: an act named with an indefinite article, then its relative clause counting dead, up to the count
OTHER_ACT_TOLL_RE = re.compile(
    rf"(?<![\w-])(?:an?|another|une?|un\s+autre|une\s+autre)\s+(?:[\w'’-]+\s+){{0,3}}?{ACT_NOUNS}"
    r"\s+(?:that|which|qui)\s+(?:(?:had|has|have|avait|a|ont|avaient)\s+)?"
    r"(?:killed|left|claimed(?:\s+the\s+lives\s+of)?|fait|tué|coûté\s+la\s+vie\s+à)\s+"
    r"(?:(?:at\s+least|more\s+than|over|some|about|nearly|au\s+moins|plus\s+de|près\s+de)\s+)?$", re.I)


def marked_other_act_tolls(sentence: str, fatalities: Sequence[Fatalities]) -> list[Fatalities]:
    """``fatalities`` (a sentence's, in text order) with each count another act's relative clause
    tells after a toll of the sentence's own marked ``alternative``."""
    out: list[Fatalities] = []
    for f in fatalities:
        told_before = any(not g.additional and g.end <= f.start for g in out)
        clause = re.split(r"[.;]\s", sentence[max(0, f.start - 80):f.start])[-1]
        other = told_before and OTHER_ACT_TOLL_RE.search(clause) is not None
        out.append(replace(f, alternative=True) if other else f)
    return out
