"""Tolls the third round of English toll probes (bench/en_toll_cases3.py) found wanting, with their
French counterparts: sentences and articles written for these tests.

* a part told in apposition with more words after "of them" ("16 people, eight of them members of
  one family, were killed": 16, :data:`geo.extract.toll_words.SUBSET`);
* a running toll carried up after the act's own ("…, raising to 40 the number killed in the town
  since Sunday": the act's three, :data:`geo.extract.running_tolls.RUNNING_CLAUSE_RE`);
* a lead sentence telling a part of the headline's total is that part's act, no summary of the acts
  after it (:mod:`geo.extract.headline_totals`);
* a headline dated by its report naming the acts only by a generic word ("6 killed in terrorist
  attacks on Damascus and Aleppo") tells the body's acts (:mod:`geo.extract.publication_retellings`).
"""

import pytest

from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Sixteen people, eight of them members of one family, were killed.", 16),
    ("en", "Sixteen people eight of them members of one family were killed", 16),
    ("en", "Twelve people, five of them from the same family, died in the strike.", 12),
    ("en", "Three people, two of them children, died.", 3),
    ("fr", "Seize personnes, huit d'entre elles membres d'une même famille, ont été tuées.", 16),
    ("fr", "Douze personnes, cinq d'entre elles des enfants, ont péri dans la frappe.", 12),
])
def test_a_part_told_in_apposition_is_no_toll(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Three civilians were killed, raising to 40 the number of people killed in the town since Sunday.", 3),
    ("en", "Three civilians were killed raising to 40 the number of people killed in the town since Sunday", 3),
    ("en", "The strike killed 12 people, bringing to 300 the number killed since the offensive began.", 12),
    ("en", "Five soldiers died in the ambush, taking the toll of the army's losses this year to 200.", 5),
    ("fr", "Trois civils ont été tués, portant à 40 le nombre de morts dans la ville depuis dimanche.", 3),
    # a toll carried up for the act itself is its whole, not a running toll
    ("en", "Two of the wounded died overnight, raising the death toll to 23.", 23),
    ("fr", "Deux blessés ont succombé, portant le bilan à 23 morts.", 23),
    # a running toll with no act's own before it is none
    ("en", "More than 400 people have been killed in the town since Sunday.", None),
])
def test_a_running_toll_carried_up_after_the_acts_own(lang, sentence, expected):
    assert toll(sentence, lang) == expected


#: the headline's total (12) over the lead's act at Douma (9) and acts after it at Harasta and Damascus
LEAD_TELLS_A_PART = {
    "en": ("Air strikes kill 12 civilians near Damascus\n\n"
           "Nine people were killed in regime air strikes on the town of Douma on Tuesday, a monitor said. "
           "A child was killed in shelling on Harasta on Tuesday. "
           "Rebels fired mortar rounds on Damascus, killing two people on Tuesday."),
    "fr": ("Des raids aériens tuent 12 civils près de Damas\n\n"
           "Neuf personnes ont été tuées mardi dans des raids aériens du régime sur la ville de Douma, selon une ONG. "
           "Un enfant a été tué mardi dans des bombardements sur Harasta. "
           "Les rebelles ont tiré mardi des obus de mortier sur Damas, tuant deux personnes."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lead_telling_a_part_of_the_headlines_total_keeps_its_toll(finder, lang):
    found = events(finder, LEAD_TELLS_A_PART[lang], lang)
    assert sorted((e.place.name, e.fatalities) for e in found) == [
        ("Damascus", 2), ("Dūmā", 9), ("Ḩarastā", 1)], [(e.place and e.place.name, e.fatalities) for e in found]


#: a headline of no day naming the acts by a generic word, over two places the body tells
GENERIC_HEADLINE_OVER_TWO_PLACES = {
    "en": ("6 killed in terrorist attacks on Damascus and Aleppo\n\n"
           "Terrorists fired mortar shells on the Bab Touma neighborhood in Damascus on Tuesday, killing a woman. "
           "In Aleppo, rocket shells hit the al-Midan neighborhood on Tuesday, killing five people."),
    "fr": ("Six morts dans des attaques terroristes à Damas et Alep\n\n"
           "Des terroristes ont tiré mardi des obus de mortier sur le quartier de Bab Touma à Damas, tuant une femme. "
           "À Alep, des roquettes ont frappé mardi le quartier d'al-Midan, tuant cinq personnes."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_generic_headline_of_the_reports_day_tells_the_bodys_acts(finder, lang):
    found = events(finder, GENERIC_HEADLINE_OVER_TWO_PLACES[lang], lang)
    assert sorted(e.fatalities for e in found) == [1, 5], [(e.place and e.place.name, e.fatalities) for e in found]
    assert all(e.event_type == "Explosions/Remote violence" for e in found)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Three more people later died of their wounds.", 3),
    ("en", "Seven people have now died as a result of the shelling.", 7),
    ("en", "Two of the wounded have since died.", 2),
    ("en", "Nine civilians subsequently died in hospital.", 9),
    ("fr", "Trois personnes sont également mortes.", 3),
])
def test_an_adverb_between_the_count_and_died(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Six people were killed instantly and two died on the way to hospital.", 8),
    ("en", "Four were killed in the blast and three died later in hospital.", 7),
    ("en", "Five people were killed and two others later died of their wounds.", 7),
    ("fr", "Quatre personnes ont été tuées sur le coup et deux sont mortes à l'hôpital.", 6),
    # the wounded are no more dead
    ("en", "Twelve people were killed and 30 were wounded.", 12),
])
def test_more_dead_told_dying_after_the_first_group_are_added(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "At least 40 people have been killed in the city in the past 48 hours.", None),
    ("en", "At least 40 people were killed over the last 72 hours.", None),
    ("fr", "Au moins 40 personnes ont été tuées au cours des 48 dernières heures.", None),
    # the last 24 hours are one day's
    ("en", "Air strikes killed 30 people in the past 24 hours.", 30),
])
def test_more_than_a_days_hours_is_several_days_toll(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Local activists put the number of dead at 17.", 17),
    ("en", "Rescuers pulled two more bodies from the rubble, raising the number of dead to 23.", 23),
    ("fr", "Des militants ont porté le nombre de morts à 17.", 17),
    ("en", "Medics said at least 17 bodies had been brought to the hospital.", 17),
    ("en", "The hospital received 17 bodies and dozens of wounded.", 17),
    ("fr", "Au moins 17 corps ont été transportés à l'hôpital.", 17),
    # the number of others is no toll
    ("en", "The army said it had brought 300 soldiers to the town.", None),
    ("en", "Twelve people were reported dead at 5 pm.", 12),
])
def test_the_number_of_dead_and_bodies_brought(lang, sentence, expected):
    assert toll(sentence, lang) == expected


#: the act's wounded dying after it, told on a later day or overnight: more dead of that act
LATER_DEATHS = [
    ("en", "Air strikes on the town of Saraqib on Tuesday killed nine people. Three more people died of their wounds overnight.", 12),
    ("en", "Air strikes on the town of Saraqib on Tuesday killed nine people. Two of the wounded died in hospital on Wednesday.", 11),
    ("fr", "Des raids aériens ont tué neuf personnes mardi dans la ville de Saraqeb. Trois des blessés ont succombé mercredi à l'hôpital.", 12),
    ("fr", "Des raids aériens ont tué neuf personnes mardi dans la ville de Saraqeb. Trois autres personnes ont succombé à leurs "
           "blessures dans la nuit.", 12),
    # more dead of another day, not the wounded dying, are no more of the act
    ("en", "Air strikes on the town of Saraqib on Tuesday killed nine people. Another five people were killed on Wednesday.", 9),
    ("en", "Air strikes on the town of Saraqib on Tuesday killed nine people. Two infants died of malnutrition on Wednesday.", 9),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LATER_DEATHS)
def test_the_wounded_dying_after_the_act_add_to_its_toll(finder, lang, text, expected):
    found = [e for e in events(finder, text, lang) if e.place is not None and e.place.name == "Saraqib"]
    assert [e.fatalities for e in found] == [expected]


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # a verb of dying takes no object: the count after it is no one killed
    ("en", "Twenty people died 12 of them civilians and eight fighters.", 20),
    ("fr", "Vingt personnes sont mortes 12 d'entre elles des civils.", 20),
    # a count that opens a clause of its own, its comma lost, is no one "killed" takes
    ("en", "Of the 20 people killed 12 were civilians.", 20),
    ("fr", "Sur les 20 personnes tuées 12 étaient des civils.", 20),
    ("en", "Coalition air strikes kill 8 IS group militants", 8),
    # the killers' count before an active verb still gives way to its object
    ("en", "Three suicide bombers killed at least two people.", 2),
    ("en", "Two gunmen shot dead a soldier.", 1),
])
def test_a_count_after_the_verb_that_is_no_object(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "The dead were 12 civilians and eight fighters.", 20),
    ("fr", "Les morts sont 12 civils et huit combattants.", 20),
    ("en", "The dead were mostly civilians.", None),
])
def test_the_dead_told_by_kind_after_were(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Ten people were killed in the 2nd car bombing in a week.", 10),
    ("en", "Ten people were killed in the second car bombing in a week.", 10),
    ("fr", "Dix personnes ont été tuées dans le deuxième attentat à la voiture piégée en une semaine.", 10),
    # a week's dead are still no act's
    ("en", "At least 40 people were killed in a single week.", None),
    ("fr", "Cinquante personnes ont été tuées en une semaine.", None),
])
def test_an_act_counted_in_a_period_is_no_period_toll(lang, sentence, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "A member of the civil defence was killed.", 1),
    ("en", "A member of the local council was shot dead.", 1),
    ("en", "A commander of the group was killed.", 1),
    ("fr", "Un membre du groupe a été tué.", 1),
    # a member who speaks is no victim
    ("en", "A member of parliament said 12 people were killed.", 12),
])
def test_one_victim_told_with_whom_they_belong_to(lang, sentence, expected):
    assert toll(sentence, lang) == expected
