"""French wires write the capital "À" opening a sentence unaccented ("A Alep, …"); the small French
model then reads the "A" as a person's initial and the place after it as the person ("A Tal Abyad"):
that place is read as a place (geo.extract.place_spans).  Sentences of our own."""

import pytest

from tests.geo.reported_events import reported_events


@pytest.mark.parametrize("text", [
    "Attentat dans le nord de la Syrie\nA Tal Abyad, un attentat a fait sept morts jeudi.",
    "Des raids ont frappé Alep jeudi. A Tal Abyad, un attentat a fait sept morts le même jour.",
])
def test_a_place_after_an_unaccented_capital_a_is_a_place(place_finder, text):
    assert "Tall Abyaḑ" in {e.place.name for e in reported_events(place_finder, text, "fr")}


def test_a_person_s_initial_mid_sentence_is_left_alone(place_finder):
    text = "Le ministre a rencontré jeudi A Tal Abyad."  # no sentence start: not the preposition
    assert [m for m in place_finder.find(text, "fr") if m.text == "Tal Abyad" and m.method == "ner"] == []
