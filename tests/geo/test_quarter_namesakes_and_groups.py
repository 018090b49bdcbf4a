"""A city quarter and a people are no far-off town (texts of our own, English and French):

* a name the text calls a neighbourhood (or a district, read as a small place), read as a place far
  from the city it is a quarter of and no larger, is a namesake: no event place (geo.extract.named_quarters); its act is the city's;
* a word NER reads as a people, a faith or a party ("Shiite residents") is no village whose name
  folds alike (geo.extract.places.GROUP_LABELS);
* a small place the text calls its country's ("the Syrian town of X") is no namesake of a country
  the sentence names too (nor of a continent, "in Europe", or of a town's country, "in Sochi Russia"), and what a place is rich in ("the oil-rich X province") stands between a
  locative and the place (geo.extract.event_places);
* a town the text puts near a much larger city abroad ("X a town near Y") is the city's namesake
  (geo.extract.place_neighbours).
"""

from datetime import date

import pytest

from geo.articles.model import Article
from geo.extract.events import extract_events
from geo.extract.named_quarters import without_named_quarters
from geo.pipeline import Analyser

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


@pytest.mark.parametrize(("district", "kept"), [("Al Mallah", False), ("Manbij", True)])
def test_a_district_read_as_a_far_village_is_a_namesake_but_a_towns_stays(place_finder, district, kept):
    text = ("Offensive in Aleppo\n\nRegime forces advanced in Aleppo on Tuesday. Fighters also clashed with militants "
            f"in the {district} district, killing nine.")
    mentions = place_finder.find(text, "en")
    assert any(m.text == district for m in mentions)
    assert (without_named_quarters(text, mentions) == mentions) is kept


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


@pytest.fixture(scope="module")
def analyser(place_finder):
    return Analyser(place_finder.gazetteer)


def _places(analyser, text, lang):
    article = Article(url="https://example.org/a", title="", text=text, lang=lang, published=date(2017, 4, 16))
    return [e.place.name if e.place else None for e in analyser.analyse(article).events if e.reported]


#: the act's place, found where (geo.extract.event_places): a small place the gazetteer scan alone finds,
#: which the text calls its country's, beside another country the act's sentence names
#: (_called_its_countrys); past what a place is rich in, between the locative and the place (_MODIFIER_RE)
OWN_PLACES = [
    ("en", "Clashes\n\nAfter losses in Afghanistan ten fighters were killed on Saturday in clashes in the Syrian "
           "northern town of Maarat al-Numan, a Kurdish agency said.", "Ma‘arrat an Nu‘mān"),
    ("fr", "Combats\n\nAprès des pertes en Afghanistan, dix combattants ont été tués samedi dans la ville syrienne "
           "de Khan Sheikhoun, selon une agence kurde.", "Khān Shaykhūn"),
    ("en", "Jets strike\n\nRussian jets killed at least 30 civilians fleeing fighting in the oil-rich Deir ez-Zor "
           "province on Saturday, activists said.", "Deir ez-Zor Governorate"),
    ("fr", "Frappes\n\nDes frappes ont tué samedi 30 civils qui fuyaient les combats dans la riche province "
           "pétrolière de Deir ez-Zor, selon des militants.", "Deir ez-Zor Governorate"),
]


#: a place the gazetteer scan alone finds is no namesake abroad beside a continent ("in Europe" names no
#: country of the act's) or a country that qualifies another town ("in Sochi Russia")
NO_COUNTRY_OF_THE_ACT = [
    "Aleppo strikes\n\nAt least 12 civilians were killed in Syria on Monday. The aftermath of an airstrike in the "
    "Ferdous neighbourhood of east Aleppo on Sunday [Photo] Speaking on Sunday the minister said he had seen no "
    "appetite from anyone in Europe to go to war.",
    "Rebels attack in Syria\n\nRebels in Aleppo attack Putin cautious on new raids AFP Friday President Vladimir "
    "Putin attends a meeting of the Valdai Club in Sochi Russia Thursday (Photo AP)",
]


@pytest.mark.parametrize("text", NO_COUNTRY_OF_THE_ACT)
def test_a_continent_or_a_towns_country_locates_the_act_in_no_country(analyser, text):
    assert _places(analyser, text, "en")[-1] == "Aleppo"


@pytest.mark.parametrize(("lang", "text", "place"), OWN_PLACES)
def test_the_acts_own_place_is_read_past_its_country_and_riches(analyser, lang, text, place):
    assert _places(analyser, text, lang) == [place]


#: a town the text puts near a much larger city of another country than the gazetteer's best reading
#: is that city's namesake (geo.extract.place_neighbours: "X a town near Y", "X, une ville près de Y")
NEAR_A_CITY = {
    "en": ["Evacuation\n\nMore than 2000 people were granted safe passage out of Madaya a town near Damascus "
           "besieged by government forces.",
           "Evacuation\n\nMore than 2000 people left Madaya, a town near Damascus besieged by government forces."],
    "fr": ["Evacuation\n\nPlus de 2000 personnes ont pu quitter Madaya une ville près de Damas assiégée par les "
           "forces gouvernementales.",
           "Evacuation\n\nPlus de 2000 personnes ont pu quitter Madaya, une ville près de Damas assiégée par les "
           "forces gouvernementales."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in NEAR_A_CITY.items() for t in ts])
def test_a_town_near_a_city_is_that_citys_namesake(place_finder, lang, text):
    mentions = place_finder.find(text, lang)
    assert {m.place.country_code for m in mentions} == {"SY"}
    assert any(m.text == "Madaya" for m in mentions)
