"""An act dated by its distance to another ("trois jours après le pilonnage de X") gives both
acts, each on its day (geo.extract.earlier_acts); "par l'X" does not locate an act at X; capitals
that speak do not take the act's place.  Sentences of our own, in French and English."""

from datetime import timedelta

import pytest

from geo.extract.earlier_acts import earlier_act
from geo.extract.events import extract_events
from geo.extract.places import PlaceMention
from geo.models import Place
from tests.geo.reported_events import PUBLISHED


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi à Homs, une manifestation a été dispersée par la police, trois jours après le "
           "pilonnage de plusieurs quartiers de la ville par l'armée."),
    ("en", "On Friday in Homs, a protest was dispersed by the police, three days after the shelling of "
           "several districts of the city by the army."),
])
def test_an_act_dated_by_its_distance_to_another_gives_both_acts(told_events):
    kinds = sorted((e.sub_event_type, e.date_start) for e in told_events)
    assert kinds == [("Protest with intervention", PUBLISHED),
                     ("Shelling/artillery/missile attack", PUBLISHED - timedelta(days=3))]
    assert {e.place.name for e in told_events} == {"Homs"}


@pytest.mark.parametrize(("lang", "sentence", "days"), [
    ("fr", "Au lendemain du massacre de la ville, des milliers de personnes ont défilé.", 1),
    ("fr", "Deux semaines après le bombardement du marché, la ville est vide.", 14),
    ("en", "Two days after the shelling of the market, the town was empty.", 2),
    ("en", "A week after the shelling of the market, the town was empty.", 7),
    # months, as the press counts them: a month of 30 days
    ("fr", "Deux mois après le bombardement du marché, la ville est vide.", 60),
    ("en", "Two months after the shelling of the market, the town was empty.", 60),
    ("fr", "Au lendemain de l'appel des Occidentaux, des milliers de manifestants sont sortis.", None),
    ("fr", "L'annonce, neuf jours après que la France a déclaré l'usage d'armes chimiques, surprend.", None),
    ("en", "Three days after the talks on chemical weapons, the army moved in.", None),
])
def test_the_distance_and_the_earlier_act(lang, sentence, days):
    found = earlier_act(sentence, lang)
    assert (found.days if found else None) == days


def mention(name, cc, method, precision="point"):
    place = Place(name=name, lat=48.8, lon=2.3, country_code=cc, admin1="", feature="PPLX", source="geonames",
                  geonameid=None, precision=precision)
    return PlaceMention(text=name, start=0, end=len(name), place=place, method=method, confidence=0.7)


def test_a_name_after_par_l_is_not_where_the_act_happened(place_finder):
    text = "Combats en Syrie\n\nVendredi, des combats ont éclaté, selon une vidéo relayée par l'Albatros."
    start = text.index("Albatros")
    # a place of the document's country, so that only the preposition decides
    albatros = mention("Albatros", "SY", "ner")
    albatros = PlaceMention(text="Albatros", start=start, end=start + 8, place=albatros.place, method="ner",
                            confidence=0.85)
    mentions = sorted([*place_finder.find(text, "fr"), albatros], key=lambda m: m.start)
    events = [e for e in extract_events(text, "fr", PUBLISHED, mentions) if e.reported]
    assert events and all(e.place.name != "Albatros" for e in events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday, a suicide bomber killed at least 15 people in Homs. The attack in Homs came two days "
           "after air strikes by government warplanes killed 26 people in the city."),
    ("fr", "Vendredi, un kamikaze a tué au moins 15 personnes à Homs. L'attentat de Homs survient deux jours "
           "après des frappes aériennes de l'armée qui ont tué 26 personnes dans la ville."),
])
def test_the_dead_of_the_earlier_act_are_its_own(told_events):
    by_day = {e.date_start: e.fatalities for e in told_events}
    assert by_day == {PUBLISHED: 15, PUBLISHED - timedelta(days=2): 26}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels shelled Homs on Friday, killing five people.\n\nOn Monday, Paris and Washington condemned it."),
    ("fr", "Vendredi, des rebelles ont bombardé Homs, tuant cinq personnes.\n\nLundi, Paris et Washington l'ont dénoncé."),
])
def test_capitals_that_speak_do_not_take_the_act_s_place(told_events):
    assert [e.place.name for e in told_events] == ["Homs"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Trois civils ont été tués jeudi par un obus à Tafas, deux mois après le raid qui avait fait 20 morts "
           "à Bosra."),
    ("en", "Three civilians were killed by a shell in Tafas on Thursday, two months after an air strike killed 20 "
           "people in Bosra."),
])
def test_an_act_months_before_is_no_news_and_keeps_its_dead(place_finder, lang, text):
    from tests.geo.reported_events import reported_events

    events = reported_events(place_finder, text, lang)
    assert [(e.place.name, e.fatalities) for e in events] == [("Ţafas", 3)]
