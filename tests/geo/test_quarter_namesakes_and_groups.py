"""A city quarter and a people are no far-off town (texts of our own, English and French):

* a name the text calls a neighbourhood, read as a place far from the city it is a quarter of and
  no larger, is a namesake: no event place (geo.extract.named_quarters); its act is the city's;
* a word NER reads as a people, a faith or a party ("Shiite residents") is no village whose name
  folds alike (geo.extract.places.GROUP_LABELS).
"""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.named_quarters import without_named_quarters

TUESDAY = date(2016, 8, 16)

QUARTERS = {
    "en": [("Mortars hit Damascus\n\nMortar shells struck Damascus on Tuesday. Rebels fired the shells on the "
            "southern neighbourhood of Midan, killing four civilians, state media said.", "Damascus Governorate"),
           ("Shelling in Aleppo\n\nRebels shelled Aleppo on Tuesday. A police source said rebels targeted "
            "al-Sulaymaniyah neighbourhood with rocket shells, killing three people.", "Aleppo Governorate")],
    "fr": [("Obus sur Damas\n\nDes obus de mortier sont tombés mardi sur Damas. Les rebelles ont tiré sur le "
            "quartier de Midan, tuant quatre civils, selon les médias d'Etat.", "Damascus Governorate")],
}


@pytest.mark.parametrize(("lang", "case"), [(lang, case) for lang, cases in QUARTERS.items() for case in cases])
def test_a_quarter_read_as_a_far_town_is_no_event_place(place_finder, lang, case):
    text, governorate = case
    mentions = place_finder.find(text, lang)
    far = [m for m in mentions if m.place.admin1 != governorate and m.place.precision == "point"]
    assert far  # the gazetteer reads the quarter's name as a town elsewhere
    kept = without_named_quarters(text, mentions)
    assert not any(m in kept for m in far)
    events = extract_events(text, lang, TUESDAY, kept)
    assert events and all(e.place.admin1 == governorate for e in events)


def test_a_city_whose_neighbourhood_is_named_stays_beside_a_far_city(place_finder):
    text = ("Shelling\n\nShells hit the Homs neighbourhood of al-Waer on Wednesday, killing three civilians. "
            "Mortars also fell on Damascus.")
    mentions = place_finder.find(text, "en")
    assert {m.text for m in mentions} >= {"Homs", "Damascus"}
    assert without_named_quarters(text, mentions) == mentions


def test_a_quarter_near_its_city_stays(place_finder):
    text = "Clashes\n\nClashes broke out in Damascus on Tuesday in the Yarmouk neighbourhood, killing five fighters."
    mentions = place_finder.find(text, "en")
    assert any(m.text == "Yarmouk" for m in mentions)
    assert without_named_quarters(text, mentions) == mentions


GROUPS = [
    "Convoy bombed near Aleppo\n\nA bomb hit a convoy of buses outside Aleppo on Saturday. Rescue workers said they "
    "took away 100 bodies from the site of the blast which hit buses carrying Shiite residents as they waited.",
    "Rebels in northern Aleppo province were threatening to strike two Shiite villages they have surrounded.",
]


@pytest.mark.parametrize("text", GROUPS)
def test_a_faith_is_no_village_whose_name_folds_alike(place_finder, text):
    mentions = place_finder.find(text, "en")
    assert [m.text for m in mentions] and all(m.text.startswith("Aleppo") for m in mentions)
