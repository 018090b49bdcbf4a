"""Tolls the fifth round of English toll probes (bench/en_toll_cases5.py) found wanting, with their
French counterparts: sentences written for these tests.

* a second side's count with its qualifier ("eight soldiers and at least 15 rebels died": 23,
  :data:`geo.extract.numbers._FIRST_OF_TWO`);
* dead told with "also" after another count of the sentence ("… 17 jihadists, while six Kurdish
  fighters also died": 23, :mod:`geo.extract.also_dead`), not a sentence opening on them nor a
  count told twice;
* the act's whole so far told before the word it counts ("bringing to 40 the number of people
  killed in the attack", "portant à 40 le nombre de morts de l'attentat"), not a campaign's; "the
  dead now number 33" (:data:`geo.extract.toll_forms.BROUGHT_TO`, :data:`~geo.extract.toll_forms.DEAD_NUMBER`);
* a count told with "may have been killed" (:data:`geo.extract.toll_words.AUX`);
* a month's or last week's tally over an area or a monitor's count, naming no one act and no day
  (:mod:`geo.extract.month_tallies`);
* a toll shared out place by place, each place with its own day ("seven in A on Thursday and four in
  B on Wednesday": an act at each, on its day, :func:`geo.extract.place_tolls.distributed_tolls`,
  :mod:`geo.extract.paired_days`).
"""

from datetime import date

import pytest

from geo.extract.also_dead import told_also
from geo.extract.month_tallies import month_tally
from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Six soldiers and more than 20 militants died in the fighting.", 26),
    ("en", "Nine policemen and at least 14 gunmen were killed in the shootout.", 23),
    ("en", "Nine policemen and at least 14 gunmen were killed in the shootout", 23),
    ("fr", "Huit soldats et au moins 15 rebelles ont été tués dans les combats.", 23),
])
def test_a_second_side_s_count_keeps_its_qualifier(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "The battle killed at least 21 rebels, while seven soldiers also died.", 28),
    ("en", "Government shelling killed 13 civilians, and four rescue workers were also killed.", 17),
    ("en", "Twelve soldiers were killed in the attack; nine attackers were also killed.", 21),
    ("en", "The raid killed 11 fighters, the group said, adding that three civilians also died.", 14),
    ("fr", "Les combats ont tué 17 jihadistes, tandis que six combattants kurdes ont également péri.", 23),
])
def test_dead_told_also_after_another_count_are_more(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # a sentence opening on them mostly tells another act: its count alone
    ("en", "Seven civilians were also killed in similar raids on a nearby village.", 7),
    ("fr", "Un enfant a également été tué par un obus dans un village voisin.", 1),
    # one count told twice
    ("en", "Eighteen people were also killed on Monday when jets bombed the market, killing 18 people.", 18),
])
def test_also_without_a_count_before_adds_nothing(lang, sentence, expected):
    assert toll(sentence, lang) == expected


def test_told_also_needs_a_count_before():
    sentence = "Ten soldiers died and five rebels were also killed."
    assert told_also(sentence, sentence.index("five") + 4, [0, sentence.index("five")])
    assert not told_also(sentence, sentence.index("five") + 4, [sentence.index("five")])


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Three of the wounded died, bringing to 26 the number of people killed in the bombing.", 26),
    ("en", "Two of the wounded died, raising to 14 the death toll from the bombing.", 14),
    ("en", "The dead now number 45, the civil defence said.", 45),
    ("en", "The dead numbered 19, the ministry said.", 19),
    ("fr", "Cinq blessés ont succombé dans la nuit, portant à 40 le nombre de morts de l'attentat.", 40),
])
def test_the_act_s_whole_told_before_the_word_it_counts(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "The strike killed 9 people, raising to 60 the number of civilians killed in the campaign.", 9),
    ("en", "The strike killed 9 people, bringing to 60 the number of people killed in the strikes on the town.", 9),
    ("en", "Four people were killed, bringing to 75 the number of civilians killed in the town since Sunday.", 4),
    ("fr", "Trois civils ont été tués, portant à 40 le nombre de morts de l'offensive.", 3),
])
def test_a_campaign_s_whole_is_not_the_act_s(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Up to 25 people might have been killed in the raid.", 25),
    ("As many as 40 fighters may have been killed in the ambush.", 40),
])
def test_may_have_been_killed(sentence, expected):
    assert toll(sentence, "en") == expected


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The Syrian Observatory recorded 320 deaths in Aleppo province in July."),
    ("en", "Some 150 civilians were killed in the province during the month of March, the monitor said."),
    ("en", "The network documented the deaths of 870 people across Syria last month."),
    ("fr", "L'OSDH a recensé 1100 morts en septembre dans la province."),
    ("en", "At least 85 people were killed in air raids on the province last week."),
    ("fr", "Au moins 85 personnes ont été tuées dans des raids sur la province la semaine dernière."),
])
def test_a_month_s_tally_is_no_act_s(lang, sentence):
    assert month_tally(sentence)
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "A car bomb killed 45 people in the province in July.", 45),  # one act, in the singular
    ("en", "A suicide bomber killed 16 people in the province in July.", 16),
    ("en", "In July over 20 civilians were killed in air raids on a village near the town.", 20),  # at a town
    ("fr", "En août, une voiture piégée a tué 20 personnes dans la province.", 20),
    ("en", "A car bomb killed 14 people in the province last week.", 14),
])
def test_an_act_dated_by_its_month_keeps_its_toll(lang, sentence, expected):
    assert toll(sentence, lang) == expected


def test_a_sentence_telling_a_day_is_no_month_s_tally():
    assert not month_tally("Airstrikes killed 12 people in the province on Monday, and 240 were killed there in August.")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Syria: strikes\n\nAir raids killed six people in the town of Douma on Thursday and three in the town of "
           "Harasta on Wednesday, the monitor said.", [("Dūmā", 6, date(2016, 9, 22)), ("Ḩarastā", 3, date(2016, 9, 21))]),
    ("en", "Syria: strikes\n\nAir raids killed six people in Douma on Thursday and three in Harasta on Wednesday.",
     [("Dūmā", 6, date(2016, 9, 22)), ("Ḩarastā", 3, date(2016, 9, 21))]),
    ("fr", "Syrie : raids\n\nDes raids ont tué six personnes à Douma jeudi et trois à Harasta mercredi.",
     [("Dūmā", 6, date(2016, 9, 22)), ("Ḩarastā", 3, date(2016, 9, 21))]),
    # one day for both: each place its dead, on that day
    ("en", "Syria: strikes\n\nAir raids killed six people in Douma and three in Harasta on Thursday.",
     [("Dūmā", 6, date(2016, 9, 22)), ("Ḩarastā", 3, date(2016, 9, 22))]),
])
def test_a_toll_shared_out_with_a_day_beside_each_place(told_events, expected):
    assert sorted((e.place.name, e.fatalities, e.date_start) for e in told_events) == expected
