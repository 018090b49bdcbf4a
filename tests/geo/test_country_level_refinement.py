"""An event known only by its country takes the place a following sentence names inside that
country (geo.extract.reference_places.refining_reference / within_country): a headline or lead
says "in northern Syria", the body says where.  A place abroad does not.  Sentences of our own,
in English and French."""

import pytest

from tests.geo.reported_events import PUBLISHED


def placed(events):
    return [(e.place.name, e.place.country_code, e.fatalities) for e in events if e.place is not None]


@pytest.mark.parametrize(("lang", "text", "where"), [
    ("en", "On Friday air strikes killed 50 fighters in northern Syria. Most of the 50 fighters killed in "
           "the attacks west of the second city Aleppo were foreigners.", "Aleppo"),
    ("fr", "Vendredi, des frappes aériennes ont tué 50 combattants dans le nord de la Syrie. La plupart des "
           "50 combattants tués lors des frappes à l'ouest de la deuxième ville du pays, Alep, étaient "
           "des étrangers.", "Aleppo"),
    ("en", "On Friday a car bomb killed 22 people in northern Syria. The car bomb exploded in the town of "
           "Qamishli.", "Al Qāmishlī"),
    ("fr", "Vendredi, une voiture piégée a tué 22 personnes dans le nord de la Syrie. La voiture piégée a "
           "explosé dans la ville de Qamishli.", "Al Qāmishlī"),
])
def test_a_country_level_event_takes_the_place_its_next_sentence_names_in_the_country(told_events, where):
    assert len(told_events) == 1
    assert told_events[0].place.name == where and told_events[0].date_start == PUBLISHED
    assert told_events[0].place_precision != "country"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday air strikes killed 50 fighters in northern Syria. Most of the 50 fighters were "
           "trained west of Mosul in Iraq."),
    ("fr", "Vendredi, des frappes aériennes ont tué 50 combattants dans le nord de la Syrie. La plupart des "
           "50 combattants avaient été formés à l'ouest de Mossoul, en Irak."),
])
def test_a_place_abroad_does_not_move_a_country_level_event(told_events):
    assert [(name, cc) for name, cc, _ in placed(told_events)][:1] == [("Syria", "SY")]
