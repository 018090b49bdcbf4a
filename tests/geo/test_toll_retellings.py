"""Issue 19: the same toll told twice counts once.  A headline that names an act by the city it
is near and the body that names its town are one act when they tell its very toll, of one type,
on its day (geo.extract.retellings.toll_retold); two different tolls, or a small one that may
recur by chance, stay two acts; an earlier act told by the dead it counts ("two days after eight
civilians were killed in an air strike") is an event of its own with that toll
(geo.extract.earlier_acts).  Articles of our own, English and French, with the world gazetteer."""

import pytest

from geo.extract.retellings import RETOLD_TOLL_MIN
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)

BODY = {
    "en": ("At least {n} people were killed on Tuesday when a car bomb exploded at a checkpoint in the "
           "town of Talkalakh near the Lebanese border, state media said."),
    "fr": ("Au moins {n} personnes ont été tuées mardi dans l'explosion d'une voiture piégée à un barrage "
           "de la ville de Tall Kalakh, près de la frontière libanaise, selon les médias officiels."),
}
HEADLINE = {"en": "Car bomb kills {n} in Homs\n\n", "fr": "Une voiture piégée fait {n} morts à Homs\n\n"}


def described(found):
    return sorted((e.place and e.place.name, e.fatalities) for e in found)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_told_by_the_headline_and_the_body_is_one_act_at_the_bodys_place(finder, lang):
    found = events(finder, HEADLINE[lang].format(n=14) + BODY[lang].format(n=14), lang)
    assert described(found) == [("Tallkalakh", 14)]
    assert len(found[0].spans) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_tolls_are_two_acts(finder, lang):
    found = events(finder, HEADLINE[lang].format(n=14) + BODY[lang].format(n=12), lang)
    assert described(found) == [("Homs", 14), ("Tallkalakh", 12)]


def test_a_small_toll_told_twice_may_be_two_acts(finder):
    assert RETOLD_TOLL_MIN > 2
    found = events(finder, HEADLINE["en"].format(n="two") + BODY["en"].format(n="two").replace("At least two", "Two"),
                   "en")
    assert described(found) == [("Homs", 2), ("Tallkalakh", 2)]


EARLIER_DEAD = {
    "en": ("Shelling hit the town of Saraqib on Wednesday, two days after eight civilians were killed in an "
           "air strike on the town."),
    "fr": ("Des obus ont frappé la ville de Saraqeb mercredi, deux jours après que huit civils ont été tués "
           "dans une frappe aérienne sur la ville."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_earlier_act_told_by_its_dead_is_its_own_event_with_its_toll(finder, lang):
    found = sorted(events(finder, EARLIER_DEAD[lang], lang), key=lambda e: e.date_start)
    assert [(e.sub_event_type, e.date_start.isoformat(), e.fatalities) for e in found] == [
        ("Air/drone strike", "2016-10-24", 8), ("Shelling/artillery/missile attack", "2016-10-26", None)]
