"""A country named for its capital ("the Syrian capital", "la capitale syrienne", "the capital of
Syria") places an event at that capital, not in the country (geo.extract.capitals, through
geo.pipeline's Analyser); a group's "de facto capital" is not the country's.  The capital named
alone ("dans la capitale", "in the capital") is that of the country the article's places lie in.  Sentences of our
own, in English and French, with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.articles.model import Article
from geo.extract.capitals import named_as_groups_capital
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


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Militants execute 12 after seizing village\nThe militants executed 12 civilians after taking the "
           "village, a monitor said on Tuesday. The village lies 15 km west of Kobani, between the border and "
           "the group's de facto capital of Raqqa. Coalition jets later struck Kobani."),
    ("fr", "Des jihadistes exécutent 12 civils\nLes jihadistes ont exécuté mardi 12 civils après avoir pris le "
           "village, selon l'OSDH. Le village se trouve entre la frontière turque et Raqa, capitale de facto de "
           "l'EI. L'aviation de la coalition a ensuite frappé Kobané."),
])
def test_a_groups_capital_named_as_a_description_gives_no_act_its_place(analyser, lang, text):
    assert [name for name, _precision in placed(analyser, text, lang)] == ["‘Ayn al ‘Arab", "‘Ayn al ‘Arab"]


def _named_as_groups_capital(text):
    """``named_as_groups_capital`` of the name in brackets."""
    start, end = text.index("["), text.index("]") - 1
    return named_as_groups_capital(text.replace("[", "").replace("]", ""), start, end)


@pytest.mark.parametrize("text", [
    "between the border and the group's de facto capital of [Raqqa] city", "near [Raqqa], the de facto capital of IS",
    "la capitale de facto de l'EI, [Raqa], est encerclée", "près de [Raqa], capitale autoproclamée de l'EI"])
def test_a_place_named_as_a_groups_capital(text):
    assert _named_as_groups_capital(text)


@pytest.mark.parametrize("text", ["jets struck [Raqqa] on Monday", "in the capital of Syria, [Damascus], on Monday"])
def test_a_place_not_named_as_a_groups_capital(text):
    assert not _named_as_groups_capital(text)
