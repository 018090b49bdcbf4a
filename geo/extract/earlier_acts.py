"""An act dated by its distance to another one: "trois jours après le pilonnage de la ville",
"au lendemain du massacre", "two days after the shelling of X", "the day after the bombing".

Such a phrase tells two acts: the sentence's own ("une manifestation a été dispersée", dated as
the sentence is) and the earlier one it names, so many days before.  ACLED codes both, each on
its day.  The phrase's act is typed by the lexicon (:mod:`geo.extract.event_types`) on the
phrase alone, and the sentence's own act on the sentence without it; a phrase that names no
act at its head ("au lendemain de l'appel des Occidentaux"), or is a clause ("neuf jours
après que la France a déclaré …"), dates nothing; one that opens on the dead it counts names its act ("a day after eight
civilians were killed in shelling on X", "deux jours après que huit civils ont été tués …").
The dead counted up to the end of the phrase's clause are the earlier act's, not the sentence's
own act's ("… comes one week after a bomber blew himself up at the crossing killing 29"), and so
is a place named there when the sentence names its own act's elsewhere ("quatre jours après
l'attentat qui a fait 50 morts à Damas, un nouvel attentat a frappé Homs": the earlier act at
Damascus, the new one at Homs; :meth:`EarlierAct.places_apart`).

This module owns the openings telling an act's distance in time to an earlier one (:data:`COUNT`,
:data:`DAY_UNIT`, :data:`AFTER`, :func:`day_after`, :func:`lendemain`) and where such a phrase
ends (:func:`clause_end`); :mod:`geo.extract.other_act_phrases` composes its wider set of phrases
of another act of them, and keeps the places of the sentence's own act apart from theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from geo.extract.background import REPORTED_WINDOW_DAYS
from geo.extract.dates import DateMention
from geo.extract.event_types import Typing, type_sentence
from geo.extract.number_words import NUMBER, parse_number
from geo.extract.numbers import find_fatalities
from geo.extract.places import PlaceMention, mention_precision
from geo.extract.tallies import Tally

#: an event (:class:`geo.extract.events.ArticleEvent`, which imports this module)
E = TypeVar("E")

__all__ = ["AFTER", "CLAUSE_END_RE", "COUNT", "DAY_UNIT", "EarlierAct", "clause_end", "dated_earlier", "day_after",
           "earlier_act", "lendemain"]

#: a place mention (:class:`geo.extract.places.PlaceMention`)
M = TypeVar("M")

#: how many days a unit of distance is ("trois jours après", "two weeks after"; and their plurals;
#: a year's act lies in history, whatever its day: "trois ans après l'attaque chimique de 2013")
_UNIT_DAYS = {"jour": 1, "semaine": 7, "day": 1, "week": 7, "mois": 30, "month": 30, "an": 365, "année": 365,
              "year": 365}

# The openings telling an act's distance in time to another, earlier one, shared with
# :mod:`geo.extract.other_act_phrases`, which composes its wider openings of them: this module
# dates an act only by a count of days, weeks or years after it, or the day after.
#: a count this module dates by ("four", "a" week): :mod:`geo.extract.other_act_phrases` adds
#: vaguer quantities ("several", "quelques")
COUNT = rf"(?:{NUMBER}|an?)"
#: a unit of distance counted in days (:data:`_UNIT_DAYS`): other_act_phrases adds hours and months
DAY_UNIT = rf"(?:{'|'.join(_UNIT_DAYS)})s?"
#: the word telling the distance runs back to the other act: other_act_phrases adds "since"
AFTER = r"(?:after|après)"


def day_after(moment: str = "day") -> str:
    """The English next day's opening: "the day after", "a day after" (``moment``: the words for
    it; other_act_phrases adds "the night after", "the morning after")."""
    return rf"(?:the|a)\s+(?:{moment})\s+after"


def lendemain(article: str = "au") -> str:
    """The French next day's opening: "au lendemain" (``article``: the articles before it;
    other_act_phrases adds "le lendemain")."""
    return rf"(?:{article})\s+lendemain"


#: the act phrase: what follows up to a clause break
_PHRASE = r"(?P<np>(?:(?:le|la|les|l['’]|un|une|des|du|the|a|an)\s*)?[^,.;:()\"«»]{3,90})"
_AFTER_RE = re.compile(
    rf"(?<![\w-])(?:(?P<n>{COUNT})\s+(?P<unit>{DAY_UNIT})\s+{AFTER}"
    rf"|(?P<next>{lendemain()}|{day_after()}))\s+(?:de\s+(?=la|l['’])|d['’](?=un)|du\s|des\s)?"
    rf"\s*(?:(?P<that>que\b|qu['’]|that\b)\s*)?{_PHRASE}",
    re.I,
)

#: the most words (adjectives: "the deadly", "le violent") before the phrase's act word
_HEAD_WORDS = 2
_ARTICLES = frozenset("le la les l un une the a an".split())
#: a word that puts what follows in a complement: the act word then is not the phrase's head
_COMPLEMENT = frozenset("of on about over for de d du des sur à au aux pour contre".split())


def _heads(phrase: str, trigger: str) -> bool:
    """Whether the act word ``trigger`` heads ``phrase`` (past its article and adjectives)."""
    at = phrase.lower().find(trigger.lower())
    words = [w for w in re.findall(r"\w+", phrase[:max(at, 0)].lower()) if w not in _ARTICLES]
    return at >= 0 and len(words) <= _HEAD_WORDS and not _COMPLEMENT.intersection(words)


#: where a clause ends: a comma, a colon, a semicolon, a bracket, quotes or the sentence's end
CLAUSE_END_RE = re.compile(r"[,;:()\"«»]|\.(?:\s|$)")


def clause_end(sentence: str, at: int) -> int:
    """Where the clause going on at ``at`` ends in ``sentence`` (:data:`CLAUSE_END_RE`): the end
    of a phrase telling another act, here and in :mod:`geo.extract.other_act_phrases` (which also
    ends it at "while", "tandis que")."""
    m = CLAUSE_END_RE.search(sentence, at)
    return len(sentence) if m is None else m.start()


#: the most words before the count of a phrase that tells its act by its dead
_COUNT_WORDS = 2


def _counts_dead(phrase: str, lang: str) -> bool:
    """Whether ``phrase`` tells its act by the dead it counts, first thing ("eight civilians were
    killed in shelling on X", "huit civils ont été tués dans …")."""
    dead = find_fatalities(phrase, lang)
    return bool(dead) and dead[0].count > 0 and len(re.findall(r"\w+", phrase[:dead[0].start])) <= _COUNT_WORDS


@dataclass(frozen=True, slots=True)
class EarlierAct:
    """An earlier act a sentence dates by its distance: where its phrase lies in the sentence,
    how many days before the sentence's own act it happened, and its type."""

    start: int
    end: int
    days: int
    typing: Typing
    #: the place its phrase names (:mod:`geo.extract.other_act_phrases`), or None: the sentence's
    place: PlaceMention | None = None
    #: the day its phrase names ("une semaine après le massacre commis le 8 mars"): its own, unshifted
    day: DateMention | None = None

    def clause_end(self, sentence: str) -> int:
        """Where the clause of the phrase ends in ``sentence`` (at a comma, a colon, a semicolon,
        a bracket or the sentence's end): the dead counted up to there are the earlier act's ("one
        week after a suicide bomber blew himself up at the crossing killing 29 fighters")."""
        return clause_end(sentence, self.end)

    def places_apart(self, sentence: str, offset: int, places: Sequence[M]) -> tuple[list[M], EarlierAct]:
        """The sentence's event ``places`` (mentions, ``offset``: where ``sentence`` starts in its
        text) of its own act, and this act at the first place named inside the phrase's clause,
        when places are named both there and elsewhere; else all of them and this act as it is."""
        start, end = offset + self.start, offset + self.clause_end(sentence)
        inside = [m for m in places if start <= m.start < end]
        own = [m for m in places if not start <= m.start < end]
        return (own, replace(self, place=inside[0])) if inside and own else (list(places), self)


def earlier_act(sentence: str, lang: str, places: Sequence[PlaceMention] = (),
                dates: Sequence[DateMention] = ()) -> EarlierAct | None:
    """The first earlier act the sentence dates by its distance to the sentence's own, or
    ``None``; at the first of ``places`` (those the sentence names in phrases of other acts:
    :func:`geo.extract.other_act_phrases.without_other_acts`), when any; on the day of ``dates``
    (the sentence's) its phrase's clause names, when one does."""
    for m in _AFTER_RE.finditer(sentence):
        if m.group("next"):
            days = 1
        else:
            n = 1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"), lang)  # "a week after"
            if n is None or n < 1:
                continue
            unit = m.group("unit").lower()
            days = n * _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit.removesuffix("s"), 0))
        np = m.group("np")
        typing = type_sentence(np)
        # the act is the phrase's head ("le pilonnage de X"), not a word deep in it ("l'annonce
        # américaine de l'utilisation d'armes chimiques"); a clause ("après que …") or a phrase
        # names one by the dead it counts first thing
        if typing is not None and ((not m.group("that") and _heads(np, typing.trigger)) or _counts_dead(np, lang)):
            end = clause_end(sentence, m.end())
            day = next((d for d in dates if d.kind == "absolute" and m.start() <= d.start < end), None)
            return EarlierAct(m.start(), m.end(), days, typing, places[0] if places else None, day)
    return None


def dated_earlier(event: E, earlier: EarlierAct, tally: Tally, published: date | None = None) -> E:
    """The act a sentence dates by its distance to its own: of the phrase's type, ``earlier.days``
    before ``event`` (on the day its phrase names, when it names one), at the phrase's place (else ``event``'s), with the toll its phrase counts
    (``tally``); news only while its day lies in the reported window before ``published`` (a
    year's distance puts it in history: "trois ans après l'attaque chimique")."""
    shift = timedelta(days=earlier.days)
    if earlier.day is not None and earlier.day.date_start is not None:  # its own day, told in its phrase
        shift = event.date_start - earlier.day.date_start
    end = (event.date_end or event.date_start) - shift
    news = event.reported and (published is None or end >= published - timedelta(days=REPORTED_WINDOW_DAYS))
    if earlier.place is not None:
        event = replace(event, place=earlier.place.place, place_precision=mention_precision(earlier.place),
                        place_source="sentence")
    return replace(event, event_type=earlier.typing.event_type, sub_event_type=earlier.typing.sub_event_type,
                   trigger=earlier.typing.trigger, date_start=event.date_start - shift,
                   date_end=end, fatalities=tally.toll, tally=tally, reported=news,
                   spans=list(event.spans), actors=list(event.actors))
