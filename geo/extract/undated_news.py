"""An undated news sentence that counts the dead of an act at a place of its own is reported on
the day of publication: "Eight civilians were killed when warplanes struck the village of X",
"Huit civils ont été tués dans un raid aérien sur le village de X".

News agencies write the day of an act once, or not at all ("on Monday" in the lead, the rest
undated), and a coder dates an undated report by its publication.  The extractor keeps its
caution for undated sentences in general (an undated "government forces shelled the city" may
be commentary, and is not an event unless it continues one); a sentence with an act, a toll
above zero and its own place is the report of one act, and is dated by the article.  Its date
counts as undated for the confidence (:mod:`geo.extract.confidence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from geo.extract.dates import DateMention
from geo.extract.numbers import Fatalities

#: the kind of the date given to an undated news sentence (a DateMention kind of its own)
PUBLICATION_KIND = "publication"


def publication_date(published: date | None, fatalities: Sequence[Fatalities], *, placed: bool) -> DateMention | None:
    """The publication day as the date of an undated sentence telling a toll at a place of its
    own; None when it has no toll above zero, no place, or the article no publication date."""
    if published is None or not placed or not any(f.count > 0 for f in fatalities):
        return None
    return DateMention(0, 0, "", published, published, "day", PUBLICATION_KIND)
