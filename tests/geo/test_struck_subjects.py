"""A name opening a sentence whose verb is an attack's or a taking's passive is what the act hit,
an aside on it between commas allowed ("Saraqib was shelled on Tuesday", "X, which rebels seized
last week, was shelled"): where the small English model reads the village as an organisation or a
person, it is tried as a village as after "in" (``geo.extract.act_place_names.opens_on_struck_subject``);
sentences of our own, EN and FR, published on a Friday."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.act_place_names import opens_on_struck_subject
from tests.geo.reported_events import reported_events


@pytest.mark.parametrize("text", [
    "Saraqib was shelled by the army on Tuesday.",
    "Saraqib was heavily bombed on Tuesday.",
    "Saraqib, which rebels seized last week, was shelled on Tuesday.",
    "Saraqib was retaken by the army on Tuesday.",
    "The army advanced. Saraqib was captured on Tuesday.",
    "Saraqeb a été pilonnée mardi par l'armée.",
    "Saraqeb, tombée la semaine dernière, a été reprise mardi.",
])
def test_the_subject_of_a_struck_passive_is_hit(text):
    start = text.index("Saraq")
    assert opens_on_struck_subject(text, start, start + len("Saraqib"))


@pytest.mark.parametrize("text", [
    "Saraqib was calm on Tuesday.",  # no act's verb
    "Saraqib was taken to hospital on Tuesday.",  # "taken" is no taking of a place
    "Rebels from Saraqib were shelled on Tuesday.",  # not the sentence's subject
    "Saraqib said the town was shelled on Tuesday.",
])
def test_other_names_are_not(text):
    start = text.index("Saraq")
    assert not opens_on_struck_subject(text, start, start + len("Saraqib"))


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Syria\nSaraqib was shelled by the army on Tuesday, the Observatory said.", "en", date(2016, 9, 20)),
    ("Syria\nSaraqib, which rebels seized last week, was shelled by the army on Wednesday.", "en",
     date(2016, 9, 21)),
    ("Syrie\nSaraqeb a été pilonnée mardi par l'armée, selon l'OSDH.", "fr", date(2016, 9, 20)),
])
def test_the_act_is_at_the_struck_subject(place_finder, text, lang, day):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.date_start) for e in events] == [("Saraqib", day)]
