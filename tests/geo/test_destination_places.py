"""A place named as where something goes ("after delivering aid to X", "se dirigeait vers X")
comes after the place the act is at (geo.extract.event_places); "close to X" still locates.
Sentences of our own, in English and French."""

import pytest

from geo.extract.event_places import event_places_of
from geo.extract.sentences import split_sentences


def _places(place_finder, text: str, lang: str) -> list:
    return event_places_of(text, split_sentences(text)[0], place_finder.find(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A cargo helicopter was shot down over the weekend in Idlib province after delivering flour to Aleppo."),
    ("fr", "Un hélicoptère a été abattu dans la province d'Idleb alors qu'il se dirigeait vers Alep."),
])
def test_a_place_something_goes_to_comes_after_the_place_of_the_act(place_finder, lang, text):
    assert [m.place.admin1 for m in _places(place_finder, text, lang)] == ["Idlib Governorate", "Aleppo Governorate"]


def test_a_place_close_to_another_is_no_destination(place_finder):
    text = "Shells fell in Idlib province and close to Aleppo."
    assert _places(place_finder, text, "en")[0].place.name == "Aleppo"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A car bomb exploded on Saturday at a transit point as evacuees waited to continue their journey to "
           "Aleppo, Latakia or Damascus."),
    ("en", "A car bomb exploded on Saturday at a transit point as evacuees waited to continue their journey to "
           "Aleppo, the coastal province of Latakia or Damascus."),
    ("fr", "Une voiture piégée a explosé samedi à un point de transit alors que les évacués attendaient de "
           "poursuivre leur route vers Alep, Lattaquié ou Damas."),
])
def test_the_later_items_of_a_list_of_destinations_are_destinations_too(place_finder, lang, text):
    # no place the act is at: the first destination named, not a later one more precise
    assert _places(place_finder, text, lang)[0].place.name == "Aleppo"


def test_a_place_hit_after_a_destination_is_no_destination(place_finder):
    text = "Shells killed two people on a bus heading to Aleppo, as rockets hit Homs."
    assert _places(place_finder, text, "en")[0].place.name == "Homs"
