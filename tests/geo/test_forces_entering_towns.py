"""Armed ground forces entering a place are an armed clash there (geo.extract.event_types, the
"Armed clash" rule): "les chars de l'armée sont entrés mardi dans X", "les rebelles sont entrés à
X"; not a truce "entrée en vigueur", nor troops entering a country.  English "entered X" is left
untyped (troops entering a country, talks, a town they hold: too many readings).  Sentences of our
own, published on a Friday: Tuesday is 20 September 2016."""

import pytest

from geo.extract.event_types import type_sentence
from tests.geo.reported_events import reported_events


@pytest.mark.parametrize("sentence", [
    "Les chars de l'armée sont entrés mardi dans la localité de Kafr Nabl.",
    "Les rebelles sont entrés lundi à Kafr Nabl après deux jours de combats.",
    "Selon l'OSDH, des combattants jihadistes étaient entrés dans le quartier dans la nuit.",
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
    ("fr", "L'armée avance en Syrie\n\nLes chars de l'armée sont entrés mardi dans Harasta, selon des habitants."),
])
def test_the_town_entered_is_the_acts_place(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.date_start.isoformat(), e.event_type) for e in events] == [
        ("Ḩarastā", "2016-09-20", "Battles")]
