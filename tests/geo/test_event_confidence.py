"""Issue 19, deliverable 7: an event's confidence says how its place, date and type were found
(geo.extract.confidence), on sentences of our own, English and French; and no reported event is
dated after its article's publication (geo.extract.reported_dates)."""

from datetime import date

import pytest

from geo.extract.confidence import band, event_confidence
from geo.extract.places import PlaceFinder
from geo.gazetteer.index import Gazetteer
from tests.geo.reported_events import text_events

PUBLISHED = date(2016, 10, 27)  # a Thursday


@pytest.fixture(scope="module")
def finder(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield PlaceFinder(g)


def test_the_scale_orders_how_places_dates_and_types_were_found():
    places = ["sentence", "facility", "paragraph", "lead", "headline", "document", None]
    values = [event_confidence(p, "day", "lexicon") for p in places]
    assert values == sorted(values, reverse=True) and len(set(values)) == len(values)
    dates = ["day", "relative", "inherited", "period", "undated"]
    values = [event_confidence("sentence", d, "lexicon") for d in dates]
    assert values == sorted(values, reverse=True) and len(set(values)) == len(values)
    assert event_confidence("sentence", "day", "lexicon") > event_confidence("sentence", "day", "generic") \
        > event_confidence("sentence", "day", "actor")
    assert band(event_confidence("sentence", "day", "lexicon")) == "high"
    assert band(event_confidence("document", "undated", "actor")) == "low"


@pytest.mark.parametrize(("text", "lang"), [
    ("Fighting in the north\n\n"
     "Government forces shelled the town of Rastan on Monday, killing three people.\n\n"
     "On Tuesday, a car bomb exploded near a checkpoint, killing five soldiers.", "en"),
    ("Combats dans le nord\n\n"
     "Les forces gouvernementales ont bombardé la ville de Rastan lundi, tuant trois personnes.\n\n"
     "Mardi, une voiture piégée a explosé près d'un barrage, tuant cinq soldats.", "fr"),
])
def test_an_inferred_place_is_less_sure_than_the_sentences_own(finder, text, lang):
    own, inferred = text_events(finder, text, lang, PUBLISHED)
    assert own.place_source == "sentence" and inferred.place_source == "lead"
    assert inferred.confidence < own.confidence
    assert own.confidence == event_confidence("sentence", "relative", "lexicon")
    assert inferred.confidence == event_confidence("lead", "relative", "lexicon")


@pytest.mark.parametrize(("text", "lang"), [
    ("Warplanes struck Aleppo on 24 October, killing four people. Shelling also hit Homs, killing two.", "en"),
    ("Des avions de combat ont frappé Alep le 24 octobre, tuant quatre personnes. Des obus sont aussi tombés "
     "à Homs, tuant deux civils.", "fr"),
])
def test_a_date_taken_from_the_sentence_before_is_less_sure_than_its_own_day(finder, text, lang):
    first, second = text_events(finder, text, lang, PUBLISHED)
    assert (first.date_source, second.date_source) == ("day", "inherited")
    assert second.date_start == first.date_start == date(2016, 10, 24)
    assert second.confidence < first.confidence


@pytest.mark.parametrize(("named", "bare", "lang"), [
    ("Government forces shelled Aleppo on Monday, killing four people.",
     "Government forces attacked Aleppo on Monday, killing four people.", "en"),
    ("Les forces gouvernementales ont pilonné Alep lundi, tuant quatre personnes.",
     "Les forces gouvernementales ont attaqué Alep lundi, tuant quatre personnes.", "fr"),
])
def test_a_bare_attack_is_less_sure_than_a_named_kind_of_act(finder, named, bare, lang):
    (specific,), (generic,) = text_events(finder, named, lang, PUBLISHED), text_events(finder, bare, lang, PUBLISHED)
    assert specific.place == generic.place
    assert generic.confidence < specific.confidence


@pytest.mark.parametrize(("text", "lang"), [
    ("Warplanes struck Aleppo on Tuesday, killing four people. "
     "Talks on a truce will open in Geneva on 30 October with shelling of Homs on the agenda.", "en"),
    ("Des avions de combat ont frappé Alep mardi, tuant quatre personnes. "
     "Le lendemain, des obus tomberont sur Homs si la trêve échoue, selon l'armée.", "fr"),
])
def test_no_event_is_dated_after_publication(finder, text, lang):
    found = text_events(finder, text, lang, date(2016, 10, 25))
    assert found and all(e.date_start <= date(2016, 10, 25) for e in found)
    assert len(found) == 1


def test_a_period_reaching_past_publication_is_cut_at_it(finder):
    (event,) = text_events(finder, "In October, warplanes struck Aleppo, killing four people.", "en", PUBLISHED)
    assert (event.date_start, event.date_end) == (date(2016, 10, 1), PUBLISHED)


@pytest.mark.parametrize(("news", "near", "history", "lang"), [
    ("Government forces shelled Aleppo on Monday, killing four people.",
     "Government forces shelled Aleppo on Monday, the deadliest shelling since 2012, killing four people.",
     "Government forces shelled Aleppo in March 2011, killing four people.", "en"),
    ("Les forces gouvernementales ont pilonné Alep lundi, tuant quatre personnes.",
     "Les forces gouvernementales ont pilonné Alep lundi, le pilonnage le plus meurtrier depuis 2012, "
     "tuant quatre personnes.",
     "Les forces gouvernementales ont pilonné Alep en mars 2011, tuant quatre personnes.", "fr"),
])
def test_a_hint_of_history_lowers_the_confidence(finder, news, near, history, lang):
    (plain,), (compared,), (old,) = (text_events(finder, t, lang, PUBLISHED) for t in (news, near, history))
    assert plain.reported and compared.reported and not old.reported
    assert (plain.background_hint, compared.background_hint, old.background_hint) == (None, "near", "background")
    assert plain.place == compared.place == old.place
    assert compared.confidence == event_confidence("sentence", "relative", "lexicon", "near")
    assert plain.confidence > compared.confidence
    assert old.confidence == event_confidence("sentence", "period", "lexicon", "background")
    assert old.confidence < event_confidence("sentence", "period", "lexicon")


@pytest.mark.parametrize(("text", "lang"), [
    ("Rebels shelled the airport of Aleppo on Saturday, closed since January, killing two soldiers.", "en"),
    ("Les rebelles ont bombardé samedi l'aéroport d'Alep, fermé depuis janvier, tuant deux soldats.", "fr"),
])
def test_a_since_beside_the_sentences_own_day_is_near_background(finder, text, lang):
    (event,) = text_events(finder, text, lang, PUBLISHED)
    assert event.reported and event.background_hint == "near"
    assert event.confidence < event_confidence(event.place_source, event.date_source, event.type_source)
