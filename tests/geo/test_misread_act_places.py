"""Village names a small NER model labels neither a place nor a person (a work of art, a product, a
people) where an act's place stands are tried as villages, as a misread person is
(geo.extract.act_place_names.misread_act_places); so is a name after "the vicinity of" or "the
outskirts of", and one an attack verb hits past who holds it ("pounded rebel-held X")."""

import pytest

from geo.extract.act_place_names import act_place_entities, misread_act_places, struck_before
from geo.extract.nlp import Entity


def _misread(text: str, name: str, label: str) -> list[str]:
    start = text.index(name)
    ents = [Entity(start, start + len(name), label)]
    _, at_act = act_place_entities(text, ents)
    return [text[s:e] for s, e in misread_act_places(text, ents, at_act)]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Jets pounded rebel-held Kafrouma on Monday, killing three people.", "Kafrouma", "WORK_OF_ART"),
    ("Two soldiers died in clashes in the vicinity of Tell Hadya on Sunday.", "Tell Hadya", "PRODUCT"),
    ("A rocket hit a bakery in Maardebseh killed four people.", "Maardebseh", "NORP"),
    ("Fighting flared on the outskirts of Kurnaz, the monitor said.", "Kurnaz", "EVENT"),
])
def test_a_name_of_no_place_label_where_an_act_is_placed_is_tried_as_a_village(text, name, label):
    assert _misread(text, name, label) == [name]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Gunmen attacked Sunni villages near the coast on Monday.", "Sunni", "NORP"),  # a people's name qualifying a noun
    ("Jets struck in Alawite areas on Monday.", "Alawite", "NORP"),
    ("He read Kafrouma in prison.", "Kafrouma", "WORK_OF_ART"),  # no act's place
    ("Rebels shelled Kafrouma on Monday.", "Kafrouma", "DATE"),  # a label never a place's
])
def test_a_peoples_name_qualifying_a_noun_or_a_name_off_an_acts_place_is_not(text, name, label):
    assert _misread(text, name, label) == []


@pytest.mark.parametrize("before", [
    "Warplanes pounded rebel-held ", "Government helicopters bombed the rebel-held ",
    "Les avions ont pilonné ",
])
def test_what_an_attack_hits_past_who_holds_it_is_struck(before):
    assert struck_before(before + "Kafrouma", len(before))


def test_a_village_misread_as_a_person_past_who_holds_it_is_a_place(place_finder):
    text = "Jets pounded rebel-held Taftanaz again on Monday, killing three people in Syria."
    places = {m.text: m.place.country_code for m in place_finder.find(text, "en")}
    assert places.get("Taftanaz") == "SY"


@pytest.mark.parametrize(("text", "name"), [
    ("Troops shelled rebel posts around Kafrouma on Monday.", "Kafrouma"),
    ("The army launched an offensive to retake Kafrouma on Monday.", "Kafrouma"),
    ("Rebels began a push to capture the rebel-held Kafrouma on Monday.", "Kafrouma"),
])
def test_a_person_around_an_act_or_aimed_at_by_one_stands_where_an_acts_place_does(text, name):
    start = text.index(name)
    _, at_act = act_place_entities(text, [Entity(start, start + len(name), "PERSON")])
    assert at_act == {(start, start + len(name))}
