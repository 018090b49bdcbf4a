"""The victims of a toll told with a relative clause of up to ten words before their passive
killing ("70 fighters who were later identified as nationals of several foreign states were
eliminated", "40 jihadistes qui avaient franchi la frontière depuis l'Irak à pied ont été tués") are
its dead (geo.extract.numbers); a relative before another verb tells no dead.
Sentences of our own, in English and French."""

import pytest

from geo.extract.numbers import find_fatalities


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", "At least 40 militants who had crossed into the province from Iraq on foot were killed.", 40),
    ("en", "Some 70 Daesh fighters who were later identified as nationals of several foreign states were "
           "eliminated near the town.", 70),
    ("fr", "Au moins 40 jihadistes qui avaient franchi la frontière depuis l'Irak à pied ont été tués.", 40),
])
def test_victims_told_with_a_long_relative_are_the_dead(lang, text, count):
    assert [f.count for f in find_fatalities(text, lang)] == [count]


@pytest.mark.parametrize("text", [
    "Twelve soldiers who were sent to retake the town after rebels had overrun it were ambushed.",
    "Five men who had been held by the group since the fall of the town in 2015 were released.",
])
def test_victims_of_a_long_relative_not_killed_are_no_toll(text):
    assert find_fatalities(text, "en") == []
