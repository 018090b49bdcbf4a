"""What a sentence that continues an event adds to it: its sentence as provenance, its actors,
its toll (counted once over retellings: :class:`geo.extract.tallies.Tally`), a more specific
sub-type, and a better place.

A place the continuing sentence names replaces the event's when the event has none, when the
event's was only inferred from its context, or when the new one is more precise.  A reference
point of the act's own sentences ("in the town of X west of Aleppo city", X unknown to the
gazetteer: ``place_source`` "reference") is near the act; a later, coarser place ("an aid convoy
in Syria") does not replace it.
"""

from __future__ import annotations

from geo.extract.confidence import INFERRED_SOURCES, REFERENCE_SOURCE, event_confidence
from geo.extract.event_places import mention_precision
from geo.extract.event_types import SUB_SPECIFICITY
from geo.extract.reference_places import country_of
from geo.models import precision_rank

__all__ = ["continue_event"]


def continue_event(event, span, actors, fatalities, typing, place_mention, source="sentence") -> None:
    """Fold a continuing sentence (``span``, with its ``actors``, ``fatalities``, ``typing`` and
    the place mention it tells, found as ``source``) into ``event``."""
    event.spans.append(span)
    for actor in actors:
        if actor not in event.actors:
            event.actors.append(actor)
    if fatalities:  # a retelling's toll counts once, a part of it is no more (Tally)
        event.tally = event.tally.told(fatalities)
        event.fatalities = event.tally.toll
    if typing is not None and typing.event_type == event.event_type:
        if SUB_SPECIFICITY.get(typing.sub_event_type, 0) > SUB_SPECIFICITY.get(event.sub_event_type, 0):
            event.sub_event_type = typing.sub_event_type
            event.type_source = typing.how
    if place_mention is not None:
        new_precision = mention_precision(place_mention)
        new_rank, rank = precision_rank(new_precision), precision_rank(event.place_precision)
        # an inferred place gives way to the sentence's, unless that only names its country or
        # the inferred place is a reference point near the act and the new one is coarser
        inferred = (event.place_source in INFERRED_SOURCES and not country_of(place_mention.place, event)
                    and not (event.place_source == REFERENCE_SOURCE and new_rank > rank))
        if event.place is None or inferred or new_rank < rank:
            event.place = place_mention.place
            event.place_precision = new_precision
            event.place_source = source
    event.confidence = event_confidence(event.place_source, event.date_source, event.type_source,
                                        event.background_hint)
