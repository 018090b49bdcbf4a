"""A toll told over several places at once is a summary, no one act's: "85 civilians were killed
on the city of Aleppo and its surrounding towns and villages", "in several neighbourhoods",
"dans plusieurs localités", "à Alep et ses environs", "a bombardé plusieurs quartiers".

GUIDELINES: a toll is the number killed in *that* event (one act, one place, one day); a toll
"across the country" is not one event's, and a vague "several villages" adds no place.  A city
named with its surrounding towns, or an unnamed plurality of places, is the same kind of sum:
the acts it adds up are told apart, if at all, by the sentences that name their places.  Only
plural places count ("its suburbs", "ses environs"): "Aleppo and its countryside" names one
area, whose toll may be one act's; so do the parts of one named city ("plusieurs quartiers d'Alep",
"several districts of Aleppo": :data:`PARTS_OF_A_CITY_RE`), the city named the act's place.  The places must be the toll's: named at most
:data:`SUMMARY_CHARS` after it (or before it) with no clause between ("left 11 people dead on
Friday with reports of clashes in several neighbourhoods" is one act's toll).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.act_lexicon import FR_PARTICIPLE, attack_verb_pattern

__all__ = ["INCLUDED_PLACE_BEFORE_RE", "OTHER_PLACES_RE", "PARTS_OF_A_CITY_RE", "PLURAL_PLACE_NOUNS", "SEVERAL_PLACES_RE", "SUMMARY_CHARS", "at_other_places_only",
           "over_several_places"]

_PLURAL_PLACES = (r"(?:towns|villages|suburbs|neighbou?rhoods|districts|areas|localities|cities|hamlets|"
                  r"environs|outskirts)")
_PLURAL_PLACES_FR = r"(?:environs|alentours|banlieues|villages|localités|quartiers|faubourgs|villes)"
#: plural nouns of places, English or French ("towns", "localités")
PLURAL_PLACE_NOUNS = rf"(?:{_PLURAL_PLACES}|{_PLURAL_PLACES_FR})"
#: a place named as one of several places ("dans plusieurs villes, dont Idleb", "plusieurs localités,
#: notamment Saraqeb", "in several towns, including Binnish"): located where they are (and a place,
#: whatever NER reads it as: geo.extract.place_spans)
INCLUDED_PLACE_BEFORE_RE = re.compile(rf"\b{PLURAL_PLACE_NOUNS}(?:\s+[\w'’-]+){{0,4}}?\s*,?\s*(?:dont|notamment|en\s+particulier|"
                                      r"comme|parmi\s+lesquelles|including|such\s+as|among\s+them)\s*$", re.I)
#: "plusieurs", "de nombreux": places left unnamed, in French
_SEVERAL_FR = r"plusieurs|divers|diverses|différents|différentes|de nombreux|de nombreuses"
#: the verbs of an attack whose object is the places hit
_STRUCK = attack_verb_pattern("en+fr", ("past", *FR_PARTICIPLE, "ent", "ait", "aient"))
#: a place named with its surroundings, or several places left unnamed
SEVERAL_PLACES_RE = re.compile(
    rf"\band (?:its|their) (?:(?:surrounding|nearby|neighbou?ring|adjacent)\s+)?{_PLURAL_PLACES}\b|"
    rf"\b(?:in|on|across|at|over|throughout) (?:several|various|a number of|multiple|many|different|numerous) "
    rf"(?:(?:\w+\s+)?){_PLURAL_PLACES}\b|"
    rf"\bet (?:ses|leurs) (?:(?:\w+\s+)?){_PLURAL_PLACES_FR}\b|"
    rf"\b(?:dans|sur|à travers) (?:{_SEVERAL_FR}) "
    rf"(?:(?:\w+\s+)?){_PLURAL_PLACES_FR}\b|"
    # ... or as what an attack hits: "a bombardé dimanche plusieurs quartiers", "shelled several villages"
    rf"\b(?:{_STRUCK}) (?:\w+\s+)?(?:{_SEVERAL_FR}|"
    rf"several|various|a number of|multiple|many|numerous) (?:[\w-]+\s+)?(?:{_PLURAL_PLACES_FR}|{_PLURAL_PLACES})\b",
    re.I,
)


#: what follows several quarters (:data:`_CITY_PARTS`) that makes them the parts of one named city: "(plusieurs) quartiers
#: (rebelles) d'Alep", "(several) districts of Aleppo", "quartiers de la ville de Homs" (unnamed, "plusieurs
#: quartiers de la ville" stays a summary)
PARTS_OF_A_CITY_RE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:de\s+la\s+ville\s+(?:de\s+|d['’]\s*)|of\s+the\s+city\s+of\s+|de\s+|d['’]\s*|of\s+)(?=[A-Z])")
#: the parts of a city PARTS_OF_A_CITY_RE may follow
_CITY_PARTS = ("quartiers", "districts", "neighbourhoods", "neighborhoods")
#: the most characters between a toll and the several places it is told over
SUMMARY_CHARS = 120
#: what starts another clause between a toll and the places
_CLAUSE_RE = re.compile(r"[;:()]|\b(?:with|amid|while|as|after|before|when|where|avec|alors|tandis|lors|après|"
                        r"avant|quand|où)\b", re.I)


def over_several_places(sentence: str, start: int, end: int) -> bool:
    """Whether the toll written at ``start``–``end`` is told over several places at once (see the
    module)."""
    for m in SEVERAL_PLACES_RE.finditer(sentence):
        if m.group(0).lower().endswith(_CITY_PARTS) and PARTS_OF_A_CITY_RE.match(sentence, m.end()):
            continue  # the parts of one city: its act's toll
        between = sentence[end:m.start()] if m.start() >= end else sentence[m.end():start]
        if len(between) <= SUMMARY_CHARS and _CLAUSE_RE.search(between) is None:
            return True
    return False


#: an attack told only as hitting other places, unnamed: "bombardment also hit other areas of X",
#: "shelled other parts of the province", "a aussi frappé d'autres quartiers de la ville"
OTHER_PLACES_RE = re.compile(
    rf"\b(?:{_STRUCK}) (?:\w+\s+)?(?:other|d['’]autres) (?:[\w-]+\s+)?{PLURAL_PLACE_NOUNS}\b", re.I)
#: the word OTHER_PLACES_RE cannot match without, cheap to look for (its verbs, a long alternation, are
#: tried only where it is: the same sentences, found faster)
_OTHER_CUE_RE = re.compile(r"other|autres", re.I)


def at_other_places_only(sentence: str, place_starts: Sequence[int] = (), toll: bool = False) -> bool:
    """Whether the sentence tells an attack only as hitting other places it leaves unnamed
    (:data:`OTHER_PLACES_RE`): no place named before that phrase (``place_starts``: where the
    sentence's place mentions start in it) and no dead counted (``toll``).  GUIDELINES: a vague
    "several villages" adds nothing; the acts at the places told apart are the events, and "other
    areas of X" is not one more act at X.  An act of a place of its own told first ("Strikes killed
    five in X, and also hit other areas") stays an act."""
    if toll or _OTHER_CUE_RE.search(sentence) is None:
        return False
    m = OTHER_PLACES_RE.search(sentence)
    return m is not None and all(start >= m.start() for start in place_starts)
