"""A headline's day total over acts the body tells at several places of its area is no act of its own
(geo.extract.headline_totals); one act retold in the headline still joins its body.  Articles of our
own, English and French, with the world gazetteer."""

import pytest

from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)

#: the headline's total (30) is more than the body's acts add up to (8 + 6 + 4)
TOTAL_OVER_THREE_TOWNS = {
    "en": ("Air strikes kill 30 in Syria's Idlib province\n\n"
           "Air strikes killed eight people in the town of Saraqib on Tuesday, activists said. "
           "Barrel bombs killed six civilians in the town of Binnish on Tuesday. "
           "On Tuesday warplanes struck the town of Ariha, killing four people."),
    "fr": ("Syrie : 30 morts dans des raids sur la province d'Idleb\n\n"
           "Des raids aériens ont tué huit personnes mardi dans la ville de Saraqeb, selon des militants. "
           "Des barils d'explosifs ont tué six civils mardi dans la ville de Binnish. "
           "Mardi, des avions ont bombardé la ville d'Ariha, tuant quatre personnes."),
}
#: the headline retells one act (its toll updated in the body), another act told at a second town: the
#: headline's act is one of the body's
ONE_ACT_RETOLD = {
    "en": ("Air strikes kill 9 in Syria's Idlib province\n\n"
           "Air strikes killed at least 11 people in the town of Saraqib on Tuesday, activists said. "
           "Shelling killed two civilians in the town of Binnish on Tuesday."),
    "fr": ("Syrie : 9 morts dans des raids sur la province d'Idleb\n\n"
           "Des raids aériens ont tué au moins onze personnes mardi dans la ville de Saraqeb, selon des militants. "
           "Des bombardements ont tué deux civils mardi dans la ville de Binnish."),
}
#: the headline's very toll told again in the body, with acts at two other towns
TOLL_TOLD_AGAIN = {
    "en": ("Air strikes kill 12 in Syria's Idlib province\n\n"
           "Air strikes killed 12 people in the town of Saraqib on Tuesday, activists said. "
           "Barrel bombs hit the town of Binnish on Tuesday, killing two. "
           "On Tuesday warplanes struck the town of Ariha, killing four people."),
    "fr": ("Syrie : 12 morts dans des raids sur la province d'Idleb\n\n"
           "Des raids aériens ont tué 12 personnes mardi dans la ville de Saraqeb, selon des militants. "
           "Des barils d'explosifs ont frappé mardi la ville de Binnish, tuant deux personnes. "
           "Mardi, des avions ont bombardé la ville d'Ariha, tuant quatre personnes."),
}


def tolls(found):
    return sorted((e.place and e.place.name, e.fatalities) for e in found)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_day_total_over_acts_at_three_towns_is_no_act(finder, lang):
    found = events(finder, TOTAL_OVER_THREE_TOWNS[lang], lang)
    assert sorted(e.fatalities for e in found) == [4, 6, 8], tolls(found)
    assert all(e.place_precision == "point" for e in found), tolls(found)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_act_retold_in_the_headline_still_joins(finder, lang):
    found = events(finder, ONE_ACT_RETOLD[lang], lang)
    assert sorted(e.fatalities for e in found) == [2, 11], tolls(found)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_headline_toll_told_again_is_one_act(finder, lang):
    found = events(finder, TOLL_TOLD_AGAIN[lang], lang)
    assert len(found) == 3 and any(e.spans[0].start == 0 and e.place.name == "Saraqib" for e in found), tolls(found)
