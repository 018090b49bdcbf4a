"""Forms of French agency writing that any conflict article uses, on sentences of our own: a place
set after a list by "près de" or as the part of a city it lies in ("dans la banlieue de") locates
the list and is no item of it ("Douma et Zabadani, près de Damas": geo.extract.place_lists); a part of the day told without its day is the day told before,
else the day of publication ("Depuis l'aube, l'aviation bombarde …": geo.extract.dates), and a
sentence opening on "Depuis l'aube" tells today's act, not history (geo.extract.background);
something blown up is an explosion (geo.extract.event_types); a spelling variant is read in the
country the article is about (geo.extract.places); an act told "à 30 km au nord-ouest d'Alep"
lies there, not at Aleppo (geo.extract.offset_places); places listed each with its day of the month
take that day, history among them stays background (geo.extract.paired_days); "la veille" with no
day told before is the day before publication (geo.extract.act_date); dead of its own at another
town right after an act are another act (geo.extract.other_towns); a town that suffers the attack,
as its subject, is the act's place ("Alep a subi de violents bombardements": geo.extract.struck_places)."""

from datetime import date, timedelta

import pytest

from geo.models import haversine_km
from tests.geo.reported_events import PUBLISHED


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("fr", "Vendredi, l'aviation a bombardé Douma et Zabadani, près de Damas.", ["Az Zabadānī", "Dūmā"]),
    ("fr", "Vendredi, l'aviation a bombardé Douma, près de Damas, et Rastane, près de Homs.", ["Ar Rastan", "Dūmā"]),
    ("en", "On Friday, warplanes struck Douma and Zabadani, near Damascus.", ["Az Zabadānī", "Dūmā"]),
    # so does the part of a city or area they lie in, after a comma
    ("fr", "Vendredi, des manifestations ont été réprimées à Douma et à Harasta, dans la banlieue de Damas.",
     ["Dūmā", "Ḩarastā"]),
    ("en", "On Friday, protests were put down in Douma and Harasta, in the suburbs of Damascus.", ["Dūmā", "Ḩarastā"]),
    ("en", "On Friday, warplanes struck Douma and Harasta, on the outskirts of Damascus.", ["Dūmā", "Ḩarastā"]),
    # a list the capital closes is a list still
    ("fr", "Vendredi, l'aviation a bombardé Douma, Zabadani et Damas.", ["Az Zabadānī", "Damascus", "Dūmā"]),
])
def test_a_place_set_near_a_list_is_where_the_list_lies_not_an_item(told_events, places):
    assert sorted(e.place.name for e in told_events) == places


@pytest.mark.parametrize(("lang", "text", "days_before"), [
    ("fr", "Depuis l'aube, l'aviation du régime bombarde la ville de Douma, selon l'OSDH.", 0),
    ("fr", "L'armée pilonne depuis l'aube le quartier de Khaldiyé, à Homs, selon des militants.", 0),
    ("fr", "Des affrontements ont éclaté à l'aube à Rastane, faisant trois morts.", 0),
    # the day told just before
    ("fr", "Jeudi, des combats ont éclaté à Homs.\n\nDans la soirée, l'aviation a bombardé la ville de Rastane.", 1),
])
def test_a_part_of_the_day_without_its_day_dates_the_act(told_events, days_before):
    day = PUBLISHED - timedelta(days=days_before)
    assert told_events
    assert all((e.date_start, e.date_end) == (day, day) for e in told_events)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "Vendredi, les rebelles ont fait exploser un barrage de l'armée à Idleb.", "Idlib"),
    ("fr", "Vendredi, des rebelles ont fait sauter un pont à Deir Ezzor.", "Deir ez-Zor"),
    ("en", "On Friday, rebels blew up a bridge in Deir ez-Zor.", "Deir ez-Zor"),
])
def test_something_blown_up_is_an_explosion(told_events, place):
    assert [(e.event_type, e.place.name) for e in told_events] == [("Explosions/Remote violence", place)]


@pytest.mark.parametrize("text", [
    "Syrie : nouveaux combats\n\nBEYROUTH (AFP) - Vendredi, les troupes du régime ont reconquis la ville de Qousseir.",
    "Vendredi, les troupes du régime ont reconquis la ville de Qousseir, selon la télévision syrienne.",
])
def test_a_spelling_variant_is_read_in_the_country_the_article_is_about(place_finder, text):
    # "Qousseir" folds as one of Algiers' old names does: Syria's Al Quşayr, not Algiers
    found = {m.text: (m.place.name, m.place.country_code) for m in place_finder.find(text, "fr")}
    assert found["Qousseir"] == ("Al Quşayr", "SY")


@pytest.mark.parametrize(("lang", "text", "reference", "km", "north", "east"), [
    ("fr", "Vendredi, les rebelles ont attaqué l'aéroport militaire de Menagh, à 30 km au nord-ouest d'Alep.",
     "Aleppo", 30, True, False),
    ("fr", "Vendredi, des combats ont éclaté à 20 kilomètres au sud de Damas.", "Damascus", 20, False, None),
    ("en", "On Friday, fighting broke out 20 km south of Damascus.", "Damascus", 20, False, None),
    # a direction without a distance moves nothing
    ("fr", "Vendredi, des combats ont éclaté à l'est de Homs.", "Homs", 0, None, None),
])
def test_a_place_told_by_distance_and_direction_from_a_reference_lies_there(told_events, place_finder, lang, text,
                                                                               reference, km, north, east):
    ref = next(m.place for m in place_finder.find(text, lang) if m.place.name == reference)
    [event] = told_events
    assert haversine_km(event.place.point, ref.point) == pytest.approx(km, abs=0.5)
    for towards, moved in ((north, event.place.lat - ref.lat), (east, event.place.lon - ref.lon)):
        if towards is not None:
            assert (moved > 0) == towards


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Les attentats qui ont frappé Homs le 18 septembre et Damas le 21 septembre ont fait 50 morts.",
     [("Damascus", date(2016, 9, 21)), ("Homs", date(2016, 9, 18))]),
    ("en", "Bombings hit Homs on September 18 and Damascus on September 21, killing 50 people in all.",
     [("Damascus", date(2016, 9, 21)), ("Homs", date(2016, 9, 18))]),
    # an item's day older than the reported window is history, not news; a place with two days, an act on each
    ("fr", "Des attentats ont frappé Homs le 18 septembre et Damas le 2 juillet.", [("Homs", date(2016, 9, 18))]),
    ("fr", "Des attentats ont frappé Homs le 20 septembre et Damas le 2 juillet et le 15 septembre.",
     [("Damascus", date(2016, 9, 15)), ("Homs", date(2016, 9, 20))]),
])
def test_places_listed_each_with_its_day_of_the_month_take_that_day(told_events, expected):
    assert sorted((e.place.name, e.date_start) for e in told_events) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Syrie : bilan\n\nLa veille, des bombardements avaient fait 12 morts à Douma, selon l'OSDH."),
    ("en", "Syria: toll\n\nThe day before, shelling had killed 12 people in Douma, the Observatory said."),
])
def test_the_day_before_with_no_day_told_is_the_day_before_publication(told_events):
    assert [(e.place.name, e.date_start, e.fatalities) for e in told_events] == [
        ("Dūmā", PUBLISHED - timedelta(days=1), 12)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Syrie : raids\n\nJeudi, l'aviation a bombardé Douma, faisant 10 morts. À Harasta, trois civils ont été "
           "tués par des tirs d'obus.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    ("fr", "Syrie : raids\n\nJeudi, l'aviation a bombardé Douma, faisant 10 morts. Des raids ont également visé "
           "Harasta, où trois civils ont péri.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    ("en", "Syria: raids\n\nShelling killed ten people in Douma on Thursday. In Harasta, three civilians were killed "
           "by mortar fire.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    # the same town told again, and a whole told over a province and its part at a town, stay one act
    ("fr", "Syrie : raids\n\nJeudi, l'aviation a bombardé Douma, faisant 10 morts. À Douma, trois enfants ont été "
           "tués par les raids.", [("Dūmā", 10)]),
    ("fr", "Syrie : raids\n\nJeudi, des raids ont fait 30 morts dans la province d'Idleb. À Saraqeb, 18 personnes "
           "ont été tuées par les raids.", [("Saraqib", 30)]),
    # dead told at another town with no act named, right after an act: an act of its own (other_towns)
    # an act at a town, then dead at another town, no act named: two acts on one day
    ("en", "Syria: shelling\n\nShelling killed ten people in the town of Douma on Thursday. In the town of Harasta "
           "three civilians were killed.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    ("fr", "Syrie : bombardements\n\nJeudi, des obus ont tué dix personnes dans la ville de Douma. À Harasta, trois "
           "civils ont été tués.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    # a whole over a province, then its parts town by town adding up to it: each town its own
    ("en", "Syria: shelling\n\nEight people were killed in shelling on Idlib province on Thursday. In Saraqib five "
           "people were killed. In Binnish three people were killed including a child.",
     [("Binnish", 3), ("Saraqib", 5)]),
    # the wounded at another town tell no act of their own
    ("en", "Syria: shelling\n\nShelling killed ten people in the town of Douma on Thursday. In the town of Harasta "
           "three civilians were wounded.", [("Dūmā", 10)]),
])
def test_dead_of_its_own_at_another_town_is_another_act(told_events, expected):
    assert all(e.date_start == PUBLISHED - timedelta(days=1) for e in told_events)
    assert sorted((e.place.name, e.fatalities) for e in told_events) == expected


@pytest.mark.parametrize(("lang", "text", "place"), [
    # a verb of suffering, "la cible de", "le théâtre de"
    ("fr", "Syrie : bilan\n\nJeudi, Alep a subi de violents bombardements.", "Aleppo"),
    ("fr", "Syrie : bilan\n\nJeudi, Douma a été la cible de raids aériens qui ont fait 12 morts.", "Dūmā"),
    ("fr", "Syrie : bilan\n\nJeudi, Deraa a été le théâtre d'affrontements meurtriers.", "Dar‘ā"),
    # a passive, past an apposition or a day
    ("fr", "Syrie : bilan\n\nDouma, dans la Ghouta orientale, a été visée jeudi par des frappes.", "Dūmā"),
    ("fr", "Syrie : bilan\n\nJeudi, Idleb a été frappée par des raids russes, faisant dix morts.", "Idlib"),
    # in English
    ("en", "Syria: toll\n\nOn Thursday, Aleppo came under heavy bombardment.", "Aleppo"),
    ("en", "Syria: toll\n\nDouma was the target of air strikes on Thursday.", "Dūmā"),
    # a capital striking is its government, no place; the act's own place is
    ("fr", "Syrie : bilan\n\nDamas a frappé jeudi des positions rebelles à Douma.", "Dūmā"),
])
def test_a_town_suffering_the_attack_as_its_subject_is_the_place(told_events, place):
    assert [(e.place.name, e.place_source) for e in told_events] == [(place, "sentence")]
