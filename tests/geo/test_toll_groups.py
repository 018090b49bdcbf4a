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

from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll


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


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A police source said a woman was killed by a rocket shell on the market.", "en", 1),
        ("A mortar shell fired on the camp on Saturday left a child dead and a woman injured.", "en", 1),
        ("The sniper fired on the crowd, killing a young boy and wounding two.", "en", 1),
        ("A car bomb killed a soldier and wounded a child.", "en", 1),
        ("Un civil a été tué samedi par un obus tombé sur le marché.", "fr", 1),
        ("Le tir a tué une femme et blessé trois enfants.", "fr", 1),
        # wounded, not killed; "UN" is no "un"
        ("A soldier was wounded in the attack on the checkpoint.", "en", None),
        ("Un enfant a été blessé par un obus.", "fr", None),
        ("UN observers were killed near the crossing.", "en", None),
        ("Later two more people were reported killed and 22 others were injured in the shelling.", "en", 2),
        ("It said at least 45 Islamic State militants and 20 Kurdish militia fighters had been killed.", "en", 65),
    ],
)
def test_one_victim_told_by_an_article_and_tolls_told_as_reported(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Elsewhere in the country at least 85 people, 54 civilians, 16 soldiers and 15 rebels, were killed.", "en"),
        ("Ailleurs dans le pays, au moins 85 personnes, 54 civils, 16 soldats et 15 rebelles, ont encore péri.", "fr"),
    ],
)
def test_a_toll_told_of_the_rest_of_the_country_is_no_acts(sentence, lang):
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The air strike caused a death toll of at least 12 in the town.", "en", 12),
        ("Twelve people perished in the fire set by the shelling.", "en", 12),
        ("The bombing resulted in the deaths of 12 people on Monday.", "en", 12),
        ("The shelling killed no fewer than 12 civilians.", "en", 12),
        ("The strike killed an estimated 12 people.", "en", 12),
        ("Gunmen murdered 12 villagers on Sunday.", "en", 12),
        ("Gunmen gunned down 12 villagers on Sunday.", "en", 12),
        ("Twelve people (including five children) were killed in the strike.", "en", 12),
        ("Des hommes armés ont assassiné 12 villageois.", "fr", 12),
        # the whole so far: the dead told as more before it are in it
        ("Another three died of their wounds, bringing the death toll to 12.", "en", 12),
        ("Trois autres ont succombé à leurs blessures, portant le bilan à 12.", "fr", 12),
        ("Another 5 died of wounds and the toll rose to 33.", "en", 33),
    ],
)
def test_more_ways_to_tell_a_toll(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Violence in Syria killed 85 people on Thursday, 29 of them civilians, the monitor said.", "en"),
        ("Selon l'Observatoire, la violence en Syrie a causé jeudi la mort de 85 personnes, dont 29 civils.", "fr"),
    ],
)
def test_a_days_toll_of_all_violence_is_no_acts(sentence, lang):
    assert toll(sentence, lang) is None
