"""Distinct acts of one type at one place on one day (geo.extract.opposing_sides,
geo.extract.further_acts.named_another): acts of two opposing sides, and an act named as another
("another air strike", "a second air strike") with its own dead, are events of their own; the same
act told again by its own side stays one event.  Sentences of our own (EN and FR), published on a
Friday: Monday is 19 September 2016, Tuesday the 20th."""

import pytest

from geo.extract.opposing_sides import attacker_side

AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def _acts(events):
    return sorted((e.place.name, e.sub_event_type, e.fatalities) for e in events)


@pytest.mark.parametrize(("sentence", "trigger", "side"), [
    ("Rebel shelling of government-held districts killed five people.", "shelling", "armed groups"),
    ("Regime forces shelled the town on Monday.", "shelled", "government"),
    ("Dozens of shells fired by opposition groups hit the city.", "shells", "armed groups"),
    ("Russian air strikes on rebel-held areas killed ten.", "air strikes", "government"),
    ("Air strikes killed 20 rebels in the town.", "Air strikes", None),  # the rebels are the victims
    ("Twenty rebels were killed in air strikes on the town.", "air strikes", None),
    ("Free Syrian Army fighters shelled the town.", "shelled", None),  # the rebels' army, not the state's
    ("Des obus tirés par les rebelles ont touché la ville.", "obus", "armed groups"),
    ("Des frappes du régime ont visé les quartiers rebelles.", "frappes", "government"),
    # an acronym in capitals only; two sides joined by "and": none
    ("IS shelled the town.", "shelled", "armed groups"),
    ("The town is shelled every day.", "shelled", None),
    ("Rebel and regime shelling hit the town.", "shelling", None),
    # French: a side inside the act's words, or its adjective right after the act's noun
    ("L'aviation du régime a bombardé la ville lundi.", "aviation du régime a bombardé", "government"),
    ("Une attaque rebelle contre un poste de l'armée a fait trois morts.", "attaque", "armed groups"),
    ("Des frappes russes ont touché un marché.", "frappes", "government"),
    ("Des frappes ont touché des positions rebelles.", "frappes", None),  # the rebels' positions: the target
])
def test_the_attacker_is_read_next_to_the_act(sentence, trigger, side):
    assert attacker_side(sentence, trigger) == side


_STRIKES = "Government air strikes killed 20 people in Aleppo on Monday. "
_MARKET = "An air strike on a market in Saraqeb killed five people on Tuesday. "
_TWO_SIDES = [("Aleppo", AIR, 20), ("Aleppo", SHELLING, 5)]
_TWO_STRIKES = [("Saraqib", AIR, 2), ("Saraqib", AIR, 5)]


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # the two sides' acts at one city on one day, each of its own toll
    ("en", _STRIKES + "Rebel shelling of government-held western Aleppo killed five people.", _TWO_SIDES),
    ("en", _STRIKES + "More than 300 shells fired by opposition groups hit western Aleppo on Monday, killing five.",
     _TWO_SIDES),
    ("en", "Regime shelling on Douma killed ten civilians on Friday. In retaliation rebels fired rockets on Douma "
     "killing three civilians Friday.", [("Dūmā", SHELLING, 3), ("Dūmā", SHELLING, 10)]),
    ("fr", "Des frappes du régime ont tué vingt civils à Alep lundi. Des obus tirés par les rebelles sur les "
     "quartiers gouvernementaux d'Alep ont tué cinq personnes.", _TWO_SIDES),
    ("fr", "Des obus tirés par les rebelles ont tué cinq civils lundi à Alep. Lundi, l'aviation du régime a "
     "bombardé les quartiers rebelles d'Alep, tuant vingt personnes.", _TWO_SIDES),
    # an act named as another, with its own dead
    ("en", _MARKET + "Another air strike hit a hospital in Saraqeb, killing two.", _TWO_STRIKES),
    ("en", _MARKET + "A second air strike hit a hospital in Saraqeb, killing two.", _TWO_STRIKES),
])
def test_distinct_acts_at_one_place_and_day_are_events_of_their_own(told_events, acts):
    assert _acts(told_events) == acts


@pytest.mark.parametrize(("lang", "text", "toll"), [
    # the same side's act told again
    ("en", "Regime air strikes killed 20 rebels in Saraqeb on Tuesday. The strikes by government warplanes also "
     "wounded dozens.", 20),
    ("en", "Regime air strikes killed 20 rebels in Saraqeb on Tuesday. Twenty rebels were killed in regime air "
     "strikes on Saraqeb on Tuesday, the Observatory said.", 20),
    ("fr", "Des frappes du régime ont tué vingt civils dans les quartiers rebelles de Saraqeb mardi. Ces frappes "
     "ont aussi fait des dizaines de blessés.", 20),
    # the strikes told by the definite article are the act told
    ("en", _MARKET + "The strike hit the market at noon.", 5),
])
def test_the_same_act_told_again_stays_one_event(told_events, toll):
    (event,) = told_events
    assert (event.sub_event_type, event.fatalities, len(event.spans)) == (AIR, toll, 2)


@pytest.mark.parametrize(("lang", "text"), [
    # dead told in the passive, by another weapon ("killed by" names no kind of its own), one more act
    ("en", _MARKET + "Three civilians were also killed by regime shelling in Saraqeb."),
    ("fr", "Une frappe aérienne a tué cinq personnes sur un marché de Saraqeb mardi. Trois civils ont également "
     "été tués par des tirs d'artillerie à Saraqeb."),
])
def test_more_dead_of_another_weapon_are_another_act(told_events):
    assert _acts(told_events) == [("Saraqib", AIR, 5), ("Saraqib", SHELLING, 3)]


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # a planted bomb and an air strike at one town on one day, each with its own dead: two acts
    ("en", _MARKET + "A car bomb exploded in Saraqeb on Tuesday, killing three people.",
     [("Saraqib", AIR, 5), ("Saraqib", "Remote explosive/landmine/IED", 3)]),
    ("en", _MARKET + "An IED exploded near a checkpoint in Saraqeb on Tuesday, killing two soldiers.",
     [("Saraqib", AIR, 5), ("Saraqib", "Remote explosive/landmine/IED", 2)]),
    # a headline's blast of no kind, and the body's car bomb of the same toll: one act
    ("en", "Bomb blast kills 60 in Saraqeb. At least 60 people were killed in a car bomb explosion in Saraqeb "
     "on Tuesday.", [("Saraqib", "Remote explosive/landmine/IED", 60)]),
])
def test_acts_of_other_means_are_events_of_their_own(told_events, acts):
    assert _acts(told_events) == acts


_DOUMA = "Air strikes killed five people in Douma on Monday. "


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # a roundup's next act of the day, and an act opening on "in a separate …": acts of their own
    ("en", _DOUMA + "Also on Monday, regime shelling killed three civilians in Douma.",
     [("Dūmā", AIR, 5), ("Dūmā", SHELLING, 3)]),
    ("en", _DOUMA + "In a separate air strike, three civilians were killed in Douma.", [("Dūmā", AIR, 3), ("Dūmā", AIR, 5)]),
    ("fr", "Des frappes aériennes ont tué cinq personnes lundi à Douma. Lundi également, des tirs d'artillerie "
     "ont tué trois civils dans la ville.", [("Dūmā", AIR, 5), ("Dūmā", SHELLING, 3)]),
    # the act's word inside the words naming it new ("Une nouvelle frappe")
    ("fr", "Une frappe aérienne a tué cinq personnes lundi à Douma. Une nouvelle frappe a visé la ville dans la "
     "soirée, faisant deux morts.", [("Dūmā", AIR, 2), ("Dūmā", AIR, 5)]),
])
def test_an_opening_on_another_act_of_the_day_tells_its_own(told_events, acts):
    assert _acts(told_events) == acts


_CAR_BOMB = [("Saraqib", 3), ("Saraqib", 8)]


@pytest.mark.parametrize(("lang", "text"), [
    # "a bomb went off" tells an explosion; "a second bomb" names a further one, not more of the first
    ("en", "A car bomb exploded at a checkpoint in Saraqeb on Tuesday, killing eight people. Hours later, a "
           "second bomb went off in the town's market, killing three."),
    ("fr", "Une voiture piégée a explosé mardi à un barrage de Saraqeb, tuant huit personnes. Quelques heures plus "
           "tard, une deuxième bombe a explosé sur le marché de la ville, tuant trois personnes."),
])
def test_a_second_bomb_at_the_same_town_is_another_act(told_events):
    assert sorted((e.place.name, e.fatalities) for e in told_events) == _CAR_BOMB
