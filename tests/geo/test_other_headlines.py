"""A toll in another story's headline, glued into the body by a scraped page, is no toll of the
article's acts (geo.extract.other_headlines); the article's own headline and prose keep theirs.
Sentences and articles written for these tests, English and French."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.numbers import find_fatalities
from geo.extract.other_headlines import in_another_headline

PUBLISHED = date(2017, 10, 5)


def headline_counts(sentence: str, lang: str) -> list[bool]:
    return [in_another_headline(sentence, f.start, f.end) for f in find_fatalities(sentence, lang)]


def test_a_title_case_headline_in_a_links_block_is_another_story():
    sentence = ("The army's operation in the city is currently underway. ... Related Rebels Shell Hama "
                "Suburbs Injuring Four People Coalition Airstrikes Kill at Least 12 Civilians in Eastern "
                "Syria Tags shelling army")
    assert headline_counts(sentence, "en") == [True]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a list of links opened by "Related News", "À lire aussi": its headlines in sentence case too
        ("Source: agencies Related News Vote violations | The gag rule Regime attacks kill 16 civilians in "
         "the north Will the peace talks end the war", "en"),
        ("À lire aussi Des frappes russes tuent 16 civils dans le nord Les pourparlers reprennent", "fr"),
    ],
)
def test_a_headline_in_a_list_of_links_is_another_story(sentence, lang):
    assert headline_counts(sentence, lang) == [True]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Related to the offensive, 16 civilians were killed in Idlib on Monday.", "en"),
        ("Islamic State fighters killed at least 12 Kurdish Peshmerga near Mosul on Tuesday.", "en"),
        ("The Syrian Observatory for Human Rights said 12 White Helmets were killed in Idlib.", "en"),
        ("L'Observatoire syrien des droits de l'Homme a fait état de 12 morts à Deir Ezzor mardi.", "fr"),
        ("Au moins 12 Casques blancs ont été tués mardi à Idleb, selon l'OSDH.", "fr"),
    ],
)
def test_prose_with_names_around_a_count_keeps_its_toll(sentence, lang):
    assert headline_counts(sentence, lang) == [False]


ARTICLE = ("Army Breaks Siege of Eastern City\n\n"
           "On Tuesday government troops broke the blockade around the eastern city, a ministry said. "
           "The army offensive on liberating the city from the militants is currently underway. ... "
           "01 Related Rebels Shell Hama Suburbs "
           "Injuring Four People Coalition Airstrikes Kill at Least 12 Civilians in Eastern Syria Tags "
           "blockade shelling")


def test_an_act_glued_to_a_links_block_has_no_toll_from_it():
    events = extract_events(ARTICLE, "en", PUBLISHED, [])
    assert events and all(e.fatalities is None for e in events), [(e.trigger, e.fatalities) for e in events]


def test_the_articles_own_headline_keeps_its_toll():
    text = ("Coalition Airstrikes Kill at Least 12 Civilians in Eastern Syria\n\n"
            "Coalition Airstrikes Kill at Least 12 Civilians in Eastern Syria. At least 12 civilians were "
            "killed on Tuesday in coalition airstrikes, a monitor said.")
    events = extract_events(text, "en", PUBLISHED, [])
    assert [e.fatalities for e in events] == [12]
