"""The other side driven out of a place, told actively with the place's article folded into "de"
(geo.extract.territory): "les rebelles ont chassé l'EI du village de X", "ont délogé les
jihadistes des quartiers est de X" are territory changing hands, as "ont chassé l'EI de X" is.
Sentences of our own, published on a Friday: Tuesday is 20 September 2016."""

import pytest

from geo.extract.territory import NON_STATE_OVERTAKES, territory_typing
from tests.geo.reported_events import reported_events


@pytest.mark.parametrize("sentence", [
    "Les rebelles ont chassé mardi les jihadistes du village de Kafr Nabl.",
    "Des combattants kurdes ont délogé lundi l'EI des quartiers est de la ville.",
    "Les insurgés avaient expulsé les miliciens du bastion de la colline.",
])
def test_driven_out_of_the_place_with_its_article(sentence):
    typing = territory_typing(sentence)
    assert typing is not None and typing.sub_event_type == NON_STATE_OVERTAKES


def test_a_chase_with_no_place_left_is_no_territory():
    assert territory_typing("Les policiers ont chassé des manifestants mardi.") is None


def test_the_village_left_is_the_acts_place(place_finder):
    text = "Les rebelles avancent en Syrie\n\nLes rebelles ont chassé mardi les jihadistes du village de Harasta."
    events = reported_events(place_finder, text, "fr")
    assert [(e.place.name, e.date_start.isoformat(), e.event_type) for e in events] == [
        ("Ḩarastā", "2016-09-20", "Battles")]
