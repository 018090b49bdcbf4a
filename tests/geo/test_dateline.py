"""The publication date printed at the top of an article (geo.articles.dateline), and the reader
using it where metadata gives none (and over metadata that disagrees)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.articles.dateline import dateline_date
from geo.articles.reader import read_articles


def _record(tmp_path, text: str, published: str | None = None):
    path = tmp_path / "a.json"
    record = {"title": "t", "text": text, **({"published": published} if published else {})}
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return read_articles(path)[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wed 05 Apr 2017 Rebels shelled a market in the north of the province.", date(2017, 4, 5)),
        ("Published June 4 2016 Two people were killed when a shell hit a school.", date(2016, 6, 4)),
        ("Posted on March 12 2015 by Levant Wire\nGunmen stormed a village on Tuesday.", date(2015, 3, 12)),
        ("Date of publication 9 November 2016 Air strikes hit the eastern districts.", date(2016, 11, 9)),
        ("Clashes in the south Monitor AFP Thursday 3 Mar 2016 At least nine fighters died.", date(2016, 3, 3)),
        ("Last updated at Feb 092016 Shelling killed four people on Monday.", date(2016, 2, 9)),
        ("Publié le 4 juin 2016 à 10h12\nDes frappes ont touché la ville dimanche.", date(2016, 6, 4)),
        ("Mis à jour le 05/06/2016\nLes combats ont repris dans le nord.", date(2016, 6, 5)),
        ("Des combats dans le nord\nClaire Martin — 10 février 2013 à 11h31\nLes rebelles avancent.",
         date(2013, 2, 10)),
    ],
)
def test_a_dateline_or_byline_at_the_top_is_the_publication_date(tmp_path, text, day):
    article = _record(tmp_path, text)
    assert (article.published, article.published_precision) == (day, "day")


def test_publication_label_wins_over_an_update_label(tmp_path):
    text = "Mis à jour le 8 juin 2016\nPublié le 4 juin 2016\nDes obus sont tombés sur le marché."
    assert _record(tmp_path, text).published == date(2016, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said on 4 June 2016 that the town had fallen.",  # a date of the news, not a dateline
        "Les rebelles ont pris la ville le 4 juin 2016, selon l'OSDH.",
        "Two people were killed on Monday in the north.",  # no date at all
    ],
)
def test_a_date_of_the_news_is_no_dateline(tmp_path, text):
    assert _record(tmp_path, text).published is None


def test_the_printed_dateline_wins_over_disagreeing_metadata(tmp_path):
    article = _record(tmp_path, "Published June 4 2016 Two people were killed on Friday.", "2016-08-10")
    assert article.published == date(2016, 6, 4)


def test_an_explicit_publication_date_wins_over_the_dateline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Published June 4 2016 Two people were killed on Friday.", encoding="utf-8")
    assert read_articles(path, published=date(2016, 6, 6))[0].published == date(2016, 6, 6)


#: any character but a surrogate: ``st.text()``'s own alphabet (``codec="utf-8"``), without the
#: scan of every code point through the codec that a fresh checkout's first ``st.text()`` costs
#: (about a second of CPU per test process; the category table ships with Hypothesis)
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["Published", "Posted on", "Publié le", "Mis à jour le", "Wed", "Thursday", "on",
                                 "le", "Mar", "Feb", "juin", "092016", "31", "30", "00", "29", "2016", "0000",
                                 "31.02.2016", "99.99.2016", "—", "|", "\n", "AFP"]) | st.text(ANY_CHARACTER, max_size=8),
                max_size=12).map(" ".join))
def test_reading_a_dateline_never_raises(text):
    found = dateline_date(text)
    assert found is None or isinstance(found, date)
