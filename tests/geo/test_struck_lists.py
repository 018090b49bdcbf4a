"""Places an act hit, listed with no place noun and set in a place right after the list ("shells
hit A, B and C in Damascus", "des obus ont visé A et B à Alep"), are each an event's place, as
ACLED codes separately named places: names the gazetteer lacks are parts of the place holding
the list (geo.extract.listed_parts); actors so listed ("struck Hezbollah and ISIS in Aleppo") are
no places (texts of our own, English and French)."""

from datetime import date

import pytest

from geo.events import near
from geo.extract.events import extract_events

MONDAY = date(2016, 7, 5)

#: "terrorists targeted A and B in Aleppo", "des obus ont visé A et B à Alep": two quarters, no noun
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shelling\n\nOn Monday, terrorists targeted al-Midan and al-Siryan in Aleppo with mortar shells."),
    ("fr", "Obus\n\nLundi, des obus tirés par des terroristes ont visé al-Midan et al-Siryan à Alep."),
])
def test_quarters_an_act_hit_listed_without_a_noun_are_each_an_event(place_finder, lang, text):
    mentions = place_finder.find(text, lang)
    events = extract_events(text, lang, MONDAY, mentions)
    assert sorted(e.part for e in events) == ["al-Midan", "al-Siryan"]
    city = next(m.place for m in mentions if m.text in ("Aleppo", "Alep"))
    assert all(near(e.place, city) and e.date_start == date(2016, 7, 4) for e in events)


def test_a_list_of_three_struck_quarters_shares_its_toll(place_finder):
    text = "Shelling\n\nRocket shells hit Bab Touma, al-Qassaa and al-Abbasiyin in Damascus on Sunday, killing two."
    events = extract_events(text, "en", MONDAY, place_finder.find(text, "en"))
    assert len(events) == 3 and all(e.part and e.fatalities is None for e in events)  # no one quarter's toll


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes\n\nWarplanes struck Hezbollah and ISIS in Aleppo on Monday."),
    ("fr", "Frappes\n\nDes avions ont frappé le Hezbollah et l'EI à Alep lundi."),
])
def test_actors_an_act_hit_are_no_listed_places(place_finder, lang, text):
    events = extract_events(text, lang, MONDAY, place_finder.find(text, lang))
    assert len(events) == 1 and events[0].part is None


#: two towns an act hit, joined by "et" with no preposition or noun between them: French NER often
#: reads the second as a miscellany, and " et " joins no name ("Dayr Hafir et Maskanah"), so each
#: is an event's place, as in English
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Raids\n\nIn Syria, warplanes bombed Saraqib and Binnish on Monday, the monitor said."),
    ("fr", "Raids\n\nEn Syrie, l'aviation a bombardé lundi Saraqeb et Binnish, selon l'observatoire."),
])
def test_two_towns_joined_by_et_are_two_places(place_finder, lang, text):
    events = extract_events(text, lang, MONDAY, place_finder.find(text, lang))
    assert sorted(e.place.name for e in events) == ["Binnish", "Saraqib"]
