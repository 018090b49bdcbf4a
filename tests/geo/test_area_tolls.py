"""A day's toll told over an area, then shared out place by place (geo.extract.area_tolls): the
act at the place the area's sentence names keeps what the parts told apart leave.  Articles of
our own, English and French, with the world gazetteer."""

import pytest

from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)


def tolls(found):
    return sorted((e.place and e.place.name, e.fatalities) for e in found)


#: the part told apart, after a paragraph about something else
PART = {
    "en": ("\n\nAid convoys have not reached the area for weeks.\n\n"
           "Eight civilians were killed on Tuesday when warplanes struck the town of Binnish, the monitor said."),
    "fr": ("\n\nLes convois d'aide n'atteignent plus la région.\n\n"
           "Huit civils ont été tués mardi quand des avions de combat ont bombardé la ville de Binnish, selon l'ONG."),
}
#: the whole, told over the province (then a town of it named) or of one town
OVER_THE_PROVINCE = {
    "en": ("Thirteen civilians were killed in air strikes on Tuesday on the northern province of Idlib, "
           "a monitor said, and a barrel bomb hit the town of Saraqib."),
    "fr": ("Treize civils ont été tués mardi dans des frappes aériennes sur la province d'Idleb, selon "
           "une ONG, et un baril d'explosifs a frappé la ville de Saraqeb."),
}
OF_ONE_TOWN = {
    "en": "Thirteen civilians were killed in air strikes on the town of Saraqib on Tuesday, a monitor said.",
    "fr": "Treize civils ont été tués mardi dans des frappes aériennes sur la ville de Saraqeb, selon une ONG.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_place_keeps_what_the_parts_told_apart_leave(finder, lang):
    found = events(finder, OVER_THE_PROVINCE[lang] + PART[lang], lang)
    assert [t for t in tolls(found) if t[1] is not None] == sorted(
        [(found[0].place.name, 5), ("Binnish", 8)]), tolls(found)
    assert found[0].place.name in ("Saraqib", "Sarāqib", "Saraqeb")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_towns_tolls_are_no_sum_and_part(finder, lang):
    found = events(finder, OF_ONE_TOWN[lang] + PART[lang], lang)
    assert sorted(e.fatalities for e in found) == [8, 13], tolls(found)


#: the whole told over an enclave at a town, then a part at a place the gazetteer does not know
#: (its event placed by its context, at the whole's town): still a part told apart
OVER_AN_ENCLAVE = {
    "en": ("Eight people were killed in regime shelling on the town of Saraqib on Tuesday despite a truce in the rebel "
           "enclave, a monitor said.\n\nAid convoys have not reached the area for weeks.\n\n"
           "On Tuesday regime shelling on the Kafr Batikh area also killed three civilians, the monitor said."),
    "fr": ("Huit personnes ont été tuées mardi dans des bombardements du régime sur Saraqeb malgré une trêve "
           "dans l'enclave rebelle, selon une ONG.\n\nLes convois d'aide n'atteignent plus la région.\n\n"
           "Mardi, le secteur de Kafr Batikh a aussi été bombardé par le régime, tuant trois civils, selon l'ONG."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_part_the_gazetteer_does_not_know_is_still_a_part(finder, lang):
    found = events(finder, OVER_AN_ENCLAVE[lang], lang)
    assert sorted(e.fatalities for e in found if e.fatalities is not None) == [3, 5], tolls(found)



@pytest.mark.parametrize(("lang", "whole", "part"), [
    ("en", "Regime air strikes killed 19 civilians on Sunday across the Eastern Ghouta region outside the capital "
     "Damascus.", "Air strikes on the town of Douma killed 17 civilians on Sunday."),
    ("fr", "Des frappes aériennes du régime ont tué 19 civils dimanche dans la région de la Ghouta orientale, près "
     "de la capitale Damas.", "Des frappes sur la ville de Douma ont tué 17 civils dimanche."),
])
def test_a_part_near_the_city_a_region_is_placed_at_is_a_part(finder, lang, whole, part):
    # the region placed at the city it lies around, its part at a town of the governorate around it
    assert tolls(events(finder, f"{whole} {part}", lang)) == [("Damascus", 2), ("Dūmā", 17)]


#: a day's toll told first, then acts at places of their own whose tolls add up to it (the whole's
#: region unknown to the gazetteer: its act placed only by its context; or its sentence naming
#: places in two governorates)
SUMMED_FIRST = [
    ("en", "Eight people were killed in shelling in Eastern Ghouta on Tuesday. A shell hit a school in Douma on "
     "Tuesday, killing five people. In the town of Harasta shelling on Tuesday killed three civilians.",
     [("Dūmā", 5), ("Ḩarastā", 3)]),
    ("fr", "Huit personnes ont été tuées mardi dans des bombardements dans la Ghouta orientale. Un obus a frappé "
     "mardi une école à Douma, tuant cinq personnes. Dans la ville de Harasta, des bombardements ont tué mardi "
     "trois civils.", [("Dūmā", 5), ("Ḩarastā", 3)]),
    ("en", "Three civilians were killed on Tuesday in rocket attacks by terrorists on Deir Ezzor city and on the "
     "city of Aleppo.\nTwo civilians were killed in rocket attacks on neighborhoods in Deir Ezzor city on "
     "Tuesday.\nIn Aleppo a woman was killed on Tuesday in attacks with rocket shells on Aleppo city.",
     [("Aleppo", 1), ("Deir ez-Zor", 2)]),
    # a part told twice counts once: the whole is more than its parts, and keeps its place's
    ("en", "Eight people were killed in shelling in Eastern Ghouta on Tuesday. A shell hit a school in Douma on "
     "Tuesday, killing five people. Shelling on Douma on Tuesday killed five people, a source said.",
     [("Dūmā", 8)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SUMMED_FIRST)
def test_a_sum_told_first_is_no_one_places_toll(finder, lang, text, expected):
    assert [t for t in tolls(events(finder, text, lang)) if t[1] is not None] == expected
