"""Clauses listed with commas in one sentence, each with its own act and its own place (issue 19,
geo.extract.clause_acts): one event per act, at its place, with its own toll; tolls told place
by place after a total (or with the verb left out) give each place its part, never the total
(geo.extract.place_tolls, geo.extract.area_tolls).  Sentences of our own."""

from datetime import date

import pytest

from geo.extract.clause_acts import clause_sentences, second_clause
from geo.extract.sentences import split_sentences
from geo.taxonomy import BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS
from tests.geo.reported_events import reported_events

TUESDAY = date(2016, 9, 20)  # the reported events' Friday's Tuesday
SARAQIB, AZAZ, HAMA = "Saraqib", "I‘zāz", "Ḩamāh"


def _told(place_finder, text, lang):
    return [(e.place.name, e.event_type, e.fatalities, e.date_start)
            for e in reported_events(place_finder, f"Syrie : violences.\n\n{text}", lang)]


@pytest.mark.parametrize(("lang", "text", "kinds", "tolls"), [
    ("en", "On Tuesday warplanes bombed Saraqib, a car bomb went off in Azaz and rebels shelled Hama.",
     [EXPLOSIONS, EXPLOSIONS, EXPLOSIONS], [None, None, None]),
    ("en", "Warplanes struck Saraqib on Tuesday, clashes raged in Azaz, and Islamic State fighters attacked Hama.",
     [EXPLOSIONS, BATTLES, BATTLES], [None, None, None]),
    ("fr", "Mardi, des raids ont visé Saraqeb, des obus sont tombés sur Azaz et des combats ont eu lieu à Hama.",
     [EXPLOSIONS, EXPLOSIONS, BATTLES], [None, None, None]),
    ("fr", "Mardi, l'aviation a bombardé Saraqeb, une voiture piégée a explosé à Azaz et les rebelles ont pilonné Hama.",
     [EXPLOSIONS, EXPLOSIONS, EXPLOSIONS], [None, None, None]),
    # each act with its own dead
    ("en", "On Tuesday, airstrikes killed five civilians in Saraqib, a car bomb killed three people in Azaz and "
           "rebels shelled Hama, killing two.", [EXPLOSIONS, EXPLOSIONS, EXPLOSIONS], [5, 3, 2]),
    ("fr", "Mardi, des frappes aériennes ont tué cinq civils à Saraqeb, une voiture piégée a fait trois morts à "
           "Azaz et les rebelles ont pilonné Hama, tuant deux personnes.", [EXPLOSIONS, EXPLOSIONS, EXPLOSIONS], [5, 3, 2]),
])
def test_each_listed_clause_is_an_act_at_its_own_place_with_its_own_toll(place_finder, lang, text, kinds, tolls):
    expected = zip([SARAQIB, AZAZ, HAMA], kinds, tolls, strict=True)
    assert _told(place_finder, text, lang) == [(p, k, n, TUESDAY) for p, k, n in expected]


@pytest.mark.parametrize(("lang", "text"), [
    # the verb left out after the first place, the places in three governorates
    ("en", "On Tuesday, five people were killed in Saraqib, three in Azaz and two in Hama."),
    ("fr", "Mardi, cinq civils ont été tués à Saraqeb, trois à Azaz et deux à Hama."),
    ("en", "On Tuesday, five civilians were killed in Saraqib, three were killed in Azaz and two died in Hama."),
    # a total first, then its parts: the parts go to the places, the total to none
    ("en", "On Tuesday, 10 civilians were killed: five in Saraqib, three in Azaz and two in Hama."),
    ("fr", "Mardi, 10 civils ont été tués : 5 à Saraqeb, 3 à Azaz et 2 à Hama."),
])
def test_tolls_told_place_by_place_give_each_place_its_part(place_finder, lang, text):
    assert _told(place_finder, text, lang) == [(SARAQIB, VIOLENCE_CIVILIANS, 5, TUESDAY),
                                               (AZAZ, VIOLENCE_CIVILIANS, 3, TUESDAY),
                                               (HAMA, VIOLENCE_CIVILIANS, 2, TUESDAY)]


def test_ground_taken_is_an_act_of_a_list_too(place_finder):
    text = ("Mardi, les forces gouvernementales ont repris Palmyre, l'aviation russe a bombardé Raqqa et des "
            "rebelles ont attaqué des positions kurdes à Azaz.")
    assert [(p, k) for p, k, _n, _d in _told(place_finder, text, "fr")] == [
        ("Tadmur", BATTLES), ("Ar Raqqah", EXPLOSIONS), (AZAZ, BATTLES)]


@pytest.mark.parametrize(("lang", "text"), [
    # an apposition, a participle, a relative or a subordinate clause: no clause of its own
    ("en", "On Tuesday warplanes bombed Saraqib, a town seized by rebels in Idlib province last year."),
    ("en", "On Tuesday warplanes bombed Saraqib, killing five people in Binnish."),
    ("fr", "Mardi, l'aviation a bombardé Saraqeb, faisant cinq morts à Binnich."),
    ("en", "On Tuesday warplanes bombed Saraqib, where clashes had raged in Binnish."),
    ("fr", "Mardi, l'aviation a bombardé Saraqeb, où des combats avaient eu lieu à Binnich."),
    ("en", "On Tuesday warplanes bombed Saraqib, after rebels attacked army posts in Binnish."),
    ("en", "On Tuesday warplanes bombed Saraqib, a town rebels attacked from Binnish last year."),
    ("en", "On Tuesday warplanes bombed Saraqib, which rebels had seized in an assault from Binnish."),
    ("fr", "Mardi, l'aviation a bombardé Saraqeb, que les rebelles avaient attaqué depuis Binnich."),
    # "and" with no list before it, a verb without a subject of its own
    ("en", "On Tuesday warplanes bombed Saraqib and killed five people in Binnish."),
    # one act at listed places (an event per place elsewhere: geo.extract.place_lists)
    ("en", "On Tuesday airstrikes hit Saraqib, Azaz and Hama."),
    ("fr", "Mardi, des raids aériens ont frappé Saraqeb, Azaz et Hama."),
])
def test_a_clause_without_an_act_of_its_own_splits_nothing(place_finder, lang, text):
    full = f"Syrie : violences.\n\n{text}"
    mentions = sorted(place_finder.find(full, lang), key=lambda m: m.start)
    sentences = split_sentences(full)
    assert clause_sentences(sentences, mentions, [m.start for m in mentions], lang) == sentences


def test_a_listed_clause_is_marked_as_another_act():
    assert second_clause(", a car bomb went off in Azaz")
    assert second_clause("and rebels shelled Hama.")
