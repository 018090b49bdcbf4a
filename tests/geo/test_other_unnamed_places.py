"""An attack told only as hitting other places it leaves unnamed ("also hit other areas of X",
"a aussi frappé d'autres quartiers") is no act of a place of its own (GUIDELINES: a vague
"several villages" adds nothing), and an undated "hit" set in the past by a past progressive
beside it is an act of the day (geo.extract.several_places; the past progressive in
tests/geo/test_same_day.py).  Sentences of our own, in English and French."""

from geo.extract.several_places import at_other_places_only
from tests.geo.reported_events import text_events

#: attacks told only at other places left unnamed
AT_OTHER_PLACES = [
    "The monitor said government bombardment on Friday also hit other areas of the enclave.",
    "Jets also struck other villages in the province.",
    "Rebels shelled other government-held neighbourhoods.",
    "L'aviation a aussi frappé d'autres quartiers de la ville.",
    "Des obus ont touché d'autres localités de la province.",
]
#: named places, or "other" of no place
AT_NAMED_PLACES = ["Jets bombed Douma and other towns.", "Shells hit the other side of the river.",
                   "L'armée a bombardé Douma et Harasta."]


def test_an_attack_at_other_unnamed_places():
    assert [s for s in AT_OTHER_PLACES if not at_other_places_only(s)] == []
    assert [s for s in AT_NAMED_PLACES if at_other_places_only(s)] == []


#: an act at a named place, then the same bombardment at other areas left unnamed
TEXTS = [
    ("en", "Government shelling killed five people in Douma on Friday, a monitor said. Residents fled to shelters. "
           "The monitor said government bombardment on Friday also hit other areas of the enclave."),
    ("fr", "Des bombardements du régime ont tué cinq personnes vendredi à Douma, selon une ONG. "
           "L'aviation a aussi frappé d'autres quartiers de l'enclave, selon la même source."),
]


def test_other_unnamed_areas_add_no_event(place_finder):
    found = {lang: [(e.place.name, e.fatalities) for e in text_events(place_finder, text, lang) if e.reported]
             for lang, text in TEXTS}
    assert found == {"en": [("Dūmā", 5)], "fr": [("Dūmā", 5)]}


#: an act at a place of its own told first, or with its dead, then other areas left unnamed: the act stays
KEPT = [
    ("en", "Air strikes killed four civilians in Saraqeb on Monday, while shelling also hit other areas of the province."),
    ("en", "Warplanes bombed Saraqeb on Monday and also struck other villages in the province."),
    ("fr", "Des frappes ont tué quatre civils lundi à Saraqeb et ont aussi frappé d'autres quartiers de la ville."),
]


def test_an_act_of_its_own_before_other_unnamed_places_stays(place_finder):
    found = [[e.place.name for e in text_events(place_finder, text, lang) if e.reported] for lang, text in KEPT]
    assert found == [["Saraqib"]] * 3


def test_other_unnamed_places_with_dead_or_after_a_named_place_are_an_act():
    sentence = "Shelling also hit other areas of the enclave, killing three people."
    assert at_other_places_only(sentence) and not at_other_places_only(sentence, toll=True)
    named = "Near Saraqeb, jets struck other villages in the province."
    assert at_other_places_only(named) and not at_other_places_only(named, place_starts=[named.index("Saraqeb")])
