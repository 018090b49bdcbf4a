"""Distinct acts at one place on one day are events of their own (geo.extract.nearby_acts): an act
of another kind said to be one more, an act a sentence opens on as another or at a later moment of
the day, and a city's quarters named after the city ("the Aleppo neighbourhood of X":
geo.extract.listed_parts).
The same act told again, by a word pointing back to it, stays one event.  Sentences of our own
(EN and FR), published on a Friday: Tuesday is 20 September 2016."""

import pytest

from tests.geo.reported_events import reported_events

AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
CLASH = "Armed clash"
_BOMBED = {"en": "Government warplanes bombed the town of Saraqeb on Tuesday, killing seven people. ",
           "fr": "Des avions du régime ont bombardé la ville de Saraqeb mardi, tuant sept personnes. "}


def _acts(events):
    return sorted((e.part or e.place.name, e.sub_event_type, e.fatalities) for e in events)


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # an act of another kind, said to be one more, at the town told
    ("en", _BOMBED["en"] + "Clashes also erupted between rebels and government troops on the outskirts of Saraqeb.",
     [("Saraqib", AIR, 7), ("Saraqib", CLASH, None)]),
    ("fr", _BOMBED["fr"] + "Des combats ont également opposé les rebelles à l'armée à la périphérie de Saraqeb.",
     [("Saraqib", AIR, 7), ("Saraqib", CLASH, None)]),
    # an act a sentence opens on as another
    ("en", _BOMBED["en"] + "Meanwhile, rebels clashed with government troops in Saraqeb.",
     [("Saraqib", AIR, 7), ("Saraqib", CLASH, None)]),
    ("fr", _BOMBED["fr"] + "Parallèlement, des combats ont opposé les rebelles aux troupes gouvernementales à Saraqeb.",
     [("Saraqib", AIR, 7), ("Saraqib", CLASH, None)]),
    # ... or at a later moment of the day told
    ("en", _BOMBED["en"] + "Later that day, government forces shelled Saraqeb, killing three civilians.",
     [("Saraqib", AIR, 7), ("Saraqib", SHELLING, 3)]),
    ("fr", _BOMBED["fr"] + "Quelques heures plus tard, les forces gouvernementales ont pilonné Saraqeb, tuant trois civils.",
     [("Saraqib", AIR, 7), ("Saraqib", SHELLING, 3)]),
    # a city's quarter named after the city is a part of its own; so is the next quarter told
    ("en", "Government forces shelled the Aleppo neighbourhood of Sukkari on Tuesday, killing five. Rebel shelling "
     "killed three people in the government-held neighbourhood of Hamdaniyeh.",
     [("Hamdaniyeh", SHELLING, 3), ("Sukkari", SHELLING, 5)]),
    ("en", "Air strikes hit the Aleppo neighbourhoods of Sukkari and Bustan al-Qasr on Tuesday.",
     [("Bustan al-Qasr", AIR, None), ("Sukkari", AIR, None)]),
])
def test_distinct_acts_near_each_other_are_events_of_their_own(told_events, acts):
    assert _acts(told_events) == acts
    assert {e.date_start.isoformat() for e in told_events} == {"2016-09-20"}


#: per language: after the act told, the same act told again by words pointing back to it (one event),
#: and another act of the same shape (an event of its own)
_TOLD_AGAIN = {
    "en": ("Later that day, the Observatory said the strikes had hit a market.",
           "Later that day, government forces shelled a market in Saraqeb."),
    "fr": ("Plus tard dans la journée, l'OSDH a précisé que les frappes avaient touché un marché.",
           "Plus tard dans la journée, les forces gouvernementales ont pilonné un marché de Saraqeb."),
}


@pytest.mark.parametrize("lang", sorted(_TOLD_AGAIN))
def test_a_later_telling_of_the_act_told_stays_one_event(place_finder, lang):
    again, other = _TOLD_AGAIN[lang]
    (event,) = reported_events(place_finder, _BOMBED[lang] + again, lang)
    assert (event.sub_event_type, event.fatalities, len(event.spans)) == (AIR, 7, 2)
    assert _acts(reported_events(place_finder, _BOMBED[lang] + other, lang)) == [
        ("Saraqib", AIR, 7), ("Saraqib", SHELLING, None)]


ATTACK, ABDUCTION, PROTEST = "Attack", "Abduction/forced disappearance", "Peaceful protest"


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # an opening that says another act follows, whatever the act's kind and dead
    ("en", _BOMBED["en"] + "In a separate attack, gunmen shot dead a member of the local council in Saraqeb.",
     [("Saraqib", AIR, 7), ("Saraqib", ATTACK, 1)]),
    ("en", _BOMBED["en"] + "Separately, militants abducted a dozen farmers from Saraqeb.",
     [("Saraqib", ABDUCTION, None), ("Saraqib", AIR, 7)]),
    ("fr", _BOMBED["fr"] + "Dans une autre attaque, des hommes armés ont abattu un membre du conseil local à Saraqeb.",
     [("Saraqib", AIR, 7), ("Saraqib", ATTACK, 1)]),
    # ... at the place just told, named again by its kind
    ("en", _BOMBED["en"] + "In a separate attack, gunmen shot dead a council member in the town.",
     [("Saraqib", AIR, 7), ("Saraqib", ATTACK, 1)]),
    ("fr", _BOMBED["fr"] + "Dans une autre attaque, des hommes armés ont enlevé douze civils dans la ville.",
     [("Saraqib", ABDUCTION, None), ("Saraqib", AIR, 7)]),
    # a protest after an act of violence
    ("en", _BOMBED["en"] + "On Tuesday evening, hundreds of residents took to the streets of Saraqeb, chanting against the regime.",
     [("Saraqib", AIR, 7), ("Saraqib", PROTEST, None)]),
    ("fr", _BOMBED["fr"] + "Mardi soir, des centaines d'habitants ont manifesté à Saraqeb contre le régime.",
     [("Saraqib", AIR, 7), ("Saraqib", PROTEST, None)]),
])
def test_an_act_opened_as_another_or_a_protest_after_violence_is_an_event_of_its_own(told_events, acts):
    assert _acts(told_events) == acts


def test_an_opening_on_another_act_keeps_a_toll_update_with_the_act_told(place_finder):
    (event,) = reported_events(place_finder, _BOMBED["en"] + "Meanwhile, the toll from the raids on Saraqeb rose to nine.", "en")
    assert event.sub_event_type == AIR
