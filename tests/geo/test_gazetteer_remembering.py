"""An analysis asks the gazetteer each look-up once (``Gazetteer.remembering``): the same places,
in the same order, as asking again; a caller's changes to its list stay its own; and outside the
block, or in another thread, nothing is remembered."""

from __future__ import annotations

import threading

import pytest

from geo.articles.model import Article
from geo.gazetteer.index import Gazetteer
from geo.pipeline import Analyser
from tests.conftest import ARTICLES


@pytest.fixture(scope="module")
def gazetteer(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield g


def test_a_remembered_look_up_answers_as_a_new_one(gazetteer):
    context = {"SY": 1.0}
    fresh = [gazetteer.candidates(q, context=context, loose=loose, limit=5)
             for q in ("Alep", "Hassaké", "Deir ez-Zor") for loose in (False, "folded", "notable")]
    with gazetteer.remembering():
        remembered = [gazetteer.candidates(q, context=context, loose=loose, limit=5)
                      for q in ("Alep", "Hassaké", "Deir ez-Zor") for loose in (False, "folded", "notable")]
        again = gazetteer.candidates("Alep", context=context, loose=False, limit=5)
        again.append(again[0])  # the caller's list: the gazetteer's answer is not changed
        assert gazetteer.candidates("Alep", context=context, loose=False, limit=5) == remembered[0]
    assert remembered == fresh and any(fresh)


def test_only_the_block_s_own_thread_remembers(gazetteer):
    asked: list[str] = []
    real = gazetteer._candidates

    def counting(query, *args):
        asked.append(query)
        return real(query, *args)

    gazetteer._candidates = counting
    try:
        with gazetteer.remembering():
            gazetteer.candidates("Homs")
            gazetteer.candidates("Homs")
            with gazetteer.remembering():  # nested: the outer block's answers
                gazetteer.candidates("Homs")
            worker = threading.Thread(target=lambda: gazetteer.candidates("Homs"))
            worker.start()
            worker.join()
        gazetteer.candidates("Homs")
    finally:
        del gazetteer._candidates
    assert asked == ["Homs", "Homs", "Homs"]  # in the block once, the other thread, after the block


def test_an_article_analysed_with_and_without_remembering_gives_the_same_analysis(gazetteer):
    analyser = Analyser(gazetteer)
    article_text = (ARTICLES / "002_a0c274ca167b7a0b.txt").read_text(encoding="utf-8")
    article = Article(title="", text=article_text, lang="fr")
    remembered = analyser.analyse(article)
    with_nothing_remembered = analyser._analyse(article, None)
    assert remembered == with_nothing_remembered and remembered.events
