"""Place names written back to back, a list scraped of its commas (geo.extract.back_to_back): each
name is a place, the list's toll no one place's and each place's own toll told after it kept.
Sentences of our own, with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.articles.model import Article
from geo.extract.back_to_back import back_to_back_names
from geo.pipeline import Analyser

WELL_KNOWN = {"Damascus", "Aleppo", "Idlib", "Deir Ezzor", "Homs", "Hama", "Syria", "Alep", "Lattaquié"}


@pytest.fixture(scope="module")
def analyser(place_finder):
    return Analyser(place_finder.gazetteer)


def tolls(analyser, text, lang="en", published=date(2016, 9, 23)):
    article = Article(url="https://example.org/a", title="", text=text, lang=lang, published=published)
    return sorted(((e.place.name if e.place else None, e.fatalities) for e in analyser.analyse(article).events
                   if e.reported), key=str)


@pytest.mark.parametrize(("text", "names"), [
    ("rockets fell on Damascus Aleppo and Idlib on Friday", ["Damascus", "Aleppo"]),
    ("shelling in Deir Ezzor Aleppo.", ["Deir Ezzor", "Aleppo"]),
    ("des obus sur Homs Hama et Lattaquié", ["Homs", "Hama"]),
    ("clashes on the Damascus Aleppo highway", []),  # a noun after the run: one road
    ("an airstrike in Idlib Syria killed four", []),  # a place and its country
    ("Damascus Aleppo and Idlib", []),  # no locative before: no list of places an act hit
])
def test_back_to_back_names(text, names):
    found = back_to_back_names(text, WELL_KNOWN.__contains__, {"Syria"}.__contains__)
    assert [text[s:e] for s, e in found] == names


def test_a_headline_total_over_names_back_to_back_is_no_one_place_s(analyser):
    text = ("7 civilians killed 20 injured in rocket attacks on Damascus Aleppo and Homs\n\n"
            "Rocket shells hit a residential district of Damascus on Thursday killing four people. "
            "In Aleppo two people were killed when rockets landed on a market on Thursday. "
            "In Homs a man was killed by a rocket shell on Thursday.")
    found = tolls(analyser, text)
    assert sorted(toll for _, toll in found if toll is not None) == [1, 2, 4]  # not the headline's 7
    assert ("Aleppo", 2) in found and ("Homs", 1) in found


def test_two_names_back_to_back_are_two_acts(analyser):
    text = "Mortar shells hit Hama Homs and Idlib on Thursday, wounding dozens, state media said."
    assert {name for name, _ in tolls(analyser, text)} == {"Ḩamāh", "Homs", "Idlib"}
