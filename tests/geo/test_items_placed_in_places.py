"""A list of things hit, each placed in its own town or governorate ("an army checkpoint in A, two
villages in B and houses in C", scraped with or without its commas) is one act per place
(geo.extract.place_lists); a clause after the first place is no such item ("… in A, and rebels who
attacked troops in B were repelled" stays the clause's own act, "… in A and troops advanced in B"
no act at B).  Sentences of our own, in English and French."""

import pytest

from tests.geo.reported_events import reported_events

IDLIB, LATAKIA, DARAA = "Idlib", "Latakia", "Dar‘ā"


def _places(place_finder, text, lang):
    return [e.place.name for e in reported_events(place_finder, f"Shelling in Syria\n{text}", lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday, militants shelled an army checkpoint in Idlib, two villages in Latakia and houses in "
           "Daraa, the ministry said."),
    ("en", "On Monday militants shelled an army checkpoint in Idlib two villages in Latakia and houses in Daraa "
           "the ministry said."),
    ("fr", "Lundi, les rebelles ont bombardé un barrage militaire à Idleb, deux villages à Lattaquié et des "
           "maisons à Deraa, selon le ministère."),
])
def test_each_item_placed_in_its_own_place_is_an_act_there(place_finder, lang, text):
    assert _places(place_finder, text, lang) == [IDLIB, LATAKIA, DARAA]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday, jets bombed a market in Idlib and government troops advanced in Hama."),
    ("fr", "Lundi, l'aviation a bombardé un marché à Idleb, tandis que des soldats progressaient à Hama."),
])
def test_a_clause_after_the_first_place_is_no_item(place_finder, lang, text):
    assert _places(place_finder, text, lang) == [IDLIB]


def test_items_in_one_governorate_placed_in_its_countryside_are_no_list_of_it(place_finder):
    text = "On Monday, jets struck a school in Atarib and a bakery in the Aleppo countryside, activists said."
    assert "Aleppo" not in _places(place_finder, text, "en")
