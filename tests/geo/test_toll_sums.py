"""How a sentence's counts add up to one act's toll (sentences written for these tests, EN and
FR): each side's dead told apart are added, the parts told in apposition are no toll of their
own, a toll over several places is no one act's, and the dead a funeral mourns are an earlier
act's (GUIDELINES: the number killed in *that* event)."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Des combats près du barrage ont fait au moins 12 morts parmi les soldats, 9 dans les rangs "
         "rebelles, selon une ONG.", "fr", 21),
        ("Fighting near the dam left 12 dead among the soldiers and 9 among the rebels on Sunday.", "en", 21),
        ("The ambush killed seven policemen and four gunmen on the coastal road.", "en", 11),
        ("L'embuscade a tué sept policiers et quatre assaillants sur la route côtière.", "fr", 11),
        # the second group wounded, not killed: not added
        ("The ambush killed seven policemen and four gunmen were wounded on the road.", "en", 7),
        ("The blast killed seven people and wounded four others.", "en", 7),
    ],
)
def test_each_sides_dead_told_apart_are_added(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Four people two of them children died when the shell hit the bakery.", "en", 4),
        ("Four people, two of them nurses, died when the shell hit the clinic.", "en", 4),
        ("Three farmers, two men and a boy, were killed by the mine.", "en", 3),
        ("Quatre personnes, deux d'entre elles des enfants, sont mortes dans le pilonnage.", "fr", 4),
        ("Trois bergers, deux hommes et un garçon, ont été tués par la mine.", "fr", 3),
    ],
)
def test_the_parts_told_in_apposition_are_not_the_toll(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("At least 40 civilians were killed in raids on the town of Kafr Batna and its surrounding villages "
         "on Monday.", "en"),
        ("Shelling killed 17 people in several neighbourhoods of the city on Monday.", "en"),
        ("Au moins 40 civils ont été tués lundi dans des raids sur Kafr Batna et ses environs.", "fr"),
        ("Les bombardements ont tué 17 personnes lundi dans plusieurs quartiers de la ville.", "fr"),
    ],
)
def test_a_toll_over_several_places_is_no_one_acts(sentence, lang):
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # one area, not several places: its toll may be one act's
        ("At least 40 civilians were killed in raids on Kafr Batna and its countryside on Monday.", "en", 40),
    ],
)
def test_a_toll_of_one_area_is_kept(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The funerals of a farmer and two boys killed by a sniper turned into a protest in the town on Friday.",
         "en"),
        ("Les funérailles d'un agriculteur et de deux garçons tués par un tireur embusqué se sont transformées "
         "vendredi en manifestation.", "fr"),
        ("Les obsèques de trois soldats tués la veille ont rassemblé des milliers de personnes.", "fr"),
    ],
)
def test_the_dead_a_funeral_mourns_are_not_its_toll(sentence, lang):
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A car bomb hit the funeral, killing 12 mourners.", "en", 12),
        ("Une voiture piégée a explosé pendant les funérailles, tuant 12 personnes.", "fr", 12),
    ],
)
def test_the_dead_of_an_attack_on_a_funeral_are_its_toll(sentence, lang, expected):
    assert toll(sentence, lang) == expected


def test_a_protest_at_a_funeral_has_no_toll_of_the_mourned():
    text = ("Les funérailles d'un agriculteur et de deux garçons tués par un tireur embusqué se sont "
            "transformées vendredi en manifestation contre le régime, a indiqué une ONG.")
    events = extract_events(text, "fr", date(2021, 6, 5), [])
    assert events and all(e.fatalities is None for e in events)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # the several places are another clause's, not the toll's
        ("Shelling in the west of the city left 11 people dead on Friday with reports of clashes in several "
         "neighbourhoods.", "en", 11),
        ("Un obus a tué 11 personnes vendredi au marché, alors que des combats ont éclaté dans plusieurs quartiers.",
         "fr", 11),
        # a part told with "including" before a larger toll does not hide it
        ("Six civilians including a child were among at least 22 people killed in air strikes on the town.", "en", 22),
    ],
)
def test_a_toll_beside_another_clause_or_part_is_kept(sentence, lang, expected):
    assert toll(sentence, lang) == expected
