"""Issue 19, deliverable 3: one act, one event, one place each.

An act retold in one article (headline, lead, a later paragraph) is one event with every
sentence as provenance; an act at several separately named places is one event per place; the
store no longer joins two events of one article and never chains reports into one event.
Articles of our own, English and French, with the world gazetteer and the spaCy models."""

from datetime import date, timedelta

import pytest

from geo.articles.model import Article
from geo.extract.events import ArticleEvent, SourceSpan
from geo.models import Place
from geo.store import Store
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import PUBLISHED, events

finder = attachment.finder  # the module's place finder (a fixture)

TUESDAY = date(2016, 10, 25)  # PUBLISHED is a Thursday
AIR = ("Explosions/Remote violence", "Air/drone strike")


def described(found):
    return [(e.event_type, e.place and e.place.name, e.date_start, e.fatalities, len(e.spans)) for e in found]


def counted_events(finder, text, lang, count):
    """The events of ``text``, once it is checked that there are ``count`` of them (if not, the
    failure lists those found)."""
    found = events(finder, text, lang)
    assert len(found) == count, described(found)
    return found


RETOLD = {
    "en": ("Air strikes kill 12 civilians in Saraqib on Tuesday\n\n"
           "At least 12 civilians were killed on Tuesday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said.\n\n"
           "Aid convoys have not reached the area for weeks.\n\n"
           "The Syrian Observatory for Human Rights said the air strikes on Saraqib on Tuesday killed "
           "12 civilians, including three children."),
    "fr": ("Des frappes aériennes font 12 morts à Saraqeb mardi\n\n"
           "Au moins 12 civils ont été tués mardi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants.\n\n"
           "Les convois d'aide n'atteignent plus la région.\n\n"
           "Selon l'Observatoire syrien des droits de l'homme, les frappes aériennes de mardi sur "
           "Saraqeb ont tué 12 civils, dont trois enfants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_headline_lead_and_body_retelling_are_one_event_with_three_spans(finder, lang):
    found = counted_events(finder, RETOLD[lang], lang, 1)
    event = found[0]
    assert len(event.spans) == 3
    assert event.place is not None and event.place.admin1 == "Idlib Governorate"
    assert event.date_start == TUESDAY and event.fatalities == 12  # the toll told three times counts once
    assert (event.event_type, event.sub_event_type) == AIR


LISTED = {
    "en": "Government warplanes struck the towns of Saraqib and Binnish on Tuesday, activists said.",
    "fr": "Mardi, des avions de combat du régime ont bombardé les villes de Saraqeb et de Binnish, "
          "selon des militants.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_places_named_separately_are_two_events(finder, lang):
    found = counted_events(finder, LISTED[lang], lang, 2)
    assert {e.place.name for e in found if e.place} == {"Saraqib", "Binnish"}
    assert all(e.date_start == TUESDAY and (e.event_type, e.sub_event_type) == AIR for e in found)


def test_a_place_and_its_governorate_are_one_place_not_a_list(finder):
    counted_events(finder, "Warplanes struck Saraqib, Idlib, on Tuesday, activists said.", "en", 1)


SAME_PLACE_TWO_DAYS = {
    "en": ("Air strikes killed four people in Saraqib on Monday, activists said.\n\n"
           "On Wednesday, air strikes hit Saraqib again, killing two children."),
    "fr": ("Des frappes aériennes ont tué quatre personnes lundi à Saraqeb, selon des militants.\n\n"
           "Mercredi, des frappes aériennes ont de nouveau touché Saraqeb, tuant deux enfants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_acts_on_different_days_at_one_place_are_two_events(finder, lang):
    found = counted_events(finder, SAME_PLACE_TWO_DAYS[lang], lang, 2)
    assert sorted(e.date_start for e in found) == [date(2016, 10, 24), date(2016, 10, 26)]


FURTHER_ACT = {
    "en": ("Air strikes killed four people in Saraqib on Tuesday, activists said.\n\n"
           "Aid convoys have not reached the area for weeks.\n\n"
           "Air strikes also killed two children on Tuesday, the Observatory said."),
    "fr": ("Des frappes aériennes ont tué quatre personnes mardi à Saraqeb, selon des militants.\n\n"
           "Les convois d'aide n'atteignent plus la région.\n\n"
           "Des frappes aériennes ont aussi tué deux enfants mardi, selon l'Observatoire."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_telling_a_further_act_is_not_a_retelling(finder, lang):
    """Same kind, same day, and a place only inferred from context would make it a retelling;
    "also" / "aussi" says it is another act."""
    found = counted_events(finder, FURTHER_ACT[lang], lang, 2)
    assert sorted(e.fatalities for e in found) == [2, 4]


FAR_ALSO = {
    "en": ("Air strikes killed four people in Saraqib on Tuesday, activists said.\n\n"
           "The air strikes on Saraqib on Tuesday hit a school near the market, which also served as a "
           "shelter for displaced families."),
    "fr": ("Des frappes aériennes ont tué quatre personnes mardi à Saraqeb, selon des militants.\n\n"
           "Les frappes aériennes de mardi sur Saraqeb ont touché une école près du marché, qui servait "
           "aussi d'abri aux familles déplacées."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_also_far_from_the_act_does_not_make_a_retelling_a_further_act(finder, lang):
    """"also" / "aussi" in another clause of the sentence speaks of something else than the act."""
    found = counted_events(finder, FAR_ALSO[lang], lang, 1)
    assert len(found[0].spans) == 2 and found[0].fatalities == 4


# -- the store --------------------------------------------------------------------------------
SARAQIB = Place(name="Saraqib", lat=35.86479, lon=36.80469, country_code="SY", admin1="Idlib Governorate",
                feature="PPL", source="geonames", geonameid=163050)


def report(day: date, start: int = 0) -> ArticleEvent:
    return ArticleEvent(event_type=AIR[0], sub_event_type=AIR[1], date_start=day, date_end=day,
                        date_precision="day", actors=[], fatalities=None, place=SARAQIB,
                        place_precision="point", confidence=0.8, spans=[SourceSpan("x", start, start + 1)],
                        trigger="air strikes", place_source="sentence")


@pytest.fixture
def store(store_url):
    """A new store: the tests taking it run on SQLite and on PostgreSQL."""
    with Store.open(store_url) as s:
        yield s


def test_store_does_not_join_two_events_of_one_article(store):
    """Extraction decided these are two acts (Monday and Tuesday, same place and kind): the store,
    whose cross-article rule allows a day between two reports, keeps them apart."""
    article = Article(title="t", text="Monday. Tuesday.", url="https://example.org/a", lang="en",
                      published=PUBLISHED)
    result = store.ingest_article(article, [], [report(TUESDAY - timedelta(days=1), 0), report(TUESDAY, 8)])
    assert (result.events_new, result.events_merged) == (2, 0)
    assert len(store.events()) == 2


def test_reports_a_day_apart_do_not_chain_into_one_event(store):
    """Six articles, each reporting the same kind of act at the same place one day after the
    previous one: a report joins an event only when it matches that event itself, so no event
    gathers reports from more than the days the merge rule allows around it."""
    first = date(2016, 10, 1)
    for n in range(6):
        article = Article(title=f"t{n}", text=f"report {n}.", url=f"https://example.org/{n}", lang="en",
                          published=first + timedelta(days=n))
        store.ingest_article(article, [], [report(first + timedelta(days=n))])
    found = store.events()
    assert len(found) >= 3  # six days cannot be one event: at most three consecutive days each
    for event in found:
        assert len(event["sources"]) <= 3


def test_a_retold_event_keeps_each_passage_as_a_source(store):
    """A headline and a later paragraph telling one act: two sources (each its own sentence and
    offsets), not one passage running over the text between them."""
    text = "Strike on Saraqib.\n\nTalks went on.\n\nThe strike on Saraqib killed 12."
    event = report(TUESDAY)
    event.spans = [SourceSpan(text[0:18], 0, 18), SourceSpan(text[36:], 36, len(text))]
    article = Article(title="t", text=text, url="https://example.org/r", lang="en", published=PUBLISHED)
    store.ingest_article(article, [], [event])
    (stored,) = store.events()
    assert [s["sentence"] for s in stored["sources"]] == ["Strike on Saraqib.", "The strike on Saraqib killed 12."]
