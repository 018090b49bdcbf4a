"""A headline that tells an act at a city and a later sentence that tells it at a town at the
city's edge are one act, at the town (geo.extract.city_retellings); two towns named as points
stay two acts.  Sentences of our own, published on Friday 23 September 2016, English and French."""

import pytest


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes hit Damascus on Friday\n\n"
           "On Friday, warplanes bombed the town of Harasta, killing 12 people."),
    ("fr", "Des frappes aériennes frappent Damas vendredi\n\n"
           "Vendredi, des avions ont bombardé la localité de Harasta, tuant 12 personnes."),
])
def test_a_headline_at_the_city_is_the_act_at_a_town_in_it(told_events):
    assert [(e.place.name, e.fatalities, len(e.spans)) for e in told_events] == [("Ḩarastā", 12, 2)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes hit Damascus on Friday\n\n"
           "On Friday, warplanes bombed the town of Harasta, killing 12 people.\n\n"
           "On Friday, warplanes bombed the town of Darayya, killing 5 people."),
    ("fr", "Des frappes aériennes frappent Damas vendredi\n\n"
           "Vendredi, des avions ont bombardé la localité de Harasta, tuant 12 personnes.\n\n"
           "Vendredi, des avions ont bombardé la localité de Darayya, tuant 5 personnes."),
])
def test_two_towns_near_one_city_stay_two_acts(told_events):
    assert sorted((e.place.name, e.fatalities) for e in told_events) == [("Dārayyā", 5), ("Ḩarastā", 12)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Syria: the day's news\n\n"
           "On Friday, government artillery shelled Damascus.\n\n"
           "On Friday, warplanes bombed the town of Harasta."),
    ("fr", "Syrie : les nouvelles du jour\n\n"
           "Vendredi, l'artillerie a pilonné Damas.\n\n"
           "Vendredi, des avions ont bombardé la localité de Harasta."),
])
def test_an_act_of_another_kind_at_a_town_by_the_city_is_another_act(told_events):
    # shelling of the city, then an air strike on a town at its edge: two kinds, two acts
    assert sorted((e.place.name, e.sub_event_type) for e in told_events) == [
        ("Damascus", "Shelling/artillery/missile attack"), ("Ḩarastā", "Air/drone strike")]
