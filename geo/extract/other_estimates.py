"""Another source's figure for a toll already told: an estimate beside the act's toll, not more dead.

"A suicide bomber struck a wedding, killing 32 people. … The Observatory gave a slightly lower
toll of 31 people killed. … The claim said 40 people had been killed": the act's toll is the
first whole figure (32); the figures other sources give for the same dead ("other reports
suggest", "a higher toll", "the group's claim said", "claimed responsibility for the attack,
which it said killed 30", "d'autres sources font état de", "un bilan plus lourd") are their estimates of it, neither a retelling that raises the toll nor a part of
it.  A count told so is marked :attr:`geo.extract.numbers.Fatalities.alternative`; an act's
:class:`geo.extract.tallies.Tally` passes over it once a whole is told (told first, it is the
toll: the only figure there is).

The words must stand before the count in its sentence, at most :data:`ESTIMATE_BEFORE`
characters before it, in its clause (not past a full stop or a semicolon).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.extract.numbers import Fatalities
from geo.extract.other_act_tolls import marked_other_act_tolls

__all__ = ["ESTIMATE_BEFORE", "OTHER_ESTIMATE_RE", "marked_estimates"]

#: words that say a figure is another source's estimate of dead already counted
OTHER_ESTIMATE_RE = re.compile(
    r"\b(?:other|some|different|conflicting|separate|later|earlier)\s+(?:media\s+|news\s+|local\s+)?"
    r"(?:reports?|sources?|estimates?|accounts?|figures?)\b|"
    r"\b(?:a|an|the|its|their)\s+(?:(?:slightly|much|far|even)\s+)?(?:lower|higher|different|conflicting|"
    r"separate|another|smaller|larger|heavier)\s+(?:death\s+)?(?:toll|figure|count|estimate|tally)\b|"
    r"\banother\s+(?:death\s+)?(?:toll|figure|estimate|tally)\b|"
    # another source, told apart: "the LCC, another activist group, said 15"
    r"\banother\s+(?:[\w-]+\s+)?(?:group|source|monitor|organi[sz]ation|agency|network)\b|"
    # a second source's figure set against the first's: "…, while activists put the toll at 45"
    r"\b(?:while|whereas)\b[^.;]{0,60}?\b(?:put|puts|placed|places|gave|gives|giving)\s+(?:the|a|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:toll|figure|tally|count)\b|"
    # a source's own figure told after the lead's, not a rise: "Kurdish officials gave a toll of 22",
    # "the Observatory put the toll at 25" (not "later put", "now puts")
    r"(?<!later\s)(?<!now\s)(?<!since\s)\b(?:gave|gives|put|puts)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:toll|figure)\b|"
    r"\b(?:the|its|their|a|an)\s+(?:[\w-]+['’]s?\s+)?(?:(?:own|online|separate)\s+)?claim\b(?!\s+(?:of|for)\s+responsibility\s+for)|"
    # the attackers' own figure, told with their claim: "IS claimed responsibility for the attack, which
    # it said killed 30", "claimed to have killed 30"
    r"\bclaim(?:ed|ing|s)?\s+responsibility\b[^.;]{0,80}?\b(?:it|they)\s+(?:said|claimed)\b|"
    r"\bclaim(?:ed|ing|s)?\s+(?:to\s+have|(?:it|they)\s+had)\s+killed\b|\baffirmant\s+avoir\s+tué\b|"
    r"\bd['’]autres\s+sources\b|\bselon\s+d['’]autres\b|\bun\s+autre\s+bilan\b|"
    r"\bun\s+bilan\s+(?:plus|moins)\s+(?:lourd|élevé|faible|bas)\b|\bsource\s+différente\b",
    re.I,
)
#: how far before a count (characters) the words that make it an estimate may stand
ESTIMATE_BEFORE = 120


def _estimate(sentence: str, start: int) -> bool:
    before = re.split(r"[.;]\s", sentence[max(0, start - ESTIMATE_BEFORE):start])[-1]
    return OTHER_ESTIMATE_RE.search(before) is not None


def marked_estimates(sentence: str, fatalities: Sequence[Fatalities]) -> list[Fatalities]:
    """``fatalities`` (a sentence's, in its offsets) with each count another source's estimate, or
    another act's toll told after the sentence's own (:mod:`geo.extract.other_act_tolls`), marked
    ``alternative``."""
    return marked_other_act_tolls(sentence, [replace(f, alternative=True) if _estimate(sentence, f.start) else f
                                             for f in fatalities])
