"""A toll whose next sentence tells that its dead fell over a stretch of days is a running toll.

"At least 327 people have also been killed in clashes in the province of Aleppo. The monitor said
76 children were among those killed in clashes over the last 15 days": the first sentence names
no day and no stretch, the second, counting among the same dead, says they are a fortnight's.  A
toll of several days or of a war is no one act's (:data:`geo.extract.running_tolls.CUMULATIVE_RE`,
:data:`geo.extract.running_tolls.SEVERAL_DAYS_RE`); a sentence so told is background, like one that
says its stretch itself (:mod:`geo.extract.background`).  Only a sentence with no date of its
own is read so ("Ten people were killed on Tuesday. … among those killed this past week" keeps
Tuesday's act).

Dead told as more right after such a toll are more of the same stretch's: "At least 287 fighters
had been killed in the fight for X. Another 120 soldiers were also killed" (the battle's dead,
no act's; not more dead of the act told before them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.running_tolls import CUMULATIVE_RE, SEVERAL_DAYS_RE, is_cumulative
from geo.extract.sentences import Sentence

__all__ = ["AMONG_THE_DEAD_RE", "MORE_DEAD_OPENING_RE", "told_over_a_period"]

#: words counting among dead told before: "among those killed", "of the dead", "parmi les morts"
AMONG_THE_DEAD_RE = re.compile(
    r"\b(?:among|of)\s+(?:those|the(?:\s+people)?)\s+(?:killed|dead)\b|\bamong\s+the\s+(?:victims|fatalities)\b|"
    r"\bparmi\s+(?:les|ces)\s+(?:morts|victimes|tués|personnes\s+tuées)\b",
    re.I)
#: a sentence opening on dead told as more: "Another 120 soldiers …", "A further 12 …", "120 autres soldats …"
MORE_DEAD_OPENING_RE = re.compile(r"^\W*(?:another|a\s+further)\s|^\W*(?:[\w-]+\s+){0,2}?[\w-]+\s+autres\s", re.I)


def told_over_a_period(sentences: Sequence[Sentence], index: int, *, dated: bool) -> bool:
    """Whether the toll of sentence ``index`` (``dated``: it tells a date of its own) is a
    running toll, by what the next sentence tells of its dead, or by the running toll right before
    the dead it tells as more (see the module)."""
    if dated:
        return False
    if index > 0 and MORE_DEAD_OPENING_RE.match(sentences[index].text) and is_cumulative(sentences[index - 1].text):
        return True
    if index + 1 >= len(sentences):
        return False
    after = sentences[index + 1].text
    return (AMONG_THE_DEAD_RE.search(after) is not None
            and (CUMULATIVE_RE.search(after) is not None or SEVERAL_DAYS_RE.search(after) is not None))
