"""Places named in one list under a plural place noun are each an act of their own, the ones the
gazetteer does not know placed at the place the sentence puts the list in
(geo.extract.listed_parts).  Sentences of our own, in English and French."""

import pytest

from geo.extract.listed_parts import listed_names
from tests.geo.reported_events import reported_events


def _names(sentence: str) -> list[str]:
    found = listed_names(sentence)
    return [n.text for n in found.names] if found is not None else []


@pytest.mark.parametrize(("sentence", "names"), [
    # commas lost in scraping: cut word by word, a head keeps its word, a qualifier its name
    ("Jets bombed the villages of Hayan Bayanoun Tal Jabin Bustan Alqasr and Ratyan in rural Aleppo.",
     ["Hayan", "Bayanoun", "Tal Jabin", "Bustan Alqasr", "Ratyan"]),
    ("Jets bombed the villages of Hayan Urum al-Kubra Salah Eddin and Ratyan.",
     ["Hayan", "Urum al-Kubra", "Salah Eddin", "Ratyan"]),
    # a count says how many names a comma-less list holds
    ("Rebels seized two villages east of Hama - Maardes Zafaraneh - on Monday.", ["Maardes", "Zafaraneh"]),
    # names before the noun, and one more after it
    ("Shells hit al-Midan and al-Sulaymaniyah residential neighbourhoods and the Old City in Aleppo.",
     ["al-Midan", "al-Sulaymaniyah", "Old City"]),
    # with commas a run of words is one name
    ("Jets bombed the towns of Kafr Hamra Jadida, Hayan and Ratyan.", ["Kafr Hamra Jadida", "Hayan", "Ratyan"]),
    ("L'aviation a bombardé les quartiers de Soukkari et de Salaheddine à Alep.", ["Soukkari", "Salaheddine"]),
    ("Les rebelles ont pris les villages de Maardes, Ghanto et Zafaraneh.", ["Maardes", "Ghanto", "Zafaraneh"]),
    # adjectives of countries, communities and sides are no names; one name is no list
    ("Clashes hit Kurdish and Arab neighbourhoods of the city.", []),
    ("Shells hit Syrian and Government-held neighbourhoods.", []),
    ("Jets bombed the neighbourhoods of East Aleppo.", []),
    ("Jets bombed the town of Hayan.", []),
])
def test_the_names_of_a_list_under_a_plural_place_noun(sentence, names):
    assert _names(sentence) == names


def _parts(events):
    return [(e.part, e.place.admin1 if e.place else None) for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Thursday jets bombed the villages of Hayan, Bayanoun and Ratyan in rural Aleppo, killing 12 people."),
    ("en", "On Thursday jets bombed Hayan, Bayanoun and Ratyan villages in rural Aleppo, killing 12 people."),
    ("fr", "Jeudi, l'aviation a bombardé les villages de Hayan, de Bayanoun et de Ratyan dans la campagne d'Alep, "
           "tuant 12 personnes."),
])
def test_an_act_at_listed_places_the_gazetteer_lacks_is_an_event_at_each(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    # French names are looked up in their spelling variants too: "Bayanoun" is the gazetteer's Banān
    bayanoun = ("Bayanoun", "Aleppo Governorate") if lang == "en" else (None, "Aleppo Governorate")
    assert sorted(_parts(events), key=str) == sorted([bayanoun, ("Hayan", "Aleppo Governorate"),
                                                      ("Ratyan", "Aleppo Governorate")], key=str)
    assert {e.date_start.isoformat() for e in events} == {"2016-09-22"}
    assert all(e.fatalities is None for e in events)  # the list's toll is no one place's
    assert all(e.part in e.place.name for e in events if e.part)


def test_a_known_place_of_the_list_keeps_its_own_place(place_finder):
    text = "On Thursday warplanes struck the towns of Talbiseh, Ghanto and Zafaraneh in Homs province."
    events = reported_events(place_finder, text, "en")
    assert sorted((e.part, e.place_precision) for e in events if e.part) == [("Ghanto", "admin1"),
                                                                              ("Zafaraneh", "admin1")]
    assert [e.place.name for e in events if e.part is None] == ["Tallbīsah"]


def test_a_counted_list_after_a_dash_takes_the_reference_point(place_finder):
    text = "On Thursday rebels captured two villages south of Aleppo - Maardes and Zafaraneh - from the army."
    events = reported_events(place_finder, text, "en")
    assert sorted(_parts(events)) == [("Maardes", "Aleppo Governorate"), ("Zafaraneh", "Aleppo Governorate")]


def test_a_sentence_listing_places_after_an_event_tells_acts_of_its_own(place_finder):
    text = ("Air strikes killed 12 people in Aleppo on Thursday. "
            "Jets bombed the villages of Hayan Bayanoun Tal Jabin and Ratyan in rural Aleppo with incendiary munitions.")
    events = reported_events(place_finder, text, "en")
    parts = sorted(e.part for e in events if e.part)
    assert parts == ["Bayanoun", "Hayan", "Ratyan", "Tal Jabin"]
    assert {e.date_start.isoformat() for e in events} == {"2016-09-22"}


def test_a_list_retold_in_other_spellings_is_the_same_acts(place_finder):
    text = ("On Thursday rockets hit al-Rashdiya and al-Hamidiya neighbourhoods in Deir Ezzor city, killing two. "
            "A source said the rockets fell on al-Rashdiyeh and al-Hamidiyah neighbourhoods in Deir Ezzor city.")
    events = reported_events(place_finder, text, "en")
    assert len(events) == 2
    assert sorted(e.part for e in events) == ["al-Hamidiya", "al-Rashdiya"]



def test_a_list_with_no_place_holding_it_adds_no_event(place_finder):
    text = "On Thursday jets bombed the neighbourhoods of Aleppo city as well as the towns of Hayan and Ratyan."
    events = reported_events(place_finder, text, "en")
    assert [e.part for e in events] == [None]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes killed 12 people in Aleppo on Thursday. Barrel bombs also hit a mosque in the Bab al-Nasr "
           "district. Jets bombed the villages of Hayan, Tal Jabin and Ratyan in rural Aleppo."),
    ("fr", "Jeudi, des frappes ont tué 12 personnes à Alep. Des hélicoptères ont aussi bombardé une mosquée du "
           "quartier de Bab al-Nasr. L'aviation a bombardé les villages de Hayan, de Tal Jabin et de Ratyan dans "
           "la campagne d'Alep."),
])
def test_an_act_placed_only_by_its_paragraph_is_no_listed_part(place_finder, lang, text):
    # the mosque's act has no place of its own: the paragraph's Aleppo, not the list's first village
    # (its district, which the gazetteer lacks, is its own part: geo.extract.unlisted_places)
    events = reported_events(place_finder, text, lang)
    assert sorted(e.part for e in events if e.part) == ["Bab al-Nasr", "Hayan", "Ratyan", "Tal Jabin"]
    (mosque,) = [e for e in events if e.place_source == "paragraph"]
    assert mosque.place.name == "Bab al-Nasr (Aleppo)" and mosque.part == "Bab al-Nasr" and mosque.fatalities is None
