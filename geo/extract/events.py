"""Events from an article: sentence-level detection, then document-level joining.

For each sentence: a trigger (``event_types``), its actors, fatalities, date expressions and
the places named in it.  Then, across the document:

* a sentence with no date and no place of its own that follows an event sentence continues
  that event ("According to the channel, … destroyed fifty-six terrorists."): its
  fatalities, actors, a more specific sub-type or a more precise place are added to it;
* "the base", "la prison", "the city" refer back to the last place named with that noun;
* "the same day" / "le même jour" take the date of the last dated sentence;
* an event with no actor of its own takes the attacker of an earlier event of the document
  at the same date and place;
* statements, sanctions, threats, hypotheticals and background ("since 2011") are not events,
  and a sentence with neither a date nor a continuation is not an event either.

The event place is the most precise place the sentence locates something at (after a
locative preposition), never a reference point ("east of Homs"), a demonym ("Syrian") or a
country named only as an actor's nationality.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from geo.extract.actors import find_actors, unique_names
from geo.extract.dates import DateMention, find_dates
from geo.extract.event_types import EXPLOSIONS, SUB_SPECIFICITY, is_non_event, type_sentence
from geo.extract.numbers import event_toll, find_fatalities
from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence, split_sentences
from geo.models import PRECISIONS, Place, haversine_km

#: nouns that later sentences use to refer back to a place ("the base", "la prison")
FACILITY_RE = re.compile(
    r"(?<![\w-])(?:(?P<def>the|this|that|la|le|l['’]|cette|ce|cet)\s+)?(?:\w+\s+)?"
    r"(?P<noun>base|bases|prison|prisons|camp|airport|aéroport|airbase|garrison|garnison|city|town|village|ville|"
    r"localité|centre de détention|detention centre|detention center|hospital|hôpital|institute|institut)\b",
    re.I,
)
_NOUN_GROUP = {
    "bases": "base", "airbase": "base", "garrison": "base", "garnison": "base", "prisons": "prison",
    "centre de détention": "prison", "detention centre": "prison", "detention center": "prison",
    "aéroport": "airport", "ville": "city", "town": "city", "localité": "city", "village": "city",
    "hôpital": "hospital", "institut": "institute",
}
_LOCATIVE_WORDS = frozenset(
    "in at near inside outside around across into on of from to towards toward between "
    "à a au aux dans près de du des d en vers sur entre chez".split()
)
_COUNTRY_LOCATIVE_WORDS = frozenset("in inside across throughout en au aux dans".split())
_PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}


@dataclass
class SourceSpan:
    sentence: str
    start: int
    end: int


@dataclass
class ArticleEvent:
    """An event found in one article (before merging with other articles)."""

    event_type: str
    sub_event_type: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    actors: list[str]
    fatalities: int | None
    place: Place | None
    place_precision: str | None
    confidence: float
    spans: list[SourceSpan] = field(default_factory=list)
    trigger: str = ""

    @property
    def has_date_expression(self) -> bool:
        return self.date_precision is not None


def _facility_nouns(sentence: str) -> list[tuple[str, bool]]:
    """(noun group, definite) for each facility noun in a sentence."""
    out = []
    for m in FACILITY_RE.finditer(sentence):
        noun = m.group("noun").lower()
        out.append((_NOUN_GROUP.get(noun, noun), bool(m.group("def"))))
    return out


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    before = text[max(0, start - 40):start].lower()
    if re.search(r"\b[dl]['’]\s*$", before):
        return ["d"]
    return re.findall(r"[\w]+", before)[-n:]


def _event_places(text: str, sentence: Sentence, mentions: Sequence[PlaceMention],
                  starts: Sequence[int] | None = None) -> list[PlaceMention]:
    """Mentions in the sentence that locate something there, most precise first.

    ``starts``: the mentions' start offsets when ``mentions`` is sorted by them (then only the
    sentence's own are looked at, not every mention of a long article)."""
    if starts is not None:
        mentions = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
    chosen = []
    for m in mentions:
        if not (sentence.start <= m.start < sentence.end) or m.method == "demonym" or m.reference:
            continue
        words = _words_before(text, m.start)
        if m.place.precision == "country":
            if not _COUNTRY_LOCATIVE_WORDS.intersection(words[-2:]):
                continue
        elif not _LOCATIVE_WORDS.intersection(words):
            continue
        chosen.append(m)
    return sorted(chosen, key=lambda m: (_PRECISION_RANK.get(_precision(m), 9), m.start))


def _precision(m: PlaceMention) -> str:
    if m.area and m.place.feature == "ADM1":
        return "admin1"
    return m.place.precision


_NEXT_DAY_RE = re.compile(r"next day|following day|lendemain|jour suivant", re.I)
_DAY_BEFORE_RE = re.compile(r"day before|previous day|veille|jour précédent", re.I)


def _resolved_date(mentions: Sequence[DateMention], last: DateMention | None) -> DateMention | None:
    """The sentence's own date; "the same day" / "le lendemain" resolve against ``last``."""
    for d in mentions:
        if d.kind == "background":
            continue
        if d.kind == "anaphoric":
            if last is None or last.date_start is None:
                return d
            shift = 1 if _NEXT_DAY_RE.search(d.text) else -1 if _DAY_BEFORE_RE.search(d.text) else 0
            day = last.date_start + timedelta(days=shift)
            return replace(d, date_start=day, date_end=day if shift else (last.date_end or day),
                           precision=last.precision)
        return d
    return None


def _confidence(place: PlaceMention | None, coref: bool, dated: DateMention | None, rank: int) -> float:
    value = 0.5
    if place is not None:
        value = 0.5 + 0.4 * place.confidence
    elif coref:
        value = 0.6
    if dated is None or dated.date_start is None:
        value *= 0.8
    elif dated.precision != "day":
        value *= 0.9
    if rank >= 13:  # a bare "attack"
        value *= 0.85
    return round(min(value, 0.95), 3)


def extract_events(
    text: str, lang: str, published: date | None, mentions: Sequence[PlaceMention]
) -> list[ArticleEvent]:
    """Events reported in an article, with the sentences they come from."""
    events: list[ArticleEvent] = []
    facilities: dict[str, tuple[Place, str]] = {}
    last_dated: DateMention | None = None
    last_event: ArticleEvent | None = None
    last_event_sentence = -2
    mentions = sorted(mentions, key=lambda m: m.start)  # stable: same-start mentions keep their order
    starts = [m.start for m in mentions]
    for index, sentence in enumerate(split_sentences(text)):
        s_text = sentence.text
        dates = find_dates(s_text, lang, published)
        own_date = _resolved_date(dates, last_dated)
        background = any(d.kind == "background" for d in dates)
        actor_mentions = find_actors(s_text)
        actors = unique_names(actor_mentions)
        typing = type_sentence(s_text, actors)
        fatalities = find_fatalities(s_text, lang)
        places = _event_places(text, sentence, mentions, starts)
        nouns = _facility_nouns(s_text)
        adjacent = last_event is not None and last_event_sentence == index - 1 and not dates
        # A following sentence without a date continues the event, unless it names a place
        # far from the event's (then it is a new event on the same date: "Shelling also hit X").
        continues = adjacent and (not places or last_event.place is None
                                  or _near(places[0].place, last_event.place)
                                  or any(definite for _noun, definite in nouns))
        span = SourceSpan(s_text, sentence.start, sentence.end)

        if typing is None or is_non_event(s_text) or background:
            if adjacent and fatalities and not is_non_event(s_text) and not background:
                _continue(last_event, span, actors, fatalities, None, None)
                last_event_sentence = index
            _remember(facilities, nouns, places, last_event if continues else None)
            if own_date is not None and own_date.date_start is not None:
                last_dated = own_date
            continue
        if continues:
            _continue(last_event, span, actors, fatalities, typing, places[0] if places else None)
            last_event_sentence = index
            _remember(facilities, nouns, places, last_event)
            continue
        if own_date is None and adjacent and last_dated is not None:
            own_date = last_dated  # a new place on the day just reported
        if own_date is None:  # no date and nothing to continue: background, not an event
            _remember(facilities, nouns, places, None)
            continue
        place_mention = places[0] if places else None
        place = place_mention.place if place_mention else None
        precision = _precision(place_mention) if place_mention else None
        coref = False
        if place is None:
            for noun, definite in nouns:
                if definite and noun in facilities:
                    place, precision = facilities[noun]
                    coref = True
                    break
        if not actors:
            actors = _inherited_actors(events, own_date, place)
        event = ArticleEvent(
            event_type=typing.event_type,
            sub_event_type=typing.sub_event_type,
            date_start=own_date.date_start,
            date_end=own_date.date_end,
            date_precision=own_date.precision if own_date.date_start is not None else None,
            actors=list(actors),
            fatalities=event_toll(fatalities),
            place=place,
            place_precision=precision,
            confidence=_confidence(place_mention, coref, own_date, typing.rank),
            spans=[span],
            trigger=typing.trigger,
        )
        events.append(event)
        last_event, last_event_sentence = event, index
        if own_date.date_start is not None:
            last_dated = own_date
        _remember(facilities, nouns, places, event)
    return events


def _remember(facilities, nouns, places, event: ArticleEvent | None) -> None:
    """Bind facility nouns of a sentence to its place (or to its event's place)."""
    if not nouns:
        return
    if places:
        target = (places[0].place, _precision(places[0]))
    elif event is not None and event.place is not None:
        target = (event.place, event.place_precision)
    else:
        return
    for noun, _definite in nouns:
        facilities[noun] = target


def _continue(event, span, actors, fatalities, typing, place_mention) -> None:
    event.spans.append(span)
    for actor in actors:
        if actor not in event.actors:
            event.actors.append(actor)
    if fatalities:  # a retelling's toll counts once (event_toll)
        event.fatalities = event_toll(fatalities, event.fatalities)
    if typing is not None and typing.event_type == event.event_type:
        if SUB_SPECIFICITY.get(typing.sub_event_type, 0) > SUB_SPECIFICITY.get(event.sub_event_type, 0):
            event.sub_event_type = typing.sub_event_type
    if place_mention is not None:
        new_precision = _precision(place_mention)
        if event.place is None or _PRECISION_RANK[new_precision] < _PRECISION_RANK.get(event.place_precision, 9):
            event.place = place_mention.place
            event.place_precision = new_precision
            event.confidence = max(event.confidence, round(0.5 + 0.4 * place_mention.confidence, 3))


def _near(a: Place, b: Place, km: float = 25.0) -> bool:
    return haversine_km(a.point, b.point) <= km


def _inherited_actors(events: Sequence[ArticleEvent], dated: DateMention, place: Place | None) -> list[str]:
    """The attacker of an earlier event of the document at the same date and place."""
    for earlier in reversed(events):
        if not earlier.actors or earlier.date_start != dated.date_start or earlier.date_start is None:
            continue
        if place is None or earlier.place is None:
            continue
        if haversine_km(place.point, earlier.place.point) <= 25:
            return [earlier.actors[0]]
    return []


__all__ = ["ArticleEvent", "SourceSpan", "extract_events", "EXPLOSIONS"]
