"""French (and English) event forms on sentences of our own (issue 19): a toll told near a
reference point only is an event there; an undated sentence after a pluperfect's eve keeps the
report's day; places named as some of several places ("plusieurs villes, dont …") are event
places; two acts at two places in one sentence ("…, tandis que …") are two events (geo.extract.
clause_acts); "depuis" before a place opens no running toll; "tués le 12 à X" is a day of the
reported month."""

from datetime import date

import pytest

from geo.extract.clause_acts import clause_sentences, second_clause
from geo.extract.events import extract_events
from geo.extract.sentences import split_sentences
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS
from tests.geo.reported_events import PUBLISHED, reported_events

TUESDAY, WEDNESDAY = date(2016, 9, 20), date(2016, 9, 21)  # PUBLISHED is Friday 23 September 2016


def _places(events):
    return [e.place.name for e in events]


#: a village the gazetteer lacks, placed only by a town it is north of; no act named, a toll
NEAR_A_REFERENCE = {
    "fr": "Syrie : nouvelles violences.\n\nTrois civils ont été tués mardi à Tell Qarsa Kabir, au nord d'Alep.",
    "en": "Syria: more violence.\n\nThree civilians were killed on Tuesday in Tell Qarsa Kabir, north of Aleppo.",
}


@pytest.mark.parametrize("lang", sorted(NEAR_A_REFERENCE))
def test_a_toll_told_near_a_reference_point_only_is_an_event_there(place_finder, lang):
    (event,) = reported_events(place_finder, NEAR_A_REFERENCE[lang], lang)
    assert event.place.name == "Aleppo" and event.place_source == "reference"
    assert event.fatalities == 3 and event.date_start == TUESDAY


#: the report's day (Wednesday), an eve told in the pluperfect, then an undated act at a new place
AFTER_AN_EVE = {
    "fr": ("Syrie : l'armée bombarde Homs.\n\nMercredi, l'armée a bombardé Homs.\nLa veille, des combats avaient "
           "opposé rebelles et soldats à Rastane.\nL'aviation a bombardé Saraqeb."),
    "en": ("Syria: the army shells Homs.\n\nOn Wednesday the army shelled Homs.\nThe day before, rebels had "
           "clashed with troops in Rastan.\nWarplanes bombed Saraqib."),
}


@pytest.mark.parametrize("lang", sorted(AFTER_AN_EVE))
def test_an_undated_act_after_a_pluperfects_eve_keeps_the_reports_day(place_finder, lang):
    events = reported_events(place_finder, AFTER_AN_EVE[lang], lang)
    days = {e.place.name: e.date_start for e in events}
    assert days == {"Homs": WEDNESDAY, "Ar Rastan": TUESDAY, "Saraqib": WEDNESDAY}


def test_a_pluperfect_sentence_after_an_eve_keeps_the_eve(place_finder):
    text = ("Syrie : l'armée bombarde Homs.\n\nMercredi, l'armée a bombardé Homs.\nLa veille, des combats avaient "
            "opposé rebelles et soldats à Rastane.\nDes avions avaient aussi bombardé Saraqeb.")
    days = {e.place.name: e.date_start for e in reported_events(place_finder, text, "fr")}
    assert days["Saraqib"] == TUESDAY


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, les manifestants ont défilé dans plusieurs villes, dont Idleb, Homs et Hama."),
    ("fr", "Vendredi, des manifestations ont eu lieu dans plusieurs villes, notamment Idleb, Homs et Hama."),
    ("en", "On Friday, protesters marched in several cities, including Idlib, Homs and Hama."),
])
def test_places_named_as_some_of_several_places_are_event_places(place_finder, lang, text):
    events = reported_events(place_finder, f"Syrie : manifestations.\n\n{text}", lang)
    assert _places(events) == ["Idlib", "Homs", "Ḩamāh"]
    assert {e.event_type for e in events} == {PROTESTS} and {e.date_start for e in events} == {PUBLISHED}


def test_bombed_localities_named_after_dont_are_each_an_event(place_finder):
    text = "Syrie : raids.\n\nJeudi, l'armée a bombardé plusieurs localités, dont Saraqeb et Binnish."
    assert _places(reported_events(place_finder, text, "fr")) == ["Saraqib", "Binnish"]


#: two acts at two places in one sentence, the second opened by a contrast
TWO_CLAUSES = {
    "fr": "Mardi, l'armée a bombardé Homs, tandis que des combats opposaient soldats et rebelles à Hama.",
    "en": "Warplanes struck Saraqib on Tuesday, while clashes raged in Hama.",
}


@pytest.mark.parametrize("lang", sorted(TWO_CLAUSES))
def test_two_acts_at_two_places_in_one_sentence_are_two_events(place_finder, lang):
    events = reported_events(place_finder, f"Syrie : violences.\n\n{TWO_CLAUSES[lang]}", lang)
    assert [(e.event_type, e.date_start) for e in events] == [(EXPLOSIONS, TUESDAY), (BATTLES, TUESDAY)]
    assert _places(events)[1] == "Ḩamāh"


@pytest.mark.parametrize("text", [
    "Mardi, l'armée a bombardé Homs ; à Hama, des combats ont fait trois morts.",
    "Mardi, l'armée a bombardé Homs, et des combats ont fait trois morts à Hama.",
])
def test_a_second_clause_after_a_semicolon_or_et_is_another_act_with_its_own_toll(place_finder, text):
    homs, hama = reported_events(place_finder, f"Syrie : violences.\n\n{text}", "fr")
    assert (homs.place.name, homs.event_type, homs.fatalities) == ("Homs", EXPLOSIONS, None)
    assert (hama.place.name, hama.event_type, hama.fatalities, hama.date_start) == ("Ḩamāh", BATTLES, 3, TUESDAY)


@pytest.mark.parametrize("text", [
    # a background clause names no place inside a country
    "Mardi, l'armée a bombardé Homs, alors que le conflit a fait plus de 100 000 morts en Syrie.",
    # the second clause tells no act, or no act of violence
    "Mardi, des combats ont eu lieu à Alep, tandis qu'une trêve était respectée à Homs.",
    "Mardi, l'armée a bombardé Homs, tandis que les habitants fuyaient vers Hama.",
    # one place only, and the second clause's act of the same type (another type there is another act:
    # tests/geo/test_french_probe_forms_two.py)
    "Mardi, l'armée a bombardé Homs, tandis que l'artillerie pilonnait la ville.",
    "Mardi, l'armée a bombardé Homs, tandis que des habitants fuyaient la ville.",
])
def test_a_sentence_without_two_placed_acts_stays_whole(place_finder, text):
    full = f"Syrie : violences.\n\n{text}"
    mentions = sorted(place_finder.find(full, "fr"), key=lambda m: m.start)
    sentences = split_sentences(full)
    assert clause_sentences(sentences, mentions, [m.start for m in mentions], "fr") == sentences


def test_the_second_clause_is_marked_as_another_act():
    assert second_clause("tandis que des combats opposaient soldats et rebelles à Hama.")
    assert second_clause("while clashes raged in Hama.")
    assert second_clause("; à Hama, des combats ont fait trois morts.")
    assert not second_clause("Des combats ont opposé soldats et rebelles à Hama.")


@pytest.mark.parametrize("sentence", [
    "Au moins 20 personnes ont été tuées mardi dans un attentat à Damas, a annoncé la télévision d'Etat depuis Beyrouth.",
    "Des roquettes tirées depuis la Syrie ont tué mardi 20 personnes à Hermel, dans le nord-est du Liban.",
    # ... or a noun of place before its name
    "Des obus tirés depuis la ville de Deraa ont frappé mardi Soueida, tuant 20 personnes.",
    "Des roquettes tirées depuis la province d'Idleb se sont abattues mardi sur Lattaquié, faisant 20 morts.",
])
def test_depuis_before_a_place_opens_no_running_toll(place_finder, sentence):
    (event,) = reported_events(place_finder, f"Syrie : violences.\n\n{sentence}", "fr")
    assert event.fatalities == 20


def test_a_day_without_its_month_after_a_participle_is_of_the_reported_month(place_finder):
    text = "Syrie : violences.\n\nTrois civils ont été tués le 12 à Douma, selon une ONG."
    (event,) = [e for e in extract_events(text, "fr", PUBLISHED, place_finder.find(text, "fr")) if e.reported]
    assert event.date_start == date(2016, 9, 12)
