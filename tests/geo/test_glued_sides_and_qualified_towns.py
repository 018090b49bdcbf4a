"""Event places in scraped and wire copy: a side glued to a place's name ("near Manbijnorth Syria",
geo.extract.glued_sides) leaves the name readable; a town the text qualifies by a better-known place
before its noun ("the Idlib town of X", "the Damascus suburb of X", geo.extract.settlements) is the
event's place, not the place qualifying it.  Sentences of our own, with the world gazetteer and the
spaCy models."""

from datetime import date

import pytest

from geo.articles.model import Article
from geo.extract.glued_sides import glued_side_names
from geo.extract.settlements import qualifies_settlement
from geo.pipeline import Analyser


@pytest.fixture(scope="module")
def analyser(place_finder):
    return Analyser(place_finder.gazetteer)


def placed(analyser, text, lang="en", published=date(2016, 9, 23)):
    article = Article(url="https://example.org/a", title="", text=text, lang=lang, published=published)
    return [(e.place.name if e.place else None, e.place.admin1 if e.place else None)
            for e in analyser.analyse(article).events if e.reported]


def test_a_side_glued_to_a_town_leaves_the_town(analyser):
    text = "Jets pounded positions near Manbijnorth Syria on Tuesday, killing 12 fighters, the monitor said."
    assert placed(analyser, text) == [("Manbij", "Aleppo Governorate")]


@pytest.mark.parametrize(("text", "names"), [
    ("near Kobaninorth Syria", ["Kobani"]),
    ("outside Raqqasoutheast of the dam", ["Raqqa"]),
    ("in Northeast Syria and the Midwest", []),  # a compass word of its own names nothing
    ("in Kobani north of Aleppo", []),  # nothing glued
])
def test_glued_side_names(text, names):
    assert [text[s:e] for s, e in glued_side_names(text)] == names


@pytest.mark.parametrize(("text", "expected"), [
    ("Government jets bombed the Idlib town of Saraqeb on Tuesday, killing 9 civilians.",
     ("Saraqib", "Idlib Governorate")),
    ("Clashes broke out on Tuesday in the Aleppo city of Manbij, killing 5 fighters.",
     ("Manbij", "Aleppo Governorate")),
    ("Shelling hit the Damascus suburb of Douma on Tuesday, killing 7 people.",
     ("Dūmā", "Rif Dimashq Governorate")),
])
def test_a_town_qualified_by_a_better_known_place_is_the_place(analyser, text, expected):
    assert placed(analyser, text) == [expected]


def test_qualifies_settlement():
    text = "in the Homs desert town of Palmyra and in Homs, a city of Syria"
    homs, palmyra = text.index("Homs") + 4, text.index("Palmyra")
    assert qualifies_settlement(text, homs, palmyra)
    second = text.rindex("Homs") + 4
    assert not qualifies_settlement(text, second, text.index("Syria"))  # a comma: a gloss, not a qualifier
