"""Kinds of act (geo.extract.act_lexicon) typed through geo.extract.event_types, EN and FR: each
family on inflected forms, mapped to its ACLED type and sub-type."""

from __future__ import annotations

import pytest

from geo.extract.act_lexicon import en_verb, fr_noun, fr_verb
from geo.extract.event_types import type_sentence
from geo.taxonomy import BATTLES, EXPLOSIONS

VAC = "Violence against civilians"

CASES = [
    # executions
    ("Militants executed nine captured soldiers in a village square on Tuesday.", VAC, "Attack"),
    ("Les jihadistes ont exécuté onze prisonniers mardi près de la frontière.", VAC, "Attack"),
    # beheadings
    ("The group beheaded two aid workers near the town, the monitor said.", VAC, "Attack"),
    ("Trois otages ont été décapités par les insurgés dimanche.", VAC, "Attack"),
    ("Des hommes armés ont égorgé quatre bergers jeudi.", VAC, "Attack"),
    # massacres
    ("Pro-government militiamen massacred dozens of villagers on Friday.", VAC, "Attack"),
    ("Des miliciens ont massacré une famille entière dans le village.", VAC, "Attack"),
    # chemical attacks
    ("Dozens suffocated after a poison gas attack on the town on Monday.", EXPLOSIONS, "Chemical weapon"),
    ("Des habitants ont été exposés à un gaz toxique largué sur le quartier.", EXPLOSIONS, "Chemical weapon"),
    # barrel bombs
    ("Helicopters barrel-bombed the market in the morning.", EXPLOSIONS, "Air/drone strike"),
    ("Des barils d'explosifs ont été largués sur le quartier samedi.", EXPLOSIONS, "Air/drone strike"),
    # shelling
    ("Government forces pounded the rebel-held town on Sunday.", EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("L'armée a pilonné les positions rebelles pendant la nuit.", EXPLOSIONS, "Shelling/artillery/missile attack"),
    # sieges
    ("Army units laid siege to the town on Wednesday, cutting its last road.", BATTLES, "Armed clash"),
    ("Les forces loyalistes assiègent la ville depuis lundi.", BATTLES, "Armed clash"),
    # kidnappings and abductions
    ("Gunmen took 14 passengers hostage on the highway on Thursday.", VAC, "Abduction/forced disappearance"),
    ("Un enlèvement de trois journalistes a eu lieu mardi près de la ville.", VAC,
     "Abduction/forced disappearance"),
    ("Les ravisseurs ont libéré l'otage après le rapt de jeudi.", VAC, "Abduction/forced disappearance"),
    # suicide bombs
    ("A man blew himself up at the gate of the mosque on Friday.", EXPLOSIONS, "Suicide bomb"),
    ("Un homme s'est fait exploser jeudi devant un poste de contrôle.", EXPLOSIONS, "Suicide bomb"),
    # car bombs
    ("A car bombing near the bus station killed seven people on Monday.", EXPLOSIONS,
     "Remote explosive/landmine/IED"),
    ("Un camion bourré d'explosifs a sauté devant le marché.", EXPLOSIONS, "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("sentence", "event_type", "sub"), CASES)
def test_each_kind_of_act_is_typed_with_its_acled_type(sentence, event_type, sub):
    typing = type_sentence(sentence)
    assert typing is not None, sentence
    assert (typing.event_type, typing.sub_event_type) == (event_type, sub)
    assert typing.how == "lexicon"


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        # the more specific act wins
        ("A suicide car bomb exploded at the checkpoint on Monday.", "Suicide bomb"),
        ("Barrel bombs fell on the besieged town on Monday.", "Air/drone strike"),
        # a kamikaze drone is a drone strike, not a suicide bombing
        ("Des drones kamikazes ont frappé la base lundi.", "Air/drone strike"),
    ],
)
def test_the_most_specific_kind_wins(sentence, sub):
    assert type_sentence(sentence).sub_event_type == sub


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid reached the besieged town on Monday.",  # "besieged" qualifying a place is no siege
        "Bread cost 500 Syrian pounds in the market.",  # pounds, the currency
        "Le siège de l'organisation se trouve à Genève.",  # siège, the headquarters
    ],
)
def test_words_that_only_look_like_acts_are_not(sentence):
    assert type_sentence(sentence) is None


def test_a_bare_attack_is_typed_by_its_actor_not_by_a_lexicon():
    assert type_sentence("Gunmen attacked a checkpoint on Monday.").how == "actor"
    assert type_sentence("An explosion was heard near the port.").how == "generic"


def test_inflections_are_generated_from_the_lemma():
    import re

    assert re.fullmatch(en_verb("kidnap", double=True), "kidnapped")
    assert re.fullmatch(en_verb("execute"), "executing")
    assert re.fullmatch(fr_verb("enlever"), "enlèvent")
    assert re.fullmatch(fr_verb("égorger"), "égorgeaient")
    assert re.fullmatch(fr_noun("voiture piégée"), "voitures piégées")
    assert not re.fullmatch(en_verb("pound", forms="ed ing"), "pounds")


@pytest.mark.parametrize(
    "sentence",
    [
        "The negotiators listened with rapt attention.",  # English "rapt" is no kidnapping
        "Les FDS ont atteint le barrage de Tabqa.",  # a dam is no barrage of shells
    ],
)
def test_a_word_of_one_language_is_not_read_as_the_others(sentence):
    assert type_sentence(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Security forces opened fire on protesters in the square on Friday, killing six.",
         "Excessive force against protesters"),
        ("Six personnes ont été tuées vendredi par les forces de sécurité lors de manifestations.",
         "Excessive force against protesters"),
        ("Police fired tear gas to disperse the demonstrators on Sunday.", "Protest with intervention"),
        ("La police a dispersé les manifestants à coups de gaz lacrymogènes dimanche.", "Protest with intervention"),
        ("Thousands of protesters marched through the city centre on Friday.", "Peaceful protest"),
    ],
)
def test_a_protest_is_typed_by_the_force_used_against_it(sentence, sub):
    typing = type_sentence(sentence)
    assert (typing.event_type, typing.sub_event_type) == ("Protests", sub)
