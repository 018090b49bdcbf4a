"""Tolls told place by place in one sentence: "six dead south of A and one person killed in B",
"killed 45 civilians in A and 22 in B", "12 morts à A, 3 à B", "six civils ont été tués, un à
Homs, un à Hama et quatre à Idleb".

One pairing of tolls with places serves both uses: a toll goes with the place named right after
it, :data:`PLACE_AFTER_TOLL_CHARS` at most after the toll's end, with no other toll and no other
place between; and a sentence tells tolls place by place only when they go with separate places
(:func:`separate_places`: two or more, none named twice, none a country: "18 dead in Syria …, 18
dead in Syria as …" is one toll told twice).  The two uses differ in what they do with the pairs:

* **the toll of an existing event** (:func:`told_place_by_place`, :func:`tolls_of_place`): the
  sentence tells one act, found by its trigger, and its tolls (the :class:`Fatalities` found in
  the sentence) are paired with its place names; an event at one place counts only that place's
  toll (none when no toll goes with it), the same act at the other listed places gets theirs.
  A sentence with one toll, or tolls not tied to places, is left as it is (its toll is the
  act's, or the list's: :mod:`geo.extract.place_lists`).
* **a toll shared out into new events** (:func:`distributed_tolls`): agencies sum up a day's
  killings and then share the toll out ("Une personne est morte à A, deux autres ont perdu la
  vie à B", "two people died in A and three in B"); ACLED codes one event per place, each with
  the dead of that place.  Here the sentence's event places are read one by one, each with the
  clause just before it (after the previous place, and after the last comma or semicolon before
  it): a toll of its own ("deux autres ont perdu la vie à") or a bare number before the place's
  preposition ("un à", "et trois à", "three in"), which is no toll :func:`find_fatalities` finds
  alone; the shares of a whole ("12 tués en Syrie, dont six à A et quatre à B") too.  Each
  place with a share becomes an event with its dead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from geo.extract.confidence import event_confidence
from geo.extract.event_places import mention_precision
from geo.extract.number_words import NUMBER, is_year, parse_number
from geo.extract.numbers import Fatalities, find_fatalities
from geo.extract.paired_days import PAIRED_DAY_RE, give_paired_days
from geo.extract.places import PlaceMention
from geo.extract.tallies import Tally

if TYPE_CHECKING:
    from geo.extract.dates import DateMention
    from geo.extract.events import ArticleEvent, SourceSpan

#: the most characters between a toll and the place it goes with ("six morts au sud de ")
PLACE_AFTER_TOLL_CHARS = 60


def separate_places(mentions: Sequence[PlaceMention]) -> bool:
    """Whether the places tolls go with are separate places: two or more, none named twice
    (one place named twice tells one toll twice), none a country (a country's toll is a summary)."""
    refs = [m.place.ref for m in mentions]
    return (len(refs) >= 2 and len(set(refs)) == len(refs)
            and not any(m.place.precision == "country" for m in mentions))


def _pairs(fatalities: Sequence[Fatalities], mentions: Sequence[PlaceMention],
           offset: int) -> list[tuple[Fatalities, PlaceMention]]:
    """(toll, the place named right after it) for each toll followed by a place; ``offset``: the
    sentence's start in the text (toll offsets are the sentence's, mention offsets the text's)."""
    tolls = sorted(fatalities, key=lambda f: f.start)
    places = sorted((m for m in mentions if m.method != "demonym"), key=lambda m: m.start)
    out = []
    for i, f in enumerate(tolls):
        end = offset + f.end
        limit = offset + tolls[i + 1].start if i + 1 < len(tolls) else end + PLACE_AFTER_TOLL_CHARS
        place = next((m for m in places if end <= m.start < min(limit, end + PLACE_AFTER_TOLL_CHARS)), None)
        if place is not None:
            out.append((f, place))
    return out


def told_place_by_place(fatalities: Sequence[Fatalities], mentions: Sequence[PlaceMention], offset: int) -> bool:
    """Whether a sentence tells two or more tolls, each of its own place (:func:`separate_places`)."""
    pairs = _pairs([f for f in fatalities if not f.additional], mentions, offset)
    return separate_places([m for _f, m in pairs])


def tolls_of_place(fatalities: Sequence[Fatalities], mentions: Sequence[PlaceMention], offset: int,
                   place: PlaceMention | None) -> Sequence[Fatalities]:
    """The tolls of a sentence that are the act's at ``place``: all of them, unless the sentence
    tells its tolls place by place (then those that go with ``place``, perhaps none).
    ``mentions``: the sentence's place names; ``offset``: the sentence's start in the text."""
    if place is None:
        return fatalities
    pairs = _pairs([f for f in fatalities if not f.additional], mentions, offset)
    if not separate_places([m for _f, m in pairs]):
        return fatalities
    return [f for f, m in pairs if m.start == place.start or m.place.ref == place.place.ref]


#: a bare count before a place's preposition: "un à", "et trois à", "and three in", "2 others in",
#: "dont six à", "including four in"; the day of the place before it may open the clause ("seven in A on
#: Thursday and four in B on Wednesday", "sept à A jeudi et quatre à B": geo.extract.paired_days)
_BARE_COUNT_RE = re.compile(
    rf"^\s*(?:{PAIRED_DAY_RE.pattern}\s*)?(?:(?:and|et|dont|including)\s+)?(?:(?:at least|au moins)\s+)?(?P<n>{NUMBER})\s+"
    r"(?:(?:autres?|others?|more|de plus)\s+)?"
    r"(?:à|a|au|aux|dans|près\s+de|près\s+d['’]|en|in|at|near|on|outside|inside)\s*"
    # (and the words that qualify the place: "22 in neighbouring", "three in the northern province of")
    r"(?:(?:la|le|les|l['’]|the)\s*)?(?:[a-zà-ÿ][\w-]*\s+){0,3}$",
    re.I,
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:(]")


def _share(clause: str, lang: str) -> int | None:
    """The dead a clause ending right before a place counts for that place, or ``None``: its
    bare count, or its last toll when that ends :data:`PLACE_AFTER_TOLL_CHARS` at most before it."""
    m = _BARE_COUNT_RE.match(clause)
    if m is not None:
        n = parse_number(m.group("n"), lang)
        if n is not None and not is_year(n, m.group("n")):
            return n
        return None
    tolls = [f for f in find_fatalities(clause, lang) if f.count > 0]
    if not tolls or len(clause) - tolls[-1].end > PLACE_AFTER_TOLL_CHARS:
        return None
    return tolls[-1].count


def distributed_tolls(text: str, sentence_start: int, places: Sequence[PlaceMention],
                      lang: str) -> list[tuple[PlaceMention, int]]:
    """(place, its dead) for each event place of a sentence that has a share of its toll, in text
    order, when they are separate places (:func:`separate_places`); else ``[]``.  ``places``: the
    sentence's event places (any order); ``sentence_start``: the offset in ``text`` where the
    sentence starts."""
    ordered = sorted(places, key=lambda m: m.start)
    shares: list[tuple[PlaceMention, int]] = []
    previous_end = sentence_start
    for m in ordered:
        if m.start < previous_end:
            continue
        segment = text[previous_end:m.start]
        breaks = list(_CLAUSE_BREAK_RE.finditer(segment))
        clause = segment[breaks[-1].end():] if breaks else segment
        n = _share(clause, lang)
        if n is not None:
            shares.append((m, n))
        previous_end = m.end
    # the whole a country's toll sums up is shared out to its places ("12 tués en Syrie, dont six à A")
    parts = [(m, n) for m, n in shares if m.place.precision != "country"]
    shares = parts if len(parts) >= 2 else shares
    return shares if separate_places([m for m, _n in shares]) else []


def shared_out_events(event: ArticleEvent, span: SourceSpan, shares: Sequence[tuple[PlaceMention, int]],
                      actors: Sequence[str], first: bool = False,
                      days: tuple[str, Sequence[DateMention], date | None] | None = None) -> list[ArticleEvent]:
    """The act of ``event`` at each place of a shared-out toll, with that place's dead
    (:func:`distributed_tolls`): new events of its kind and day, told by ``span``
    (``first``: ``span`` is ``event``'s own sentence, else one that follows it).  ``days``: the
    text, the sentence's dates and the publication date, when each place may have a day of its own
    set beside it ("seven in A on Thursday and four in B on Wednesday": :mod:`geo.extract.paired_days`)."""
    spans = [span] if not first else list(event.spans)
    out = []
    for m, dead in shares:
        out.append(replace(event, place=m.place, place_precision=mention_precision(m), place_source="sentence",
                           fatalities=dead, tally=Tally(dead), spans=list(spans),
                           actors=list(dict.fromkeys([*event.actors, *actors]))))
    for e in out:
        e.confidence = event_confidence(e.place_source, e.date_source, e.type_source, e.background_hint)
    if days is not None:
        text, dates, published = days
        out += give_paired_days(text, span.start, dates, [m for m, _dead in shares], out, published)
    return out


__all__ = ["PLACE_AFTER_TOLL_CHARS", "distributed_tolls", "separate_places", "shared_out_events", "told_place_by_place",
           "tolls_of_place"]
