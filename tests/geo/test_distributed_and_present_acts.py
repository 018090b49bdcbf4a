"""A toll shared out between places (geo.extract.place_tolls) gives one event per place with
its own dead; an act told in the present in same-day reporting (geo.extract.present_acts) is an
act of the publication day.  Sentences of our own, in French and English."""


import pytest

from geo.extract.present_acts import tells_a_present_act
from tests.geo.reported_events import PUBLISHED, reported_events


def tolls_by_place(events):
    return sorted((e.place.name, e.fatalities) for e in events if e.place is not None)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, huit civils ont été tués par l'armée, deux à Homs, un à Hama et cinq à Idleb."),
    ("en", "On Friday, eight civilians were killed by the army, two in Homs, one in Hama and five in Idlib."),
    # the shares of a country's toll
    ("fr", "Vendredi, huit civils ont été tués en Syrie, dont deux à Homs, un à Hama et cinq à Idleb."),
    ("en", "On Friday, eight civilians were killed in Syria, including two in Homs, one in Hama and five in Idlib."),
])
def test_a_toll_shared_out_between_places_gives_one_event_per_place(told_events):
    assert tolls_by_place(told_events) == [("Homs", 2), ("Idlib", 5), ("Ḩamāh", 1)]
    assert {e.date_start for e in told_events} == {PUBLISHED}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vingt personnes ont été tuées vendredi lors de manifestations à Deraa. "
           "Trois personnes sont mortes à Homs, deux autres ont perdu la vie à Hama."),
    ("en", "Twenty people were killed on Friday during protests in Daraa. "
           "Three people died in Homs, two others were killed in Hama."),
])
def test_a_following_sentence_sharing_out_its_dead_adds_an_event_per_place(told_events):
    assert ("Homs", 3) in tolls_by_place(told_events) and ("Ḩamāh", 2) in tolls_by_place(told_events)
    assert all(e.date_start == PUBLISHED for e in told_events)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, huit civils ont été tués par des frappes aériennes à Homs et à Hama."),
    ("en", "On Friday, eight civilians were killed by airstrikes in Homs and Hama."),
])
def test_a_list_without_shares_keeps_one_act_at_each_place_without_a_toll(told_events):
    assert tolls_by_place(told_events) == [("Homs", None), ("Ḩamāh", None)]


@pytest.mark.parametrize(("lang", "sentence", "present"), [
    ("fr", "Les insurgés tiennent la moitié de la ville où l'armée bombarde les quartiers rebelles.", True),
    ("fr", "Les combats se poursuivent à Homs.", True),
    ("fr", "Les rebelles s'affrontent aux soldats près de Deraa.", True),
    ("fr", "Une attaque contre la ville a été évoquée.", False),
    ("fr", "La frappe de la coalition.", False),
    ("en", "Government forces are shelling the eastern districts.", True),
    ("en", "Fighting continues in Homs.", True),
    ("en", "The strikes on Homs.", False),
])
def test_an_act_verb_in_the_present_is_told(lang, sentence, present):
    assert tells_a_present_act(sentence, lang) is present


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Huit civils ont été tués ce vendredi à Deraa. A Homs, l'armée bombarde les quartiers rebelles."),
    ("en", "Eight civilians were killed on Friday in Daraa. In Homs, government forces are shelling the old city."),
])
def test_an_undated_act_in_the_present_in_same_day_reporting_is_of_the_publication_day(told_events):
    homs = [e for e in told_events if e.place is not None and e.place.name == "Homs"]
    assert homs and homs[0].date_start == PUBLISHED


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Huit civils ont été tués ce vendredi à Deraa. A Homs, les combats entre rebelles et soldats continuent toujours."),
    ("en", "Eight civilians were killed on Friday in Daraa. In Homs, rebels are still fighting government troops."),
])
def test_fighting_still_going_on_as_the_report_is_written_is_the_days_act(place_finder, lang, text):
    """Fighting told in the progressive is the day's act, not a standing state (act_mood keeps
    only 'fighting alongside' as one): both modules read the sentence the same way."""
    events = reported_events(place_finder, text, lang)
    homs = [e for e in events if e.place is not None and e.place.name == "Homs"]
    assert homs and homs[0].date_start == PUBLISHED


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday, 18 dead in Syria car bombings, 18 dead as suicide bombers hit Syria: they blew up two "
           "vehicles in the province of Hama."),
    ("fr", "Vendredi, 18 morts en Syrie dans des attentats, 18 morts en Syrie quand des kamikazes ont fait "
           "exploser deux véhicules dans la province de Hama."),
])
def test_one_toll_told_twice_in_one_country_is_not_shared_out(told_events):
    assert [(e.place.name, e.fatalities) for e in told_events] == [("Hama Governorate", 18)]
