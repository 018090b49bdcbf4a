"""A town encircled by troops is a siege (geo.extract.act_lexicon, family "siege"): "the army
encircled X", "l'armée a encerclé X", "les rebelles encerclent la ville" are an armed clash at X;
"the encircled town", "la ville encerclée" qualify a place and tell no act.  Sentences of our own
(EN and FR), published on a Friday: Tuesday is 20 September 2016."""

import pytest

from geo.extract.act_lexicon import attack_verb_forms
from geo.extract.event_types import type_sentence
from tests.geo.reported_events import reported_events


@pytest.mark.parametrize("sentence", [
    "Government troops encircled the town of Kafr Nabl on Tuesday.",
    "Rebel units are encircling the air base, the monitor said.",
    "Les forces du régime ont encerclé mardi la localité de Kafr Nabl.",
    "Les rebelles encerclent depuis lundi l'aéroport militaire.",
    "Les jihadistes encerclaient la ville depuis trois jours.",
])
def test_troops_encircling_a_place_is_a_siege(sentence):
    typing = type_sentence(sentence)
    assert typing is not None and (typing.event_type, typing.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence", [
    "Aid reached the encircled town on Monday.",
    "Un convoi d'aide est arrivé lundi dans la ville encerclée.",
])
def test_an_encircled_place_tells_no_act(sentence):
    typing = type_sentence(sentence)
    assert typing is None or typing.sub_event_type != "Armed clash"


def test_encircling_is_a_taking_verb():
    assert "encircled" in attack_verb_forms("en", ("past",), taking=True)
    assert "encerclé" in attack_verb_forms("fr", ("é",), taking=True)
    assert "encircled" not in attack_verb_forms("en", ("past",))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Troops advance in Syria\n\nGovernment forces encircled Harasta on Tuesday and cut the last road."),
    ("fr", "L'armée avance en Syrie\n\nLes forces du régime ont encerclé mardi la ville de Harasta."),
])
def test_the_encircled_town_is_the_acts_place(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.date_start.isoformat(), e.event_type) for e in events] == [
        ("Ḩarastā", "2016-09-20", "Battles")]
