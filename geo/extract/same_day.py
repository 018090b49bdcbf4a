"""The publication day as the date of an undated reported act.

A wire story written on the day of the acts it reports ("Six civilians were killed on
Friday…", "L'armée a bombardé ce vendredi…") tells most of its acts without repeating the day:
"Fierce clashes broke out in X", "De violents combats ont éclaté à X".  Following the coding
rule of the events gold (an act the text gives no date for gets the publication date when the
article is plainly same-day reporting), such an act is dated the publication day.

An article is *same-day reporting* when one of its sentences dates something to the
publication day or the day before (:data:`SAME_DAY_SLACK`), by its own day, a weekday, a
relative day or a stretch of days that begins then: "today", "on Friday", "hier", "ce vendredi",
"le 4 juin", "overnight", "dans la nuit de samedi à dimanche".  Anaphoric dates ("the same day"),
periods (a week, a month) and background dates ("since 2011") do not make it so.

Also, in any article, an undated sentence that counts the dead of an act (a toll above zero) at
a place of its own is the report of one act, and is dated by the article: "Eight civilians were
killed when warplanes struck the village of X", "Huit civils ont été tués … sur la ville de X"
(news agencies write the day once, in the lead, or not at all).  Other undated sentences keep
the extractor's caution (an undated "government forces shelled the city" may be commentary).
:func:`dated_by_publication` is the whole rule.

A story filed a few days after the acts it reports (its first dated act at most
:data:`STORY_DAYS` before publication, :func:`story_day`) is read the same way, with that day for
the publication day: its undated acts are of the day the story reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from geo.extract.act_lexicon import ACT_NOUNS, ATTACK_VERBS, attack_verb_pattern
from geo.extract.dates import DateMention
from geo.extract.present_acts import tells_a_present_act
from geo.extract.speech import SPEECH_VERBS

__all__ = ["PUBLICATION_KIND", "SAME_DAY_SLACK", "dated_by_publication", "is_same_day_reporting", "publication_day",
           "story_day", "tells_a_past_act"]

#: how many days before publication a dated act may lie for the article to count as same-day
SAME_DAY_SLACK = timedelta(days=1)
#: how many days before publication the day of a story told after the fact may lie (story_day)
STORY_DAYS = timedelta(days=7)
#: the kind of the date an undated act gets (a :class:`DateMention` kind of its own)
PUBLICATION_KIND = "publication"
#: the kinds of date that tell the day of what the article reports
_DAY_KINDS = frozenset({"absolute", "relative", "weekday", "range"})


def _day(published: date | datetime) -> date:
    return published.date() if isinstance(published, datetime) else published


def is_same_day_reporting(mentions: Iterable[DateMention], published: date | None) -> bool:
    """Whether the article's date mentions show it reports the acts of its publication day
    (or of the day before)."""
    if published is None:
        return False
    day = _day(published)
    return any(m.kind in _DAY_KINDS and m.precision == "day" and m.date_start is not None
               and day - SAME_DAY_SLACK <= m.date_start <= day for m in mentions)


def story_day(mentions: Iterable[DateMention], published: date | None) -> DateMention | None:
    """The day an article that is not same-day reporting reports, when its first dated act lies
    at most :data:`STORY_DAYS` before publication ("Mercredi, des combats ont éclaté à X" in a
    story filed on Saturday): its first day-precision date of a day, else ``None``.  An undated
    act of that story ("A Homs, l'armée a bombardé …") is of that day, not of the publication day."""
    if published is None:
        return None
    day = _day(published)
    for m in mentions:
        if m.kind in _DAY_KINDS and m.precision == "day" and m.date_start is not None:
            return m if day - STORY_DAYS <= m.date_start <= day else None
    return None


def publication_day(published: date) -> DateMention:
    """The publication day as the date of an undated act (no text: it is not in the sentence)."""
    day = _day(published)
    return DateMention(0, 0, "", day, day, "day", PUBLICATION_KIND)


#: the attack verbs of geo.extract.act_lexicon whose past tells a completed act alone: not "hit",
#: a present as well ("shells hit near a school", a headline's "warplanes hit X")
_PAST_ATTACK_VERBS = tuple(verb for verb in ATTACK_VERBS["en"] if verb != "hit")
#: a verb form telling a completed act: French compound past ("ont bombardé", "a été tuée",
#: "se sont emparés", "s'étaient abattus") and passé simple; English simple past and perfect, and
#: the past progressive, which sets the whole sentence in the past ("shelling hit near a school as
#: pupils were leaving it": its "hit" is a past one)
_PAST_ACT = {
    "fr": re.compile(
        r"\b(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent)\s+(?:(?:déjà|été|encore|aussi|également|"
        r"ensuite|notamment|pas|plus|par|ailleurs|toutefois)\s+){0,3}\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|"
        r"it|ite|its|ites|ert|erte|erts|ertes)\b|\b\w+(?:èrent|irent|a)\b(?=\s+(?:le|la|les|l['’]|des|un|une|au|aux|à)\b)",
        re.I),
    "en": re.compile(r"\b(?:was|were|had|has|have)\s+(?:(?:been|also|already|reportedly)\s+){0,2}"
                     r"\w+(?:ed|en|wn|ght|ck|ut|it|ot)\b|\b(?:was|were)\s+(?:(?:still|already)\s+)?\w+ing\b"
                     r"|\b(?:killed|clashed|captured|launched|exploded|died|shot|fought|broke|took|seized|blew|"
                     r"fell|" + attack_verb_pattern("en", ("past",), lemmas=_PAST_ATTACK_VERBS) + r")\b",
                     re.I),
}


#: a past verb form that is a verb of speech ("a déploré", "has said"): a statement, no act
_SPEECH_RE = re.compile(rf"(?<![\w-]){SPEECH_VERBS}$", re.I)
#: a report whose object is an act ("the Observatory also reported clashes at X", "a fait état de
#: combats à X"): the act is told, as news
_REPORTED_ACT_RE = re.compile(
    r"\b(?:reported|recorded|documented|signalé|rapporté|fait\s+état)\s+(?:de\s+|d['’]\s*|des\s+)?"
    r"(?:(?:heavy|fierce|violent|new|renewed|intense|de\s+violents|de\s+nouveaux|violents|nouveaux|intenses)\s+)?"
    r"(?:clashes|fighting|battles|shelling|air\s*strikes|raids|bombardments?|explosions?|attacks|"
    r"combats|affrontements|bombardements|frappes|raids|explosions|attaques)\b", re.I)


def tells_a_past_act(sentence: str, lang: str) -> bool:
    """Whether the sentence tells a completed act (a past verb form other than a verb of
    speech), as an undated act of the day must: "Fierce clashes broke out in X", "L'armée a
    bombardé X", or reports one ("the Observatory reported clashes at X"); not "They face twin
    offensives", "Les observateurs n'arrivent pas à faire
    respecter le cessez-le-feu", nor a statement about fighting ("Sur fond des combats à X,
    Damas a déploré …")."""
    pattern = _PAST_ACT.get(lang)
    return pattern is not None and (any(_SPEECH_RE.search(m.group(0)) is None for m in pattern.finditer(sentence))
                                    or _REPORTED_ACT_RE.search(sentence) is not None)


#: an act told as one of a series: "during one of the battles for X", "in one of the many raids on X",
#: "durant l'un des combats de la ville de X", "lors d'une des frappes" (no adjective of its own
#: between: "one of the deadliest attacks" compares a known act with others)
SERIES_ACT_RE = re.compile(
    r"\b(?:one|any)\s+of\s+the\s+(?:(?:many|numerous|countless|frequent|repeated|daily)\s+)?"
    r"|\b(?:l['’]\s*une?|une?)\s+des\s+(?:(?:nombreu(?:x|ses)|multiples|innombrables|fréquente?s|incessante?s)\s+)?",
    re.I)
_SERIES_NOUN_RE = re.compile(rf"{ACT_NOUNS}\b|(?:battles|clashes|fights|skirmishes|ambushes|offensives|combats|"
                             r"affrontements|accrochages|heurts|batailles|embuscades|offensives)\b", re.I)


def one_of_a_series(sentence: str) -> bool:
    """Whether the sentence tells its act as one of a series of acts (:data:`SERIES_ACT_RE`): no
    one act of a day, an instance the text does not date."""
    return any(_SERIES_NOUN_RE.match(sentence, m.end()) for m in SERIES_ACT_RE.finditer(sentence))


def dated_by_publication(sentence: str, lang: str, published: date | None, *, same_day: bool, placed: bool,
                         toll: bool) -> bool:
    """Whether an undated sentence of a reported act takes the publication day: it names a place
    of its own, and either tells a toll above zero (``toll``) or, in same-day reporting
    (``same_day``: :func:`is_same_day_reporting`), a completed act or one told in the present
    (:mod:`geo.extract.present_acts`: "l'armée bombarde X", "forces are shelling X"); never an
    act told as one of a series (:func:`one_of_a_series`: "during one of the battles for X, five
    fighters died"), whose day the text leaves untold."""
    return published is not None and placed and not one_of_a_series(sentence) and (toll or (same_day and (
        tells_a_past_act(sentence, lang) or tells_a_present_act(sentence, lang))))
