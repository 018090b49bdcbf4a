"""Issue 19, item 5: which tolls around an event are its own (sentences written for these tests,
English and French).

A sentence opening on another act ("Meanwhile …", "Ailleurs, …") adds no dead to the event before
it; a photo caption ended by its credit is a sentence of its own, and the next sentence does not
go on telling what it shows.  (The tolls one sentence tells, the killers before an active
"killed", the victims told with what they were doing, a half-year's or a totalled count, the
things a verb of destruction counts, are in the tables of ``test_extract_tolls.py``.)"""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.sentences import is_caption, split_sentences
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)


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
