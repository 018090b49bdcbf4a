"""A toll told in a sentence that is no event of its own is the toll of the act the article told.

News writes an act's dead where it can, not always in the sentence that places and dates the
act: "A suicide car bomb has hit a convoy of buses … killing at least 100 people" (no place, no
day) before "The explosion took place at a transit point near Aleppo on Saturday"; "The
Observatory said the attack killed at least 58 people" after "Warplanes targeted the town of X on
Tuesday"; "the army killed 33 militants on Sunday" after "an offensive near X on Sunday";
"L'attaque a fait 12 morts, selon l'OSDH" after "Un attentat a frappé X mardi".  Such a sentence
tells people killed, names no place and no day the extractor could make an event of, and
continues no event (an event sentence is not just before it): its toll would be lost.

It is the toll of the act told nearest before it (else the first told after it) that may have
killed (a battle, an explosion, violence against civilians: :data:`~geo.extract.toll_only.KILLING_TYPES`),
is news, is not told at several places at once, is of the sentence's day when it tells one (not
the day a source spoke: "…, a military source said on Saturday" may tell an earlier act), and
in the governorate of the place it names or near it, when it names one (a toll "in Latakia" is not
an act's in Daraa); that act takes it when it has no toll of its own (a figure told again, or another
source's, does not replace the act's; the whole as it stood on a later day does, when larger: "the
death toll rose to 18 on Thursday", "portant le bilan à 18 morts"), and the sentence becomes one of
its sources.  The wounded of the act dying after it ("Three more people died of their wounds
overnight", "two of the wounded later died": all more dead) add to its toll, on its day or a later
one.  A sentence
gives nothing when it names no act and no killing (a count of dead: "133 morts samedi", "two
infants died of malnutrition"), is dated by several days, opens on another act ("Meanwhile three
civilians were killed …": :mod:`geo.extract.other_act_openings`), or tells a cumulative or several
days' toll ("the eight-day battle": no toll, :func:`geo.extract.numbers.find_fatalities`); nor do
background, statements and acts dated after publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geo.events import near
from geo.extract.dates import DateMention
from geo.extract.numbers import Fatalities
from geo.extract.speech_dates import speech_date
from geo.extract.toll_forms import TOLL_FORM_CUES, WOUNDED_WHO_DIED
from geo.extract.toll_only import KILLING_TYPES
from geo.extract.toll_words import KILL_VERBS
from geo.models import Place

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent, SourceSpan

__all__ = ["StrayToll", "give_stray_tolls", "later_deaths", "stray_toll"]

_KILLING_RE = re.compile(rf"\b{KILL_VERBS}\b", re.I)
#: the wounded of an act dying after it: "three more people died of their wounds overnight", "two of the
#: wounded later died", "deux autres ont succombé à leurs blessures"
#: (the wounded counted as such, "of the wounded", "des blessés": the cue of toll_forms.WOUNDED_WHO_DIED)
_LATER_DEATHS_RE = re.compile(r"\b(?:died|succumbed|perished)\b[^.;]{0,40}?\b(?:wounds|injuries)\b|"
                              r"\bsuccomb\w*\s+à\s+(?:leurs|ses)\s+blessures\b|"
                              rf"{TOLL_FORM_CUES[WOUNDED_WHO_DIED].pattern}", re.I)


@dataclass(frozen=True, slots=True)
class StrayToll:
    """A sentence's toll that no event of its own holds, and the day the sentence tells, if any."""

    span: SourceSpan
    fatalities: tuple[Fatalities, ...]
    day: DateMention | None = None
    #: the place the sentence names, if any (its dead are an act's there, not one told elsewhere)
    place: Place | None = None
    #: whether its dead are the wounded of an act dying after it (:func:`later_deaths`)
    later: bool = False


def stray_toll(span: SourceSpan, fatalities: Sequence[Fatalities], day: DateMention | None, *,
               act: bool, place: Place | None = None) -> StrayToll | None:
    """The stray toll of a sentence that makes no event and continues none, or ``None`` when it
    counts no one killed, is dated by a stretch of several days (a toll of several days is no
    act's), or names no act (``act``) and no killing ("133 morts samedi", "two infants died of
    malnutrition" tell the dead of no act told; "the army killed 33 militants" tells one)."""
    later = later_deaths(span.sentence, fatalities)
    if not (act or _KILLING_RE.search(span.sentence) or _whole(fatalities) or later) or not any(f.count > 0 for f in fatalities):
        return None
    if day is not None and speech_date(span.sentence, day):
        day = None  # the day a source spoke, not the act's ("…, the Observatory said on Thursday")
    if day is not None and (day.date_start is None or (day.date_end != day.date_start and not later)):
        return None  # (the wounded dying "overnight" die on its first day or after)
    return StrayToll(span, tuple(fatalities), day, place, later)


def later_deaths(sentence: str, fatalities: Sequence[Fatalities]) -> bool:
    """Whether a sentence's dead are all more dead, the wounded of an act dying after it (see
    :data:`_LATER_DEATHS_RE`): they add to that act's toll, on its day or a later one."""
    return bool(fatalities) and all(f.additional for f in fatalities) and _LATER_DEATHS_RE.search(sentence) is not None


def _whole(fatalities: Sequence[Fatalities]) -> bool:
    """Whether a sentence tells an act's whole toll so far ("the death toll rose to 18", "portant le
    bilan à 18 morts"): the act's, on the day it was told or a later one, in place of a smaller one."""
    return any(f.total for f in fatalities)


def _of_the_day(event: ArticleEvent, stray: StrayToll) -> bool:
    day = stray.day
    if day is None:
        return True
    if event.date_start is None or event.date_end is None:
        return False
    if _whole(stray.fatalities) or stray.later:
        return event.date_start <= day.date_start  # the whole as it stood on a later day, or the wounded dying after
    return event.date_start <= day.date_start <= event.date_end


def _of_the_place(event: ArticleEvent, place: Place | None) -> bool:
    """Whether the act may be at the place the stray's sentence names (none, or only a country,
    says no other place): in its governorate or near it."""
    if place is None or place.precision == "country" or event.place is None:
        return True
    return place.admin1 == event.place.admin1 or near(place, event.place)


def _may_hold(event: ArticleEvent, stray: StrayToll) -> bool:
    return (event.reported and event.event_type in KILLING_TYPES and not event.tally.shared
            and _of_the_day(event, stray) and _of_the_place(event, stray.place))


def _act_of(stray: StrayToll, events: Sequence[ArticleEvent]) -> ArticleEvent | None:
    """The act told nearest before the stray toll (else first after it) that may hold it."""
    start = stray.span.start
    before = [e for e in events if e.spans[0].start < start and _may_hold(e, stray)]
    if before:
        return max(before, key=lambda e: e.spans[0].start)
    return next((e for e in sorted(events, key=lambda e: e.spans[0].start) if _may_hold(e, stray)), None)


def give_stray_tolls(events: list[ArticleEvent], strays: Sequence[StrayToll | None]) -> list[ArticleEvent]:
    """``events`` with each stray toll (``None``: a sentence with none) added to the act it tells
    (see the module)."""
    for stray in strays:
        event = _act_of(stray, events) if stray is not None else None
        if event is None or (event.fatalities is not None and not _whole(stray.fatalities)
                             and not stray.later):
            continue  # a toll told again, or another figure (but a larger whole told later, or more dead, are the act's)
        tally = event.tally.told(stray.fatalities)
        if event.fatalities is not None and (tally.toll is None or tally.toll < event.fatalities):
            continue
        event.tally, event.fatalities = tally, tally.toll
        event.spans.append(stray.span)
    return events
