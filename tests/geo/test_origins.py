"""A place named as where fire, aircraft or fighters came from ("tirés depuis X", "décollant de la base
de X, près de Y", "venus de leur fief de X", "fired from X", "took off from X near Y") comes after the
place the act is at (geo.extract.origins, geo.extract.event_places).  Sentences of our own, in English
and French."""

import pytest

from geo.extract.event_places import event_places_of
from geo.extract.origins import origin_starts
from geo.extract.sentences import split_sentences


def _places(place_finder, text: str, lang: str) -> list[str]:
    return [m.place.name for m in event_places_of(text, split_sentences(text)[0], place_finder.find(text, lang))]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("fr", "Des obus tirés depuis la ville de Deraa ont frappé jeudi Soueida, tuant trois personnes.", "As-Suwayda"),
    ("en", "Shells fired from Deraa hit Sweida on Thursday, killing three people.", "As-Suwayda"),
    ("fr", "Les combattants, venus de leur bastion de Rakka, ont attaqué vendredi Ain Issa.", "‘Ayn ‘Īsá"),
    ("en", "Fighters coming from their stronghold of Raqqa attacked Ain Issa on Friday.", "‘Ayn ‘Īsá"),
    ("fr", "Partis de Palmyre, les jihadistes ont attaqué jeudi Qaryatayn.", "Al Qaryatayn"),
    ("fr", "Des insurgés originaires de Homs ont attaqué jeudi un barrage à Qaryatayn.", "Al Qaryatayn"),
    ("fr", "Un obus a touché jeudi un camion parti de Damas à destination d'Alep près de Khanasser.", "Khanāşir"),
    ("en", "A shell hit a truck bound for Aleppo near Khanasser on Thursday.", "Khanāşir"),
])
def test_the_place_fire_or_fighters_came_from_comes_after_the_act_s(place_finder, lang, text, first):
    assert _places(place_finder, text, lang)[0] == first


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des avions décollant de la base de Tiyas, près de Homs, ont bombardé jeudi Idleb."),
    ("en", "Jets that took off from the Tiyas base near Homs bombed Idlib on Thursday."),
])
def test_the_place_an_origin_is_said_to_be_near_is_an_origin_too(place_finder, lang, text):
    assert _places(place_finder, text, lang)[0] == "Idlib"


def test_an_origin_alone_still_places_the_act(place_finder):
    assert _places(place_finder, "Rockets fired from Deraa killed two people on Thursday.", "en") == ["Dar‘ā"]


@pytest.mark.parametrize("text", [
    # "une partie de", "le parti de", a verb between the cue and the place: no origin
    "Les rebelles tiennent une partie de Deraa et ont attaqué Soueida.",
    "Les avions ont décollé de leur base et ont bombardé Soueida.",
])
def test_no_origin_without_its_phrase(place_finder, text):
    mentions = place_finder.find(text, "fr")
    assert not origin_starts(text, 0, len(text), mentions) & {m.start for m in mentions if m.text == "Soueida"}
    assert "Deraa" not in text or not origin_starts(text, 0, len(text), mentions)
