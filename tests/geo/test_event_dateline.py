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


#: wire copy: the dateline's place, date and agency head the lead ("BEIRUT, Sept 22 (Reuters) -")
WIRE = {
    "en": "Beirut, Sept 22 (Reuters) - Air strikes killed twelve civilians{where} on Wednesday, a monitor said.",
    "fr": "Beyrouth, 22 sept 2016 (AFP) - Des frappes aériennes ont tué douze civils{where} mercredi, selon l'OSDH.",
}
WHERE = {"en": " in northern Syria", "fr": " dans le nord de la Syrie"}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("placed", [False, True])
def test_a_wire_dateline_neither_dates_nor_places_the_act(place_finder, lang, placed):
    """The act is dated by its own weekday, not the dateline's day, and is where its sentence
    says (Syria) or nowhere: never at the dateline's city, whose date sits before the agency."""
    text = WIRE[lang].format(where=WHERE[lang] if placed else "")
    (event,) = extract_events(text, lang, PUBLISHED, place_finder.find(text, lang))
    assert event.date_start == date(2016, 9, 21)  # Wednesday
    if placed:
        assert event.place is not None and event.place.country_code == "SY"
    else:
        assert event.place is None
