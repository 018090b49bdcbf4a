"""Where and when an act is, from the sentences around it (texts of our own, English and French):

* an act placed only in an area whose sentence names a reference point inside it ("positions
  south of the town of X in Y province") is near that point, not at the area's centre
  (geo.extract.reference_places), unless the sentence says how far ("40 km south of X"); in a
  country only, a reference point is the act's place at whatever distance;
* a reference point said of the act stays its place when a coarser place is said later
  (geo.extract.continuations, geo.extract.retellings);
* a neighbourhood named like a province abroad ("the Salah Eddin neighbourhood in Aleppo") is no
  event place (geo.extract.named_quarters);
* a lead dated only by its dateline takes the day a later sentence gives its act ("the bombing
  on Saturday": geo.extract.dateline_leads); a lead writing its own day, the dateline's, keeps it;
* a sentence that goes on about an act but places it only near a far city ("also pounded X
  valley northwest of Damascus") tells an act of its own (geo.extract.events, retellings).
"""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.named_quarters import without_named_quarters

SATURDAY = date(2014, 12, 13)

NEAR_A_TOWN = {
    "en": ("Kurds strike\n\nKurdish fighters attacked Islamic State positions south of the town of Ras al-Ain "
           "in Hasakah province on Saturday, killing 12 militants."),
    "fr": ("Attaque kurde\n\nSamedi, des combattants kurdes ont attaqué des positions de l'EI au sud de la ville "
           "de Ras al-Aïn, dans la province de Hassaké, tuant 12 jihadistes."),
}


#: an act placed only in the country, at a told distance from a town: inside a country any reference
#: point is the act's place, at whatever distance (one rule: reference_places.inner_reference)
FAR_FROM_A_TOWN = {
    "en": ("Kurds strike\n\nKurdish fighters attacked Islamic State positions 40 km south of Qamishli in northern "
           "Syria on Saturday, killing 12 militants."),
    "fr": ("Attaque kurde\n\nSamedi, des combattants kurdes ont attaqué des positions de l'EI à 40 km au sud de "
           "Qamichli, dans le nord de la Syrie, tuant 12 jihadistes."),
}


@pytest.mark.parametrize("texts", [NEAR_A_TOWN, FAR_FROM_A_TOWN])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_in_an_area_is_near_the_town_its_sentence_names_inside_it(place_finder, texts, lang):
    text = texts[lang]
    mentions = place_finder.find(text, lang)
    town = next(m for m in mentions if m.reference)
    area = next(m for m in mentions if m.place.precision in ("admin1", "country"))
    assert area.place.precision == "country" or town.place.admin1 == area.place.admin1
    (event,) = extract_events(text, lang, SATURDAY, mentions)
    assert event.place == town.place and event.place_precision == "point"
    assert event.place_source == "reference"


def test_a_town_the_sentence_puts_far_from_the_act_leaves_it_in_the_area(place_finder):
    text = NEAR_A_TOWN["en"].replace("positions south of", "positions 40 km south of")
    mentions = place_finder.find(text, "en")
    (event,) = extract_events(text, "en", SATURDAY, mentions)
    assert event.place_precision == "admin1" and event.place.admin1 == "Al-Hasakah Governorate"


CONVOY = ("Convoy hit\n\nWarplanes struck an aid convoy in northern Syria on Monday night, killing 12 volunteers. "
          "The jets hit the trucks as they unloaded in the town of Urum al-Sughra west of Aleppo city. "
          "US officials said on Tuesday that two Russian jets were above an aid convoy in Syria when it was "
          "struck on Monday.")


def test_a_reference_point_said_of_the_act_is_not_replaced_by_the_country_said_later(place_finder):
    mentions = place_finder.find(CONVOY, "en")
    aleppo = next(m.place for m in mentions if m.text == "Aleppo")
    events = extract_events(CONVOY, "en", date(2016, 9, 21), mentions)
    assert [(e.place, e.date_start) for e in events] == [(aleppo, date(2016, 9, 19))]


QUARTER = {
    "en": ("Shelling\n\nRebels shelled the neighbourhood of Salah Eddin in Aleppo on Wednesday, killing seven "
           "civilians. The day before, rebels also shelled Salah Eddin, killing two."),
    "fr": "Bombardements\n\nMercredi, des rebelles ont bombardé le quartier de Salah ad Din à Alep, tuant sept civils.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_neighbourhood_named_like_a_province_abroad_is_no_event_place(place_finder, lang):
    text = QUARTER[lang]
    mentions = place_finder.find(text, lang)
    assert any(m.place.country_code == "IQ" for m in mentions)  # the gazetteer reads Iraq's governorate
    kept = without_named_quarters(text, mentions)
    assert {m.place.country_code for m in kept} == {"SY"}
    events = extract_events(text, lang, date(2016, 8, 17), kept)
    assert events and all(e.place.country_code == "SY" for e in events)


def test_a_city_named_before_its_own_neighbourhood_stays(place_finder):
    text = "Shelling\n\nShells hit the Homs neighbourhood of al-Waer on Wednesday, killing three civilians."
    mentions = place_finder.find(text, "en")
    assert without_named_quarters(text, mentions) == mentions


LEAD = {
    "en": ("Clinic hit\n\nDate of publication 3 October 2016 An attack on a clinic in Aleppo has killed two "
           "patients. The clinic went out of service after the bombing on Saturday, the charity said."),
    "fr": ("Clinique touchée\n\nDate de publication 3 octobre 2016 Une attaque contre une clinique d'Alep a tué "
           "deux patients. La clinique est hors service depuis la frappe de samedi, selon l'association."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lead_dated_by_its_dateline_takes_the_day_the_body_gives_its_act(place_finder, lang):
    text = LEAD[lang]
    (event,) = extract_events(text, lang, date(2016, 10, 3), place_finder.find(text, lang))
    assert event.date_start == event.date_end == date(2016, 10, 1)  # Saturday, not the dateline's Monday
    assert event.fatalities == 2


def test_a_day_a_week_before_the_dateline_is_another_act(place_finder):
    text = LEAD["en"].replace("the bombing on Saturday", "the bombing on 20 September")
    (event,) = extract_events(text, "en", date(2016, 10, 3), place_finder.find(text, "en"))
    assert event.date_start == date(2016, 10, 3)



@pytest.mark.parametrize(("lang", "text"), [
    # the lead writes its own day, the dateline's (3 October 2016, a Monday); the later day is an
    # earlier act's, not the lead's
    ("en", "Market hit\n\nPosted on October 3 2016 Twelve people were killed on Monday in air strikes on a market in "
           "Idlib, a monitor said. Residents said the strikes came after a rebel attack on an army checkpoint on Saturday."),
    ("fr", "Marché touché\n\nPublié le 3 octobre 2016 Douze personnes ont été tuées lundi dans des frappes aériennes "
           "sur un marché d'Idleb, selon une ONG. Selon des habitants, les frappes ont suivi une attaque rebelle contre "
           "un barrage de l'armée samedi."),
])
def test_a_lead_writing_the_datelines_day_keeps_it(place_finder, lang, text):
    market = [e for e in extract_events(text, lang, date(2016, 10, 3), place_finder.find(text, lang)) if e.fatalities == 12]
    assert [(e.date_start, e.date_end) for e in market] == [(date(2016, 10, 3), date(2016, 10, 3))]


ELSEWHERE = {
    "en": ("Strikes\n\nJets bombed eastern Aleppo on Friday, killing 10 civilians. Regime forces have also pounded "
           "the Wadi Zeit valley northwest of Damascus with barrel bombs."),
    "fr": ("Frappes\n\nVendredi, des avions ont bombardé l'est d'Alep, tuant dix civils. Les forces du régime ont "
           "aussi pilonné la vallée de Wadi Zeit, au nord-ouest de Damas, avec des barils d'explosifs."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_placed_only_near_a_far_city_tells_an_act_of_its_own(place_finder, lang):
    text = ELSEWHERE[lang]
    mentions = place_finder.find(text, lang)
    damascus = next(m.place for m in mentions if m.reference)
    first, second = extract_events(text, lang, date(2016, 12, 24), mentions)
    assert first.place.name == "Aleppo" and first.fatalities == 10
    assert second.place == damascus and second.place_source == "reference"
    assert second.date_start == first.date_start == date(2016, 12, 23) and second.fatalities is None


FURTHER = {
    "en": ("Strikes\n\nJets bombed eastern Aleppo on Friday, killing 10 civilians. Barrel bombs dropped by "
           "helicopters also hit a mosque in the Bab al-Nasr district."),
    "fr": ("Frappes\n\nVendredi, des avions ont bombardé l'est d'Alep, tuant dix civils. Des hélicoptères ont "
           "aussi bombardé une mosquée du quartier de Bab al-Nasr."),
}
#: the same act told on: its word after a definite article points back to it
MORE_OF_IT = {
    "en": FURTHER["en"].replace("Barrel bombs dropped by helicopters also hit", "The strikes also hit"),
    "fr": FURTHER["fr"].replace("Des hélicoptères ont aussi bombardé", "Les frappes ont aussi touché"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_saying_it_tells_a_further_act_is_an_act_of_its_own(place_finder, lang):
    text = FURTHER[lang]
    first, second = extract_events(text, lang, date(2016, 12, 24), place_finder.find(text, lang))
    # the mosque's district, which the gazetteer lacks, is named before the city (unlisted_places)
    assert (first.place.name, second.place.name) == ("Aleppo", "Bab al-Nasr (Aleppo)") and first.fatalities == 10
    assert second.date_start == first.date_start == date(2016, 12, 23) and second.fatalities is None
    (one,) = extract_events(MORE_OF_IT[lang], lang, date(2016, 12, 24), place_finder.find(MORE_OF_IT[lang], lang))
    assert one.fatalities == 10 and len(one.spans) == 2
