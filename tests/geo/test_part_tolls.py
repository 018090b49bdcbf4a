"""The dead of one place of a list, told after the list, are that place's toll
(:mod:`geo.extract.part_tolls`), and the dead told as more of another kind of act at another town
are that town's, as are dead told as more at another town, no act named ("Three more civilians were
killed in X": :mod:`geo.extract.other_towns`): sentences written for these tests, EN and FR."""

import pytest

TEXTS = {
    "en": ("Six civilians were killed on Tuesday in rocket fire on Hama and Tartus, state television said. "
           "Four of them were killed when a rocket hit a market in Hama. "
           "In Tartus, two people died in a mortar attack."),
    "fr": ("Six civils ont été tués mardi par des tirs de roquettes sur Hama et Tartous, selon la télévision d'État. "
           "Quatre civils ont été tués lorsqu'une roquette a frappé un marché de Hama. "
           "À Tartous, deux personnes sont mortes dans un tir de mortier."),
}
#: the list's toll told again, of no one place: no place's toll
SUMMARY = {
    "en": ("Six civilians were killed on Tuesday in rocket fire on Hama and Tartus, state television said. "
           "Six people died, most of them children."),
    "fr": ("Six civils ont été tués mardi par des tirs de roquettes sur Hama et Tartous, selon la télévision d'État. "
           "Six personnes sont mortes, pour la plupart des enfants."),
}


def _tolls(events):
    return sorted((e.place.name, e.fatalities) for e in events if e.place is not None)


@pytest.mark.parametrize(("lang", "text"), TEXTS.items())
def test_a_place_of_a_list_told_its_own_dead_has_them(told_events, lang, text):
    assert dict(_tolls(told_events)) == {"Ḩamāh": 4, "Ţarţūs": 2}


@pytest.mark.parametrize(("lang", "text"), SUMMARY.items())
def test_the_lists_toll_told_again_is_no_one_places(told_events, lang, text):
    assert [n for _p, n in _tolls(told_events)] == [None, None]


#: the day's dead told on at another town, by an act of another kind: that town's
MORE_AT_ANOTHER_TOWN = {
    "en": ("Air strikes on the town of Saraqib killed seven people on Tuesday, a monitor said. "
           "Shelling on Ariha killed three others."),
    "fr": ("Des frappes aériennes ont tué sept personnes mardi dans la ville de Saraqeb, selon l'OSDH. "
           "Des tirs d'artillerie sur Ariha ont tué trois autres personnes."),
}
#: ... but by an act of the same kind, more dead of the act told (no change here)
MORE_OF_THE_SAME_KIND = {
    "en": ("Air strikes on the town of Saraqib killed seven people on Tuesday, a monitor said. "
           "Air strikes on Ariha killed three others."),
}


@pytest.mark.parametrize(("lang", "text"), MORE_AT_ANOTHER_TOWN.items())
def test_more_dead_of_another_kind_of_act_at_another_town_are_its_own(told_events, lang, text):
    assert dict(_tolls(told_events)) == {"Saraqib": 7, "Arīḩā": 3}


@pytest.mark.parametrize(("lang", "text"), MORE_OF_THE_SAME_KIND.items())
def test_more_dead_of_the_same_kind_of_act_stay_the_acts(told_events, lang, text):
    assert dict(_tolls(told_events)) == {"Saraqib": 10}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # dead told as more, no act named, in a clause placing them at another town: that town's act, that day
    ("en", "Mortar shells killed nine people in the town of Douma on Tuesday, activists said. Two more civilians were "
           "killed in Harasta.", {"Dūmā": 9, "Ḩarastā": 2}),
    ("fr", "Des obus de mortier ont tué neuf personnes mardi dans la ville de Douma, selon des militants. Deux autres "
           "civils ont été tués à Harasta.", {"Dūmā": 9, "Ḩarastā": 2}),
    # ... but more dead at the act's own town are more of its dead
    ("en", "Mortar shells killed nine people in the town of Douma on Tuesday, activists said. Two more civilians died "
           "of their wounds in a clinic in Douma.", {"Dūmā": 11}),
])
def test_more_dead_at_another_town_are_its_own_act(told_events, lang, text, expected):
    assert dict(_tolls(told_events)) == expected and len({e.date_start for e in told_events}) == 1
