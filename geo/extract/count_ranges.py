"""A toll told as a range is one count, its lower figure: "between 10 and 15 people were killed",
"killed between 20 and 25", "10 to 15 people died", "entre 10 et 15 morts" (the figure a coder
takes: ACLED codes the lowest of a range), not two groups of dead added up, nor its upper figure.

A rise told from one figure to another ("the toll rose from 10 to 15", "le bilan est passé de 10
à 15") is no range: the later figure is the toll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.extract.number_words import NUMBER, parse_number

if TYPE_CHECKING:
    from geo.extract.numbers import Fatalities

__all__ = ["one_count_per_range"]

#: between the two figures of a range ("10 to 15", "10 or 15", "dix à quinze"); "and"/"et" only
#: after "between"/"entre"
_TO = r"\s*(?:to|or|à|ou)\s+|\s*[-–]\s*"
_AND = r"\s+(?:and|et)\s+"
#: a lower figure told before a count ("10 to [15]", "between 10 and [15]"), not after "from"/"de"
_LOWER_BEFORE = re.compile(rf"(?<!\bfrom )(?<!\bde )(?<![\w.,-])(?:(?P<between>(?:between|entre)\s+))?(?P<n>{NUMBER})"
                           rf"(?P<to>{_TO}|{_AND})$", re.I)


def one_count_per_range(sentence: str, found: Sequence[Fatalities]) -> list[Fatalities]:
    """``found`` (in text order) with each range's two figures made one count, its lower."""
    out: list[Fatalities] = []
    for f in found:
        before = sentence[max(0, f.start - 40):f.start]
        m = _LOWER_BEFORE.search(before)
        if m is None or (re.fullmatch(_AND, m.group("to")) and not m.group("between")):
            out.append(f)
            continue
        lower = parse_number(m.group("n"))
        previous = out[-1] if out and out[-1].end == f.start - len(before) + m.end("n") else None
        if previous is not None:  # the lower figure counted already ("between 10 and 15 … killed"): one count
            out[-1] = replace(previous, additional=False, minimum=True)
        elif lower is not None and 0 < lower < f.count:
            out.append(replace(f, count=lower, minimum=True))
        else:
            out.append(f)
    return out
