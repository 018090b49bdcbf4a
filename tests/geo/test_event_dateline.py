"""The dateline printed at the top of an article dates the article, not the act of the sentence
it is glued to when that sentence has a date of its own (geo.articles.dateline.dateline_span,
geo.extract.dateline_dates).  Texts of our own, English and French."""

from datetime import date

import pytest

from geo.articles.dateline import dateline_date, dateline_span
from geo.extract.events import extract_events

PUBLISHED = date(2016, 9, 24)  # a Saturday

GLUED = {
    "en": "Saturday 24 September 2016 Warplanes bombed the town of Saraqib on Thursday, activists said.",
    "fr": "Samedi 24 septembre 2016 Des avions ont bombardé jeudi la ville de Saraqeb, selon des militants.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_dateline_is_where_the_publication_date_is_printed(lang):
    start, end = dateline_span(GLUED[lang])
    assert start == 0 and GLUED[lang][end - 4:end] == "2016"
    assert dateline_date(GLUED[lang]) == PUBLISHED


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_glued_to_the_dateline_is_dated_by_its_own_day(place_finder, lang):
    text = GLUED[lang]
    (event,) = extract_events(text, lang, PUBLISHED, place_finder.find(text, lang))
    assert event.date_start == date(2016, 9, 22)  # Thursday, not the dateline's Saturday


def test_a_text_without_dateline_has_no_span():
    assert dateline_span("Warplanes bombed the town of Saraqib on 24 September 2016.") is None


ONLY_THE_DATELINE = {
    "en": "Saturday 24 September 2016 Warplanes bombed the town of Saraqib, killing eight civilians.",
    "fr": "Samedi 24 septembre 2016 Des avions ont bombardé la ville de Saraqeb, tuant huit civils.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lead_whose_only_date_is_the_dateline_is_the_days_report(place_finder, lang):
    text = ONLY_THE_DATELINE[lang]
    (event,) = extract_events(text, lang, PUBLISHED, place_finder.find(text, lang))
    assert event.date_start == PUBLISHED
