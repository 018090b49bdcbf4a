"""A date told in an aside on the sentence's subject (a relative or a past participle's clause set
between commas) dates the subject's history, not the act the main clause tells with a later day of
its own (``geo.extract.aside_dates``); sentences of our own, EN and FR, published on a Friday."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.aside_dates import act_dates, aside_date
from geo.extract.dates import find_dates
from tests.geo.reported_events import PUBLISHED, reported_events


def _dates(text: str, lang: str) -> list:
    return find_dates(text, lang, PUBLISHED)


@pytest.mark.parametrize(("text", "lang", "aside"), [
    ("Saraqeb, tombée la semaine dernière aux mains des rebelles, a été reprise mardi par l'armée.", "fr",
     "la semaine dernière"),
    ("La ville de Saraqeb, prise il y a dix jours par les rebelles, a été bombardée mercredi.", "fr",
     "il y a dix jours"),
    ("Maarat al-Noomane, que les rebelles avaient conquise le mois dernier, a été pilonnée jeudi.", "fr",
     "le mois dernier"),
    ("The town of Saraqib, captured by rebels ten days ago, was bombed by warplanes on Wednesday.", "en",
     "ten days ago"),
    ("Morek, which the army lost last month, was shelled by rebels on Thursday.", "en", "last month"),
    # a noun of place in apposition to a fronted place, its history after it
    ("A Tell Abiad, ville frontalière reprise l'an dernier par les Kurdes, un attentat a fait sept morts jeudi.",
     "fr", "l'an dernier"),
    ("In Tell Abiad, a border town seized last year by Kurdish forces, a car bomb killed seven on Thursday.",
     "en", "last year"),
])
def test_an_asides_earlier_date_gives_way_to_the_main_clauses_day(text, lang, aside):
    mentions = _dates(text, lang)
    kept = act_dates(text, mentions)
    assert aside not in [d.text for d in kept]
    assert [d.text for d in mentions if aside_date(text, d, mentions)] == [aside]


@pytest.mark.parametrize(("text", "lang"), [
    # no day of the main clause after the aside: the aside's date is the only one told
    ("Saraqeb, tombée la semaine dernière aux mains des rebelles, reste sous leur contrôle.", "fr"),
    # a gerund's clause tells the act itself, no aside on the subject
    ("Warplanes struck the town last week, killing 12, and shelled it again on Wednesday.", "en"),
    # the day after the comma lies before the aside's date: no history of the subject
    ("La localité, bombardée jeudi, avait été attaquée mardi.", "fr"),
])
def test_other_dates_are_kept(text, lang):
    mentions = _dates(text, lang)
    assert act_dates(text, mentions) == mentions


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Syrie\nSaraqeb, tombée la semaine dernière aux mains des rebelles, a été reprise mardi par l'armée.", "fr",
     date(2016, 9, 20)),
    ("Syrie\nLa ville de Saraqeb, prise il y a dix jours par les rebelles, a été bombardée mercredi par "
     "l'aviation, faisant cinq morts.", "fr", date(2016, 9, 21)),
    ("Syria\nThe town of Saraqib, captured by rebels ten days ago, was bombed by warplanes on Wednesday, "
     "killing five people.", "en", date(2016, 9, 21)),
])
def test_the_act_is_dated_by_its_own_day(place_finder, text, lang, day):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.date_start) for e in events] == [("Saraqib", day)]
