"""A sentence that names an act without telling it (geo.extract.act_mood) gives no event: a stance
on an act, a plan or threat, an ongoing state; a completed act or a toll anywhere in the sentence
keeps it an event.  Sentences of our own, in English and French."""

from datetime import date

import pytest

from geo.extract.act_mood import no_act_reason
from tests.geo.reported_events import text_events


@pytest.mark.parametrize(("lang", "sentence", "reason"), [
    ("en", "On Friday London and Berlin condemned the attack on the hospital.", "stance"),
    ("en", "The use of chlorine in the town was proven by the inquiry on Thursday.", "stance"),
    ("en", "On Thursday Moscow and Washington agreed on a plan to destroy the chemical weapons.", "stance"),
    ("en", "On Wednesday the rebel commander vowed to attack the airport.", "plan"),
    ("en", "On Thursday government troops were preparing for an assault on the town.", "plan"),
    ("en", "Shelling and air strikes have continued around the town since Tuesday.", "ongoing"),
    ("en", "The rebels are fighting alongside the jihadists in the north.", "ongoing"),
    ("en", "They face twin offensives in the eastern province of Deir Ezzor from the regime.", "ongoing"),
    ("fr", "Les jihadistes font face à deux offensives dans la province de Deir Ezzor.", "ongoing"),
    ("en", "The alliance has been locked in battle near the town for more than one month.", "ongoing"),
    ("en", "Government forces have been besieging the rebel-held town for three months.", "ongoing"),
    ("fr", "Jeudi, Londres et Berlin ont dénoncé cette attaque contre l'hôpital.", "stance"),
    ("fr", "L'usage de gaz sarin dans la ville est prouvé par l'enquête.", "stance"),
    ("fr", "Moscou et Washington sont tombés d'accord jeudi sur un plan d'élimination des armes chimiques.", "stance"),
    ("fr", "Jeudi, le chef rebelle a menacé de bombarder l'aéroport.", "plan"),
    ("fr", "Mercredi, les troupes se préparaient à l'assaut de la ville.", "plan"),
    ("fr", "Le gouvernement tiendra compte du rapport publié lundi sur le massacre.", "plan"),
    ("fr", "Dimanche, la télévision a affirmé que les troupes se préparaient justement à l'assaut de la ville.",
     "plan"),
    ("en", "On Monday the rebel commander said his men would attack the airport.", "plan"),
    ("en", "On Monday the inspectors began to destroy the chemical weapons stored near the port.", "arsenal"),
    ("fr", "Lundi, l'ONU a reçu la demande d'adhésion à la Convention pour l'interdiction des armes chimiques.",
     "arsenal"),
    ("en", "On Monday the army did not shell the town, the ministry said.", "negated"),
    ("en", "The village was not hit by the air strikes on Monday.", "negated"),
    ("fr", "Lundi, l'armée n'a pas bombardé la ville, selon le ministère.", "negated"),
    ("fr", "Le village n'a jamais été touché par les frappes aériennes.", "negated"),
    ("fr", "Alors que les combats opposent les Kurdes aux djihadistes dans la ville, le journal publie un dossier.",
     "ongoing"),
    # acts asked for, authorised or feared, and people fleeing acts
    ("fr", "Le président a demandé mardi aux députés d'autoriser des frappes contre le régime.", "plan"),
    ("fr", "Une frappe limitée contre la capitale est envisagée par les Occidentaux.", "plan"),
    ("fr", "Le ministre a mis en garde mardi contre toute intervention militaire dans le pays.", "plan"),
    ("fr", "Les pays voisins se préparent à un afflux de réfugiés en cas de frappes.", "plan"),
    ("fr", "Des milliers de familles ont fui les combats vers la frontière mercredi.", "ongoing"),
    ("fr", "L'émissaire avait proposé un plan prévoyant une cessation des combats et une transition.", "plan"),
    # an act named by its theme, what it is dedicated to
    ("fr", "Les manifestations de ce vendredi sont dédiées aux prisonniers et à leurs familles.", "theme"),
    ("fr", "Une réunion consacrée aux attaques chimiques s'est tenue mardi à Genève.", "theme"),
    ("en", "This Friday's protests are dedicated to the prisoners and their families.", "theme"),
])
def test_an_act_only_spoken_of_is_no_act(lang, sentence, reason):
    assert no_act_reason(sentence, lang) == reason


@pytest.mark.parametrize(("lang", "sentence"), [
    # a completed act stands beside the frame
    ("en", "On Monday the army shelled the town and vowed to storm it."),
    ("en", "France condemned the air strike that hit a school on Monday."),
    ("en", "Activists reported clashes around the airport on Thursday."),  # a report tells the act
    ("fr", "Lundi, l'armée a bombardé la ville et a menacé de la prendre d'assaut."),
    ("fr", "Paris a dénoncé la frappe qui a touché une école lundi."),
    ("fr", "L'Observatoire a fait état de combats autour de l'aéroport jeudi."),
    ("en", "The regime used chemical weapons in the town on Tuesday, the inquiry found."),
    ("fr", "Mardi, le régime a utilisé des armes chimiques contre la ville."),
    # fighting going on as the report is written is the day's act
    ("en", "They continue to battle for the town, with clashes ongoing on Saturday, the monitor said."),
    ("en", "The rebels faced a fierce assault on the town on Saturday."),
    ("en", "Warplanes have been pounding the enclave with barrel bombs over the past two days."),
    ("fr", "Samedi, les combats se poursuivent autour de l'aéroport."),
    # an act beside the negated one, and nobody killed (a toll of 0, found by the tolls)
    ("en", "The strike did not kill anyone but destroyed a house on Monday."),
    ("fr", "La frappe n'a pas fait de victime mais a détruit une maison lundi."),
    ("en", "No one was killed when a shell hit the house on Monday."),
    # a toll is a completed act
    ("en", "Twelve people were reported dead after the attack the rebels had vowed on Monday."),
    ("fr", "Des habitants ont fui mardi les bombardements qui ont tué six civils dans le quartier."),
    # a theme beside a completed act
    ("fr", "Vendredi, des milliers de personnes ont manifesté à Hama lors d'une journée dédiée aux prisonniers."),
    ("en", "On Friday thousands protested in Hama in marches dedicated to the prisoners."),
])
def test_a_completed_act_or_a_report_is_an_act(lang, sentence):
    assert no_act_reason(sentence, lang) is None


def test_a_toll_keeps_a_sentence_an_act():
    sentence = "Les combats qui opposent l'armée aux rebelles ont fait douze victimes lundi."
    assert no_act_reason(sentence, "fr") == "ongoing"
    assert no_act_reason(sentence, "fr", toll=True) is None


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "Warplanes struck the town of Saraqib on Thursday, killing eight civilians. "
           "On Friday London and Paris condemned the attack. "
           "On Friday the rebel commander vowed to attack the airport of Aleppo.", 1),
    ("fr", "Des avions ont frappé jeudi la ville de Saraqeb, tuant huit civils. "
           "Vendredi, Londres et Paris ont dénoncé cette attaque. "
           "Vendredi, le chef rebelle a menacé de bombarder l'aéroport d'Alep.", 1),
    ("fr", "Des avions ont frappé jeudi la ville de Saraqeb, tuant huit civils. "
           "Vendredi, des milliers d'habitants ont fui les bombardements vers la frontière turque. "
           "Vendredi, le président a demandé au Parlement d'autoriser des frappes contre Alep.", 1),
    ("fr", "Des avions ont frappé jeudi la ville de Saraqeb, tuant huit civils. "
           "Les manifestations de ce vendredi à Alep sont dédiées aux victimes.", 1),
    ("en", "Warplanes struck the town of Saraqib on Thursday, killing eight civilians. "
           "This Friday's protests in Aleppo are dedicated to the victims.", 1),
])
def test_statements_and_plans_give_no_event_beside_the_act(place_finder, lang, text, kept):
    events = text_events(place_finder, text, lang)
    assert len(events) == kept
    (event,) = events
    assert event.date_start == date(2016, 9, 22)
    assert all("dénoncé" not in s.sentence and "condemned" not in s.sentence for s in event.spans)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Warplanes struck the town of Saraqib on Thursday, killing eight civilians. "
           "On Friday the army did not shell the airport of Aleppo, the ministry said."),
    ("fr", "Des avions ont frappé jeudi la ville de Saraqeb, tuant huit civils. "
           "Vendredi, l'armée n'a pas bombardé l'aéroport d'Alep, selon le ministère."),
])
def test_a_negated_act_gives_no_event(place_finder, lang, text):
    (event,) = text_events(place_finder, text, lang)
    assert event.date_start == date(2016, 9, 22)
