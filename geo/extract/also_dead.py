"""Dead told with "also" after their count, after another count of the same sentence, are more dead,
added to those told before them: "The fighting killed 17 jihadists, while six Kurdish fighters also
died" (23), "The clashes killed 10 soldiers, the monitor said, adding that 15 rebels also died" (25),
"10 soldats ont été tués, et trois civils ont également péri" (13).  Without "also" a second count of
the other side may be a retelling or a part (:class:`geo.extract.tallies.Tally`); with it the text
says they are others.

Only inside one sentence: a sentence opening on dead told "also" ("Five civilians were also killed in
similar attacks on the village of X", "Une femme a également été tuée à Daraya") mostly tells another
act, and a count told twice in one sentence ("26 civilians were also killed yesterday when … killing
26 civilians") is one count.  "also" before the verb ("the strike also killed 12") says another act or
target, not more dead: not read here.

Read by :func:`geo.extract.numbers.find_fatalities` after each count it reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.toll_words import DEAD

__all__ = ["ALSO_DEAD_AFTER", "told_also"]

#: after a count: up to four words of its victims, an auxiliary, "also" and a word of death
#: ("… six Kurdish fighters also died", "… 15 rebels were also killed", "… trois civils ont également
#: péri"); the words before "also" may not open another clause
ALSO_DEAD_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|but|while|who|which|whom|when|et|ou|mais|qui|dont|lorsque)\b)[\w'’-]+,?\s+){0,4}?"
    r"(?:(?:were|was|have|has|had|ont|sont|a|avaient)\s+)?(?:also|aussi|également)\s+(?:(?:been|été)\s+)?"
    rf"{DEAD}\b", re.I)
_ALSO_CUE = re.compile(r"\b(?:also|aussi|également)\s", re.I)


def told_also(sentence: str, end: int, counts: Sequence[int]) -> bool:
    """Whether the count ending at ``end`` in ``sentence`` is told as more dead by "also", after
    another of the sentence's ``counts`` (their start offsets; see the module)."""
    window = sentence[end:end + 80]
    return (_ALSO_CUE.search(window) is not None and ALSO_DEAD_AFTER.match(window) is not None
            and sum(start < end for start in counts) > 1)
