"""An event whose sentence names its place only as a reference point ("in the town of X west of
Aleppo city", "à 30 km au nord-ouest d'Alep", X being a place the gazetteer lacks) is placed at
that reference: the most precise place the sentence itself gives, nearer than any place of its
paragraph or lead.  The place is inferred (``place_source`` "reference": it is near the act, not
at it), and the event's confidence says so (``geo.extract.confidence``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence


def reference_place(sentence: Sentence, mentions: Sequence[PlaceMention],
                    starts: Sequence[int]) -> PlaceMention | None:
    """The sentence's first reference point that is not a country (``mentions`` sorted by start,
    ``starts`` their starts), or None."""
    for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if m.reference and m.method != "demonym" and m.place.precision != "country":
            return m
    return None
