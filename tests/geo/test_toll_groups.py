"""Issue 19: tolls told of several groups of victims, of the wounded, and of a war or a week
(sentences written for these tests, EN and FR).

* two groups of dead add up, whoever counts them ("claimed the lives of 12 soldiers and 9
  rebels"), and victims told by several words or two kinds at once are counted ("40 regime and
  rebel fighters were killed", "25 Islamic State group fighters were killed");
* "… and 12 others, including women, were wounded": the others are wounded, not killed;
* a toll of a whole war ("killed in the country's 30-month war") or of a week ("in one week") is
  no one act's, but one of the last 24 hours is.
"""

import pytest

from geo.extract.numbers import event_toll, find_fatalities


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The battle for the hill claimed the lives of 12 soldiers and 9 rebels on Sunday.", "en", 21),
        ("The fighting cost the lives of 30 government forces and 28 insurgents near the dam.", "en", 58),
        ("Les combats ont coûté la vie à 12 soldats et 9 rebelles dimanche.", "fr", 21),
        ("Some 25 Islamic State group fighters and 6 foreign mercenaries were killed in the raids.", "en", 31),
        ("At least 40 regime and rebel fighters have been killed in fighting near the dam.", "en", 40),
        ("Au moins 40 soldats et miliciens ont été tués dans les combats près du barrage.", "fr", 40),
    ],
)
def test_groups_of_dead_add_up(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Three civilians were killed and 12 others including women and children were wounded "
         "in the air strikes.", "en", 3),
        ("Three civilians were killed and 12 others, among them nurses and a doctor, were seriously injured.", "en", 3),
        ("Le bombardement a tué trois civils et 12 autres, dont des enfants, ont été blessés.", "fr", 3),
        # the others killed: added
        ("The strike killed nine children and 14 others in the market and 30 were wounded.", "en", 23),
        ("The strike killed nine children and 14 others, and wounded 30.", "en", 23),
        ("Le bombardement a tué trois civils et 12 autres personnes.", "fr", 15),
    ],
)
def test_others_wounded_are_not_killed(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A watchdog said 23 journalists have been killed in Syria's 30-month war.", "en", None),
        ("Some 400 people were killed during the six-year conflict, the report said.", "en", None),
        ("Over 500 civilians killed in one week of bombing in the north.", "en", None),
        ("Plus de 500 civils ont été tués en une semaine dans le nord.", "fr", None),
        # one day's: kept
        ("Some 30 fighters were killed in air strikes over the past 24 hours, the ministry said.", "en", 30),
        ("At least 30 fighters were killed in the strikes in the past 24 hours.", "en", 30),
    ],
)
def test_tolls_of_a_war_or_a_week_are_no_acts(sentence, lang, expected):
    assert toll(sentence, lang) == expected
