"""Forms of French wire reports the fourth round of French probes (``bench/fr_probes4.tsv``) found
unread, on sentences of our own (English where the form is shared): a small town named after a noun
of its edge or part ("à la sortie de X", "sur le marché de X", "on the outskirts of X"), "took full
control of X", a protest against violence, times between a verb and its complement, a country's toll
shared out by place, an act in the town an earlier act names, an earlier act's own day, a denied act."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.act_mood import tells_no_act
from geo.extract.event_types import type_sentence
from geo.extract.inserted_adverbs import without_inserted_adverbs
from geo.extract.protest_aims import without_protest_aims
from geo.extract.settlements import qualifies_settlement, settlement_named
from tests.geo.reported_events import text_events


@pytest.mark.parametrize("before", [
    "Une voiture piégée a explosé à la sortie de ", "Un kamikaze s'est fait exploser à l'entrée d'",
    "Des combats ont eu lieu aux portes de ", "Des obus sont tombés sur le marché de ",
    "Des combats ont éclaté dans les environs de ", "Un attentat a visé le centre de ",
    "A car bomb exploded at the entrance to ", "Clashes broke out on the outskirts of ",
])
def test_a_noun_of_a_towns_edge_or_part_names_a_settlement(before):
    assert settlement_named(before + "Tal Abyad", len(before))


@pytest.mark.parametrize("before", ["Selon le porte-parole de ", "Le groupe a frappé de ", "the leader of "])
def test_other_nouns_name_no_settlement(before):
    assert not settlement_named(before + "Tal Abyad", len(before))


def test_a_part_noun_is_no_qualifiers_noun():
    text = "Alep la sortie de Morek"  # only "the Idlib town of X" qualifies
    assert not qualifies_settlement(text, len("Alep"), len(text) - len("Morek"))


@pytest.mark.parametrize(("text", "town"), [
    ("Une voiture piégée a explosé jeudi à la sortie de Tal Abyad, tuant trois personnes.", "Tall Abyaḑ"),
    ("Trois civils ont été tués jeudi par des obus sur le marché de Morek.", "Mūrak"),
])
def test_a_small_town_so_named_is_found(place_finder, text, town):
    text = f"Le conflit en Syrie\n{text}"
    assert town in [m.place.name for m in place_finder.find(text, "fr")]


def test_full_control_taken_is_a_taking():
    typing = type_sentence("Kurdish fighters took full control of the town on Thursday.")
    assert typing is not None and typing.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "Des milliers de personnes ont manifesté jeudi à Hama pour dénoncer les bombardements de l'armée.",
    "Des centaines d'habitants se sont rassemblés jeudi pour protester contre les raids aériens.",
    "Des manifestants ont défilé jeudi à Douma pour réclamer la fin des bombardements.",
    "Hundreds of people protested on Thursday in Hama against the shelling of the city.",
])
def test_a_protest_against_violence_is_a_protest(text):
    typing = type_sentence(text)
    assert typing is not None and typing.event_type == "Protests"


@pytest.mark.parametrize(("text", "kind"), [
    ("Des obus sont tombés jeudi sur des manifestants à Douma, tuant trois personnes.", "Explosions/Remote violence"),
    ("Les rebelles ont lancé jeudi une offensive contre les positions de l'armée.", "Battles"),
])
def test_an_attack_without_a_protests_aim_stays_the_attack(text, kind):
    typing = type_sentence(text)
    assert typing is not None and typing.event_type == kind


def test_the_aim_is_blanked_to_its_clauses_end():
    text = "Ils ont manifesté pour dénoncer les frappes, puis se sont dispersés."
    blanked = without_protest_aims(text)
    assert len(blanked) == len(text) and "frappes" not in blanked and blanked.endswith(", puis se sont dispersés.")


@pytest.mark.parametrize(("text", "plain"), [
    ("La ville a été reprise la semaine dernière par l'armée.", "La ville a été reprise par l'armée."),
    ("L'armée a repris il y a trois jours la ville.", "L'armée a repris la ville."),
    ("Les avions ont bombardé dans la nuit le quartier.", "Les avions ont bombardé le quartier."),
    ("L'armée a frappé le 3 mars la localité.", "L'armée a frappé la localité."),
    ("L'armée a repris mardi Rastane.", "L'armée a repris Rastane."),
])
def test_a_time_between_the_verb_and_its_complement_is_left_out(text, plain):
    assert without_inserted_adverbs(text) == plain


@pytest.mark.parametrize("text", [
    "La ville a été reprise la semaine dernière par l'armée.",
    "L'armée a repris jeudi Rastane.",
    "Les rebelles ont pris Idleb jeudi.",
])
def test_a_town_taken_so_told_is_a_taking(text):
    typing = type_sentence(without_inserted_adverbs(text))
    assert typing is not None and typing.event_type == "Battles" and "territory" in (typing.sub_event_type or "")


@pytest.mark.parametrize("text", ["Les négociations ont repris jeudi à Genève.", "Il a pris la parole jeudi."])
def test_resuming_or_taking_no_town_is_no_taking(text):
    typing = type_sentence(without_inserted_adverbs(text))
    assert typing is None or "territory" not in (typing.sub_event_type or "")


@pytest.mark.parametrize(("text", "lang", "tolls"), [
    ("Selon l'OSDH, 17 personnes ont été tuées jeudi à travers le pays, dont huit à Alep et cinq à Deraa.", "fr",
     {"Aleppo": 8, "Dar‘ā": 5}),
    ("Au moins 30 personnes ont été tuées jeudi en Syrie, dont 12 à Homs.", "fr", {"Homs": 12}),
    ("At least 30 people were killed across the country on Thursday, including 12 in Homs.", "en", {"Homs": 12}),
])
def test_a_countrys_toll_shared_out_to_places_is_each_places(place_finder, text, lang, tolls):
    events = [e for e in text_events(place_finder, f"Syrie\n{text}", lang) if e.reported]
    assert {e.place.name: e.fatalities for e in events} == tolls


@pytest.mark.parametrize(("text", "lang"), [
    ("Au lendemain du bombardement de Talbisseh par l'armée, des milliers de personnes ont manifesté jeudi dans la ville.",
     "fr"),
    ("A day after the shelling of Talbisseh, thousands of people protested on Thursday in the town.", "en"),
])
def test_an_act_in_the_town_an_earlier_act_names_is_there(place_finder, text, lang):
    events = [e for e in text_events(place_finder, f"Syrie\n{text}", lang) if e.reported]
    assert sorted((e.event_type, e.place.name) for e in events) == [
        ("Explosions/Remote violence", "Tallbīsah"), ("Protests", "Tallbīsah")]


def test_an_earlier_act_on_the_day_its_phrase_names_with_the_sentences_dead(place_finder):
    text = "Syrie\nCette annonce intervient une semaine après le massacre commis le 8 septembre à Talbisseh, où 40 civils ont été tués."
    events = [e for e in text_events(place_finder, text, "fr") if e.reported]
    assert [(e.date_start, e.place.name, e.fatalities) for e in events] == [(date(2016, 9, 8), "Tallbīsah", 40)]


def test_an_act_told_there_by_y_beside_an_earlier_acts_town_is_there(place_finder):
    text = ("Syrie\nTrois jours après le pilonnage de plusieurs quartiers de Lattaquié par l'armée, une manifestation y "
            "a été dispersée jeudi.")
    events = [e for e in text_events(place_finder, text, "fr") if e.reported]
    assert sorted((e.event_type, e.place.name) for e in events) == [
        ("Explosions/Remote violence", "Latakia"), ("Protests", "Latakia")]


@pytest.mark.parametrize(("text", "lang", "no_act"), [
    ("Moscou a démenti jeudi avoir bombardé des hôpitaux dans la province d'Idleb.", "fr", True),
    ("L'armée a nié jeudi avoir visé des civils à Alep.", "fr", True),
    ("Moscow denied on Thursday that its jets had bombed hospitals in Idlib province.", "en", True),
    ("L'aviation a bombardé jeudi Alep, mais Moscou a démenti avoir frappé des hôpitaux.", "fr", False),
])
def test_a_denied_act_is_not_told(text, lang, no_act):
    assert tells_no_act(text, lang) is no_act
