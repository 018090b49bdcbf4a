"""What a relative clause tells of another act or of an actor does not make the sentence's toll
cumulative (geo.extract.running_tolls): an earlier act's toll told with its own past time ("the
chemical attack that killed hundreds in 2013") is that act's, and a period told of the actor or
the campaign in a clause set off by a comma ("l'armée, qui pilonne depuis dix jours") is not the
toll's when the sentence tells its act's day.  Sentences of our own, in English and French."""

import pytest

from geo.extract.numbers import find_fatalities
from geo.extract.running_tolls import is_cumulative


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two years after the gas attack that killed hundreds in 2013, air strikes killed eight civilians in "
           "Zamalka on Monday."),
    ("en", "Air strikes killed eight civilians in Zamalka on Monday, near the site of the attack that killed "
           "dozens two years ago."),
    ("fr", "Deux ans après l'attaque au gaz qui avait fait des centaines de morts en 2013, des raids ont tué huit "
           "civils lundi à Zamalka."),
    ("fr", "Des raids ont tué huit civils lundi à Zamalka, où un attentat qui avait fait 30 morts l'an dernier "
           "avait visé un marché."),
    ("en", "At least eight civilians were killed on Monday by army shelling, which has pounded rebel districts "
           "since early this month."),
    ("fr", "Au moins huit civils ont péri lundi sous les bombardements de l'armée, qui pilonne depuis dix jours "
           "les quartiers rebelles."),
    ("en", "Eight soldiers were killed on Monday by rebels, who have held the hills since March."),
])
def test_the_acts_own_toll_is_kept(lang, text):
    assert [f.count for f in find_fatalities(text, lang)] == [8]


@pytest.mark.parametrize(("lang", "text"), [
    # no day of the act told outside the clause: the period is the toll's
    ("en", "Clashes in the area, which have raged since Saturday, have killed 40 fighters."),
    ("fr", "Les combats, qui se poursuivent depuis samedi dans la région, ont fait 40 morts."),
    # the clause is the sentence's own toll, told with its year: a year's toll
    ("en", "The attacks killed 300 people in 2015, the monitor said."),
    ("fr", "Les frappes ont fait 300 morts en 2015, selon l'Observatoire."),
])
def test_a_period_of_the_toll_itself_stays_cumulative(lang, text):
    assert is_cumulative(text)
    assert find_fatalities(text, lang) == []
