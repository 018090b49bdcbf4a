"""Forms of French wire reports the second round of French probes (``bench/fr_probes2.tsv``) found
unread, on sentences of our own (English where the rule is shared): a village's Arabic name whose
head is a town's ("le poste-frontière de Bab al-Nour"), a province in brackets ("le village de X
(province d'Idleb)"), a part of a country told by its adjective ("le nord-ouest syrien"), a threat or
a plan with a day or an object before its infinitive, the day of an act a claim dates otherwise,
and a month's toll ("en un mois") but not an act counted in it ("le deuxième en un mois")."""

from __future__ import annotations

import pytest

from geo.extract.act_mood import no_act_reason
from geo.extract.country_parts import country_part, part_before_adjective
from geo.extract.offset_places import NOMINAL_OFFSET_KM
from geo.extract.running_tolls import is_cumulative
from geo.models import haversine_km
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS
from tests.geo.reported_events import reported_events


def _one(place_finder, text: str, lang: str = "fr"):
    (event,) = reported_events(place_finder, text, lang)
    return event


@pytest.mark.parametrize("text", [
    # the head of one Arabic name ("Bab") is no town of its own, nor that of a name called a village
    "Jeudi, une voiture piégée a explosé au poste-frontière de Bab al-Nour, dans la province d'Idleb, tuant six personnes.",
    "Jeudi, une voiture piégée a explosé dans le village de Bab Jaddid, dans la province d'Idleb, tuant six personnes.",
    # a province in brackets holds the village before it
    "Jeudi, des frappes ont tué cinq civils dans le village de Hazzano (province d'Idleb).",
])
def test_an_unknown_village_is_in_the_province_its_sentence_names(place_finder, text):
    event = _one(place_finder, text)
    assert (event.place_precision, event.place.admin1) == ("admin1", "Idlib Governorate")


def test_a_part_of_a_country_told_by_its_adjective_is_that_country_not_the_actors():
    text = "Des raids russes ont tué huit civils dans le nord-ouest syrien."
    assert country_part(text, text.index("syrien")) == "nw"
    assert part_before_adjective(text, text.index("russes")) is None  # who acted
    assert part_before_adjective("dans l'est libanais", len("dans l'est ")) is not None
    assert part_before_adjective("dans le nord Syrie", len("dans le nord ")) is None  # a name, not an adjective


def test_an_act_in_a_part_of_a_country_told_by_its_adjective_is_placed_in_that_country(place_finder):
    event = _one(place_finder, "Jeudi, des raids russes ont tué huit civils dans le nord-ouest syrien.")
    assert (event.place.country_code, event.place_precision, event.fatalities) == ("SY", "country", 8)


@pytest.mark.parametrize("sentence", [
    "Le régime a menacé jeudi de lancer une offensive sur la ville.",
    "L'organisation a menacé les habitants d'attaquer la ville.",
    "Le ministre a accusé jeudi les rebelles de préparer une attaque contre la ville.",
])
def test_a_threat_or_a_plan_with_words_before_its_act_tells_no_act(sentence):
    assert no_act_reason(sentence, "fr") == "plan"


@pytest.mark.parametrize("sentence", [
    "Les jihadistes ont menacé jeudi les habitants de la ville avant de les bombarder à l'aube.",
    "Les rebelles ont préparé une attaque et ont bombardé jeudi la caserne.",  # (a completed act)
])
def test_a_threat_beside_an_act_told_keeps_the_act(sentence):
    assert no_act_reason(sentence, "fr") is None


def test_a_claim_dates_itself_not_the_act_it_claims(place_finder):
    text = "Le groupe EI a revendiqué jeudi l'attentat qui a frappé mardi un barrage de l'armée près de Homs, tuant six soldats."
    event = _one(place_finder, text)
    assert (event.date_start.isoformat(), event.place.name, event.fatalities) == ("2016-09-20", "Homs", 6)


@pytest.mark.parametrize(("sentence", "cumulative"), [
    ("En un mois, les raids ont tué 1.000 civils dans la province.", True),
    ("In a month, air strikes killed 1,000 civilians in the province.", True),
    ("Les frappes ont fait 300 morts en un seul mois.", True),
    # an act counted in the period, not the period's dead
    ("Un raid a tué six civils jeudi dans la ville, le deuxième en un mois.", False),
    ("Un attentat a tué six civils jeudi, le troisième en une semaine.", False),
    ("A car bomb killed six people in the city, the second in a week.", False),
])
def test_a_months_toll_is_cumulative_an_act_counted_in_it_is_not(sentence, cumulative):
    assert is_cumulative(sentence) is cumulative


#: per language, an act told, then a new one a moment later at the same place ({} the opening)
_LATER = {"fr": "Jeudi, une voiture piégée a explosé à Homs, tuant trois personnes. {}, un kamikaze s'est fait "
                "exploser à un barrage de la ville, tuant cinq soldats.",
          "en": "On Thursday a car bomb exploded in Homs, killing three people. {}, a suicide bomber blew himself "
                "up at a checkpoint in the city, killing five soldiers."}


@pytest.mark.parametrize(("lang", "opening"), [("fr", "Peu après"), ("fr", "Une heure plus tard"),
                                               ("en", "Shortly afterwards"), ("en", "An hour later")])
def test_a_new_act_told_a_moment_later_is_an_event_of_its_own(place_finder, lang, opening):
    events = reported_events(place_finder, _LATER[lang].format(opening), lang)
    assert sorted((e.place.name, e.date_start.isoformat(), e.fatalities) for e in events) == [
        ("Homs", "2016-09-22", 3), ("Homs", "2016-09-22", 5)]


def test_a_moment_later_the_same_act_told_again_is_no_new_event(place_finder):
    text = ("Jeudi, une voiture piégée a explosé à Homs, tuant trois personnes. Peu après, l'OSDH a fait état "
            "de huit morts dans l'attentat.")
    (event,) = reported_events(place_finder, text, "fr")
    assert (event.place.name, event.fatalities) == ("Homs", 8)


@pytest.mark.parametrize(("lang", "text", "bearing"), [
    ("fr", "Jeudi, un raid a tué six civils dans le village de Hazzano, au sud de Saraqeb.", "s"),
    ("fr", "Jeudi, les forces kurdes ont repris le village de Hazzano, à l'ouest de Hassaké.", "w"),
    ("en", "On Thursday an air strike killed six civilians in the village of Hazzano, south of Saraqib.", "s"),
])
def test_an_unknown_village_told_by_a_direction_alone_is_in_that_towns_countryside(place_finder, lang, text, bearing):
    town = place_finder.find(text, lang)[-1].place
    event = _one(place_finder, text, lang)
    assert event.part == "Hazzano" and event.place_precision == "point"
    assert abs(haversine_km(town.point, event.place.point) - NOMINAL_OFFSET_KM) < 0.5
    assert (event.place.lat < town.lat) if bearing == "s" else (event.place.lon < town.lon)


def test_a_direction_alone_moves_no_act_placed_at_a_known_town(place_finder):
    event = _one(place_finder, "Jeudi, des combats ont eu lieu près d'une base militaire, au nord d'Alep.")
    assert event.place.name == "Aleppo"  # (only a place the gazetteer lacks is moved)


def test_a_protest_held_after_a_strike_is_an_event_of_its_own(place_finder):
    text = ("Jeudi, des frappes ont tué six civils à Idleb. Des centaines de personnes ont ensuite manifesté "
            "contre le régime dans la ville.")
    events = reported_events(place_finder, text, "fr")
    assert sorted((e.event_type, e.place.name, e.fatalities) for e in events) == [
        (EXPLOSIONS, "Idlib", 6), (PROTESTS, "Idlib", None)]


def test_protesters_killed_then_the_protest_told_stay_one_event(place_finder):
    text = ("Vendredi, les forces de sécurité ont tué six personnes à Homs. Des milliers de personnes avaient "
            "manifesté dans la ville.")
    assert len(reported_events(place_finder, text, "fr")) == 1


#: per language: clashes in a town, then, in a clause of contrast, a strike on "the city" (another act)
_CLAUSES = {"fr": ("Jeudi, des combats ont opposé rebelles et soldats à Hama, tandis que l'aviation bombardait "
                   "un marché de la ville, tuant sept civils."),
            "en": ("On Thursday clashes pitted rebels against troops in Hama, while jets bombed a market in the "
                   "city, killing seven civilians.")}


@pytest.mark.parametrize("lang", sorted(_CLAUSES))
def test_a_second_clause_of_another_act_at_the_town_told_again_is_an_event_of_its_own(place_finder, lang):
    acts = {(e.event_type, e.place.name, e.fatalities) for e in reported_events(place_finder, _CLAUSES[lang], lang)}
    assert acts == {(BATTLES, "Ḩamāh", None), (EXPLOSIONS, "Ḩamāh", 7)}


def test_a_second_clause_of_the_same_act_at_the_town_told_again_is_no_new_event(place_finder):
    text = "Jeudi, des raids ont tué six civils à Hama, tandis que l'artillerie pilonnait la ville."
    assert len(reported_events(place_finder, text, "fr")) == 1
