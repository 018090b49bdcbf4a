"""French news sets the day of an act, or an adverb, between the verb and its object ("les raids
ont tué dimanche 20 civils", "des frappes ont visé jeudi Al-Bab", "ont tué par ailleurs 12
soldats") and tells deaths as what an act caused ("a causé la mort de 12 personnes"); a place
qualified by the country or area after it is read inside it ("Tripoli, dans le nord du Liban",
"Tripoli, in northern Lebanon").  On sentences of our own, in French and, where the rule is
shared, in English."""

from __future__ import annotations

import pytest

from geo.extract.numbers import find_fatalities


@pytest.mark.parametrize(("sentence", "toll"), [
    ("Les raids ont tué dimanche au moins 20 civils dans la ville.", 20),
    ("Un attentat a tué mardi matin huit personnes à Homs.", 8),
    ("L'EI a exécuté jeudi douze hommes à Deir Ezzor.", 12),
    ("Les rebelles ont tué par ailleurs 12 soldats près du barrage.", 12),
    ("Les frappes ont tué samedi soir 12 soldats et 3 rebelles.", 15),
    ("Cet attentat a causé la mort de 12 personnes.", 12),
    ("Les raids ont provoqué la mort de dix civils et blessé vingt autres.", 10),
    ("Un obus a provoqué jeudi la mort d'un enfant.", 1),
    ("Le raid a entraîné la mort d'une femme.", 1),
])
def test_a_french_toll_with_the_day_between_verb_and_object_or_told_as_a_death_caused(sentence, toll):
    assert sum(f.count for f in find_fatalities(sentence, "fr")) == toll


@pytest.mark.parametrize("sentence", [
    "Les frappes ont tué le 3 mars 2016 des civils.",  # a date is no toll, whatever stands around it
    "Les raids ont tué jeudi des dizaines de civils.",  # dozens are no number
    "L'attentat a causé la mort de plusieurs personnes.",
])
def test_no_french_toll_from_a_date_or_an_uncounted_death(sentence):
    assert find_fatalities(sentence, "fr") == []


def test_the_english_toll_order_reads_as_before():
    assert [f.count for f in find_fatalities("The strikes killed 12 people on Monday in Aleppo.", "en")] == [12]


def places(events):
    """Each event's place, its country and whether the sentence itself names it."""
    return [(e.place.name, e.place.country_code, e.place_source) for e in events if e.place is not None]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des frappes ont visé jeudi Al-Bab, dans la province d'Alep."),
    ("fr", "Des frappes ont touché jeudi soir Al-Bab."),
    ("fr", "Des raids ont ciblé vendredi Al-Bab, selon l'OSDH."),
])
def test_the_place_an_attack_hits_past_the_day_set_before_it_is_the_event_place(told_events):
    assert places(told_events) == [("Al Bāb", "SY", "sentence")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fighting broke out on Thursday in Tripoli, in northern Lebanon, between supporters and opponents "
           "of the Syrian regime."),
    ("fr", "Des combats ont éclaté jeudi à Tripoli, dans le nord du Liban, entre deux milices."),
    ("fr", "Des combats ont éclaté jeudi à Tripoli (nord du Liban)."),
])
def test_a_place_qualified_by_the_country_after_it_lies_in_that_country(told_events):
    assert places(told_events) == [("Tripoli", "LB", "sentence")]
