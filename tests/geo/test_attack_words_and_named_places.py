"""Acts told with an attack verb in the past or a counted noun ("the coalition bombed X", "carried
out 14 strikes"), a protest told with "demonstrated in", aircraft's sorties (geo.extract.event_types);
a place a taking verb governs though the verb also qualifies places ("forces besieged X", not only
"in the besieged town of X": geo.extract.event_places); and an act one sentence tells at two places
it names, however near each other, two events (geo.extract.retellings).  Sentences of our own (EN
and FR), published on a Friday: Tuesday is 20 September 2016 (bench/en_event_probes.py probes the
same forms at scale)."""

import pytest

from geo.extract.event_types import type_sentence
from tests.geo.reported_events import reported_events


def _kind(sentence):
    typing = type_sentence(sentence)
    return typing and (typing.event_type, typing.sub_event_type)


def _places(events):
    return sorted((e.place.name, e.date_start.isoformat()) for e in events)


@pytest.mark.parametrize(("sentence", "kind"), [
    # bombs from afar are no armed clash, whoever drops them
    ("On Tuesday, the army bombed the town, killing ten civilians.", ("Explosions/Remote violence", None)),
    ("Jets carried out 14 strikes near the city on Tuesday.", ("Explosions/Remote violence", None)),
    # chemical or toxic substances used: a chemical attack
    ("Chemical substances were used in the attack on the town.", ("Explosions/Remote violence", "Chemical weapon")),
    ("Des substances toxiques ont été utilisées lors de l'attaque.", ("Explosions/Remote violence", "Chemical weapon")),
])
def test_remote_and_chemical_acts(sentence, kind):
    assert _kind(sentence) == kind


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The US-led coalition bombed Islamic State positions near Raqqa on Tuesday.", "Air/drone strike"),
    ("Gunmen stormed a checkpoint on the edge of the town on Tuesday.", "Armed clash"),
    ("The coalition said it carried out 14 strikes near the city.", "Air/drone strike"),
    ("Russian aircraft flew 40 sorties over Hama province on Tuesday.", "Air/drone strike"),
    ("Jets carried out more than 30 sorties over the valley on Tuesday.", "Air/drone strike"),
    ("Rebels downed an army helicopter over the hills on Tuesday.", "Armed clash"),
    ("Thousands demonstrated in the town after prayers on Tuesday.", "Peaceful protest"),
    # bare strikes or raids of an air force named by its adjective, the coalition or the regime
    ("Russian strikes killed nine people in the town on Tuesday.", "Air/drone strike"),
    ("Coalition strikes hit a bridge over the river on Tuesday.", "Air/drone strike"),
    ("Regime raids on the market left six dead.", "Air/drone strike"),
])
def test_acts_told_by_verb_count_or_flight(sentence, kind):
    typing = type_sentence(sentence, ["US-led coalition"] if "coalition" in sentence else [])
    assert typing is not None and typing.sub_event_type == kind


@pytest.mark.parametrize("sentence", [
    "The raids drew condemnation from the United Nations.",  # an act told already, not counted
    "The report demonstrated that the route was known to all sides.",  # showed, no protest
    "Les sorties de la ville sont fermées depuis mardi.",  # French exits, no flight
    "Police raided several homes on Tuesday.",  # a search of homes, not an attack
    "The government strikes a deal with the unions.",  # a deal struck
    "The coalition strikes back at its critics.",
])
def test_words_that_tell_no_new_act(sentence):
    typing = type_sentence(sentence)
    assert typing is None or typing.sub_event_type not in ("Peaceful protest", "Air/drone strike", "Armed clash")


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("en", "Troops advance in Syria\n\nGovernment forces besieged Harasta on Tuesday and cut the last supply road.",
     [("Ḩarastā", "2016-09-20")]),
    ("en", "Shells fell on the besieged town of Harasta on Tuesday, killing three.", [("Ḩarastā", "2016-09-20")]),
    ("fr", "L'armée avance en Syrie\n\nLes forces du régime ont assiégé Harasta mardi.", [("Ḩarastā", "2016-09-20")]),
])
def test_a_town_besieged_is_the_acts_place(place_finder, lang, text, places):
    assert _places(reported_events(place_finder, text, lang)) == places


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Government jets bombed Douma and Harasta on Tuesday, killing at least ten people."),
    ("en", "Air strikes killed ten people in Douma and Harasta on Tuesday."),
    ("fr", "Des avions du régime ont bombardé Douma et Harasta mardi, tuant dix personnes."),
])
def test_one_act_at_two_near_places_named_apart_is_two_events(place_finder, lang, text):
    assert _places(reported_events(place_finder, text, lang)) == [("Dūmā", "2016-09-20"), ("Ḩarastā", "2016-09-20")]


@pytest.mark.parametrize(("lang", "text", "places"), [
    # aircraft over an area: the area is the act's place
    ("en", "Strikes in Syria\n\nRussian aircraft flew 40 sorties over Hama province on Tuesday.",
     [("Hama Governorate", "2016-09-20")]),
    # what bombs fall on, a name NER may not read as a place
    ("en", "Barrel bombs in Syria\n\nBarrel bombs were dropped on Darayya on Tuesday, killing a family of five.",
     [("Dārayyā", "2016-09-20")]),
    # an act asked for is no act (as French "a appelé à")
    ("en", "Protests in Syria\n\nOpposition groups called for protests in Daraa on Tuesday against the siege.", []),
    ("en", "Protests in Syria\n\nActivists called on residents of Daraa to rally on Tuesday.", []),
    ("fr", "Manifestations en Syrie\n\nL'opposition a appelé à manifester à Deraa mardi contre le siège.", []),
    # ... but an act told beside it is
    ("en", "Protests in Syria\n\nThousands protested in Daraa on Tuesday and called for the release of detainees.",
     [("Dar‘ā", "2016-09-20")]),
])
def test_places_over_and_fallen_on_and_acts_asked_for(place_finder, lang, text, places):
    assert _places(reported_events(place_finder, text, lang)) == places


@pytest.mark.parametrize(("lang", "text", "places"), [
    # a second act at a place of its own opened by ", and" (as ", et" and ", while")
    ("en", "Daraa in Syria\n\nBarrel bombs struck the towns of Nawa and Inkhil in Daraa province on Tuesday, killing 11 "
     "people, and clashes raged in Sheikh Miskeen.",
     [("Inkhil", "2016-09-20"), ("Nawá", "2016-09-20"), ("Shaykh Miskīn", "2016-09-20")]),
    ("fr", "Deraa en Syrie\n\nDes barils d'explosifs ont frappé Nawa mardi, tuant onze personnes, et des combats ont "
     "éclaté à Cheikh Miskine.", [("Nawá", "2016-09-20"), ("Shaykh Miskīn", "2016-09-20")]),
    # ... not a clause telling no act of its own
    ("en", "Idlib in Syria\n\nAir strikes hit Saraqeb on Tuesday, killing 11 people, and residents fled to Binnish.",
     [("Saraqib", "2016-09-20")]),
])
def test_a_second_act_opened_by_and(place_finder, lang, text, places):
    assert _places(reported_events(place_finder, text, lang)) == places


@pytest.mark.parametrize(("text", "name", "precision"), [
    # a named quarter's noun: the city after it, not its area
    ("Shells hit the Sukkari district of Aleppo on Tuesday.", "Aleppo", "point"),
    ("Shells hit the Sukkari and Bustan al-Qasr districts of Aleppo on Tuesday.", "Aleppo", "point"),
    ("A bomb killed 30 people in the Kurdish district of Hasakah on Tuesday.", "Al Ḩasakah", "point"),
    # the noun alone, or a first-level area's: the area
    ("Rebels attacked army posts in the province of Aleppo on Tuesday.", "Aleppo Governorate", "admin1"),
])
def test_a_quarter_named_before_district_of_a_city(place_finder, text, name, precision):
    named = [m for m in place_finder.find(text, "en") if m.text in ("Aleppo", "Hasakah")]
    assert [(m.place.name, m.place.precision) for m in named] == [(name, precision)]


@pytest.mark.parametrize(("text", "place"), [
    # a road named by its two ends leads to them: the act is at the town named near it
    ("Gunmen ambushed a convoy on the Damascus-Baghdad highway near Dumayr on Tuesday, killing nine soldiers.",
     "Aḑ Ḑumayr"),
    ("Rebels shelled the Aleppo-Gaziantep road near Azaz on Tuesday, killing two drivers.", "I‘zāz"),
    # ... and a road alone is still placed at its end
    ("Gunmen ambushed a convoy on the Damascus-Aleppo highway on Tuesday, killing nine soldiers.", "Damascus"),
])
def test_a_road_named_by_its_ends_comes_after_the_place_the_act_is_near(place_finder, text, place):
    assert [e.place.name for e in reported_events(place_finder, text, "en")] == [place]
