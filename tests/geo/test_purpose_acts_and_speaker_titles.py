"""Four ways a told act was lost or misplaced:

* an attack told in the infinitive of its purpose ("ont utilisé des chars pour attaquer la base")
  is an act, as English "used tanks to attack the base" already was (geo.extract.event_types);
* an undated act of same-day reporting placed only by a distance and a direction from a town
  ("à 25 km au sud de Homs") is placed, so it takes the publication day like an act at a town
  (geo.extract.same_day, geo.extract.offset_places);
* a place of the title of whom a report cites ("selon le gouverneur de la province de Hama",
  "according to the governor of Homs") is the speaker's, not the act's place
  (geo.extract.event_places);
* a sentence at a town of its own after an act placed by a reference point its sentence named
  ("… le quartier de X, à l'est de Damas. À Homs, l'armée a pilonné …") tells another act, not
  more of that one (geo.extract.events)."""

from datetime import date

import pytest

from geo.extract.event_types import type_sentence
from geo.extract.events import extract_events
from geo.models import haversine_km
from geo.taxonomy import BATTLES

PUBLISHED = date(2014, 10, 8)
BOTH_LANGUAGES = pytest.mark.parametrize("lang", ["en", "fr"])

TEXTS = {
    # same-day reporting (the lead's "mercredi" is the publication day); the second act is placed
    # only by its distance and direction from a town
    ("offset", "fr"): ("Syrie : nouveaux combats.\n\nMercredi, l'armée a bombardé Hama, selon une ONG. Des "
                       "insurgés ont utilisé des blindés pour attaquer une base militaire à 25 km au sud de Homs, "
                       "selon la même source."),
    ("offset", "en"): ("Syria: new fighting.\n\nOn Wednesday the army shelled Hama, a monitor said. Insurgents "
                       "used armoured vehicles to attack a military base 25 km south of Homs, the monitor said."),
    # the car bomb's sentence names no place of its own: the province after the cited official's
    # title is his, not the act's
    ("speaker", "fr"): ("Syrie : une explosion.\n\nMercredi, l'armée a bombardé Hama, selon une ONG. Une voiture "
                        "piégée a explosé à un barrage, faisant six morts, selon le gouverneur de la province de "
                        "Homs."),
    ("speaker", "en"): ("Syria: a blast.\n\nOn Wednesday the army shelled Hama, a monitor said. A car bomb exploded "
                        "at a checkpoint, killing six people, according to the governor of Homs province."),
    # an act placed by a reference point its sentence names (a quarter the gazetteer lacks, east
    # of Damascus), then a sentence at a town of its own far from there
    ("reference", "fr"): ("Syrie : combats.\n\nMercredi, des affrontements ont opposé rebelles et soldats dans le "
                          "quartier de Qasr Bardawil, à l'est de Damas. À Homs, l'armée a pilonné les quartiers "
                          "rebelles."),
    ("reference", "en"): ("Syria: fighting.\n\nOn Wednesday clashes broke out between rebels and troops in the Qasr "
                          "Bardawil neighbourhood east of Damascus. In Homs, troops shelled rebel districts."),
}


def told(place_finder, case, lang):
    """The events of the text of ``case`` and its places by the words naming them."""
    text = TEXTS[case, lang]
    mentions = place_finder.find(text, lang)
    return extract_events(text, lang, PUBLISHED, mentions), {m.text: m.place for m in mentions}


@pytest.mark.parametrize("sentence", [
    "Les insurgés ont mobilisé des blindés pour attaquer la caserne de la ville.",
    "Insurgents mobilised armoured vehicles to attack the town's barracks.",
])
def test_an_attack_told_as_a_purpose_is_an_act(sentence):
    typing = type_sentence(sentence)
    assert typing is not None and typing.event_type == BATTLES


@BOTH_LANGUAGES
def test_an_undated_act_placed_by_its_distance_from_a_town_takes_the_publication_day(place_finder, lang):
    events, places = told(place_finder, "offset", lang)
    homs = places["Homs"]
    (base,) = [e for e in events if e.event_type == BATTLES]
    assert base.date_start == PUBLISHED and base.place_source == "reference"
    assert haversine_km(base.place.point, homs.point) == pytest.approx(25, abs=0.5) and base.place.lat < homs.lat


@BOTH_LANGUAGES
def test_the_place_of_a_cited_officials_title_is_not_the_acts_place(place_finder, lang):
    events, places = told(place_finder, "speaker", lang)
    homs = next(place for name, place in places.items() if "Homs" in name)
    (blast,) = [e for e in events if e.fatalities == 6]
    assert blast.place is not None and blast.place.admin1 != homs.admin1


@BOTH_LANGUAGES
def test_a_sentence_at_a_town_of_its_own_after_an_act_placed_by_a_reference_point_is_another_act(place_finder, lang):
    events, places = told(place_finder, "reference", lang)
    assert len(events) == 2
    assert events[0].part == "Qasr Bardawil" and events[1].place == places["Homs"]
