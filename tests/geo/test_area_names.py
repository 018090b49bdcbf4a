"""Issue 19, deliverable 4: a name the sentence gives as a province or governorate is the
first-level area, not the city of the same name (geo.extract.area_names), in lists too, with a
French adjective between noun and name, and where the gazetteer knows the area by another name."""

from datetime import date

import pytest

from geo.extract.events import extract_events

PUBLISHED = date(2016, 10, 27)


def places(finder, text, lang):
    events = extract_events(text, lang, PUBLISHED, finder.find(text, lang))
    return [(e.place.feature, e.place_precision) for e in events]


@pytest.mark.parametrize(("text", "lang"), [
    ("Shelling killed four civilians in the provinces of Idlib and Hama on Monday.", "en"),
    ("Shelling killed four civilians in Idlib and Hama provinces on Monday.", "en"),
    ("Des obus ont tué quatre civils lundi dans les provinces d'Idleb et de Hama.", "fr"),
])
def test_each_name_of_a_list_of_provinces_is_a_first_level_area(place_finder, text, lang):
    assert places(place_finder, text, lang) == [("ADM1", "admin1"), ("ADM1", "admin1")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Shelling killed four civilians in the governorate of Sousse on Monday.", "en"),
    ("Des obus ont tué quatre civils lundi dans le gouvernorat de Sousse.", "fr"),
])
def test_an_area_known_by_another_name_is_the_one_its_city_lies_in(place_finder, text, lang):
    (mention,) = [m for m in place_finder.find(text, lang) if m.text == "Sousse"]
    assert mention.place.feature == "ADM1" and mention.place.country_code == "TN"
    city = place_finder.find("Shelling killed four civilians in Sousse on Monday.", "en")
    assert [m.place.feature for m in city] == ["PPL"]
    assert mention.place.admin1 == city[0].place.admin1


@pytest.mark.parametrize(("text", "lang"), [
    ("Shelling killed four civilians in the region of Sousse on Monday.", "en"),
    ("Des obus ont tué quatre civils lundi dans la région de Sousse.", "fr"),
])
def test_a_region_of_a_city_may_be_smaller_than_a_province_and_stays_the_city(place_finder, text, lang):
    (mention,) = [m for m in place_finder.find(text, lang) if m.text == "Sousse"]
    assert mention.place.feature == "PPL"


@pytest.mark.parametrize(("text", "lang"), [
    ("Airstrikes hit the hospital in Maarrat Misrin Idlib province on Monday.", "en"),  # scraped: no comma
    ("Des frappes ont touché lundi l'hôpital de Maarrat Misrin province d'Idleb.", "fr"),
])
def test_a_town_before_its_province_stays_the_town(place_finder, text, lang):
    (town,) = [m for m in place_finder.find(text, lang) if m.text == "Maarrat Misrin"]
    assert town.place.feature == "PPL" and not town.area


@pytest.mark.parametrize(("province", "city", "lang"), [
    ("Airstrikes hit the southern province of Kandahar on Monday, killing four people.",
     "Airstrikes hit the southern city of Kandahar on Monday, killing four people.", "en"),
    ("Des frappes aériennes ont touché lundi la province méridionale de Kandahar, tuant quatre personnes.",
     "Des frappes aériennes ont touché lundi la ville méridionale de Kandahar, tuant quatre personnes.", "fr"),
    ("Des frappes aériennes ont touché lundi la province syrienne de Hama, tuant quatre personnes.",
     "Des frappes aériennes ont touché lundi la ville syrienne de Hama, tuant quatre personnes.", "fr"),
])
def test_a_province_with_its_adjective_is_the_area_and_the_city_stays_a_point(place_finder, province, city, lang):
    (area,), (town,) = places(place_finder, province, lang), places(place_finder, city, lang)
    assert area == ("ADM1", "admin1") and town[1] == "point"


@pytest.mark.parametrize(("text", "name"), [
    ("Rebels shelled villages in Homs's eastern countryside on Sunday.", "Homs"),
    ("Jets bombed farms in the Deraa countryside on Sunday.", "Deraa"),
    ("Jets bombed farms in the Hamas northern countryside on Sunday.", "Hama"),  # scraped: the apostrophe stripped
    ("Jets bombed farms in the countryside of Idlib on Sunday.", "Idlib"),
    ("Des avions ont bombardé des fermes dans la campagne nord d'Alep dimanche.", "Alep"),
])
def test_a_town_told_as_its_countryside(text, name):
    from geo.extract.area_names import countryside_named

    start = text.index(name)
    assert countryside_named(text, start, start + len(name))


@pytest.mark.parametrize("text", [
    "Rebels shelled army posts in Homs on Sunday.",
    "The countryside east of Homs was shelled on Sunday.",
])
def test_a_town_told_without_its_countryside(text):
    from geo.extract.area_names import countryside_named

    start = text.index("Homs")
    assert not countryside_named(text, start, start + 4)


@pytest.mark.parametrize(("lang", "text", "published", "village"), [
    ("en", "Syria fighting\n\nLoyalist troops pushed into Homs's eastern countryside on Sunday, seizing the "
     "village of Tremseh.", date(2016, 9, 23), "Tremseh"),
    ("fr", "Combats en Syrie\n\nLes troupes loyalistes ont avancé dans la campagne de Hama dimanche et se sont "
     "emparées du village de Tremseh.", date(2016, 9, 23), "Tremseh"),
])
def test_a_village_taken_in_a_towns_countryside_is_the_acts_place(place_finder, lang, text, published, village):
    events = extract_events(text, lang, published, place_finder.find(text, lang))
    assert [e.place.name for e in events] == [village]
