"""An act named with its own day ("Wednesday's air strike", "la frappe de mercredi") dates the act
when the rest of its sentence tells none: the other day dates what was done after it
(geo.extract.named_act_days).  A sentence whose own words tell an act keeps its day.  Sentences of
our own, in English and French, published on Friday 23 September 2016."""

from datetime import date

import pytest

WEDNESDAY, THURSDAY = date(2016, 9, 21), date(2016, 9, 22)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rescuers in Idlib on Thursday were still searching the rubble after Wednesday's air strike on Ariha "
           "that killed 12 people."),
    ("en", "On Thursday, residents of Ariha in Idlib province buried the victims of Wednesday's air strike."),
    ("en", "Thousands mourned in Idlib on Thursday the 12 people killed in Wednesdays air strike on Ariha."),
    ("fr", "Jeudi, les habitants d'Ariha, dans la province d'Idleb, ont enterré les victimes de la frappe aérienne "
           "de mercredi."),
    ("fr", "Les secouristes cherchaient encore jeudi des survivants à Ariha, dans la province d'Idleb, après "
           "l'attentat de mercredi."),
])
def test_the_named_acts_day_dates_it(told_events):
    assert [e.date_start for e in told_events] == [WEDNESDAY]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels shelled Ariha in Idlib province on Thursday in revenge for Wednesday's air strike."),
    ("fr", "Les rebelles ont bombardé jeudi Ariha, dans la province d'Idleb, en représailles à la frappe de "
           "mercredi."),
])
def test_a_sentence_telling_its_own_act_keeps_its_day(told_events):
    assert THURSDAY in [e.date_start for e in told_events]
