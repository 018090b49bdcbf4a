"""A country named for its capital ("the Syrian capital", "la capitale syrienne", "the capital of
Syria") places an event at that capital, not in the country (geo.extract.capitals, through
geo.pipeline's Analyser); a group's "de facto capital" is not the country's.  The capital named
alone ("dans la capitale", "in the capital") is that of the country the article's places lie in.  Sentences of our
own, in English and French, with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.articles.model import Article
from geo.pipeline import Analyser


@pytest.fixture(scope="module")
def analyser(place_finder):
    return Analyser(place_finder.gazetteer)


def placed(analyser, text, lang):
    article = Article(url="https://example.org/a", title="", text=text, lang=lang, published=date(2016, 9, 23))
    return [(e.place.name, e.place_precision) for e in analyser.analyse(article).events if e.reported]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two people were killed on Thursday when mortar rounds hit a market in the Syrian capital, state "
           "media said."),
    ("en", "Two people were killed on Thursday when mortar rounds hit a market in the capital of Syria."),
    ("fr", "Deux personnes ont été tuées jeudi par des obus de mortier tombés sur un marché de la capitale "
           "syrienne."),
    ("fr", "Deux personnes ont été tuées jeudi par des obus de mortier tombés sur un marché de la capitale de "
           "la Syrie."),
    # the capital named alone, in an article on Syria
    ("en", "Two people were killed on Thursday when mortar rounds hit a market in the capital, Syrian state "
           "media said."),
    ("fr", "Deux personnes ont été tuées jeudi par des obus de mortier tombés sur un marché de la capitale, "
           "selon l'agence officielle syrienne."),
])
def test_the_countrys_capital_is_the_event_place(analyser, lang, text):
    assert placed(analyser, text, lang) == [("Damascus", "point")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes killed 22 people on Saturday in the group's de facto Syrian capital, a monitor said."),
    # a province's capital, named alone or not
    ("fr", "Des raids ont tué jeudi six civils dans la capitale de la province d'Idleb, en Syrie."),
    ("en", "Air strikes killed six civilians on Thursday in the capital of Idlib province, Syria."),
])
def test_a_groups_de_facto_capital_or_a_provinces_is_not_the_countrys(analyser, lang, text):
    assert ("Damascus", "point") not in placed(analyser, text, lang)


def test_the_mentions_stay_the_place_finders(analyser):
    text = "Two people were killed on Thursday when mortar rounds hit a market in the Syrian capital."
    assert [m.place.name for m in analyser.analyse(Article(url="u", title="", text=text, lang="en")).mentions] \
        == ["Syria"]
