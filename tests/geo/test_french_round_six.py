"""The forms of the sixth French probe round (bench/fr_probes6.tsv): what is no act's toll or no
act at all, told on sentences of our own, French and English where the form exists in both."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.act_mood import tells_no_act
from geo.extract.background import has_background_cue
from geo.extract.running_tolls import is_cumulative


@pytest.mark.parametrize("sentence", [
    "En un an, les bombardements ont tué près de 3.000 civils dans le pays, selon un bilan publié jeudi.",
    "Les affrontements autour de la ville ont fait 250 morts en deux semaines, selon l'ONG.",
    "En l'espace de trois mois, plus de 900 combattants ont péri dans la province.",
    "Les raids ont fait 1.200 morts en moins de six mois, selon un nouveau bilan.",
    "Air raids killed nearly 3,000 civilians in a year, the monitor said on Thursday.",
    "The fighting has left 250 dead in two weeks, according to the group.",
])
def test_a_toll_over_a_span_of_weeks_months_or_years_is_no_acts(sentence):
    assert is_cumulative(sentence)
    assert has_background_cue(sentence)


@pytest.mark.parametrize("sentence", [
    "Six civils ont été tués jeudi dans un raid sur la ville, le premier depuis un mois et la première attaque en trois ans.",
    "Jeudi, un raid a tué neuf personnes au marché, le plus meurtrier en un an.",
    "A strike killed six people in the town on Thursday, the first deadly raid there in two years.",
    "Neuf soldats ont été tués jeudi au barrage.",
])
def test_a_span_the_act_is_compared_with_keeps_the_act(sentence):
    assert not has_background_cue(sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Les habitants de la ville craignent une offensive des forces kurdes, selon des militants."),
    ("fr", "Les déplacés redoutent un nouvel assaut de l'armée sur leur camp."),
    ("fr", "Une offensive imminente de l'armée sur la ville est attendue, selon une source militaire."),
    ("fr", "Plus de 20.000 personnes ont fui ces dernières semaines les bombardements dans le nord."),
    ("en", "Residents of the town fear an offensive by Kurdish forces, activists said."),
    ("en", "An assault on the city is imminent, a commander said."),
])
def test_an_act_feared_or_looming_or_fled_is_no_act(lang, sentence):
    assert tells_no_act(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Craignant une offensive, les rebelles ont bombardé jeudi les positions de l'armée."),
    ("en", "Fearing an offensive, rebels shelled army positions on Thursday."),
])
def test_a_feared_act_beside_a_done_one_keeps_the_done_one(lang, sentence):
    assert not tells_no_act(sentence, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Six civils ont été tués jeudi dans des frappes aériennes sur Ariha, dans la province d'Idleb, "
           "selon l'OSDH. À Jisr al-Choughour, deux autres personnes ont péri dans un raid le même jour."),
    ("fr", "Des raids aériens ont tué jeudi six civils à Ariha, dans la province d'Idleb. "
           "Deux autres personnes ont péri le même jour dans un raid sur Jisr al-Choughour."),
])
def test_a_province_that_addresses_the_town_is_no_area_toll(told_events, lang, text):
    assert sorted(e.fatalities for e in told_events) == [2, 6]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Jeudi matin, le marché de Douma a de nouveau été frappé. Le bilan est de cinq morts."),
])
def test_a_french_passive_struck_without_attacker_is_an_explosion(told_events, lang, text):
    (event,) = told_events
    assert event.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les rebelles ont frappé jeudi les positions de l'armée à Ariha."),
])
def test_a_french_active_struck_by_fighters_stays_a_clash(told_events, lang, text):
    (event,) = told_events
    assert event.event_type == "Battles"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Les frappes aériennes ont permis au régime de reprendre l'initiative autour d'Alep."),
    ("fr", "Les bombardements ont notamment aidé l'armée à progresser dans la province."),
    ("en", "Russian air strikes have allowed the regime to regain the initiative around Aleppo."),
])
def test_acts_told_by_their_effect_are_no_act(lang, sentence):
    assert tells_no_act(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "La trêve est globalement respectée depuis jeudi dans la ville, selon l'ONG."),
    ("fr", "Le cessez-le-feu tient toujours dans la province, selon des habitants."),
    ("en", "The truce in the city has been largely holding since Thursday, the monitor said."),
])
def test_a_truce_kept_is_no_act(lang, sentence):
    assert tells_no_act(sentence, lang)


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "ALEP, 18 septembre 2016 (AFP) - Des raids aériens ont tué hier six civils à Saraqeb, selon l'OSDH.", 17),
    ("fr", "BEYROUTH, 19 sept (AFP) - Des obus ont tué aujourd'hui trois civils à Saraqeb.", 19),
    ("en", "BEIRUT, Sept 19 (Reuters) - Air strikes killed six civilians in Saraqib yesterday, a monitor said.", 18),
])
def test_a_wire_datelines_day_counts_the_relative_days(told_events, lang, text, day):
    (event,) = told_events
    assert event.date_start == date(2016, 9, day)
    assert event.fatalities in (3, 6)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "ALEP, 2 août 2016 (AFP) - Des raids aériens ont tué hier six civils à Saraqeb."),
])
def test_a_dateline_long_before_publication_is_not_the_writing_day(told_events, lang, text):
    (event,) = told_events
    assert event.date_start == date(2016, 9, 22)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Au moins dix civils ont péri jeudi dans des raids aériens sur plusieurs localités de la Ghouta "
           "orientale, à l'est de Damas. À Douma, sept personnes ont été tuées lorsqu'un missile s'est abattu "
           "sur un marché. Trois autres civils ont péri à Harasta."),
])
def test_an_act_over_several_unnamed_places_joins_the_acts_told_apart(told_events, lang, text):
    assert sorted(e.place.name for e in told_events) == ["Dūmā", "Ḩarastā"]
    assert sorted(e.fatalities for e in told_events) == [3, 7]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des centaines de Syriens ont manifesté jeudi à Kafranbel pour marquer le cinquième anniversaire "
           "du soulèvement contre le régime."),
    ("en", "Hundreds of Syrians rallied in Kafranbel on Thursday to mark the fifth anniversary of the uprising."),
])
def test_a_dated_act_marking_an_anniversary_is_news(told_events, lang, text):
    (event,) = told_events
    assert event.event_type == "Protests"
    assert event.date_start == date(2016, 9, 22)


@pytest.mark.parametrize("sentence", [
    "Des milliers de personnes ont commémoré le cinquième anniversaire du massacre de la ville.",
    "Il y a un an jour pour jour, les jihadistes s'emparaient de la ville.",
])
def test_an_anniversary_told_without_an_act_of_the_day_stays_background(sentence):
    assert has_background_cue(sentence)


@pytest.mark.parametrize("sentence", [
    "La coalition a annoncé jeudi avoir mené douze frappes au cours de la semaine écoulée autour de la ville.",
    "Durant la semaine passée, l'aviation a visé la ville à plusieurs reprises.",
])
def test_acts_counted_over_the_past_week_are_background(sentence):
    assert has_background_cue(sentence)


@pytest.mark.parametrize("sentence", [
    "Jeudi, un raid a tué cinq civils dans la ville, le troisième au cours de la semaine écoulée.",
    "A strike killed five civilians in the town on Thursday, the third over the past week.",
])
def test_an_act_counted_among_the_weeks_keeps_its_toll(sentence):
    assert not has_background_cue(sentence)
    assert not is_cumulative(sentence)
