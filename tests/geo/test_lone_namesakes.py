"""A place abroad nothing else in the document points to is a namesake, not an event place
(geo.extract.lone_namesakes), and a paragraph's places in the document's own country come
before its places abroad when an event takes its place from its context
(geo.extract.event_places.context_place_finder).  Sentences of our own, in English and French,
with the world gazetteer."""

import pytest

from tests.geo.reported_events import reported_events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shelling kills nine in Madaya. Government shelling killed nine people in Madaya on Thursday, "
           "activists said. The town in Syria lies near Damascus and has been besieged for months."),
    ("fr", "Des bombardements tuent neuf personnes à Madaya. Des bombardements ont tué neuf personnes jeudi "
           "à Madaya, selon des militants. La ville, en Syrie, près de Damas, est assiégée depuis des mois."),
])
def test_a_lone_namesake_abroad_gives_way_to_the_context_place(place_finder, lang, text):
    # the gazetteer's larger "Madaya" is in Myanmar, which nothing else in the text names
    assert any(m.place.country_code == "MM" for m in place_finder.find(text, lang))
    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.place_source) for e in events] == [("Damascus", "paragraph")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shelling kills nine in Syria. Government shelling killed nine people on Thursday in the Turkish "
           "town of Kilis near the border, officials said. Aleppo and Idlib were also shelled on Wednesday."),
    ("fr", "Des tirs tuent neuf personnes en Syrie. Des tirs ont tué neuf personnes jeudi dans la ville turque "
           "de Kilis près de la frontière. Alep et Idleb ont aussi été bombardées mercredi."),
])
def test_a_place_abroad_its_country_named_is_the_event_place(told_events):
    assert ("Kilis", "sentence") in [(e.place.name, e.place_source) for e in told_events]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes kill 12 in Syria. Twelve people were killed on Thursday when warplanes bombed a crowded "
           "market, rescuers said. Doctors in the Turkish town of Kilis treated the wounded. Most of the dead "
           "were traders in the town of Saraqib."),
    ("fr", "Des raids tuent 12 personnes en Syrie. Douze personnes ont été tuées jeudi quand des avions ont "
           "bombardé un marché, selon les secouristes. Des médecins de la ville turque de Kilis ont soigné les "
           "blessés. La plupart des morts étaient des commerçants de la ville de Saraqeb."),
])
def test_the_context_place_in_the_documents_country_comes_before_one_abroad(told_events):
    assert [(e.place.name, e.place_source) for e in told_events] == [("Saraqib", "paragraph")]
