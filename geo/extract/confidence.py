"""How sure an event found in one article is: a number from 0 to 1, from how its place, its date
and its type were found, and the band it falls in.

The number is the product of three factors, and of a fourth for a hint of history
(:mod:`geo.extract.background_hint`), at most :data:`MAX_CONFIDENCE`:

=========================  ==========================================================  ======
what                       how it was found                                            factor
=========================  ==========================================================  ======
place (``place_source``)   the event sentence's own place                              1.00
                           a noun referring back to a place ("the base", "la prison")  0.90
                           the sentence's reference point ("X west of Aleppo")         0.85
                           a listed place the gazetteer lacks, at the place holding    0.85
                           the list ("the villages of A and B in rural Aleppo"), or
                           one named alone ("the village of X in Idlib province")
                           the paragraph's place                                       0.80
                           the lead's place                                            0.70
                           the headline's or dateline's place                          0.65
                           the country the article names most                          0.45
                           no place                                                    0.30
date (``date_source``)     the sentence's own day ("on 4 June", "le 4 juin")           1.00
                           a relative day ("yesterday", "on Monday", "the same day")   0.90
                           the day of the sentence before (inherited)                  0.80
                           only the day a source spoke ("…, the ministry said on       0.80
                           Thursday": ``"speech"``, :mod:`speech_dates`)
                           a week, month or year ("last week", "in June")              0.75
                           none in the text: the publication day (:mod:`same_day`)     0.70
                           undated (no date, or no publication date to resolve it)     0.60
type (``type_source``)     a word naming the kind of act (:mod:`act_lexicon`, rules)   1.00
                           an explosion or blast of unsaid kind                        0.85
                           a bare "attack", typed by who attacks                       0.75
                           people killed, no act named (:mod:`toll_only`)              0.65
background hint            none                                                        1.00
                           a reported event near background ("deadliest since 2011")   0.85
                           a background event (history, a running toll, an old date)   0.60
=========================  ==========================================================  ======

Bands: ``high`` from :data:`HIGH` (own place and own or relative day, named act), ``medium``
from :data:`MEDIUM`, ``low`` below.  Reports of one event from several articles raise its
stored confidence (:func:`geo.events.combined_confidence`).
"""

from __future__ import annotations

import math

from geo.extract.background_hint import BACKGROUND, NEAR
from geo.extract.dates import DateMention
from geo.extract.same_day import PUBLICATION_KIND

__all__ = ["BANDS", "HIGH", "HINT_FACTORS", "MEDIUM", "MAX_CONFIDENCE", "OPENING_SOURCE", "PART_SOURCE", "REFERENCE_SOURCE", "band", "date_source",
           "event_confidence"]

PLACE_FACTORS: dict[str | None, float] = {
    "sentence": 1.0, "facility": 0.9, "reference": 0.85, "part": 0.85, "opening": 0.8, "paragraph": 0.8, "lead": 0.7, "headline": 0.65,
    "document": 0.45, None: 0.3,
}
#: the place source of a listed place the gazetteer lacks (geo.extract.listed_parts): the place
#: that holds the list
PART_SOURCE = "part"
#: the place source of a reference point the act's own sentences name ("X west of Aleppo"): near
#: the act, nearer than a place of its context
REFERENCE_SOURCE = "reference"
#: the place source of an act whose sentence names no place, at the place an earlier sentence of
#: its short paragraph names ("À Damas, … . De violents combats ont éclaté …":
#: geo.extract.paragraph_context): said next to the act, no guess
OPENING_SOURCE = "opening"
#: the place sources of a place inferred from the event's context, not said in its sentence
#: (``geo.extract.event_places.context_place_finder``) or near it (``geo.extract.reference_places``)
INFERRED_SOURCES = frozenset({"reference", OPENING_SOURCE, "paragraph", "lead", "headline", "document"})
#: ... of them, those of the act's context, not a reference point its own sentence names: a
#: sentence naming a place of its own far from such a place tells another act, not more of it
CONTEXT_SOURCES = INFERRED_SOURCES - {REFERENCE_SOURCE}
DATE_FACTORS: dict[str, float] = {"day": 1.0, "relative": 0.9, "inherited": 0.8, "speech": 0.8, "period": 0.75, "publication": 0.7,
                                "undated": 0.6}
TYPE_FACTORS: dict[str, float] = {"lexicon": 1.0, "generic": 0.85, "actor": 0.75, "toll": 0.65}
#: a hint of history in the event's sentence (geo.extract.background_hint)
HINT_FACTORS: dict[str | None, float] = {None: 1.0, NEAR: 0.85, BACKGROUND: 0.6}
#: the most one article's report of an event is trusted
MAX_CONFIDENCE = 0.95
#: the lowest confidence of the high and of the medium band
HIGH, MEDIUM = 0.75, 0.5
#: the bands, surest first ("unknown": an event without a number, e.g. from an older store)
BANDS = ("high", "medium", "low", "unknown")
_RELATIVE_KINDS = frozenset({"relative", "weekday", "anaphoric"})


def date_source(mention: DateMention | None, *, inherited: bool = False, spoken: bool = False) -> str:
    """How an event's date was found: ``"day"``, ``"relative"``, ``"inherited"``, ``"speech"``
    (``spoken``: the mention is the day a source spoke), ``"period"``, ``"publication"`` or
    ``"undated"`` (see the module's table)."""
    if mention is None or mention.date_start is None:
        return "undated"
    if inherited:
        return "inherited"
    if spoken:
        return "speech"
    if mention.kind == PUBLICATION_KIND:
        return "publication"
    if mention.precision != "day":
        return "period"
    return "relative" if mention.kind in _RELATIVE_KINDS else "day"


def event_confidence(place_source: str | None, date_from: str, type_from: str, hint: str | None = None) -> float:
    """The confidence of an event whose place, date and type were found as said, with the
    background ``hint`` of its sentence (the module's table; an unknown way counts as the least
    sure of its row)."""
    value = (PLACE_FACTORS.get(place_source, min(PLACE_FACTORS.values()))
             * DATE_FACTORS.get(date_from, min(DATE_FACTORS.values()))
             * TYPE_FACTORS.get(type_from, min(TYPE_FACTORS.values()))
             * HINT_FACTORS.get(hint, min(HINT_FACTORS.values())))
    return round(min(value, MAX_CONFIDENCE), 3)


def band(confidence: object) -> str:
    """``"high"``, ``"medium"`` or ``"low"`` (``"unknown"`` without a number: None, NaN, a
    missing value of a table)."""
    try:
        value = float(confidence)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "unknown"
    if math.isnan(value):
        return "unknown"
    return "high" if value >= HIGH else "medium" if value >= MEDIUM else "low"
