"""How an act's tolls add up over its sentences: a whole told again counts once, its parts are no
more, the dead told as more are added, a whole told so far replaces what came before it (the
counts are :func:`geo.extract.numbers.find_fatalities`')."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geo.extract.numbers import Fatalities
from geo.extract.victim_kinds import victim_kind


@dataclass(frozen=True, slots=True)
class Tally:
    """An act's toll as its tellings add up, count by count in text order.

    The first whole figure is the toll (``whole``); a figure as large or larger told again is a
    retelling (the largest kept), unless it counts the other kind of victim (fighters after
    civilians: :mod:`geo.extract.victim_kinds`, other people's dead, not counted); a smaller one
    is a part of the whole told so far ("At least 22 were killed … 16 in Douma"), and so are the
    counts told as more after such a part ("five more in Sabqa", "nine in X and two others in
    Y"): the parts (``parts``) replace the whole only when they add up to more.  A count told as
    more with no part before it adds to the whole ("another 5 died of their wounds", "killing
    nine children and 14 others"); one told before any whole waits for the whole it is added to
    ("five children and four medical staff killed": 9).  Another source's estimate told after the
    whole ("other reports say 14 were killed": :mod:`geo.extract.other_estimates`) is passed over."""

    whole: int | None = None
    parts: int = 0
    pending: int = 0
    #: the act is told at several places at once ("airstrikes on A and B"): a toll told of it is
    #: the list's, no one place's, and is not counted
    shared: bool = False
    #: the words of the counts told so far (:attr:`Fatalities.said`): told again word for word (a
    #: sentence or a headline scraped twice), a count is one telling, not a part or more dead
    heard: frozenset[str] = frozenset()
    #: the kind of victim the whole counts (:mod:`geo.extract.victim_kinds`): a larger count of
    #: the other kind is other people's dead, no retelling of the whole
    kind: str | None = None
    #: the whole is only another source's estimate (:mod:`geo.extract.other_estimates`): a whole
    #: an act's retelling tells of its own is the toll (:func:`retold_toll`)
    estimate: bool = False

    def told(self, fatalities: Sequence[Fatalities]) -> Tally:
        if self.shared:
            return self
        whole, parts, pending, heard, kind = self.whole, self.parts, self.pending, self.heard, self.kind
        estimate = self.estimate
        for f in sorted(fatalities, key=lambda f: f.start):
            if f.alternative and whole is not None:
                continue  # another source's estimate of the whole told (geo.extract.other_estimates)
            if f.said:
                if f.said in heard:
                    continue
                heard = heard | {f.said}
            if f.total:  # the whole so far, the dead told as more included
                whole, parts, pending = max(whole or 0, f.count), 0, 0
            elif f.additional:
                if whole is None:
                    pending += f.count
                elif parts:
                    parts += f.count
                else:
                    whole += f.count
            elif whole is None:
                whole, pending, kind, estimate = f.count + pending, 0, victim_kind(f.said), f.alternative
            elif f.count >= whole:
                other = victim_kind(f.said)
                if not (kind and other and other != kind):  # other people's dead: no retelling
                    whole, parts, kind = f.count, 0, other or kind
            else:
                parts += f.count
        return Tally(whole, parts, pending, heard=heard, kind=kind, estimate=estimate)

    @property
    def toll(self) -> int | None:
        if self.shared:
            return None
        if self.whole is None:
            return self.pending if self.pending else None
        return max(self.whole, self.parts)


def event_toll(fatalities: Sequence[Fatalities], toll: int | None = None) -> int | None:
    """The toll of an act told by ``fatalities`` (one sentence's, or a retelling's added to the
    ``toll`` already told), as a :class:`Tally` adds them up: a figure told again — a headline
    glued to its lead, "At least 20 were killed … The Observatory said 20 people died" — counts
    once, the largest figure kept; a smaller one and the counts told as more after it are parts
    of it ("… 16 in Douma and five more in Sabqa"); only a toll told as more with no part before
    it ("another 5", "14 others", "5 autres", "lost 33 of their own") is added."""
    return Tally(toll).told(fatalities).toll


def retold_toll(toll: int | None, again: int | None, estimate: bool = False, again_estimate: bool = False) -> int | None:
    """The toll of an act whose whole toll is told twice, as ``toll`` and as ``again`` (the
    headline's and the body's): it counts once, the largest figure kept, unless only one of
    them is another source's estimate (``estimate``, ``again_estimate``: :attr:`Tally.estimate`),
    which gives way to the other; None when neither tells one."""
    if toll is None or again is None:
        return again if toll is None else toll
    if estimate != again_estimate:
        return again if estimate else toll
    return max(toll, again)


__all__ = ["Tally", "event_toll", "retold_toll"]
