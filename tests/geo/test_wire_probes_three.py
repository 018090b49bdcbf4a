"""Mechanisms found wanting by the third round of English event probes (bench/en_event_probes3.py),
on sentences written for these tests, published on a Friday (Monday is 19 September 2016):

* the deaths an act "resulted in", the act its subject (geo.extract.toll_forms.ACT_RESULTED_IN);
* an attack told by its means after "by" ("responded by bombing the town"): an act
  (geo.extract.event_types);
* a second clause of the same type at the first's town that says it tells another act ("…, while
  a second blast hit …"), or tells a day of its own ("…, and on Wednesday rebels attacked …"), and
  a relative clause of place telling an act of its own day ("…, where fighting erupted on
  Monday"): acts of their own (geo.extract.clause_acts);
* a resident's or a witness's town right before their words ("a resident of X told AFP") is where
  the act they tell happened, not a source (geo.extract.event_places);
* the other side striking back ("Kurdish fighters hit back the same day, attacking …") tells
  another act, no retelling (geo.extract.other_act_openings.strikes_back)."""

from datetime import date

import pytest

from geo.extract.event_types import type_sentence
from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll

MON, TUE, WED = date(2016, 9, 19), date(2016, 9, 20), date(2016, 9, 21)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The attack resulted in five fatalities and 12 injuries.", 5),
    ("The air strike resulted in 12 deaths, the governor said.", 12),
    ("The bombing has resulted in at least nine deaths.", 9),
    # not the act itself: the war, a campaign, a period; nor the wounded
    ("The war has resulted in 300,000 deaths.", None),
    ("The offensive since March has resulted in 300 deaths.", None),
    ("The attack resulted in 12 injuries.", None),
])
def test_the_deaths_an_act_resulted_in_are_its_toll(sentence, expected):
    assert event_toll(find_fatalities(sentence, "en")) == expected


@pytest.mark.parametrize("sentence", [
    "Government jets responded by bombing the town of Kafr Zita.",
    "The army retaliated by shelling rebel positions.",
])
def test_an_attack_told_by_its_means_is_an_act(sentence):
    assert type_sentence(sentence) is not None


def _acts(events):
    return sorted((e.place.name, e.date_start) for e in events)


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # a second blast at the first's city
    ("en", "A car bomb exploded at a market in Saraqeb on Tuesday, killing eight, while a second blast hit a "
           "checkpoint at the town's entrance.", [("Saraqib", TUE), ("Saraqib", TUE)]),
    # each clause with a day of its own, the second at no place of its own
    ("en", "On Tuesday, jihadists shelled the town of Saraqeb, killing two children, and on Wednesday rebels "
           "attacked an army checkpoint on the edge of the town, killing five soldiers.",
     [("Saraqib", TUE), ("Saraqib", WED)]),
    # a relative clause of place, with a day of its own
    ("en", "Rebels seized the village of Hraytan on Monday and advanced towards the town of Saraqeb, where "
           "fighting continued on Tuesday.", [("Saraqib", TUE), ("Ḩuraytān", MON)]),
    # the same in French
    ("fr", "Une voiture piégée a explosé sur un marché de Saraqeb mardi, tuant huit personnes, tandis qu'une "
           "deuxième explosion a visé un barrage à l'entrée de la ville.", [("Saraqib", TUE), ("Saraqib", TUE)]),
    ("fr", "Mardi, des jihadistes ont bombardé la ville de Saraqeb, tuant deux enfants, et mercredi des rebelles "
           "ont attaqué un barrage à l'entrée de la ville, tuant cinq soldats.", [("Saraqib", TUE), ("Saraqib", WED)]),
    ("fr", "Les rebelles ont pris le village de Hraytan lundi et ont avancé vers la ville de Saraqeb, où des "
           "combats se poursuivaient mardi.", [("Saraqib", TUE), ("Ḩuraytān", MON)]),
    # the same day in both clauses: one act
    ("en", "Jets struck the town of Saraqeb, where 12 people were killed on Tuesday.", [("Saraqib", TUE)]),
])
def test_a_clause_telling_another_act_is_an_event_of_its_own(told_events, acts):
    assert _acts(told_events) == acts



@pytest.mark.parametrize(("lang", "text", "place"), [
    # a resident's or a witness's town right before their words is where they saw the act, no source
    ("en", '"They shelled our street on Saturday night and three of my neighbours were killed," a resident of '
           "Douma told AFP by phone.", "Dūmā"),
    ("en", 'A witness in Saraqeb said: "A helicopter dropped two barrel bombs on the market on Monday morning."',
     "Saraqib"),
    ("fr", "Un habitant de Douma a déclaré : « Ils ont bombardé notre rue samedi soir et trois de mes voisins "
           "ont été tués. »", "Dūmā"),
])
def test_a_witness_town_is_the_act_place(told_events, place):
    assert [e.place.name for e in told_events] == [place]


@pytest.mark.parametrize(("lang", "text", "n"), [
    # the other side striking back at the same town on the same day: another act
    ("en", "Islamic State shelled Kurdish-held districts of Saraqeb on Monday, killing two people. Kurdish "
           "fighters hit back the same day, attacking an Islamic State post in the town.", 2),
    ("fr", "L'EI a bombardé des quartiers kurdes de Saraqeb lundi, tuant deux personnes. En représailles, les "
           "combattants kurdes ont attaqué le même jour un poste de l'EI dans la ville.", 2),
    # the act told already, named by a definite article: no other
    ("en", "Government jets struck Saraqeb on Monday, killing five people. The strikes came in retaliation "
           "for an attack on an army post, the army said.", 1),
])
def test_the_other_side_striking_back_is_another_act(told_events, n):
    assert len(told_events) == n
