"""A name the text calls a neighbourhood (quarter, district) of a city is a part of that city, not a
namesake the gazetteer knows far from it (texts of our own, English and French):

* "A, B and C neighbourhoods in Y", "the neighbourhoods of A, B and C in Y", "les quartiers de A,
  de B et de C à Y": a listed name the gazetteer reads as a town in another governorate or a
  village abroad is left out of the event places, and the act at that quarter is placed in Y as
  its part, like the names it does not know (geo.extract.named_quarters, geo.extract.listed_parts);
* a quarter whose reading lies in the city itself, or a city named before its own quarter, stays.
"""

from datetime import date

import pytest

from geo.events import near
from geo.extract.events import extract_events
from geo.extract.named_quarters import without_named_quarters

MONDAY = date(2016, 7, 5)

#: quarters named like a town of Deir ez-Zor or a village abroad ("al-Midan": Al Mayadin, a West Bank village)
LISTS = {
    ("en", "after"): ("Shelling\n\nTerrorists targeted al-Midan and al-Siryan areas and the Old City in Damascus "
                      "with mortar shells on Monday."),
    ("en", "before"): ("Shelling\n\nRocket shells hit the neighborhoods of al-Midan, al-Siryan and al-Jamiliyeh in "
                       "Aleppo on Monday."),
    ("fr", "before"): "Obus\n\nLundi, des obus ont frappé les quartiers d'al-Midan, d'al-Siryan et d'al-Jamiliyeh à Alep.",
}

#: the lists where the gazetteer reads a quarter as a far place (in the English list before the city,
#: "al-Midan" is spelled nearer another Syrian place than Al Mayādīn and is read as none)
MISREAD = {("en", "after"), ("fr", "before")}


@pytest.mark.parametrize(("lang", "form"), list(LISTS))
def test_listed_quarters_read_as_far_namesakes_are_parts_of_their_city(place_finder, lang, form):
    text = LISTS[lang, form]
    mentions = place_finder.find(text, lang)
    city = next(m.place for m in mentions if m.text in ("Aleppo", "Alep", "Damascus"))
    if (lang, form) in MISREAD:
        assert any(not near(m.place, city) for m in mentions)  # the gazetteer reads a quarter as a far place
    kept = without_named_quarters(text, mentions)
    assert all(near(m.place, city) for m in kept)
    events = extract_events(text, lang, MONDAY, kept)
    assert len(events) == 3  # one act per quarter (ACLED: each named place its own event)
    assert all(near(e.place, city) and e.part for e in events)


def test_a_single_quarter_read_as_a_town_elsewhere_is_placed_in_its_city(place_finder):
    text = "Shelling\n\nA rocket shell fell on al-Midan neighbourhood in Aleppo on Monday, killing two civilians."
    mentions = place_finder.find(text, "en")
    city = next(m.place for m in mentions if m.text == "Aleppo")
    kept = without_named_quarters(text, mentions)
    [event] = extract_events(text, "en", MONDAY, kept)
    assert near(event.place, city) and event.fatalities == 2


def test_a_quarter_read_inside_its_city_and_a_city_before_its_quarter_stay(place_finder):
    for text in ("Shelling\n\nShells hit the Homs neighbourhood of al-Waer on Wednesday, killing three civilians.",
                 "Shelling\n\nShells hit Aleppo and Homs on Wednesday, killing three civilians."):
        mentions = place_finder.find(text, "en")
        assert without_named_quarters(text, mentions) == mentions
