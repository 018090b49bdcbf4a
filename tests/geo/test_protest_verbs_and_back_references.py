"""Protests told with a verb ("ont manifesté", "se sont rassemblées", "rallied") are protests
(geo.extract.event_types); an act named with a demonstrative ("cette attaque", "this attack")
refers back to one already told and is no new event (geo.extract.back_references).  Sentences
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
