"""Issue 19 (recall): a sentence that tells people killed at a place on a day but names no act
("Eight civilians died in X on Monday", "12 morts lundi à X") is an event of its own when it
does not continue the event just told: typed from the article's act told before it at the same
place, else as a killing of unsaid means (Violence against civilians, Attack), with a lower
confidence.  Cumulative tolls stay out.  Sentences written for these tests."""

import pytest

from geo.extract.confidence import TYPE_FACTORS
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events

finder = attachment.finder  # the module's place finder (a fixture)


def told(found):
    return [(e.event_type, e.sub_event_type, e.place and e.place.name, e.date_start and e.date_start.isoformat(),
             e.fatalities) for e in found]


@pytest.mark.parametrize(("text", "lang"), [
    ("Eight civilians died in Saraqib on Monday.", "en"),
    ("Huit civils sont morts lundi à Saraqib.", "fr"),
])
def test_a_toll_alone_is_a_killing_of_unsaid_means(finder, text, lang):
    (event,) = events(finder, text, lang)
    assert (event.event_type, event.sub_event_type, event.fatalities) == ("Violence against civilians", "Attack", 8)
    assert event.place.name == "Saraqib" and event.date_start is not None
    assert event.type_source == "toll"


@pytest.mark.parametrize(("text", "lang"), [
    ("Regime shelling hit the town of Douma on Tuesday, killing three civilians. "
     "Earlier on Sunday eleven civilians were killed in Douma.", "en"),
    ("Des bombardements du régime ont frappé Douma mardi, tuant trois civils. "
     "Dimanche, onze civils avaient été tués à Douma.", "fr"),
])
def test_a_toll_on_another_day_at_the_place_of_an_act_takes_its_type(finder, text, lang):
    found = events(finder, text, lang)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [
        ("Shelling/artillery/missile attack", 3), ("Shelling/artillery/missile attack", 11)], told(found)
    assert found[1].date_start < found[0].date_start
    assert found[1].confidence < found[0].confidence
    assert found[1].type_source == "toll" and TYPE_FACTORS["toll"] < TYPE_FACTORS["actor"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The war has killed more than 300,000 people in Syria since 2011.", "en"),
    ("La guerre a fait plus de 300.000 morts en Syrie depuis 2011.", "fr"),
])
def test_a_cumulative_toll_is_no_event(finder, text, lang):
    assert events(finder, text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Hundreds of people protested in Saraqib on Friday. Eight civilians died in Saraqib on Monday.", "en"),
    ("Des centaines de personnes ont manifesté vendredi à Saraqib. Huit civils sont morts lundi à Saraqib.", "fr"),
])
def test_a_toll_does_not_retell_a_protest(finder, text, lang):
    found = events(finder, text, lang)
    assert [(e.event_type, e.fatalities) for e in found][-1] == ("Violence against civilians", 8), told(found)
