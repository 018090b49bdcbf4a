"""An act told as one of a series names no day, and takes none from the publication
(geo.extract.same_day.one_of_a_series); a sentence naming a place people are evacuated from lends
no context place to an act told without one (geo.extract.event_places.context_place_finder).
Sentences of our own, in English and French, with the world gazetteer."""

import pytest

from geo.extract.same_day import one_of_a_series


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Syria: the rebels of the south\n\nThe rebels have held out for years in the south. During one of "
           "the battles for the town of Inkhil, seven rebels died, which shows how well they know the ground."),
    ("fr", "Syrie : qui sont les rebelles du sud ?\n\nLes rebelles tiennent le sud depuis des années. Durant "
           "l'un des combats de la ville d'Inkhil, il y a eu sept morts parmi les rebelles, ce qui montre qu'ils "
           "connaissent le terrain."),
])
def test_an_undated_act_told_as_one_of_a_series_is_no_event(told_events):
    assert told_events == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Strikes on Syria\n\nOne of the raids on Wednesday killed seven civilians in the town of Nawa, "
           "activists said."),
    ("fr", "Raids en Syrie\n\nL'une des frappes de mercredi a tué sept civils dans la ville de Nawa, selon des "
           "militants."),
])
def test_one_of_a_series_dated_by_the_text_is_an_event(told_events):
    assert [(e.place_source, e.date_start.isoformat(), e.fatalities) for e in told_events] == [
        ("sentence", "2016-09-21", 7)]


@pytest.mark.parametrize(("sentence", "series"), [
    ("In one of the many raids on the town, a school was hit.", True),
    ("Lors d'une des frappes, une école a été touchée.", True),
    ("It was one of the deadliest attacks of the war.", False),  # a known act compared with others
    ("C'est l'un des quartiers les plus touchés.", False),
])
def test_one_of_a_series(sentence, series):
    assert one_of_a_series(sentence) is series


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bus bomb kills 40 in Syria\n\nA bomb hit a bus convoy on Thursday, killing 40 people, rescuers said. "
           "Under the same deal, 2000 people were granted safe passage out of Zabadani, a town near Damascus."),
    ("en", "Bus bomb kills 40 in Syria\n\nA bomb hit a bus convoy on Thursday, killing 40 people, rescuers said. "
           "Under the same deal, 2000 people were evacuated from the town of Zabadani."),
    ("fr", "Un attentat fait 40 morts en Syrie\n\nUne bombe a frappé jeudi un convoi de bus, tuant 40 personnes, "
           "selon les secouristes. Selon le même accord, 2000 personnes ont été évacuées de Zabadani, une ville "
           "près de Damas."),
])
def test_a_place_people_are_evacuated_from_is_no_context_place(told_events):
    assert [(e.place.name, e.fatalities) for e in told_events] == [("Syria", 40)]
