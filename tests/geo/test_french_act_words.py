"""French agency wording of acts (AFP, Le Monde, RFI, France 24 style), on sentences of our own:
the lexicon of geo.extract.event_types and geo.extract.act_lexicon reads the forms the press uses,
not only those first met ("arrestations" beside "arrêtés", "a pris le contrôle" beside "ont pris
le contrôle", "hélicoptères" and "avions de guerre" beside "aviation", a bare "raid" or "frappes",
"l'artillerie", "un attentat", "assassiné", "reconquis", "tombée aux mains de", "un raid", "mitraillé",
"ont pris la ville", "abattu", "mort sous la torture", "passée sous le contrôle d'", "a été prise
par", "ont ouvert le feu sur", "l'attentat", "a essuyé des tirs", "ont mitraillé un bus", "une
contre-offensive", "ont été larguées", "a sauté sur une mine", "une série de raids", "a poursuivi ses
frappes"), and an act "dans
le nord de la Syrie" is in Syria."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.event_types import type_sentence
from geo.extract.events import extract_events
from geo.taxonomy import BATTLES, EXPLOSIONS, STRATEGIC

VAC = "Violence against civilians"
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
OVERTAKES, REGAINS = "Non-state actor overtakes territory", "Government regains territory"
PUBLISHED = date(2016, 3, 12)  # a Saturday


@pytest.mark.parametrize(("sentence", "event_type", "sub"), [
    # arrests told with the noun
    ("Les forces de sécurité ont procédé vendredi à des dizaines d'arrestations à Deraa.", STRATEGIC, "Arrests"),
    ("Une vague d'interpellations a visé jeudi des militants à Hama.", STRATEGIC, "Arrests"),
    # aircraft other than "l'aviation", and a bare raid or strike
    ("Des hélicoptères du régime ont bombardé jeudi la ville.", EXPLOSIONS, AIR),
    ("Des avions de guerre ont bombardé vendredi la localité.", EXPLOSIONS, AIR),
    ("Des avions russes ont mené vendredi des raids sur la ville de Saraqeb.", EXPLOSIONS, AIR),
    ("Un raid israélien a visé vendredi un entrepôt d'armes près de Damas.", EXPLOSIONS, AIR),
    ("Les frappes de la coalition ont tué huit jihadistes jeudi.", EXPLOSIONS, AIR),
    ("De nouvelles frappes ont visé vendredi les quartiers rebelles.", EXPLOSIONS, AIR),
    ("L'aviation bombarde depuis l'aube les quartiers est de la ville.", EXPLOSIONS, AIR),
    # artillery and mortars named alone
    ("L'artillerie du régime a visé vendredi le quartier de Jobar.", EXPLOSIONS, SHELLING),
    ("Trois mortiers sont tombés jeudi sur la vieille ville.", EXPLOSIONS, SHELLING),
    # "attentat": a bomb
    ("Un attentat à la bombe a fait six morts vendredi à Homs.", EXPLOSIONS, "Remote explosive/landmine/IED"),
    ("Un double attentat a tué vingt personnes jeudi dans le quartier.", EXPLOSIONS, None),
    # killings named so
    ("Un journaliste a été assassiné vendredi dans la ville.", VAC, "Attack"),
    ("L'assassinat d'un chef rebelle a eu lieu jeudi.", VAC, "Attack"),
    ("Onze prisonniers ont été fusillés jeudi.", VAC, "Attack"),
    # ground taken or retaken, whatever the auxiliary or the idiom
    ("Le Front al-Nosra a pris le contrôle vendredi de la ville.", BATTLES, OVERTAKES),
    ("Le groupe jihadiste s'était emparé de la ville en mai.", BATTLES, OVERTAKES),
    ("La ville est tombée vendredi aux mains des rebelles.", BATTLES, OVERTAKES),
    ("La localité est passée jeudi sous le contrôle des forces kurdes.", BATTLES, OVERTAKES),
    ("L'armée syrienne a reconquis vendredi la ville de Palmyre.", BATTLES, REGAINS),
    ("Les troupes avaient repris le contrôle de la colline.", BATTLES, REGAINS),
    # clashes told with a reflexive verb or gunfire
    ("Les rebelles et l'armée s'affrontent dans la vieille ville.", BATTLES, "Armed clash"),
    ("Des échanges de tirs ont eu lieu jeudi près du barrage.", BATTLES, "Armed clash"),
    # one raid, an aircraft's machine-gunning, a town taken, a man shot or dead under torture
    ("Un raid a fait vingt morts vendredi dans la localité.", EXPLOSIONS, AIR),
    ("Des avions ont mitraillé jeudi un marché.", EXPLOSIONS, AIR),
    ("Les jihadistes ont pris la ville de Raqa vendredi.", BATTLES, OVERTAKES),
    ("Un soldat a été abattu jeudi à un barrage.", VAC, "Attack"),
    ("Cinq détenus sont morts sous la torture.", VAC, "Attack"),
    # ground taken, the gainer after an elided article, or told in the passive
    ("La localité est passée mardi sous le contrôle d'Al-Nosra.", BATTLES, OVERTAKES),
    ("La colline a été prise jeudi par les insurgés.", BATTLES, OVERTAKES),
    # gunmen firing on people or shooting them down; "l'attentat" with its elided article
    ("Des hommes armés ont ouvert le feu sur un minibus jeudi.", VAC, "Attack"),
    ("Des inconnus ont abattu deux policiers à un barrage.", VAC, "Attack"),
    ("L'attentat qui a visé le marché a fait neuf morts.", EXPLOSIONS, None),
    # coming under fire ("came under fire"), gunmen machine-gunning a bus (by aircraft: an air strike, above)
    ("Une patrouille de l'armée a essuyé jeudi des tirs près du barrage.", EXPLOSIONS, None),
    ("Des hommes armés ont mitraillé jeudi un bus de pèlerins.", VAC, "Attack"),
    # a counter-attack, bombs dropped told in the passive, a vehicle blown up by a mine
    ("Les insurgés ont lancé jeudi une contre-offensive contre les positions du régime.", BATTLES, "Armed clash"),
    ("Des bombes à sous-munitions ont été larguées jeudi sur la ville.", EXPLOSIONS, AIR),
    ("Un véhicule a sauté jeudi sur une mine près du village.", EXPLOSIONS, "Remote explosive/landmine/IED"),
    # strikes told as a series, or carried on with a possessive
    ("Une série de raids a visé jeudi la ville.", EXPLOSIONS, AIR),
    ("L'aviation russe a poursuivi jeudi ses frappes sur la province.", EXPLOSIONS, AIR),
])
def test_french_press_words_of_acts_are_typed(sentence, event_type, sub):
    typing = type_sentence(sentence)
    assert typing is not None, sentence
    assert (typing.event_type, typing.sub_event_type) == (event_type, sub)


@pytest.mark.parametrize("sentence", [
    "Le ministre a pris la parole vendredi devant le Parlement.",
    "L'attaquant a réussi une belle frappe du pied gauche.",
    "Les rebelles ont pris la route de Damas vendredi.",
    # strikes with a possessive, justified or halted, are no act
    "La Russie a justifié vendredi ses frappes par la lutte contre le terrorisme.",
    "La coalition a suspendu ses raids vendredi.",
])
def test_words_near_the_new_ones_are_no_acts(sentence):
    assert type_sentence(sentence) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Des hélicoptères du régime ont bombardé vendredi la ville de Saraqeb, selon l'OSDH.",
     (EXPLOSIONS, AIR, date(2016, 3, 11), "Saraqib")),
    ("Les forces de sécurité ont procédé jeudi à des dizaines d'arrestations à Deraa, selon l'OSDH.",
     (STRATEGIC, "Arrests", date(2016, 3, 10), "Dar‘ā")),
    ("Le Front al-Nosra a pris le contrôle vendredi de la ville d'Idleb, selon l'OSDH.",
     (BATTLES, OVERTAKES, date(2016, 3, 11), "Idlib")),
])
def test_french_acts_become_dated_placed_events(place_finder, text, expected):
    events = extract_events(text, "fr", PUBLISHED, place_finder.find(text, "fr"))
    assert [(e.event_type, e.sub_event_type, e.date_start, e.place and e.place.name) for e in events] == [expected]


@pytest.mark.parametrize(("text", "country"), [
    ("Le président français a rappelé les menaces contre la France. Des frappes aériennes ont tué dix "
     "civils vendredi dans le nord de la Syrie.", "SY"),
    ("Le président français a rappelé les menaces contre la France. Un raid israélien a visé vendredi "
     "une position d'un groupe palestinien dans le sud du Liban.", "LB"),
    ("Le président français a rappelé les menaces contre la France. Des obus sont tombés vendredi "
     "à l'est de la Syrie.", "SY"),
    # the country the shells came from is not where they fell
    ("Des obus tirés depuis la Syrie sont tombés vendredi dans le sud de la Turquie.", "TR"),
])
def test_an_act_in_a_part_of_a_country_is_in_that_country(place_finder, text, country):
    """"dans le nord de la Syrie": the country is where the act is, not the one the article
    names most."""
    events = extract_events(text, "fr", PUBLISHED, place_finder.find(text, "fr"))
    assert [(e.place.country_code, e.place.precision) for e in events] == [(country, "country")]


