"""Tolls told place by place in one sentence: "six dead south of A and one person killed in B",
"killed 45 civilians in A and 22 in B", "12 morts à A, 3 à B".

Each toll goes with the place named right after it (:data:`PLACE_AFTER_TOLL_CHARS` at most,
no other toll between).  When a sentence gives two or more tolls so, to two or more places, it
tells the acts of several places, and an event at one of them counts only that place's toll
(none when no toll goes with its place); a sentence with one toll, or tolls not tied to places,
is left as it is (its toll is the act's, or the list's: :mod:`geo.extract.place_lists`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.extract.numbers import Fatalities
from geo.extract.places import PlaceMention

#: the most characters between a toll and the place it goes with ("six morts au sud de ")
PLACE_AFTER_TOLL_CHARS = 60


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
    """Whether a sentence tells two or more tolls, each of its own place (one place named twice,
    "18 dead in Syria …, 18 dead in Syria as …", is one toll told twice, not two places')."""
    pairs = _pairs([f for f in fatalities if not f.additional], mentions, offset)
    return len(pairs) >= 2 and len({m.place.ref for _f, m in pairs}) >= 2


def tolls_of_place(fatalities: Sequence[Fatalities], mentions: Sequence[PlaceMention], offset: int,
                   place: PlaceMention | None) -> Sequence[Fatalities]:
    """The tolls of a sentence that are the act's at ``place``: all of them, unless the sentence
    tells its tolls place by place (then those that go with ``place``, perhaps none).
    ``mentions``: the sentence's place names; ``offset``: the sentence's start in the text."""
    if place is None or not told_place_by_place(fatalities, mentions, offset):
        return fatalities
    pairs = _pairs([f for f in fatalities if not f.additional], mentions, offset)
    return [f for f, m in pairs if m.start == place.start or m.place.ref == place.place.ref]


__all__ = ["PLACE_AFTER_TOLL_CHARS", "told_place_by_place", "tolls_of_place"]
