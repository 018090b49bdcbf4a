"""The date of a verb of speech dates the report, not an act the sentence dates apart
(geo.extract.speech_dates); alone, it still dates the act.  Sentences of our own, published on
Friday 23 September 2016, in English and French."""

from datetime import date

import pytest


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes killed 12 people early on Tuesday in Homs, the Observatory said on Thursday."),
    ("en", "The Observatory said on Thursday that air strikes killed 12 people in Homs on Tuesday."),
    ("en", "The ministry on Thursday said air strikes killed 12 people in Homs on Tuesday."),
    ("fr", "Des frappes aériennes ont tué 12 personnes mardi à Homs, a indiqué l'Observatoire jeudi."),
    ("fr", "L'Observatoire a annoncé jeudi que des frappes aériennes avaient tué 12 personnes mardi à Homs."),
])
def test_the_act_keeps_its_own_date_beside_the_date_of_speech(told_events):
    assert [(e.place.name, e.date_start) for e in told_events] == [("Homs", date(2016, 9, 20))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes killed 12 people in Homs, the Observatory said on Thursday."),
    ("en", "Air strikes killed 12 people in Homs on Thursday, said the Observatory."),
    ("fr", "Des frappes aériennes ont tué 12 personnes à Homs, a indiqué l'Observatoire jeudi."),
])
def test_the_date_of_speech_alone_dates_the_act(told_events):
    assert [(e.place.name, e.date_start) for e in told_events] == [("Homs", date(2016, 9, 22))]
