"""Issue 19, item 5: tolls that are tolls, joined to the act they tell (sentences written for
these tests, English and French).

A clock time or a number word is not a toll's gap; a toll over several days is no act's; the
executed and the hanged are dead; "no injuries" is 0; the parts of a toll already told ("16 in
X, five more in Y") are no more dead; a toll at another place is not the event's; a toll told
again on the next day is one act; a summary toll is no one listed place's."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.numbers import find_fatalities
from geo.extract.tallies import Tally, event_toll
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a clock time glued to a headline, and a number word, are no gap of another number
        ("Monday 4 March 2019 16:45 Seven Farmers Killed in Shelling on the Valley Today.", "en", 7),
        ("Lundi 4 mars 2019 16h45 Sept agriculteurs tués par des obus dans la vallée.", "fr", 7),
        # the executed and the hanged
        ("Plus de 20 prisonniers ont été exécutés par les assaillants dans la garnison.", "fr", 20),
        ("Trois otages ont été pendus sur la place du marché.", "fr", 3),
        ("Four hostages were hanged in the market square by the militants.", "en", 4),
        # the toll of a long subject
        ("The death toll from the truck bomb that hit the crowded vegetable market near the old bridge "
         "reached at least 41 people, medics said.", "en", 41),
        # the wounded are the number after "injured"; "mostly women and children" is a part; "also"
        ("A car bomb killed 30 people injured 90 on Monday at the checkpoint.", "en", 30),
        ("Une voiture piégée a tué 30 personnes blessé 90 autres lundi au barrage.", "fr", 30),
        ("At least 13 civilians mostly women and children were killed when shells hit the market.", "en", 13),
        ("Au moins 13 civils, pour la plupart des femmes et des enfants, ont été tués par des obus.", "fr", 13),
        ("Five civilians were also killed in similar raids on the village.", "en", 5),
        ("Cinq civils ont également été tués dans des raids similaires sur le village.", "fr", 5),
        # nobody hurt: nobody killed
        ("A shell hit the school on Sunday. There were no injuries.", "en", 0),
        ("Un obus a touché l'école dimanche, sans faire aucun blessé.", "fr", 0),
    ],
)
def test_the_toll_of_the_act(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Five days of airstrikes on the valley have left more than 60 civilians dead.", "en"),
        ("The army has stepped up its raids in recent days, killing at least 40 people.", "en"),
        ("Trois jours de bombardements sur la vallée ont fait plus de 60 morts.", "fr"),
        ("L'armée a intensifié ses raids ces derniers jours, tuant au moins 40 personnes.", "fr"),
    ],
)
def test_a_toll_of_several_days_is_no_acts(sentence, lang):
    assert toll(sentence, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the whole, then its parts by place: 22, not 22 + 5
        ("Airstrikes killed at least 22 civilians in the valley on Monday, a monitor said. "
         "The raids killed 16 civilians in the main town. "
         "Five more civilians were killed in a hamlet and one on the road.", "en", 22),
        ("Des frappes aériennes ont tué au moins 22 civils lundi dans la vallée, selon une ONG. "
         "Les raids ont tué 16 civils dans le bourg. "
         "Cinq autres civils ont été tués dans un hameau.", "fr", 22),
        # parts told in one sentence after the whole: 18, not 18 + 7
        ("Air raids killed 18 civilians on Saturday, a monitor said: eleven civilians were killed in "
         "the old market and seven others near the mosque.", "en", 18),
        # more told with no part before it is added
        ("Artillery shelling killed 14 civilians in the town on Tuesday, a monitor said. "
         "Another 3 people died of their wounds in hospital.", "en", 17),
        ("Des tirs d'artillerie ont tué 14 civils mardi dans la ville. "
         "Trois autres personnes ont succombé à leurs blessures.", "fr", 17),
    ],
)
def test_the_parts_of_a_toll_already_told_are_no_more_dead(text, lang, expected):
    found = extract_events(text, lang, date(2021, 6, 3), [])
    assert [e.fatalities for e in found] == [expected]


def test_a_tally_waits_for_the_whole_a_group_is_added_to():
    assert toll("Five children and four medical staff killed by airstrikes on a hospital.", "en") == 9
    assert Tally(shared=True).told(find_fatalities("Airstrikes killed 12 people.", "en")).toll is None


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
    ("text", "lang"),
    [
        ("On Wednesday an air strike killed one person in Binnish, and six people were killed by shelling "
         "in Saraqib, activists said.", "en"),
        ("Mercredi, une frappe aérienne a tué une personne à Binnish, et six personnes ont été tuées par des "
         "obus à Saraqeb, selon des militants.", "fr"),
    ],
)
def test_tolls_told_place_by_place_go_with_their_places(finder, text, lang):
    found = [e for e in events(finder, text, lang) if e.reported]
    assert {e.place.name: e.fatalities for e in found}.get("Binnish") == 1, [(e.place.name, e.fatalities) for e in found]


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
