"""Issue 19, item 5: which tolls around an event are its own (sentences written for these tests,
English and French).

The killers counted before an active "killed" are not the dead; victims told with what they
were doing ("15 people queuing for bread were killed") are, and so is one more told after a
group ("two rebels and a civilian were killed": 3); "claimed lives of", "a confirmed
33" are tolls and a half-year's or a totalled count is none, nor are the things a verb of
destruction counts ("destroyed 14 vehicles"); a sentence opening on another act
("Meanwhile …", "Ailleurs, …") adds no dead to the event before it; a photo caption ended by its credit is a sentence of its own, and the next
sentence does not go on telling what it shows."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.numbers import find_fatalities
from geo.extract.sentences import is_caption, split_sentences
from geo.extract.tallies import event_toll
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # the killers before an active verb, the dead after it
        ("On Wednesday three suicide bombers killed at least two people near the police headquarters.", "en", 2),
        ("Mercredi, trois kamikazes ont tué au moins deux personnes près du siège de la police.", "fr", 2),
        ("Four gunmen shot dead a soldier at the checkpoint on Sunday.", "en", 1),
        ("Six rockets killed two children in the old market.", "en", 2),
        # a second count that is the wounded leaves the first the dead's
        ("5 civilians killed 12 injured in rocket attacks on the city.", "en", 5),
        ("Three soldiers were killed when two bombers attacked the post.", "en", 3),
        # the victims told with what they were doing, then a passive "killed"
        ("At least 15 people queuing for bread were killed when the bomb went off.", "en", 15),
        ("At least 15 people who were queuing for bread were killed.", "en", 15),
        ("Six enfants jouant devant leur maison ont été tués par un obus.", "fr", 6),
        ("Au moins 15 personnes qui faisaient la queue devant la boulangerie ont été tuées.", "fr", 15),
        ("Ten soldiers stationed at the checkpoint were wounded, two were killed.", "en", 2),
        # two groups, the second of one victim
        ("Two rebels and a civilian were killed in the clashes near the town.", "en", 3),
        ("Deux soldats et un civil ont été tués dans les combats près de la ville.", "fr", 3),
        ("Two soldiers and a policeman were killed and a child was wounded.", "en", 3),
        # "claimed lives of", "a confirmed"
        ("An airstrike has claimed lives of eight civilians in the town, local media reported.", "en", 8),
        ("The army killed a confirmed 33 militants on Sunday, a spokesman said.", "en", 33),
        # the dead beside the things destroyed
        ("The strike killed 12 and destroyed 3 houses in the village.", "en", 12),
        ("The army destroyed 56 terrorists and three tanks, the agency said.", "en", 56),
    ],
)
def test_the_dead_of_the_act(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The clinics reported 294 wounded and 33 dead in the first six months of the year.", "en"),
        ("Losses in the area totalled 304 militants killed and more than 170 wounded, the ministry said.", "en"),
        # things a verb of destruction counts
        ("The strikes also destroyed 14 of the group's military vehicles, the monitor added.", "en"),
        ("Artillery fire destroyed at least six weapon caches near the border.", "en"),
        ("Regime forces executed six families of rebel fighters, a monitor said.", "en"),
    ],
)
def test_a_half_years_or_a_totalled_count_or_things_are_no_acts_dead(sentence, lang):
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Regime shelling killed two children in the town of Saraqib on Sunday, activists said. "
         "Meanwhile three civilians were killed in Russian airstrikes on the countryside.", "en"),
        ("Des tirs d'artillerie du régime ont tué deux enfants dimanche dans la ville de Saraqeb, selon des militants. "
         "Ailleurs, trois civils ont été tués par des frappes russes dans la campagne.", "fr"),
    ],
)
def test_a_sentence_opening_on_another_act_adds_no_dead(finder, text, lang):
    found = [e for e in events(finder, text, lang) if e.reported and e.place is not None and e.place.name == "Saraqib"]
    assert [e.fatalities for e in found] == [2]


def test_a_whole_so_far_told_after_meanwhile_is_the_events():
    text = ("Airstrikes killed 12 people in the town on Sunday, activists said. "
            "Meanwhile the death toll rose to 20, a doctor said.")
    assert [e.fatalities for e in extract_events(text, "en", date(2021, 6, 3), [])] == [20]


CAPTION = ("A rescuer runs near an ambulance after an airstrike on a hospital in the town of Saraqib on August 6 "
           "2016 (TRT World and Agencies) A suicide bomber detonated an explosive vest on a bus near the border "
           "crossing killing at least 15 people.")


def test_a_captions_credit_ends_it():
    sentences = [s.text for s in split_sentences(CAPTION)]
    assert len(sentences) == 2 and sentences[0].endswith("(TRT World and Agencies)")
    assert [is_caption(s) for s in sentences] == [True, False]
    # a credit opening a sentence or inside one ends nothing
    assert len(split_sentences("(AFP Photo) At least 18 were killed. Fighters (AP) were seen in the town.")) == 2


def test_the_sentence_after_a_caption_does_not_continue_it(finder):
    found = [e for e in events(finder, CAPTION, "en") if e.place is not None and e.place.name == "Saraqib"]
    assert [e.fatalities for e in found] == [None]
