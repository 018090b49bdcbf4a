"""A town abroad nothing else in the document points to gives way to its namesake in the document's
country (geo.extract.home_namesakes), a place abroad nothing else points to is otherwise a namesake,
not an event place (geo.extract.lone_namesakes), and a paragraph's places in the document's own country come
before its places abroad when an event takes its place from its context
(geo.extract.event_places.context_place_finder).  Sentences of our own, in English and French,
with the world gazetteer."""

import pytest

from tests.geo.reported_events import reported_events


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Shelling kills nine in Madaya. Government shelling killed nine people in Madaya on Thursday, "
           "activists said. The town in Syria lies near Damascus and has been besieged for months.", "SY"),
    ("fr", "Des bombardements tuent neuf personnes à Madaya. Des bombardements ont tué neuf personnes jeudi "
           "à Madaya, selon des militants. La ville, en Syrie, près de Damas, est assiégée depuis des mois.", "SY"),
    ("en", "Violence in Syria\n\nA series of air raids in Ariha on Thursday killed 14 civilians, activists said.", "SY"),
    ("fr", "Violences en Syrie\n\nDes raids aériens sur Ariha ont tué 14 civils jeudi, selon des militants.", "SY"),
    # an article about Myanmar: its Madaya is Myanmar's, whatever Syria's village of that name
    ("en", "Fighting in Myanmar\n\nClashes between the army and an ethnic militia killed nine people near Madaya on "
           "Thursday, officials in Mandalay said. Myanmar's army has fought the militia for months.", "MM"),
    ("fr", "Combats en Birmanie\n\nDes affrontements entre l'armée et une milice ont fait neuf morts jeudi près de "
           "Madaya, selon des responsables à Mandalay. L'armée birmane combat la milice depuis des mois.", "MM"),
])
def test_a_town_abroad_gives_way_to_its_namesake_at_home(place_finder, lang, text, country):
    # the gazetteer's larger "Madaya" is in Myanmar, its "Ariha" Jericho (the West Bank); in an article about
    # Syria, which names neither country, the Syrian villages (no recorded population) are meant
    # (geo.extract.home_namesakes)
    assert {m.place.country_code for m in place_finder.find(text, lang)} == {country}
    events = reported_events(place_finder, text, lang)
    assert [(e.place.country_code, e.place_source) for e in events] == [(country, "sentence")]


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


@pytest.mark.parametrize(("lang", "text", "country"), [
    # "Suluk" is only another name of Jolo, a Philippine city; a Syrian town bears it as its own name:
    # in an article about Syria a city abroad known by that other name is not what the name means
    ("en", "Air strikes in Syria\n\nGovernment aircraft struck the Suluk area on Tuesday, killing three people, "
           "the Syrian Observatory said.", "SY"),
    ("fr", "Frappes en Syrie\n\nL'aviation du régime a frappé mardi le secteur de Suluk, tuant trois personnes, "
           "selon l'Observatoire syrien des droits de l'homme.", "SY"),
    # an article about the Philippines: the city it is about
    ("en", "Clashes in the Philippines\n\nSoldiers clashed with militants near Suluk on Tuesday, killing three, "
           "officials in Mindanao said.", "PH"),
])
def test_a_city_abroad_known_by_another_name_gives_way_to_the_place_of_that_name_at_home(
        place_finder, lang, text, country):
    suluk = [m.place.country_code for m in place_finder.find(text, lang) if m.text == "Suluk"]
    assert suluk == [country]
