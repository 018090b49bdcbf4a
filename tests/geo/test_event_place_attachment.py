"""Issue 19, deliverable 4: a place for every reported event, from the sentence's own attachment,
else its context; places standing for governments, agencies and outlets are not event places.
Sentences of our own, English and French, with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.places import PlaceFinder
from geo.gazetteer.index import Gazetteer

PUBLISHED = date(2016, 10, 27)


@pytest.fixture(scope="module")
def finder(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield PlaceFinder(g)


def events(finder, text, lang):
    return extract_events(text, lang, PUBLISHED, finder.find(text, lang))


def only(found):
    assert len(found) == 1, [(e.event_type, e.place and e.place.name) for e in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "Warplanes struck Syria's rebel-held Idlib province on Wednesday, killing nine people.",
    "Warplanes struck Syrias rebel-held Idlib province on Wednesday, killing nine people.",
    "Shelling on the besieged northern Idlib province killed nine people on Wednesday.",
])
def test_place_after_possessives_and_qualifiers(finder, text):
    event = only(events(finder, text, "en"))
    assert event.place is not None and event.place.admin1 == "Idlib Governorate"
    assert event.place_source == "sentence"


def test_possessive_area_part_and_struck_object_are_places(finder):
    event = only(events(finder, "Warplanes bombed Aleppo's eastern districts on Tuesday, killing four.", "en"))
    assert event.place is not None and event.place.name == "Aleppo" and event.place_precision == "point"


def test_capital_that_speaks_is_not_the_event_place(finder):
    text = ("Moscow said on Tuesday that an air strike killed six people in Aleppo. "
            "Washington accused the Damascus-based government of shelling Homs on Monday.")
    places = [e.place.name for e in events(finder, text, "en")]
    assert places == ["Aleppo", "Homs"]


def test_source_named_after_selon_is_not_a_place(finder):
    # "Observatoire" is also a Paris quarter; here it is the source of the report.
    text = ("Dix personnes ont été tuées vendredi dans un bombardement, "
            "selon l'Observatoire syrien des droits de l'homme.")
    event = only(events(finder, text, "fr"))
    assert event.place is None or event.place.country_code != "FR"


def test_gloss_in_parentheses_is_not_the_event_place(finder):
    text = ("Mortar attack on Homs\n\n"
            "A mortar shell exploded on a busy street on Tuesday, killing two people (the group is banned in Russia).")
    event = only(events(finder, text, "en"))
    assert event.place.name == "Homs" and event.place_source == "headline"


def test_a_word_opening_a_line_is_not_a_small_namesake(finder):
    # "Date" is also a town in Japan; opening a line, it is only a word.
    text = ("Air raid on Idlib market\n\n"
            "Date of publication 3 May 2016 Ten civilians were killed when warplanes hit a market in Idlib.")
    assert all(m.place.country_code != "JP" for m in finder.find(text, "en"))


def test_event_without_a_place_takes_its_paragraph_then_its_lead(finder):
    text = ("Fighting in Syria\n\n"
            "Government forces shelled the town of Rastan on Monday, killing three people.\n\n"
            "On Tuesday, a car bomb exploded near a checkpoint, killing five soldiers.")
    first, second = events(finder, text, "en")
    assert first.place.name.startswith("Ar Rastan") or first.place.name == "Rastan"
    assert first.place_source == "sentence"
    assert second.place == first.place and second.place_source == "lead"
    assert second.confidence < first.confidence


def test_french_event_without_a_place_takes_the_headline(finder):
    text = "Attentat à Homs\n\nMardi, une voiture piégée a explosé, tuant cinq personnes."
    event = only(events(finder, text, "fr"))
    assert event.place.name == "Homs" and event.place_source == "headline"


def test_country_context_yields_to_a_place_inside_it(finder):
    text = ("Air strike on Aleppo\n\n"
            "The war in Syria has lasted five years.\n\n"
            "On Tuesday, warplanes killed seven people, rescuers said.")
    event = only(events(finder, text, "en"))
    assert event.place.name == "Aleppo" and event.place_source == "headline"


@pytest.mark.parametrize(("text", "lang"), [
    ("An air strike killed 12 civilians in Saraqib on Monday, said the Syrian Observatory.", "en"),
    ("Lundi, un bombardement aérien a tué 20 civils à Saraqeb, a indiqué l'Observatoire syrien des "
     "droits de l'homme.", "fr"),
])
def test_a_place_before_the_speaker_is_where_it_happened_and_the_speaker_is_no_place(finder, text, lang):
    # "…in Saraqib, said the Observatory": the comma sets the place apart from the verb whose
    # subject comes after it ("l'Observatoire", also a Paris quarter, is the source)
    event = only(events(finder, text, lang))
    assert event.place is not None and event.place.name == "Saraqib" and event.place_source == "sentence"


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Russia has been carrying out air strikes in support of its ally Damascus, and on Thursday warplanes "
     "killed 12 people in Saraqib.", "en", "Saraqib"),
    ("La Russie mène des frappes en soutien à son allié Damas, et jeudi des avions ont tué 12 personnes à "
     "Saraqeb.", "fr", "Saraqib"),
    ("On Wednesday Moscow vetoed a resolution on the shelling that killed 80 people in Saraqib on Tuesday.",
     "en", "Saraqib"),
    ("Mercredi, Moscou a opposé son veto à une résolution sur le bombardement qui a tué 80 personnes mardi "
     "à Saraqeb.", "fr", "Saraqib"),
    # after a locative that governs a day: "on Monday Washington" (commas often stripped in scraped text)
    ("The army said on Monday Washington had bombed Saraqib, killing 12 people.", "en", "Saraqib"),
    ("Selon l'armée, en octobre Washington a bombardé Saraqeb, tuant 12 personnes.", "fr", "Saraqib"),
    # where someone spoke or talks were held (geo.extract.speaker_places)
    ("Speaking at his group's office in the Turkish city of Gaziantep, he said warplanes killed 12 people "
     "in Saraqib on Thursday.", "en", "Saraqib"),
    ("Talks hosted in Astana brought a lull, but on Thursday warplanes killed 12 people "
     "in Saraqib.", "en", "Saraqib"),
    ("Lors d'une conférence de presse à Moscou, le ministre a affirmé que des avions ont tué jeudi 12 "
     "personnes à Saraqeb.", "fr", "Saraqib"),
])
def test_a_capital_named_as_an_ally_vetoing_or_after_a_day_or_a_speakers_place_is_not_the_event_place(
        finder, text, lang, place):
    assert [e.place.name for e in events(finder, text, lang)] == [place]


def test_a_capital_backing_a_force_is_not_the_event_place(finder):
    text = ("Strikes on Quneitra kill 3\n\n"
            "Israeli jets struck a base of the Damascus-backed militia on Thursday, killing three fighters.")
    event = only(events(finder, text, "en"))
    assert event.place.name != "Damascus" and event.place_source == "headline"


@pytest.mark.parametrize(("text", "lang", "places"), [
    # villages NER reads as organisations (geo.extract.act_place_names): an event at each
    ("Syrian forces pressed an offensive in Syria's Idlib province on Monday. Government air strikes on "
     "Armanaz and Muhambal killed six people on Monday, a monitor said.", "en", ["Armanāz", "Muḩambal"]),
    ("Warplanes pounded Saraqib in Syria's Idlib province on Monday, killing five civilians. In Sarmin, an "
     "air strike killed two children, the monitor said.", "en", ["Saraqib", "Sarmīn"]),
    # "contre" places an act as "sur" does
    ("L'armée syrienne a poursuivi son offensive dans la province d'Idleb, en Syrie, lundi. Les frappes "
     "contre Ihsim et Bdama ont tué six personnes lundi, selon l'OSDH.", "fr", ["Iḩsim", "Bdāmā"]),
])
def test_villages_where_strikes_fell_are_each_an_events_place(finder, text, lang, places):
    found = [e.place.name for e in events(finder, text, lang) if e.place is not None]
    assert [name for name in found if name in places] == places
