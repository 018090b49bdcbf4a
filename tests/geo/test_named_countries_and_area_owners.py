"""Place names read in context: a country named only inside an organisation's or actor's name ("the
UK-based Syrian Observatory", "l'Observatoire syrien") tells what the document is about, so a
spelling variant of a place in that country is read (geo.extract.places); a place whose possessive
qualifies a part of an area ("Hama's countryside", scraped "Idlibs outskirts") is read without the
possessive, not as another place its possessive form folds like (geo.extract.area_owners).
Sentences of our own, with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.articles.model import Article
from geo.extract.area_owners import area_owners
from geo.pipeline import Analyser


@pytest.fixture(scope="module")
def analyser(place_finder):
    return Analyser(place_finder.gazetteer)


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("en", "Islamic State militants shot dead 12 men near Dair Ezour on Tuesday, the UK-based Syrian Observatory said.",
     [("Dair Ezour", "SY"), ("UK", "GB")]),
    ("fr", "Des jihadistes ont abattu douze hommes près de Dair Ezour mardi, selon l'Observatoire syrien des droits "
           "de l'homme, basé au Royaume-Uni.", [("Dair Ezour", "SY"), ("Royaume-Uni", "GB")]),
    # without the organisation, the variant of a place abroad is left out
    ("en", "Islamic State militants shot dead 12 men near Dair Ezour on Tuesday, the UK-based monitor said.",
     [("UK", "GB")]),
])
def test_a_country_named_in_an_organisations_name_reads_a_spelling_variant(place_finder, lang, text, read):
    assert [(m.text, m.place.country_code) for m in place_finder.find(text, lang)] == read


@pytest.mark.parametrize(("text", "governorate"), [
    ("Syrian warplanes struck a village in Hama's northern countryside on Monday, killing 6 civilians.",
     "Hama Governorate"),
    ("Syrian warplanes struck a village in Hamas northern countryside on Monday, killing 6 civilians.",
     "Hama Governorate"),
    ("Syrian warplanes struck a village in Idlibs southern countryside on Monday, killing 6 civilians.",
     "Idlib Governorate"),
])
def test_a_possessive_before_a_part_of_an_area_is_the_place(analyser, text, governorate):
    article = Article(url="https://example.org/a", title="", text=text, lang="en", published=date(2016, 9, 20))
    assert [e.place.admin1 for e in analyser.analyse(article).events if e.reported] == [governorate]


def test_area_owners():
    known = {"Hama", "Deir Ezzor", "Idlib"}.__contains__
    text = "in Hama's countryside, Deir Ezzors suburbs, the Idlibs and Homs countryside"
    assert [text[s:e] for s, e in area_owners(text, known)] == ["Hama", "Deir Ezzor"]


def test_a_group_named_like_a_city_elsewhere_is_no_place(analyser):
    """GeoNames gives "Hamas" as a name of Hamm (Germany): the group named in the sentence is no
    place, while "Hamas countryside" in scraped copy (Hama's, apostrophe stripped) still is Hama."""
    group = analyser.analyse(Article(title="", text="Five Hamas gunmen were killed in an air strike on a camp "
                                                    "near Deraa on Monday."), date(2017, 3, 1))
    assert all(m.place.country_code != "DE" for m in group.mentions)
    place = analyser.analyse(Article(title="", text="Warplanes struck the Hamas countryside on Monday, killing "
                                                    "nine people."), date(2017, 3, 1))
    assert [(e.place.name, e.place.country_code) for e in place.events] == [("Ḩamāh", "SY")]


@pytest.mark.parametrize(("text", "owner"), [
    ("A car bomb hit Hasakah's Ghuwayran district on Monday.", "Hasakah"),
    ("Shells hit Aleppo's Sheikh Saeed neighbourhood on Monday.", "Aleppo"),
    ("Rebels shelled Damascus's Old Christian quarter on Monday.", "Damascus"),
])
def test_a_citys_possessive_before_a_named_quarter_names_the_city(text, owner):
    # the quarter's name stands between the possessive and its noun: the city is the place
    assert [text[s:e] for s, e in area_owners(text, lambda name: name == owner)] == [owner]
