"""A headline dated only by its publication joins the body's telling of the act a few days
earlier (geo.extract.publication_retellings); acts each dated by the text stay apart."""

from datetime import date

import pytest

from geo.extract.publication_retellings import PUBLICATION_LAG_DAYS
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import PUBLISHED, events
from tests.geo.test_retellings import counted_events, described

finder = attachment.finder  # the module's place finder (a fixture)

TUESDAY = date(2016, 10, 25)  # PUBLISHED is the Thursday after

HEADLINE_AND_BODY = {
    "en": ("Air strikes kill 12 civilians in Idlib province\n\n"
           "At least 12 civilians were killed on Tuesday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said."),
    "fr": ("Des frappes aériennes font 12 morts dans la province d'Idleb\n\n"
           "Au moins 12 civils ont été tués mardi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_headline_dated_by_its_publication_joins_the_act_told_two_days_earlier(finder, lang):
    found = counted_events(finder, HEADLINE_AND_BODY[lang], lang, 1)
    event = found[0]
    assert len(event.spans) == 2
    assert event.date_start == TUESDAY  # the act's own day, not the publication's
    assert event.place is not None and event.place.name in ("Saraqib", "Saraqeb")  # the finer place
    assert event.date_source == "relative" and event.fatalities == 12


TWO_TOLD_DAYS = {
    "en": ("Air strikes killed 12 civilians in Idlib province on Wednesday, activists said.\n\n"
           "At least 12 civilians were killed on Monday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said."),
    "fr": ("Des frappes aériennes ont tué 12 civils mercredi dans la province d'Idleb, selon des militants.\n\n"
           "Au moins 12 civils ont été tués lundi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_acts_each_dated_by_the_text_stay_apart(finder, lang):
    found = counted_events(finder, TWO_TOLD_DAYS[lang], lang, 2)
    assert sorted(e.date_start for e in found) == [date(2016, 10, 24), date(2016, 10, 26)]


LONG_BEFORE = {
    "en": ("Air strikes kill 12 civilians in Idlib province\n\n"
           "On 20 October, warplanes struck the town of Saraqib in Idlib province, killing 12 civilians, "
           "activists said."),
    "fr": ("Des frappes aériennes font 12 morts dans la province d'Idleb\n\n"
           "Le 20 octobre, des avions de combat ont bombardé la ville de Saraqeb, dans la province "
           "d'Idleb, tuant 12 civils, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_told_longer_before_the_publication_is_not_the_headline(finder, lang):
    assert (PUBLISHED - date(2016, 10, 20)).days > PUBLICATION_LAG_DAYS
    found = counted_events(finder, LONG_BEFORE[lang], lang, 2)
    assert sorted(e.date_start for e in found) == [date(2016, 10, 20), PUBLISHED]


TOLD_THE_SAME_DAY = {
    "en": ("Air strikes kill 12 civilians in Idlib province\n\n"
           "At least 12 civilians were killed on Thursday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said.\n\n"
           "On Tuesday, warplanes struck Saraqib, killing four people."),
    "fr": ("Des frappes aériennes font 12 morts dans la province d'Idleb\n\n"
           "Au moins 12 civils ont été tués jeudi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants.\n\n"
           "Mardi, des avions de combat ont bombardé Saraqeb, tuant quatre personnes."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_headline_retold_on_its_own_day_takes_no_earlier_act(finder, lang):
    found = events(finder, TOLD_THE_SAME_DAY[lang], lang)
    assert sorted((e.date_start, e.fatalities) for e in found) == [(TUESDAY, 4), (PUBLISHED, 12)], described(found)
