"""An act at a place the gazetteer lacks, named alone under a place noun ("the village of X", "the X
neighbourhood", "le quartier de X"), is an act of its own at the most precise place the text
supports (geo.extract.unlisted_places).  Sentences of our own, in English and French; none of the
names below is in the gazetteer (GeoNames cities500 lacks most villages and city quarters)."""

import pytest

from geo.extract.unlisted_places import unlisted_place
from tests.geo.reported_events import reported_events


def _name(sentence: str, said=()) -> str | None:
    found = unlisted_place(sentence, 0, len(sentence), said)
    return found.name if found is not None else None


@pytest.mark.parametrize(("sentence", "name"), [
    ("Jets bombed the village of Hazzano in rural Idlib.", "Hazzano"),
    ("A suicide bomber struck near the Zardana refugee camp on Monday.", "Zardana"),
    ("Shells hit the Sukkari neighbourhood of Aleppo.", "Sukkari"),
    ("Shells hit the Kurdish town of Jourat al-Shayah.", "Jourat al-Shayah"),
    ("L'aviation a bombardé le village de Hazzano près d'Idleb.", "Hazzano"),
    ("Des obus sont tombés sur le quartier de Soukkari à Alep.", "Soukkari"),
    # a French apposition, with a part of the city in brackets or not
    ("Des combats ont éclaté à Soukkari, un quartier du sud d'Alep.", "Soukkari"),
    ("Des hommes ont été arrêtés à Ansari (nord), quartier huppé de la ville.", "Ansari"),
    # a facility named after a place: an airport, a base, a dam, a crossing
    ("Un kamikaze s'est fait exploser à l'entrée de l'aéroport militaire de Mennagh.", "Mennagh"),
    ("Des jihadistes ont attaqué la base aérienne de Tayyas.", "Tayyas"),
    ("Des frappes ont visé des positions près du barrage de Techrine.", "Techrine"),
    ("A car bomb exploded at the Bab al-Salameh crossing on Sunday.", "Bab al-Salameh"),
    ("Jihadists attacked the Tayyas air base on Tuesday.", "Tayyas"),
    # an adjective of a country or a community, a head alone, a month are no names
    ("Shells hit the Syrian town on Monday.", None),
    ("Shells hit Kurdish neighbourhoods of the city.", None),
    ("Jets bombed the village of Kafr on Monday.", None),
    ("Jets bombed the town in August.", None),
    # a force's position, a place left: not where the act is
    ("Shells fired by rebels positioned in the Hazzano neighbourhood hit the city.", None),
    ("Families fled from the village of Hazzano.", None),
])
def test_a_place_named_alone_under_a_place_noun(sentence, name):
    assert _name(sentence) == name


def test_a_name_the_gazetteer_knows_is_left_to_the_places(place_finder):
    sentence = "Jets bombed the town of Saraqib in Idlib province."
    assert _name(sentence, place_finder.find(sentence, "en")) is None


def _acts(events):
    return sorted((e.part, e.place.name, e.place_precision, e.fatalities) for e in events)


#: per language: two acts on one day in two quarters of one city; one act at a village of a province
_TEXTS = {
    "en": ("On Thursday air strikes on the Sukkari neighbourhood of Aleppo killed seven civilians. "
           "Barrel bombs hit the Ansari neighbourhood, killing five people.",
           "On Thursday warplanes struck the village of Hazzano in Idlib province, killing four civilians."),
    "fr": ("Jeudi, des frappes aériennes sur le quartier de Soukkari à Alep ont tué sept civils. "
           "Des barils d'explosifs ont touché le quartier d'Ansari, faisant cinq morts.",
           "Jeudi, des avions ont frappé le village de Hazzano dans la province d'Idleb, tuant quatre civils."),
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_two_acts_at_two_unlisted_quarters_of_one_city_stay_two_events(place_finder, lang):
    # one day, one city, one kind of act: two events, each with its own dead, at the city
    events = reported_events(place_finder, _TEXTS[lang][0], lang)
    sukkari = "Sukkari" if lang == "en" else "Soukkari"
    assert _acts(events) == sorted([("Ansari", "Ansari (Aleppo)", "point", 5),
                                    (sukkari, f"{sukkari} (Aleppo)", "point", 7)])
    assert {e.date_start.isoformat() for e in events} == {"2016-09-22"}
    assert {e.place_source for e in events if e.part == sukkari} == {"part"}  # placed by its sentence's city


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_an_act_at_an_unlisted_village_of_a_province_is_at_the_province(place_finder, lang):
    (event,) = reported_events(place_finder, _TEXTS[lang][1], lang)
    assert (event.part, event.place_precision, event.place.admin1) == ("Hazzano", "admin1", "Idlib Governorate")
    assert event.place_source == "part" and event.confidence < 1.0  # inferred: lower than the act's own place


def test_a_known_place_of_the_act_wins_over_an_unlisted_name_elsewhere(place_finder):
    text = "On Thursday warplanes struck Saraqib, killing four people who had fled the village of Hazzano."
    (event,) = reported_events(place_finder, text, "en")
    assert (event.part, event.place.name, event.place_source) == (None, "Saraqib", "sentence")


def test_a_retelling_at_the_same_unlisted_place_is_one_event(place_finder):
    text = ("On Thursday a suicide bomber killed 15 people near the Zardana refugee camp in rural Idlib. "
            "The bomber detonated his vest on a bus near the Zardana refugee camp, a monitor said.")
    (event,) = reported_events(place_finder, text, "en")
    assert (event.part, event.fatalities, len(event.spans)) == ("Zardana", 15, 2)


def test_an_act_at_a_quarter_set_in_apposition_after_an_act_at_its_city_is_its_own(place_finder):
    # the second sentence's act is in a part of the city the first one's is placed at: two events
    text = ("Jeudi, l'armée a bombardé Alep, selon l'OSDH. "
            "De violents combats ont éclaté à Soukkari, quartier du sud où se trouvent des rebelles.")
    events = reported_events(place_finder, text, "fr")
    assert [(e.part, e.place.name, e.place_precision) for e in events] == [
        (None, "Aleppo", "point"), ("Soukkari", "Soukkari (Aleppo)", "point")]
    assert {e.date_start.isoformat() for e in events} == {"2016-09-22"}


#: per language: an act at an unlisted town, then one at an unlisted village of the area the next
#: sentence opens on, a point the gazetteer knows (Idlib): the village is in it, an act of its own
_AREA_OPENINGS = {
    "en": ("On Thursday jets struck a market in the town of Hazzano, killing six people. In the western Idlib "
           "countryside nine people were killed when jets hit the village of Zardana."),
    "fr": ("Jeudi, des avions ont frappé un marché dans le village de Hazzano, tuant six personnes. Dans la campagne "
           "d'Idleb, neuf personnes ont été tuées lorsque des avions ont frappé le village de Zardana."),
}


def test_a_village_in_the_area_its_sentence_opens_on_is_an_act_of_its_own(place_finder):
    tolls = {lang: sorted((e.part, e.fatalities) for e in reported_events(place_finder, text, lang))
             for lang, text in _AREA_OPENINGS.items()}
    assert tolls == {lang: [("Hazzano", 6), ("Zardana", 9)] for lang in _AREA_OPENINGS}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un kamikaze s'est fait exploser jeudi à l'aéroport militaire de Mennagh, au nord d'Alep, tuant douze "
           "soldats."),
    ("en", "A suicide bomber blew himself up on Thursday at the Mennagh military airport north of Aleppo, killing 12 "
           "soldiers."),
])
def test_an_act_at_an_unlisted_facility_north_of_a_city_is_in_its_countryside(place_finder, lang, text):
    (event,) = reported_events(place_finder, text, lang)
    assert event.part == "Mennagh" and event.place.lat > 36.25  # moved north of Aleppo (36.2)
