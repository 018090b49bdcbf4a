"""A date told in an aside on the sentence's subject dates that aside, not the act.

"Saraqeb, tombée la semaine dernière aux mains des rebelles, a été reprise mardi par l'armée",
"The town of Saraqib, captured by rebels ten days ago, was bombed on Wednesday", "Maarat
al-Numan, which rebels seized last month, was shelled on Thursday": the aside set between commas
(a relative clause or a past participle's clause) tells the place's earlier history; the main
clause's own day ("mardi", "on Wednesday") dates the act.  The aside's date is dropped when a
day of the sentence stands after the aside's closing comma and lies after the aside's date.
History of months or years ended before the reported window is already set aside this way by
:func:`geo.extract.act_date.sentence_date`; this reads the nearer past too ("la semaine
dernière", "il y a dix jours", "last month").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.act_date import DAY_KINDS
from geo.extract.dates import DateMention
from geo.extract.named_act_days import named_act_dates
from geo.extract.speech_dates import without_speech_dates

__all__ = ["act_dates", "aside_date", "without_aside_dates"]

#: how an aside on the subject opens: a relative pronoun or a past participle (EN, FR)
ASIDE_OPENING_RE = re.compile(
    r"\s*(?:which|who|that|whose|where|qui|que|qu['’]|dont|où|lequel|laquelle"
    r"|[a-z]+(?:ed|en|wn)|held|hit|struck|lost|won|fell|once"
    r"|[a-zà-ÿ]+(?:ée?s?|ise?s?|ite?s?|ue?s?|inte?s?)"
    # or a noun of place in apposition, its history told after it ("A X, ville frontalière reprise l'an
    # dernier par les Kurdes, …", "X, a town seized last month by rebels, …")
    r"|(?:(?:une?|la|le|l['’]|a|an|the)\s*)?(?:[\w-]+\s+)?(?:ville|localité|bourgade|village|cité|town|city|village))(?![\w'’-])",
    re.I)


def _aside_bounds(sentence: str, mention: DateMention) -> tuple[int, int] | None:
    """The commas around ``mention`` when they set off an aside (see :data:`ASIDE_OPENING_RE`)."""
    opening = sentence.rfind(",", 0, mention.start)
    closing = sentence.find(",", mention.end)
    if opening < 0 or closing < 0 or ASIDE_OPENING_RE.match(sentence, opening + 1) is None:
        return None
    return opening, closing


def aside_date(sentence: str, mention: DateMention, mentions: Sequence[DateMention]) -> bool:
    """Whether ``mention`` dates an aside of ``sentence`` that a later day of the main clause
    (one of ``mentions``) follows."""
    bounds = _aside_bounds(sentence, mention)
    if bounds is None:
        return False
    before = mention.date_end or mention.date_start
    return any(d.start > bounds[1] and d.kind in DAY_KINDS and d.date_start is not None
               and (before is None or d.date_start > before) for d in mentions)


def without_aside_dates(sentence: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The sentence's dates without those of an aside on its subject that a later day follows."""
    if len(mentions) < 2:
        return list(mentions)
    return [d for d in mentions if not aside_date(sentence, d, mentions)]


def act_dates(sentence: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The dates of ``sentence`` that may date its act: without its verbs of speech's
    (:func:`geo.extract.speech_dates.without_speech_dates`) and its asides' (above), and only the
    day of an act named with it when the rest tells no act
    (:func:`geo.extract.named_act_days.named_act_dates`)."""
    return named_act_dates(sentence, without_aside_dates(sentence, without_speech_dates(sentence, mentions)))
