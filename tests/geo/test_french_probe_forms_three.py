"""Forms of French wire reports the third round of French probes (``bench/fr_probes3.tsv``) found
unread, on sentences of our own (English where the form is shared): history told beside a reported
act in the same sentence (a year or a month in an apposition or a relative clause, an opening "N ans
après <history>,"), and an earlier act a year's distance away, which is history."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.act_date import sentence_date
from geo.extract.background import is_background_sentence
from geo.extract.dates import find_dates
from geo.extract.event_types import type_sentence
from geo.extract.numbers import find_fatalities
from tests.geo.reported_events import PUBLISHED, text_events

THURSDAY = date(2016, 9, 22)  # the day before PUBLISHED


@pytest.mark.parametrize(("text", "lang"), [
    ("La ville de Hama, bastion rebelle en 2012, a été bombardée jeudi par l'aviation.", "fr"),
    ("Le quartier, repris par l'armée en mars 2014, a été visé jeudi par des tirs d'obus.", "fr"),
    ("The town, which rebels seized in 2013, was shelled on Thursday by government forces.", "en"),
])
def test_history_beside_the_act_leaves_the_act_its_own_day(text, lang):
    dated = sentence_date(find_dates(text, lang, PUBLISHED), None, PUBLISHED)
    assert (dated.date_start, dated.date_end) == (THURSDAY, THURSDAY)


def test_a_year_alone_still_dates_the_act():
    text = "En 2013, l'armée a bombardé la ville."
    dated = sentence_date(find_dates(text, "fr", PUBLISHED), None, PUBLISHED)
    assert dated.date_start.year == 2013


@pytest.mark.parametrize("text", [
    "Cinq ans après le début de la révolte, des milliers de Syriens ont manifesté jeudi à Idleb.",
    "Two years after the siege began, shells killed six civilians in Douma on Thursday.",
])
def test_an_opening_years_after_history_leaves_a_dated_act_news(text):
    assert not is_background_sentence(text, dated=True)


@pytest.mark.parametrize("text", [
    "Trois ans après, les rebelles ont repris la ville.",  # no history named: told from it
    "Il y a trois ans, les rebelles avaient repris la ville.",
    "Two years later, rebels took the town.",
])
def test_years_after_or_ago_without_history_stays_background(text):
    assert is_background_sentence(text, dated=False)


@pytest.mark.parametrize(("text", "lang"), [
    ("Trois ans après l'attaque chimique de la Ghouta, des raids ont tué huit civils jeudi à Douma.", "fr"),
    ("Two years after the chemical attack on Ghouta, air strikes killed eight civilians in Douma on Thursday.", "en"),
])
def test_an_act_years_before_is_history_the_sentence_act_news(place_finder, text, lang):
    events = text_events(place_finder, text, lang)
    reported = [e for e in events if e.reported]
    assert [(e.date_start, e.event_type) for e in reported] == [(THURSDAY, "Explosions/Remote violence")]
    assert reported[0].fatalities == 8
    assert any(not e.reported and e.date_start.year < 2016 for e in events)  # the attack itself: background


@pytest.mark.parametrize(("text", "town"), [
    # the day between the attack verb and the town it hits
    ("Des obus ont frappé jeudi Lattakié, tuant un enfant.", "Latakia"),
    ("L'aviation a bombardé jeudi soir Lattakié.", "Latakia"),
    # a town seized, the day before its "de"
    ("Les forces kurdes se sont emparées jeudi de Tal Abyad.", "Tall Abyaḑ"),
    # what the raids are on, in a French spelling
    ("Huit civils ont été tués jeudi dans des raids sur Khan Cheikhoun.", "Khān Shaykhūn"),
])
def test_a_name_read_as_a_person_where_an_act_strikes_is_a_place(place_finder, text, town):
    text = f"Le conflit en Syrie\n{text}"
    assert town in [m.place.name for m in place_finder.find(text, "fr")]


def test_a_person_after_an_attack_verb_and_a_day_is_no_place_abroad(place_finder):
    # a name no place of the countries the document names has stays no place
    text = "Le conflit en Syrie\nLes rebelles ont attaqué jeudi Abou Mohammed al-Joulani."
    assert [m.place.country_code for m in place_finder.find(text, "fr")] == ["SY"]


@pytest.mark.parametrize(("text", "lang", "toll"), [
    # the dead after their verb, the subject inverted
    ("Selon l'OSDH, ont également péri jeudi cinq combattants kurdes dans des combats à Hassaké.", "fr", 5),
    ("Ont trouvé la mort jeudi sept civils, selon les secouristes.", "fr", 7),
    # a cleft
    ("Ce sont au moins neuf civils qui ont été tués jeudi dans des raids sur Ariha.", "fr", 9),
    # victims counted first, killed as a pronoun
    ("Quatre enfants jouaient dans la rue à Deraa lorsqu'un obus les a tués jeudi.", "fr", 4),
    ("Gunmen stopped six workers at a checkpoint near Homs and shot them dead on Thursday.", "en", 6),
])
def test_dead_told_in_an_inverted_cleft_or_pronoun_order(text, lang, toll):
    assert [f.count for f in find_fatalities(text, lang)] == [toll]


@pytest.mark.parametrize(("text", "lang"), [
    ("Cinq personnes ont été blessées lorsqu'un obus les a touchées jeudi.", "fr"),
    ("Ont été évacués jeudi sept civils blessés.", "fr"),
    ("Rebels captured six soldiers and later released them.", "en"),
])
def test_no_dead_in_those_orders_without_a_killing(text, lang):
    assert find_fatalities(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "toll"), [
    # several quarters of one named city: the city's act and its toll
    ("L'aviation a bombardé jeudi plusieurs quartiers rebelles de Homs, tuant six civils.", "fr", [6]),
    ("Des obus sont tombés jeudi sur plusieurs quartiers de la ville de Homs, tuant deux enfants.", "fr", [2]),
    ("Warplanes bombed several districts of Homs on Thursday, killing six civilians.", "en", [6]),
    # ... but not several villages of a province: a summary
    ("L'aviation a bombardé jeudi plusieurs villages de la province de Hama, tuant six civils.", "fr", []),
    ("Warplanes bombed several villages in Hama province on Thursday, killing six civilians.", "en", []),
])
def test_several_quarters_of_one_city_are_its_act(text, lang, toll):
    assert [f.count for f in find_fatalities(text, lang)] == toll


@pytest.mark.parametrize(("text", "lang"), [
    ("Au moins 12 soldats et miliciens prorégime et neuf rebelles ont été tués jeudi près de Hama.", "fr"),
    ("At least 12 soldiers and allied militiamen and nine rebels were killed near Hama on Thursday.", "en"),
])
def test_a_first_group_of_two_kinds_adds_to_the_second(place_finder, text, lang):
    (event,) = [e for e in text_events(place_finder, text, lang) if e.reported]
    assert event.fatalities == 21


@pytest.mark.parametrize(("text", "lang"), [
    ("L'EI a repris jeudi la ville de Palmyre, moins d'un an après en avoir été chassé par l'armée.", "fr"),
    ("Islamic State fighters stormed Palmyra on Thursday, less than a year after being driven out by the army.", "en"),
])
def test_years_after_history_inside_a_dated_sentence_leaves_it_news(text, lang):
    assert not is_background_sentence(text, dated=True)


@pytest.mark.parametrize(("text", "lang"), [
    ("Douze combattants du Hezbollah ont été tués jeudi dans une embuscade près de la frontière libanaise.\n"
     "Le mouvement chiite, allié de Damas, n'a pas confirmé ce bilan.", "fr"),
    ("Twelve Hezbollah fighters were killed on Thursday in an ambush near the Lebanese border.\n"
     "The movement, an ally of Damascus, did not confirm the toll.", "en"),
])
def test_a_place_named_as_an_ally_is_no_place_of_the_act(place_finder, text, lang):
    text = f"{'Le conflit en Syrie' if lang == 'fr' else 'The war in Syria'}\n{text}"
    events = [e for e in text_events(place_finder, text, lang) if e.reported]
    assert events and all(e.place is None or e.place.name != "Damascus" for e in events)


def test_places_named_as_some_of_several_are_each_an_act(place_finder):
    text = ("Le conflit en Syrie\nDes centaines de personnes ont manifesté jeudi dans plusieurs villes de la "
            "province d'Idleb, dont Maaret al-Noomane et Saraqeb.")
    events = [e for e in text_events(place_finder, text, "fr") if e.reported]
    assert sorted(e.place.name for e in events) == ["Ma‘arrat an Nu‘mān", "Saraqib"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Une source militaire a affirmé que l'armée avait repris jeudi plusieurs collines autour de Zabadani.",
     "Government regains territory"),
    ("Selon l'OSDH, les rebelles avaient pris jeudi la ville de Jisr al-Choughour.", "Non-state actor overtakes territory"),
])
def test_ground_taken_in_the_pluperfect_of_reported_speech(place_finder, text, sub):
    (event,) = [e for e in text_events(place_finder, f"Le conflit en Syrie\n{text}", "fr") if e.reported]
    assert (event.event_type, event.sub_event_type, event.date_start) == ("Battles", sub, THURSDAY)


@pytest.mark.parametrize(("text", "protest"), [
    ("Des centaines d'habitants ont protesté jeudi à Soueida contre la hausse des prix.", True),
    ("Des milliers d'étudiants ont protesté jeudi à Damas.", True),
    ("Moscou a protesté jeudi contre les sanctions.", False),
])
def test_a_counted_crowd_that_protested_is_a_protest(text, protest):
    typing = type_sentence(text)
    assert (typing is not None and typing.event_type == "Protests") == protest


def test_a_relative_clause_of_place_telling_another_kind_of_act_is_its_own_act(place_finder):
    text = ("Le conflit en Syrie\nDes frappes ont tué quatre civils jeudi à Saraqeb, où des centaines de "
            "personnes ont ensuite manifesté contre le régime.")
    events = [e for e in text_events(place_finder, text, "fr") if e.reported]
    assert sorted((e.event_type, e.place.name, e.fatalities) for e in events) == [
        ("Explosions/Remote violence", "Saraqib", 4), ("Protests", "Saraqib", None)]


def test_a_relative_clause_of_place_telling_the_dead_is_no_other_act(place_finder):
    text = "Le conflit en Syrie\nLes rebelles ont attaqué jeudi la ville de Mhardeh, où douze personnes ont été tuées."
    (event,) = [e for e in text_events(place_finder, text, "fr") if e.reported]
    assert (event.event_type, event.fatalities) == ("Battles", 12)


@pytest.mark.parametrize(("text", "lang", "toll"), [
    ("Des combats ont fait 12 morts jeudi autour de l'aéroport de Deir Ezzor, assiégé par l'EI depuis 2015.", "fr", 12),
    ("Clashes killed 12 soldiers on Thursday around the airport of Deir Ezzor, besieged by IS since 2015.", "en", 12),
])
def test_a_place_held_since_is_no_history_of_the_act(place_finder, text, lang, toll):
    (event,) = [e for e in text_events(place_finder, text, lang) if e.reported]
    assert (event.date_start, event.fatalities) == (THURSDAY, toll)


def test_held_since_alone_is_still_history():
    assert is_background_sentence("Depuis 2015, l'EI assiège l'aéroport de Deir Ezzor.")


def test_dawn_before_a_day_the_sentence_names_is_that_days():
    text = "Les avions ont frappé à l'aube, a raconté un habitant de Douma, où onze civils ont été tués jeudi."
    dated = sentence_date(find_dates(text, "fr", PUBLISHED), None, PUBLISHED)
    assert dated.date_start == THURSDAY
