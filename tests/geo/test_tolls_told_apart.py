"""Issue 19, item 5: which tolls around an event are its own (sentences written for these tests,
English and French).

A sentence opening on another act ("Meanwhile …", "Ailleurs, …") adds no dead to the event before
it; a photo caption ended by its credit is a sentence of its own, and the next sentence does not
go on telling what it shows; a toll at another place is not the event's; a toll told again on the
next day is one act; a summary toll is no one listed place's; tolls told place by place go with
their places; the toll of another kind of act is not the shelling's; another source's estimate
told as a retelling does not replace the act's toll.  (The tolls one sentence
tells, and the texts whose sentences tell one toll together, are in the tables of
``test_extract_tolls.py``.)"""

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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Security forces killed 15 protesters in Homs on Friday, activists said. "
         "One person died and four were wounded in Jableh, two others were killed in Tartus.", "en"),
        ("Quinze manifestants ont été tués vendredi à Homs par les forces de sécurité, selon des militants. "
         "Une personne est morte et quatre ont été blessées à Jablé, deux autres ont péri à Tartous.", "fr"),
    ],
)
def test_a_toll_at_another_place_is_not_added_to_the_event(finder, text, lang):
    found = [e for e in events(finder, text, lang) if e.place is not None and e.place.name == "Homs"]
    assert [e.fatalities for e in found] == [15]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the headline dated by its publication (Thursday), the body by the act's day (Wednesday)
        ("27 October 2016 Suicide bombing kills 17 at police station in Homs\n\n"
         "A suicide bomb attack hit a police station in the Syrian city of Homs on Wednesday, "
         "killing at least 17 people, a monitor said.", "en"),
        ("27 octobre 2016 Un attentat suicide fait 17 morts dans un commissariat de Homs\n\n"
         "Un attentat suicide a frappé mercredi un commissariat de la ville syrienne de Homs, "
         "tuant au moins 17 personnes, selon une ONG.", "fr"),
    ],
)
def test_a_toll_told_again_the_day_after_is_one_act(finder, text, lang):
    found = [e for e in events(finder, text, lang) if e.reported]
    assert [(e.fatalities, e.date_start) for e in found] == [(17, date(2016, 10, 26))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eighty civilians killed by airstrikes on Idlib province on Wednesday\n\n"
         "On Wednesday warplanes bombed the towns of Saraqib and Binnish in Idlib province.", "en"),
        ("Quatre-vingts civils tués mercredi par des frappes aériennes sur la province d'Idleb\n\n"
         "Mercredi, des avions ont bombardé les villes de Saraqeb et de Binnish, dans la province d'Idleb.", "fr"),
    ],
)
def test_a_summary_toll_is_no_listed_places(finder, text, lang):
    found = [e for e in events(finder, text, lang) if e.reported]
    listed = [e for e in found if any("Binnish" in s.sentence for s in e.spans)]
    assert len(listed) == 2 and [e.fatalities for e in listed] == [None, None], listed
    assert [e.fatalities for e in found if e not in listed] == [80]  # the summary stays an event of its own


@pytest.mark.parametrize(
    ("text", "lang", "tolls"),
    [
        ("On Wednesday an air strike killed one person in Binnish, and six people were killed by shelling "
         "in Saraqib, activists said.", "en", {"Binnish": 1}),
        ("Mercredi, une frappe aérienne a tué une personne à Binnish, et six personnes ont été tuées par des "
         "obus à Saraqeb, selon des militants.", "fr", {"Binnish": 1}),
        # the second count told with its verb and victims left out, the place qualified
        ("On Wednesday air strikes killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province, "
         "activists said.", "en", {"Aleppo": 45, "Idlib Governorate": 22}),
        ("Mercredi, des frappes aériennes ont tué 10 personnes à Binnish et cinq dans la ville voisine de Saraqeb, "
         "selon des militants.", "fr", {"Binnish": 10, "Saraqib": 5}),
    ],
)
def test_tolls_told_place_by_place_go_with_their_places(finder, text, lang, tolls):
    found = {e.place.name: e.fatalities for e in events(finder, text, lang) if e.reported}
    assert {name: found.get(name) for name in tolls} == tolls, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army shelled the town of Saraqib on Tuesday, activists said. "
         "One boy was shot dead by a sniper near the school.", "en"),
        ("L'armée a bombardé mardi la ville de Saraqeb, selon des militants. "
         "Un garçon a été tué par un sniper près de l'école.", "fr"),
    ],
)
def test_the_toll_of_another_kind_of_act_is_not_the_shellings(finder, text, lang):
    found = [e for e in events(finder, text, lang) if e.reported]
    assert [(e.sub_event_type, e.fatalities) for e in found] == [
        ("Shelling/artillery/missile attack", None), ("Attack", 1)], [(e.sub_event_type, e.fatalities) for e in found]




def test_a_larger_count_of_fighters_is_no_retelling_of_the_civilians_toll_but_a_battles(finder):
    told = {"en": ("Air raids by regime forces on the opposition-held town of Saraqib killed 13 civilians on "
                   "Monday, the monitor said. It also said that 19 regime fighters were killed in the fighting."),
            "fr": ("Des raids aériens du régime sur la ville rebelle de Saraqeb ont tué treize civils lundi, selon "
                   "l'ONG. Dix-neuf soldats du régime ont également été tués dans les combats.")}
    # a larger count of the same kind of victim is the whole told again
    again = {lang: text.replace("19 regime fighters", "16 civilians").replace("Dix-neuf soldats du régime", "Seize civils")
             for lang, text in told.items()}
    # fighters killed in the raids themselves tell no other act
    raids = {"en": told["en"].replace("in the fighting", "in the raids"),
             "fr": told["fr"].replace("dans les combats", "dans les raids")}
    for lang in told:
        assert [e.fatalities for e in events(finder, told[lang], lang) if e.reported][0] == 13, lang
        assert [e.fatalities for e in events(finder, again[lang], lang) if e.reported][0] == 16, lang
        assert len([e for e in events(finder, raids[lang], lang) if e.reported]) == 1, lang
        # the fighters' dead in the fighting are a battle's toll, an event of its own on the raids' day
        found = [e for e in events(finder, told[lang], lang) if e.reported]
        assert [(e.event_type, e.fatalities) for e in found] == [
            ("Explosions/Remote violence", 13), ("Battles", 19)], (lang, found)
        assert found[0].date_start == found[1].date_start, lang


def test_another_sources_estimate_told_as_a_retelling_gives_way_to_the_acts_toll(finder):
    # the claim's figure is the first whole of the statement's telling, joined to the act's as a
    # retelling: the act's toll stays the first source's (geo.extract.other_estimates)
    text = ("A suicide bomber struck a wedding party in northeast Syria on Monday, killing 32 people and wounding "
            "dozens, a medical source said. The bomber blew himself up late on Monday in a village of Hasakeh "
            "province. The monitor gave a slightly lower toll of 31 people killed. The Islamic State group said in "
            "a statement that one of its fighters had opened fire on a large gathering of Kurdish fighters near "
            "Hasakeh city before blowing himself up. The claim, which did not mention a wedding, said 40 people "
            "had been killed.")
    assert [e.fatalities for e in events(finder, text, "en") if e.reported] == [32]
