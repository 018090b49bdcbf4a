"""Protests told with a verb ("ont manifesté", "se sont rassemblées", "rallied") are protests
(geo.extract.event_types); an act named with a demonstrative ("cette attaque", "this attack")
refers back to one already told and is no new event, and so does one opening a sentence with
what it came with ("The bombardment came as …": geo.extract.back_references), and one named
with "that" after a preposition ("killed in that attack").  Sentences
of our own, in French and English."""


import pytest


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, des milliers de personnes se sont rassemblées à Homs."),
    ("fr", "Vendredi, des opposants ont manifesté à Homs."),
    ("en", "On Friday, thousands rallied in Homs."),
])
def test_a_protest_told_with_a_verb_is_a_protest(told_events):
    assert [(e.event_type, e.place.name) for e in told_events] == [("Protests", "Homs")]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, des rebelles ont bombardé Homs.\n\nLundi, Paris et Washington ont dénoncé cette attaque."),
    ("en", "On Friday, rebels shelled the city of Homs.\n\nOn Monday, Paris and Washington condemned this attack."),
])
def test_an_act_named_with_a_demonstrative_is_no_new_event(told_events):
    assert [e.place.name for e in told_events] == ["Homs"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday, rebels shelled the city of Homs.\n\n"
           "The bombardment came as a new round of peace talks opened in Astana on Friday."),
    ("fr", "Vendredi, des rebelles ont bombardé la ville de Homs.\n\n"
           "Le bombardement intervient alors qu'un nouveau cycle de pourparlers s'ouvrait vendredi à Astana."),
])
def test_an_act_opening_a_sentence_with_what_it_came_with_is_no_new_event(told_events):
    """"The bombardment came as talks opened in Astana": the act already told, not one in Astana."""
    assert [e.place.name for e in told_events] == ["Homs"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An air strike on a prison in the town of Saraqib killed 18 jihadists on Tuesday, the monitor said. "
           "On Wednesday the Observatory reported that at least five militants had been killed in that attack."),
    ("fr", "Une frappe aérienne sur une prison de la ville de Saraqeb a tué 18 jihadistes mardi, selon l'OSDH. "
           "Mercredi, l'OSDH avait fait état d'au moins cinq combattants tués dans cette attaque."),
])
def test_an_act_named_with_that_after_a_preposition_is_no_new_event(told_events):
    """"killed in that attack": the act told already, its earlier toll a part of the whole."""
    assert [(e.place.name, e.fatalities) for e in told_events] == [("Saraqib", 18)]
