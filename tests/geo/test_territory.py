"""Territory changing hands told with everyday verbs (geo.extract.territory), on sentences of
our own in English and French: typed, with the sub-type of who gains the ground, and events."""

from datetime import date

import pytest

from geo.extract.actors import find_actors, unique_names
from geo.extract.event_types import type_sentence
from geo.extract.events import extract_events
from geo.extract.territory import GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, territory_typing

PUBLISHED = date(2019, 3, 16)  # a Saturday


@pytest.mark.parametrize(("sentence", "sub"), [
    ("Rebels captured two villages north of the city from government control on Friday.", NON_STATE_OVERTAKES),
    ("The militants were driven out of the town last week.", NON_STATE_OVERTAKES),
    ("The jihadists were ousted from their stronghold on Thursday.", NON_STATE_OVERTAKES),
    ("Government forces broke the siege of the airport on Friday.", GOVERNMENT_REGAINS),
    ("The Syrian army forced the fighters to retreat from the hills.", GOVERNMENT_REGAINS),
    ("Les rebelles ont pris la ville vendredi.", NON_STATE_OVERTAKES),
    ("Les jihadistes ont été chassés de la localité jeudi.", NON_STATE_OVERTAKES),
    ("L'armée syrienne a brisé le siège de l'aéroport vendredi.", GOVERNMENT_REGAINS),
])
def test_everyday_verbs_of_ground_taken_or_lost(sentence, sub):
    typing = territory_typing(sentence)
    assert typing is not None and typing.event_type == "Battles" and typing.sub_event_type == sub


@pytest.mark.parametrize(("sentence", "sub"), [
    # the army as French copy names it, alone, as the subject
    ("L'armée a repris vendredi la colline aux jihadistes.", GOVERNMENT_REGAINS),
    ("Le régime a reconquis la localité jeudi.", GOVERNMENT_REGAINS),
    # the gainer after the phrase: "aux mains de", "sous le contrôle de", the passive's agent
    ("La ville est tombée jeudi aux mains de l'armée.", GOVERNMENT_REGAINS),
    ("Le quartier est passé sous le contrôle du régime vendredi.", GOVERNMENT_REGAINS),
    ("La localité a été reprise vendredi par l'armée.", GOVERNMENT_REGAINS),
    ("La ville est tombée jeudi aux mains de l'EI.", NON_STATE_OVERTAKES),
    # the rebels' "Armée syrienne libre" is no state force; the other side driven out, actively
    ("Les combattants de l'Armée syrienne libre ont pris la ville jeudi.", NON_STATE_OVERTAKES),
    ("Les rebelles ont chassé les jihadistes de la localité vendredi.", NON_STATE_OVERTAKES),
])
def test_the_gainer_of_the_ground_gives_the_sub_type(sentence, sub):
    typing = territory_typing(sentence, type_sentence(sentence, unique_names(find_actors(sentence))))
    assert typing is not None and typing.event_type == "Battles" and typing.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "Rebels captured two soldiers on Friday.",
    "Les soldats ont pris position dans des quartiers de la ville.",
    "The photographer captured the scene.",
])
def test_capturing_people_or_a_position_is_no_ground_taken(sentence):
    assert territory_typing(sentence) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Rebels captured the town of Manbij on Friday, the monitor said.", "en"),
    ("Les rebelles ont pris la ville de Manbij vendredi, selon l'OSDH.", "fr"),
    ("La ville de Manbij est passée vendredi sous le contrôle d'Al-Nosra, selon l'OSDH.", "fr"),
])
def test_a_dated_capture_is_an_event_at_its_place(place_finder, text, lang):
    events = extract_events(text, lang, PUBLISHED, place_finder.find(text, lang))
    assert [(e.event_type, e.sub_event_type, e.date_start, e.place and e.place.name) for e in events] == [
        ("Battles", NON_STATE_OVERTAKES, date(2019, 3, 15), "Manbij")]


@pytest.mark.parametrize(("sentence", "sub"), [
    ("Army troops swept into Kfar Hamra on Friday after the insurgents pulled out.", GOVERNMENT_REGAINS),
    ("Opposition fighters have pushed into the heart of the town of Ayn Deeb, the group said.", NON_STATE_OVERTAKES),
    ("Syrian army tanks rolled into Beit Zaher at dawn.", GOVERNMENT_REGAINS),
    ("Militants swept into the village of Sheikh Aqil overnight.", NON_STATE_OVERTAKES),
    ("Les forces gouvernementales sont entrées vendredi dans Kfar Hamra.", GOVERNMENT_REGAINS),
    ("Les chars de l'armée ont pénétré dans la ville jeudi soir.", GOVERNMENT_REGAINS),
    ("Les rebelles sont entrés ce matin à Ayn Deeb.", NON_STATE_OVERTAKES),
])
def test_armed_men_entering_a_place_take_it(sentence, sub):
    typing = territory_typing(sentence, type_sentence(sentence, unique_names(find_actors(sentence))))
    assert typing is not None and typing.event_type == "Battles" and typing.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "A convoy of food trucks rolled into Kfar Hamra on Friday, the charity said.",
    "The conflict entered its ninth year on Friday.",
    "Rebels moved into talks with the government on Friday.",
    "New rocket launchers were moved into range on Friday.",
    "Le cessez-le-feu est entré en vigueur vendredi à minuit.",
    "Les camions d'aide sont entrés vendredi dans Kfar Hamra.",
])
def test_entering_without_armed_men_or_ground_takes_nothing(sentence):
    assert territory_typing(sentence) is None


def test_an_entered_town_is_the_event_s_place(place_finder):
    text = "Government troops swept into Manbij on Friday after the last insurgents left, the monitor said."
    events = extract_events(text, "en", PUBLISHED, place_finder.find(text, "en"))
    assert [(e.event_type, e.sub_event_type, e.date_start, e.place and e.place.name) for e in events] == [
        ("Battles", GOVERNMENT_REGAINS, date(2019, 3, 15), "Manbij")]


@pytest.mark.parametrize("sentence", [
    "Turkish troops rolled into Syria on Wednesday, the ministry said.",
    "Les troupes turques sont entrées mercredi dans Syrie.",
])
def test_troops_entering_a_country_cross_a_border_and_take_no_ground(sentence):
    assert territory_typing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Since government troops swept into Kfar Hamra in 2014, the town has been calm.",
    "Residents fled after the rebels pushed into the village of Ayn Deeb.",
    "Depuis que les rebelles sont entrés dans Kfar Hamra, la ville est assiégée.",
])
def test_an_entering_in_a_time_clause_is_a_reference_point(sentence):
    assert territory_typing(sentence) is None
