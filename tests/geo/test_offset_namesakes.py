"""A place abroad the text puts at a distance or direction from a place of another country is a
namesake: the act is near that reference ("sur la route du Castello, au nord d'Alep", "the Castello
road, north of Aleppo"; geo.extract.lone_namesakes.offset_namesakes).  Sentences of our own."""

import pytest

from geo.extract.lone_namesakes import offset_namesakes
from tests.geo.reported_events import reported_events


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des combats ont opposé jeudi rebelles et soldats sur la route du Castello, au nord d'Alep."),
    ("en", "Rebels and soldiers clashed on Thursday along the Castello road, north of Aleppo."),
    ("en", "Rebels and soldiers clashed on Thursday near Castello, 10 km north of Aleppo."),
])
def test_a_namesake_abroad_told_from_a_home_reference_gives_way_to_it(place_finder, lang, text):
    (event,) = reported_events(place_finder, text, lang)
    assert event.place.country_code == "SY"


def test_a_place_told_from_a_reference_of_its_own_country_is_kept(place_finder):
    text = "Des combats ont opposé jeudi rebelles et soldats à Azaz, au nord d'Alep."
    assert offset_namesakes(text, place_finder.find(text, "fr")) == frozenset()
