"""Tolls the fourth round of English toll probes (bench/en_toll_cases4.py) found wanting, with their
French counterparts: sentences written for these tests.

* the dead since a campaign began, told with its first day ("in an offensive which began last
  weekend", "the siege of the town, which began in March", "l'offensive lancée mardi"), or of a
  run of strikes told going on over days ("which began on Friday and continued on Saturday"), or
  of a week-long campaign: no one act's (:data:`geo.extract.running_tolls.SEVERAL_DAYS_RE`); the
  campaign's first day told as the act's own, or as the time after which the act came, is not;
* another act's toll in a relative clause on an act named with an indefinite article, told after
  the sentence's own ("…, near the site of a blast that killed 12 last month": :mod:`geo.extract.other_act_tolls`);
* a second group of dead told by the body it belongs to ("ten rebels and five members of the army
  died": 15, :data:`geo.extract.numbers._FIRST_OF_TWO`);
* the wounded's dead told as a part of them ("12 were wounded, two of whom later died": 2 more dead,
  "15 blessés, dont deux ont succombé": :data:`geo.extract.toll_forms.WOUNDED_OF_THEM_DIED`);
* one victim told by an article, of more kinds of people ("a paramedic was killed", "un
  secouriste a été tué": :data:`geo.extract.toll_words.ONE_VICTIM`).
"""

import pytest

from geo.extract.numbers import find_fatalities
from geo.extract.other_estimates import marked_estimates
from geo.extract.tallies import event_toll


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Kurdish fighters have killed at least 90 militants in an offensive which began last weekend."),
    ("en", "The army said it had killed 64 insurgents in an operation that started on Sunday."),
    ("en", "The offensive, launched last Wednesday, has so far cost the lives of 45 soldiers."),
    ("en", "The siege of the old city, which began in May, has killed more than 180 people."),
    ("en", "Air raids which began on Thursday and continued on Friday killed 26 people in the province."),
    ("en", "Rebels lost 52 fighters in a week-long push on the airbase."),
    ("en", "Rebels lost 52 fighters in a week-long push on the airbase"),  # (scraped: no full stop)
    ("fr", "L'offensive lancée lundi par l'armée a fait 70 morts parmi les rebelles."),
    ("fr", "Loffensive lancée lundi par larmée a fait 70 morts parmi les rebelles"),
    ("fr", "Les frappes, qui ont commencé jeudi et se sont poursuivies vendredi, ont tué 26 civils."),
    ("fr", "La campagne, entamée il y a dix jours, a fait 140 morts."),
])
def test_the_dead_since_a_campaign_began_are_no_act_s(lang, sentence):
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "The army launched an offensive on the town on Sunday, killing 17 rebels.", 17),
    ("en", "Air strikes that began early on Wednesday killed eleven people in the village.", 11),
    ("en", "The assault began at dawn and killed 14 soldiers.", 14),
    ("en", "Rebels killed nine soldiers on Friday in a raid, days after an offensive began on Monday.", 9),
    ("fr", "L'armée a lancé lundi une offensive sur la ville, tuant 17 rebelles.", 17),
])
def test_a_campaign_s_first_day_told_as_the_act_s_keeps_its_toll(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "A paramedic was killed when a shell hit his ambulance."),
    ("en", "A volunteer rescuer died after an air strike on the civil defence centre."),
    ("en", "A student was shot dead at a checkpoint in the city."),
    ("fr", "Un secouriste a été tué lorsqu'un obus a frappé son ambulance."),
    ("fr", "Un étudiant a été tué par balle à un barrage."),
])
def test_one_victim_of_more_kinds(lang, sentence):
    assert toll(sentence, lang) == 1


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "A shell killed four people in the market, near the site of a blast that killed 15 last month.", 4),
    ("en", "Six soldiers died in the ambush, two weeks after an attack which left 25 dead on the same road.", 6),
    ("en", "Three people were killed, days after another bombing that claimed the lives of 20.", 3),
    ("fr", "Quatre personnes ont été tuées au marché, un mois après un attentat qui avait fait 40 morts.", 4),
    # told first, it is the sentence's own act's; "the attack, which killed" retells the act told
    ("en", "A car bomb that killed 12 people exploded near the bus station.", 12),
    ("en", "Nine people were killed in the attack on the market; the attack, which killed nine, was claimed by IS.", 9),
])
def test_another_act_s_toll_in_a_relative_clause_is_not_the_act_s(lang, sentence, expected):
    assert event_toll(marked_estimates(sentence, find_fatalities(sentence, lang))) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Eight rebels and four members of the government forces died in the clashes.", 12),
    ("en", "Six jihadists and two members of the Kurdish police were killed.", 8),
    ("en", "Two civilians and three of the wounded died in hospital.", 5),
    ("fr", "Huit rebelles et quatre membres des forces gouvernementales ont été tués.", 12),
])
def test_a_second_group_told_by_the_body_it_belongs_to_is_added(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Eleven people were injured in the explosion, three of whom later died.", 3),
    ("en", "Four people were killed and 30 wounded, two of whom died in hospital.", 6),
    ("en", "Nine people were hurt and one of them died on Sunday.", 1),
    ("en", "Nine people were killed, two of whom died in hospital.", 9),  # the killed's part: no more dead
    ("fr", "Onze personnes ont été blessées, dont trois ont succombé.", 3),
    ("fr", "Quatre civils ont été tués et trente blessés, dont deux sont morts ensuite.", 6),
    ("fr", "Onze blessés, dont trois enfants.", None),
])
def test_the_wounded_s_dead_told_as_a_part_of_them_are_more_dead(lang, sentence, expected):
    assert toll(sentence, lang) == expected
