"""Scraped news often comes as one block: the headline runs into the body with no blank line.
The headline is still context of its own, and the other sentences of that block are the
paragraph (and lead) an event without a place of its own, or placed only in the country, takes
its place from (geo.extract.event_places.context_place_finder).  Sentences of our own, in
English and French."""

import pytest


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air raids kill 15 in Syria. Fifteen people were killed on Thursday when warplanes bombed a "
           "crowded market, rescuers said. Most of the dead were traders in the town of Saraqib."),
    ("fr", "Des raids aériens tuent 15 personnes en Syrie. Quinze personnes ont été tuées jeudi quand des "
           "avions ont bombardé un marché, selon les secouristes. La plupart des morts étaient des "
           "commerçants de la ville de Saraqeb."),
])
def test_an_event_of_a_block_with_its_headline_takes_the_place_the_block_names(told_events):
    assert [(e.place.name, e.place_source) for e in told_events] == [("Saraqib", "paragraph")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Syria: air raids kill 15. Fifteen people were killed in Syria on Thursday when warplanes bombed "
           "a crowded market, rescuers said. Most of the dead were traders in the town of Saraqib."),
    ("fr", "Syrie: des raids tuent 15 personnes. Quinze personnes ont été tuées en Syrie jeudi quand des "
           "avions ont bombardé un marché. La plupart des morts étaient des commerçants de la ville de "
           "Saraqeb."),
])
def test_an_event_placed_only_in_the_country_takes_the_place_the_block_names_there(told_events):
    assert [(e.place.name, e.place_source) for e in told_events] == [("Saraqib", "paragraph")]
