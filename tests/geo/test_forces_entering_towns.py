"""Armed ground forces entering a place are an armed clash there (geo.extract.event_types, the
"Armed clash" rule): "les chars de l'armée sont entrés mardi dans X", "the tanks entered the town
of X", "fighters stormed into X"; not a truce "entrée en vigueur", nor troops entering talks or a
country.  Sentences of our own (EN and FR), published on a Friday: Tuesday is 20 September 2016."""

import pytest

from geo.extract.event_types import type_sentence
from tests.geo.reported_events import reported_events


@pytest.mark.parametrize("sentence", [
    "Les chars de l'armée sont entrés mardi dans la localité de Kafr Nabl.",
    "Les rebelles sont entrés lundi à Kafr Nabl après deux jours de combats.",
    "Selon l'OSDH, des combattants jihadistes étaient entrés dans le quartier dans la nuit.",
    "Army tanks entered the town of Kafr Nabl on Tuesday.",
    "Rebel fighters stormed into Kafr Nabl at dawn.",
])
def test_forces_entering_a_place_is_a_clash(sentence):
    typing = type_sentence(sentence)
    assert typing is not None and (typing.event_type, typing.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence", [
    "La trêve est entrée en vigueur samedi à minuit.",
    "Les soldats sont entrés en Turquie mardi.",
    "Rebel leaders entered talks with the envoy on Monday.",
    "Turkish troops entered Syria on Wednesday.",
])
def test_other_entries_are_no_clash(sentence):
    typing = type_sentence(sentence)
    assert typing is None or typing.sub_event_type != "Armed clash"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Troops advance in Syria\n\nArmy tanks entered the town of Harasta on Tuesday, residents said."),
    ("fr", "L'armée avance en Syrie\n\nLes chars de l'armée sont entrés mardi dans Harasta, selon des habitants."),
])
def test_the_town_entered_is_the_acts_place(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.date_start.isoformat(), e.event_type) for e in events] == [
        ("Ḩarastā", "2016-09-20", "Battles")]
