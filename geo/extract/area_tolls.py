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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.events import near
from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.numbers import find_fatalities
from geo.extract.retellings import one_place
from geo.extract.tallies import Tally
from geo.models import AREA_PRECISIONS

__all__ = ["AREA_TOLL_CHARS", "AREA_WORDS", "area_tolls_shared_out"]

#: words naming an area wider than a town ("the northern province of Aleppo", "the rebel
#: enclave", "la campagne d'Idleb")
AREA_WORDS = re.compile(
    r"\b(?:province|provinces|governorate|region|countryside|enclave|"
    r"gouvernorat|région|campagne|enclave)\b", re.I)
#: the most characters between a toll and the area word it is told over, in one sentence
AREA_TOLL_CHARS = 150


def _told_over_an_area(event, lang: str) -> bool:
    if event.place_precision in AREA_PRECISIONS:
        return True
    for span in event.spans:
        for f in find_fatalities(span.sentence, lang):
            if f.count == event.fatalities and AREA_WORDS.search(span.sentence, f.end, f.end + AREA_TOLL_CHARS):
                return True
    return False


def _parts(event, later: Sequence) -> list:
    """The later events that tell parts of ``event``'s toll: same type and day, another place in
    the same governorate or near the whole's (:func:`geo.events.near`: "the Eastern Ghouta region
    outside the capital Damascus" is placed at the city, its towns lie in the governorate around
    it), or a place only inferred from the context (a part the gazetteer does not know, "the X
    area", kept apart from the whole as another act), a toll of their own."""
    return [e for e in later
            if e.event_type == event.event_type and e.date_start == event.date_start
            and e.date_precision == "day" and e.fatalities and e.place is not None
            and (not one_place(e.place, event.place) or e.place_source in INFERRED_SOURCES)
            and (e.place.admin1 == event.place.admin1 or near(e.place, event.place))]


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
