"""A toll told over several places at once is a summary, no one act's: "85 civilians were killed
on the city of Aleppo and its surrounding towns and villages", "in several neighbourhoods",
"dans plusieurs localités", "à Alep et ses environs".

GUIDELINES: a toll is the number killed in *that* event (one act, one place, one day); a toll
"across the country" is not one event's, and a vague "several villages" adds no place.  A city
named with its surrounding towns, or an unnamed plurality of places, is the same kind of sum:
the acts it adds up are told apart, if at all, by the sentences that name their places.  Only
plural places count ("its suburbs", "ses environs"): "Aleppo and its countryside" names one
area, whose toll may be one act's.
"""

from __future__ import annotations

import re

__all__ = ["SEVERAL_PLACES_RE", "over_several_places"]

_PLURAL_PLACES = (r"(?:towns|villages|suburbs|neighbou?rhoods|districts|areas|localities|cities|hamlets|"
                  r"environs|outskirts)")
_PLURAL_PLACES_FR = r"(?:environs|alentours|banlieues|villages|localités|quartiers|faubourgs|villes)"
#: a place named with its surroundings, or several places left unnamed
SEVERAL_PLACES_RE = re.compile(
    rf"\band (?:its|their) (?:(?:surrounding|nearby|neighbou?ring|adjacent)\s+)?{_PLURAL_PLACES}\b|"
    rf"\b(?:in|on|across|at|over|throughout) (?:several|various|a number of|multiple|many|different|numerous) "
    rf"(?:(?:\w+\s+)?){_PLURAL_PLACES}\b|"
    rf"\bet (?:ses|leurs) (?:(?:\w+\s+)?){_PLURAL_PLACES_FR}\b|"
    rf"\b(?:dans|sur|à travers) (?:plusieurs|divers|diverses|différents|différentes|de nombreux|de nombreuses) "
    rf"(?:(?:\w+\s+)?){_PLURAL_PLACES_FR}\b",
    re.I,
)


def over_several_places(sentence: str) -> bool:
    """Whether the sentence tells its toll over several places at once (see the module)."""
    return SEVERAL_PLACES_RE.search(sentence) is not None
