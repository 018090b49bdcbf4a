"""The date of the act a sentence tells (geo.extract.act_date) and the dates events take from
their neighbours (geo.extract.events): sentences of our own, in English and French."""

from datetime import date

import pytest

from geo.extract.act_date import sentence_date
from geo.extract.dates import find_dates
from tests.geo.reported_events import text_events

PUBLISHED = date(2022, 1, 23)  # a Sunday


@pytest.fixture
def finder(place_finder):
    return place_finder  # the session's (tests/geo/conftest.py)


def act_date(text, lang, last=None):
    found = sentence_date(find_dates(text, lang, PUBLISHED), last)
    return (found.date_start, found.date_end) if found is not None else None


def events_of(finder, text, lang):
    """The events of ``text`` that have a place."""
    return [e for e in text_events(finder, text, lang, PUBLISHED) if e.place is not None]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The regime stepped up raids in recent days, killing 20 when it bombed the town at the weekend.",
     (date(2022, 1, 22), PUBLISHED)),
    ("en", "Earlier this month, on January 12, a car bomb exploded at the checkpoint.",
     (date(2022, 1, 12), date(2022, 1, 12))),
    ("fr", "Le régime a intensifié ses raids ces derniers jours, tuant 20 personnes samedi.",
     (date(2022, 1, 22), date(2022, 1, 22))),
    ("fr", "Cette semaine, une voiture piégée a explosé mardi au barrage.",
     (date(2022, 1, 18), date(2022, 1, 18))),
])
def test_a_narrower_date_inside_the_first_period_dates_the_act(lang, text, expected):
    assert act_date(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the day is when it was said, not inside the act's month: the first date stays
    ("en", "An attack last month killed 20 people, the monitor said on Tuesday.",
     (date(2021, 12, 1), date(2021, 12, 31))),
    ("fr", "Une attaque le mois dernier a tué 20 personnes, a indiqué mardi l'ONG.",
     (date(2021, 12, 1), date(2021, 12, 31))),
    # history is no date of the act
    ("en", "Since 2011 the town has been shelled, most recently on Friday.", (date(2022, 1, 21), date(2022, 1, 21))),
])
def test_a_day_outside_the_first_period_does_not_replace_it(lang, text, expected):
    assert act_date(text, lang) == expected


def test_an_anaphoric_day_resolves_against_the_last_date_told():
    last = find_dates("Le 20 janvier", "fr", PUBLISHED)[0]
    assert act_date("La veille, des combats ont éclaté.", "fr", last) == (date(2022, 1, 19), date(2022, 1, 19))
    assert act_date("The same day, clashes broke out.", "en", last) == (date(2022, 1, 20), date(2022, 1, 20))
    assert act_date("The same day, clashes broke out.", "en") == (None, None)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Two days later, rebels ambushed a patrol.", date(2022, 1, 22)),
    ("en", "A day earlier, a car bomb went off.", date(2022, 1, 19)),
    ("en", "The next morning, jets bombed the town.", date(2022, 1, 21)),
    ("en", "The previous night, shells hit the market.", date(2022, 1, 19)),
])
def test_a_count_of_days_moves_from_the_last_date_told(lang, text, expected):
    last = find_dates("Le 20 janvier", "fr", PUBLISHED)[0]
    assert act_date(text, lang, last) == (expected, expected)


def test_a_count_of_days_without_a_date_told_stays_unresolved():
    assert act_date("Two days later, rebels ambushed a patrol.", "en") == (None, None)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On January 2, a massacre killed 30 people in Houla. The United Nations called for an inquiry. "
           "Government forces shelled Saraqib, killing three civilians. A woman was also shot dead in Daraya."),
    ("fr", "Le 2 janvier, un massacre a fait 30 morts à Houla. Les Nations unies ont demandé une enquête. "
           "L'armée a bombardé Saraqeb, tuant trois civils. Une femme a également été tuée par balle à Daraya."),
])
def test_a_new_place_after_an_act_of_the_publication_day_is_of_that_day(finder, lang, text):
    """The undated toll at Saraqib is the publication day's; the next sentence's new place is of
    the day just told, not of the massacre two sentences before it."""
    by_place = {e.place.name: (e.date_start, e.date_end) for e in events_of(finder, text, lang)}
    assert by_place["Saraqib"] == (PUBLISHED, PUBLISHED)
    assert by_place["Dārayyā"] == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Jihadists were ousted from Raqqa two weeks ago."),
    ("fr", "Les jihadistes ont été chassés de Raqqa il y a deux semaines."),
])
def test_an_act_weeks_ago_is_dated_that_week(finder, lang, text):
    [event] = events_of(finder, text, lang)
    assert (event.date_start, event.date_end, event.reported) == (date(2022, 1, 6), date(2022, 1, 12), True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The regime has stepped up air raids in Aleppo province in recent days, killing 20 civilians when it "
           "bombed the town of Al-Bab at the weekend."),
    ("fr", "Le régime a intensifié ses raids dans la province d'Alep ces derniers jours, tuant 20 civils lors du "
           "bombardement de la ville d'Al-Bab ce week-end."),
])
def test_an_act_at_the_weekend_is_dated_the_weekend(finder, lang, text):
    [event] = events_of(finder, text, lang)
    assert (event.date_start, event.date_end, event.fatalities) == (date(2022, 1, 22), PUBLISHED, 20)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Government forces shelled Homs on Sunday. The army launches an offensive on Aleppo next week."),
    ("fr", "Les forces gouvernementales ont bombardé Homs dimanche. "
           "L'armée lance une offensive sur Alep la semaine prochaine."),
])
def test_a_plan_for_next_week_is_no_act(finder, lang, text):
    assert [(e.place.name, e.date_start) for e in events_of(finder, text, lang)] == [("Homs", PUBLISHED)]
