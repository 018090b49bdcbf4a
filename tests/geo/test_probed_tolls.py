"""Tolls found wanting by probing with wire-style sentences of our own (bench/en_toll_probe.py),
EN and FR, each written for these tests: a part of a counted whole ("three of the 12 passengers
were killed": 3, :mod:`geo.extract.toll_forms`), the passive of more verbs of killing and a
reported death ("were summarily executed", "were slaughtered", "are believed to have died":
:mod:`geo.extract.toll_words`), tolls of a country's day, of this month or year so far and a
campaign's whole are no act's ("killed across Syria", "have been killed this month", "raising the
toll of the week's strikes to 80": :mod:`geo.extract.running_tolls`), a family counted by its
members ("killed a family of seven": 7; "members of one family": no count), half a dozen (6), "the
number of martyrs rose to 18", the wounded who died after ("three of the wounded later died":
three more), the attackers' own figure told with their claim ("claimed responsibility for the
attack, which it said killed 30": another estimate, :mod:`geo.extract.other_estimates`), the attackers' dead beside their victims'
("the army said it killed five of the attackers" after three soldiers killed: 8), the groups opening a sentence up to the count of a passive "were
killed" ("A child and two women were killed": 3, :mod:`geo.extract.victim_groups`), and dead told at another town, with no act
named, right after an act ("In the town of X three people were killed": an act of its own, the
first one's day, :mod:`geo.extract.other_towns`)."""

from datetime import timedelta

import pytest

from geo.extract.numbers import find_fatalities
from geo.extract.other_estimates import marked_estimates
from geo.extract.tallies import Tally, event_toll
from tests.geo.reported_events import PUBLISHED


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    # the part killed, not the whole that was there
    ("Three of the 12 passengers were killed when the bus was hit.", "en", 3),
    ("One of the four guards was killed in the ambush at dawn.", "en", 1),
    ("Two of the nine shepherds were shot dead near the well.", "en", 2),
    ("Trois des 12 passagers ont été tués quand le bus a été touché.", "fr", 3),
    # the whole is the dead, a part of them told after: the whole
    ("Two of the 12 people killed were children.", "en", 12),
    # the part wounded: no toll
    ("Three of the 12 passengers were wounded when the bus was hit.", "en", None),
])
def test_a_part_of_a_counted_whole_is_the_dead(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("At least 20 prisoners were summarily executed by the militia.", "en", 20),
    ("Six men were publicly executed in the square.", "en", 6),
    ("Eleven villagers were slaughtered in the night raid.", "en", 11),
    ("Four hostages were beheaded by the group.", "en", 4),
    ("At least 10 people are believed to have died in the blast.", "en", 10),
    ("Nine people were feared to have been killed in the collapse.", "en", 9),
    ("Eleven villagers were slaughtered or wounded in the night raid.", "en", None),
])
def test_more_verbs_of_killing_and_reported_deaths(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("A total of 64 people were killed across Lebanon on Sunday, the ministry said.", "en", None),
    ("Au moins 64 personnes ont été tuées dimanche à travers la Syrie.", "fr", None),
    ("At least 230 civilians have been killed this month in the province.", "en", None),
    ("This year more than 900 fighters have died in the valley.", "en", None),
    ("Shelling killed 14 people on Tuesday, raising the toll of the week's raids to 77.", "en", 14),
    ("The death toll from the offensive rose to 260, the monitor said.", "en", None),
    ("Le bilan de la campagne est passé à 260 morts.", "fr", None),
    # one act's: a day's act compared with the month, a toll of one blast, fire from across a border
    ("A car bomb killed 12 people on Monday, the third attack in the town this month.", "en", 12),
    ("The death toll from the car bomb at the market rose to 25.", "en", 25),
    ("Shells fired from across the border killed three shepherds.", "en", 3),
])
def test_a_countrys_day_this_month_so_far_or_a_campaigns_whole_is_no_acts_toll(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("The drone strike killed a family of seven near the well.", "en", 7),
    ("Airstrike kills entire family of nine", "en", 9),
    ("Members of one family were killed when the shell hit their house.", "en", None),
    ("Des membres d'une famille ont été tués par l'obus.", "fr", None),
    ("Eight members of one family were killed when the shell hit their house.", "en", 8),
    ("Twelve family members were killed in the raid.", "en", 12),
    ("Half a dozen shepherds were killed by the mine.", "en", 6),
    ("The number of martyrs rose to 18, the agency said.", "en", 18),
])
def test_families_half_a_dozen_and_martyrs(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("sentences", "lang", "expected"), [
    (("Ten people were killed in the strike on Monday.", "Three of the wounded later died in hospital."), "en", 13),
    (("Dix personnes ont été tuées lundi dans la frappe.", "Trois des blessés ont succombé à l'hôpital."), "fr", 13),
    (("Ten people were killed in the strike on Monday.",
      "Three of the wounded later died, bringing the toll to 13."), "en", 13),
    (("Ten people were killed in the strike on Monday.", "Three of the wounded are in critical condition."), "en", 10),
])
def test_the_wounded_who_died_after_are_more_dead(sentences, lang, expected):
    assert told_in_turn(sentences, lang) == expected


@pytest.mark.parametrize(("sentences", "lang", "expected"), [
    (("A twin bombing killed 12 people in the city on Thursday.",
      "The group claimed responsibility for the attack, which it said killed 30 people."), "en", 12),
    (("Six soldiers were killed in the ambush.", "The rebels claimed to have killed 40 soldiers."), "en", 6),
    (("Six soldiers were killed in the ambush.",
      "Le groupe a revendiqué l'attaque, affirmant avoir tué 40 soldats."), "fr", 6),
    # the claim alone: the only figure there is
    (("The group claimed responsibility for the bombing, which it said killed 30 people.",), "en", 30),
])
def test_the_attackers_claimed_figure_is_another_estimate(sentences, lang, expected):
    assert told_in_turn(sentences, lang) == expected


@pytest.mark.parametrize(("sentences", "lang", "expected"), [
    (("Three soldiers were killed when gunmen attacked the checkpoint.", "The army said it killed five of the attackers."),
     "en", 8),
    (("Trois soldats ont été tués dans l'attaque du barrage.", "L'armée a tué cinq des assaillants."), "fr", 8),
    # the attackers' dead alone are the act's toll
    (("Three attackers were killed when they stormed the checkpoint.",), "en", 3),
    (("Five attackers stormed the checkpoint, killing three soldiers.",), "en", 3),
])
def test_the_attackers_dead_add_to_their_victims(sentences, lang, expected):
    assert told_in_turn(sentences, lang) == expected


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("A child and two women were killed in the shelling on Thursday.", "en", 3),
    ("A nurse, a boy and three farmers were killed when the rocket hit.", "en", 5),
    ("Un enfant et deux femmes ont été tués dans le bombardement.", "fr", 3),
    # not the subject of "were killed": a group wounded, a group not opening the sentence
    ("A child was wounded and two women were killed in the shelling.", "en", 2),
    ("After a child and two women were killed the town was evacuated.", "en", 2),
])
def test_the_groups_opening_a_passive_toll_add_up(sentence, lang, expected):
    assert toll(sentence, lang) == expected


def told_in_turn(sentences: tuple[str, ...], lang: str) -> int | None:
    """The toll of an act told by ``sentences`` in turn, each's estimates marked."""
    tally = Tally()
    for sentence in sentences:
        tally = tally.told(marked_estimates(sentence, find_fatalities(sentence, lang)))
    return tally.toll


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an act at a town, then dead at another town, no act named: two acts on one day
    ("en", "Syria: shelling\n\nShelling killed ten people in the town of Douma on Thursday. In the town of Harasta "
           "three civilians were killed.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    ("fr", "Syrie : bombardements\n\nJeudi, des obus ont tué dix personnes dans la ville de Douma. À Harasta, trois "
           "civils ont été tués.", [("Dūmā", 10), ("Ḩarastā", 3)]),
    # a whole over a province, then its parts town by town: each town its own
    ("en", "Syria: shelling\n\nEight people were killed in shelling on Idlib province on Thursday. In Saraqib five "
           "people were killed. In Binnish three people were killed including a child.",
     [("Binnish", 3), ("Saraqib", 5)]),
    # the wounded at another town tell no act of their own
    ("en", "Syria: shelling\n\nShelling killed ten people in the town of Douma on Thursday. In the town of Harasta "
           "three civilians were wounded.", [("Dūmā", 10)]),
])
def test_dead_told_at_another_town_with_no_act_named_are_an_act_of_its_own(told_events, expected):
    assert all(e.date_start == PUBLISHED - timedelta(days=1) for e in told_events)
    assert sorted((e.place.name, e.fatalities) for e in told_events) == expected
