"""A toll told over an area, then shared out place by place in later sentences: the first place
keeps what is left of it.  "Thirteen civilians were killed in aerial attacks on the northern
province of Aleppo … a barrel bomb on the village of Taduf killed a woman and four children …
eight civilians were killed when warplanes struck the village of Daret Izza": the act at Taduf
is five dead, not thirteen (13 − 8); "eight people killed in shelling in the rebel enclave …
shelling on the Mesraba area killed three": the enclave's own act is five.

GUIDELINES: a toll is the number killed in *that* event (one act, one place, one day); a day's
sum over an area is not one event's.  Agencies tell that sum first and its parts after, each
part an act at a place of its own (an event of its own here, with its own toll).  The area's
event, placed by the first place its sentence names, then counts the whole less the parts told
apart.  Only a whole told of an area (:data:`AREA_WORDS` after the toll in its sentence, or an
event placed only by a governorate or country) is shared out so: two acts at two towns of one
province, each with its own toll, are no sum and part.  Parts are the later events of the same
type and day, at other places in the same governorate or near the whole's place (or placed only
by their context: a part the gazetteer lacks, at the whole's place), each with a toll; when they add up to
the whole or more, the whole was a summary and the area's event has no toll of its own.

Before retellings are joined (:func:`sums_told_first`), a whole that two or more such parts add
up to is left without a toll, so that it joins its first part as a retelling without putting
the day's sum on that part's place; a whole placed only by its context, or whose sentence names
places in several governorates, is such a whole too, its parts then also at its own place or in
those governorates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.events import near
from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.numbers import find_fatalities
from geo.extract.places import PlaceMention
from geo.extract.retellings import one_place
from geo.extract.several_places import SEVERAL_PLACES_RE
from geo.extract.tallies import Tally
from geo.models import AREA_PRECISIONS

__all__ = ["AREA_TOLL_CHARS", "AREA_WORDS", "area_tolls_shared_out", "summaries_on_their_parts", "sums_told_first"]

#: words naming an area wider than a town ("the northern province of Aleppo", "the rebel
#: enclave", "la campagne d'Idleb")
AREA_WORDS = re.compile(
    r"\b(?:province|provinces|governorate|region|countryside|enclave|"
    r"gouvernorat|région|campagne|enclave)\b", re.I)
#: the most characters between a toll and the area word it is told over, in one sentence
AREA_TOLL_CHARS = 150
#: an area word in an aside that locates the name before it ("sur Ariha, dans la province d'Idleb",
#: "in Ariha, in the northwestern province of Idlib", "à Douma, dans la région de la Ghouta"): the
#: town's address, not the area the toll is told over (the text up to the area word)
_ADDRESS_RE = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]*\s*,\s*(?:dans|en|in|within)\s+(?:la|le|les|l['’]|the)?\s*"
                         r"(?:[\w-]+\s+){0,2}$", re.I)


def _told_over_an_area(event, lang: str) -> bool:
    if event.place_precision in AREA_PRECISIONS:
        return True
    for span in event.spans:
        for f in find_fatalities(span.sentence, lang):
            if f.count != event.fatalities:
                continue
            for area in AREA_WORDS.finditer(span.sentence, f.end, f.end + AREA_TOLL_CHARS):
                if _ADDRESS_RE.search(span.sentence, max(f.end, area.start() - 80), area.start()) is None:
                    return True
    return False


def _parts(event, later: Sequence, at_its_place: bool = False, areas: frozenset[str] = frozenset()) -> list:
    """The later events that tell parts of ``event``'s toll: same type and day, another place in
    the same governorate or near the whole's (:func:`geo.events.near`: "the Eastern Ghouta region
    outside the capital Damascus" is placed at the city, its towns lie in the governorate around
    it), or a place only inferred from the context (a part the gazetteer does not know, "the X
    area", kept apart from the whole as another act), a toll of their own."""
    return [e for e in later
            if e.event_type == event.event_type and e.date_start == event.date_start
            and e.date_precision == "day" and e.fatalities and e.place is not None
            and (not one_place(e.place, event.place) or e.place_source in INFERRED_SOURCES
                 or at_its_place)
            and (e.place.admin1 == event.place.admin1 or e.place.admin1 in areas or near(e.place, event.place))]


def area_tolls_shared_out(events: Sequence, lang: str) -> list:
    """``events`` (an article's, in the order they are told) with each whole told over an area
    less the parts told after it at other places (see the module)."""
    out = list(events)
    for i, event in enumerate(out):
        if (not event.fatalities or event.place is None or not event.place.admin1
                or event.date_precision != "day" or not _told_over_an_area(event, lang)):
            continue
        parts = _parts(event, out[i + 1:])
        if not parts:
            continue
        left = event.fatalities - sum(e.fatalities for e in parts)
        toll = left if left > 0 else None
        out[i] = replace(event, fatalities=toll, tally=Tally(toll))
    return out


def _one_toll_a_place(parts: Sequence) -> list[int]:
    """The largest toll told at each place of ``parts`` (a part told twice, before its retellings
    are joined, counts once)."""
    tolls: list[tuple[object, int]] = []
    for e in parts:
        at = next((k for k, (place, _) in enumerate(tolls) if one_place(place, e.place)), None)
        if at is None:
            tolls.append((e.place, e.fatalities))
        else:
            tolls[at] = (tolls[at][0], max(tolls[at][1], e.fatalities))
    return [toll for _, toll in tolls]


def _after_its_sentence(event, later: Sequence) -> list:
    """The ``later`` events told after ``event``'s sentence and the clauses split off it
    (:mod:`geo.extract.clause_acts`): its sentence's other places and their tolls ("12 killed:
    five in A, four in B and three in C") are the whole's siblings, not its parts."""
    first = event.spans[0]
    end, out = first.end, []
    for e in later:
        if e.spans[0].start == first.start or e.spans[0].start == end:
            end = max(end, e.spans[0].end)
        else:
            out.append(e)
    return out


def _named_areas(event, mentions: Sequence[PlaceMention]) -> frozenset[str]:
    """The governorates of the places the event's own sentences name."""
    return frozenset(m.place.admin1 for m in mentions if m.place.admin1 and m.method != "demonym"
                     and any(s.start <= m.start < s.end for s in event.spans))


def sums_told_first(events: Sequence, lang: str, mentions: Sequence[PlaceMention] = ()) -> list:
    """``events`` (an article's, before its retellings are joined) with each whole told over an
    area (or over places in several governorates, or placed only by its context) that its parts
    told after it add up to (at least two parts, each smaller than the whole:
    "Eight people were killed in shelling in the enclave … a shell hit a school in A, killing
    five … shelling on B killed three") left without a toll: the day's sum is no one act's, and
    joined to its first part as a retelling it would put the whole on that part's place.  Parts
    may also lie in the governorates of the other places the whole's sentence names ("Three
    civilians killed in rocket attacks on Deir Ezzor, Aleppo": two there, one here).  A whole
    told again (the headline's and the lead's) is no part of itself, and a part told twice counts
    once.  A whole's own sentence tells no parts of it, unless told over an area: its places with
    a toll each are its siblings ("12 killed: five in A, four in B …": A's five, no sum)."""
    out = list(events)
    for i, event in enumerate(out):
        if not event.fatalities or event.place is None or not event.place.admin1 or event.date_precision != "day":
            continue
        areas = _named_areas(event, mentions)
        if not (event.place_source in INFERRED_SOURCES or len(areas) > 1 or _told_over_an_area(event, lang)):
            continue
        # at the whole's place too when that place is only a guess or one of several
        at_its_place = event.place_source in INFERRED_SOURCES or len(areas) > 1
        later = out[i + 1:] if _told_over_an_area(event, lang) else _after_its_sentence(event, out[i + 1:])
        parts = _one_toll_a_place([e for e in _parts(event, later, at_its_place, areas)
                                   if e.fatalities < event.fatalities])
        if len(parts) >= 2 and sum(parts) >= event.fatalities:
            out[i] = replace(event, fatalities=None, tally=Tally(heard=event.tally.heard))
    return out


def summaries_on_their_parts(events: Sequence) -> list:
    """``events`` (an article's, before its retellings are joined) with an act told over several
    places left unnamed, without a toll and placed only by a reference or its context ("des raids
    sur plusieurs localités de la Ghouta orientale, à l'est de Damas", "strikes on several villages
    east of Hama"), put on the place of the first later act of its type and day near it, in a
    sentence of its own: the acts told apart are the events, a vague "several villages" adds
    nothing (GUIDELINES), so the summary joins that act as a retelling."""
    out = list(events)
    for i, event in enumerate(out):
        if (event.fatalities is not None or event.place is None or event.place_source not in INFERRED_SOURCES
                or not event.spans or SEVERAL_PLACES_RE.search(event.spans[0].sentence) is None):
            continue
        first = event.spans[0]
        part = next((e for e in out[i + 1:]
                     if e.event_type == event.event_type and e.date_start == event.date_start
                     and e.place is not None and e.spans and e.spans[0].start >= first.end
                     and e.place_source not in INFERRED_SOURCES and not one_place(e.place, event.place)
                     and (e.place.admin1 == event.place.admin1 or near(e.place, event.place))), None)
        if part is not None:
            out[i] = replace(event, place=part.place, place_precision=part.place_precision,
                             place_source=part.place_source, part=part.part)
    return out
