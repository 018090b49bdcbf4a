"""Reported and background events: the rule (geo.extract.background) on sentences of our own in
English and French, background kept with its sentence but flagged, stored apart from news."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from geo.articles.model import Article
from geo.events import EventKey, same_event
from geo.extract.background import REPORTED_WINDOW_DAYS, is_reported
from geo.extract.dates import find_dates
from geo.extract.events import ArticleEvent, SourceSpan, extract_events
from geo.models import Place
from geo.query import EventQuery
from geo.store import Store
from tests.old_schemas import store_at_release

PUBLISHED = date(2016, 9, 22)  # a Thursday


def reported(sentence: str, lang: str) -> bool:
    """The rule as the extractor applies it: the sentence's own date, and whether it has a "since"."""
    dates = find_dates(sentence, lang, PUBLISHED)
    own = next((d for d in dates if d.kind != "background"), None)
    since = any(d.kind == "background" for d in dates)
    return is_reported(sentence, own and own.date_start, own and own.date_end, PUBLISHED, since=since)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Airstrikes killed 12 civilians in the town on Monday, activists said."),
    ("en", "Rebels shelled the airport three days ago."),
    ("en", "Government forces shelled the old city."),  # undated news
    ("fr", "Des frappes aériennes ont tué 12 civils lundi dans la ville."),
    ("fr", "Les rebelles ont bombardé l'aéroport il y a trois jours."),
    # a superlative compares the act with history; a "since" of another clause dates no act
    ("en", "Tuesday's airstrike on the school was the deadliest attack since the war began."),
    ("fr", "Le bombardement de lundi est le plus meurtrier depuis le début de la guerre."),
    ("en", "The army advanced on Saturday around the airport, closed since early January."),
    ("fr", "L'armée a avancé samedi autour de l'aéroport, fermé depuis début janvier."),
    # two days of strikes are a reported act; a protest across the country without a toll too
    ("en", "Warplanes carried out intense airstrikes on the town over the past two days."),
    ("fr", "Vendredi, des manifestants se sont rassemblés à travers le pays."),
    # an act of its own day, beside a stretch of weeks or a truce of the whole country
    ("en", "On Wednesday a drone strike killed a commander near the town, the latest of many in recent weeks."),
    ("fr", "Mercredi, une frappe de drone a tué un commandant, la dernière d'une série ces dernières semaines."),
    ("en", "On Monday the army took the district during a nationwide truce."),
])
def test_an_act_days_before_publication_is_reported(lang, sentence):
    assert reported(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The uprising began in 2011."),
    ("en", "The protests that began in March 2011 turned into a war."),
    ("en", "An attack in 2013 killed dozens of people in the city."),
    ("en", "Since the offensive began, 123 civilians have been killed."),
    ("en", "On Tuesday the monitor said the war has killed more than 300,000 people."),
    ("en", "The town was hit by an attack two years earlier."),
    ("en", "Residents marked the fifth anniversary of the chemical attack."),
    ("fr", "La guerre a fait plus de 300 000 morts depuis 2011."),
    ("fr", "Le soulèvement a commencé en 2011."),
    ("fr", "Un attentat en 2013 avait tué des dizaines de personnes."),
    ("fr", "Depuis le début de l'offensive, 123 civils ont été tués."),
    ("fr", "Il y a deux ans, une attaque avait tué 20 personnes dans la ville."),
    # a stretch longer than a week, a sentence opening on "since", earlier acts recalled, a
    # toll of the whole country
    ("en", "Monitors said 90 people were killed in clashes in the province over the last 12 days."),
    ("en", "Since mid-August, 300 people have died in the repression of the protests."),
    ("en", "Similar killings have already been reported in two other towns on Monday."),
    ("en", "On Tuesday at least 60 people were killed in fighting across the country."),
    ("fr", "Au moins 90 personnes ont été tuées dans les combats au cours des douze derniers jours."),
    ("fr", "Depuis la mi-août, 300 personnes sont mortes lors de la répression des manifestations."),
    ("fr", "Des exécutions similaires ont déjà été signalées lundi dans deux autres villes."),
    ("fr", "Mardi, au moins 60 personnes ont été tuées dans les combats à travers le pays."),
])
def test_history_and_running_tolls_are_background(lang, sentence):
    assert not reported(sentence, lang)


def test_the_window_is_counted_in_days_before_publication():
    edge = PUBLISHED - timedelta(days=REPORTED_WINDOW_DAYS)
    assert is_reported("Rebels shelled the town.", edge, edge, PUBLISHED)
    assert not is_reported("Rebels shelled the town.", edge - timedelta(days=1), edge - timedelta(days=1), PUBLISHED)
    # a period longer than the window ("in 2016", "last year") is no one act's day
    assert not is_reported("Rebels shelled the town in 2016.", date(2016, 1, 1), date(2016, 12, 31), PUBLISHED)
    # without a publication date only the cues decide
    assert is_reported("Rebels shelled the town.", date(2013, 5, 1), date(2013, 5, 1), None)


EN_ARTICLE = """Airstrikes hit the town

Airstrikes killed 12 civilians in the town on Monday, activists said.
An attack in 2013 killed 20 people in the city.
Since the offensive began, 123 civilians have been killed in airstrikes.
"""
FR_ARTICLE = """Frappes sur la ville

Des frappes aériennes ont tué 12 civils lundi dans la ville.
La guerre a fait plus de 300 000 morts depuis 2011, dans des bombardements.
"""


@pytest.mark.parametrize(("lang", "text", "background"), [
    ("en", EN_ARTICLE, ["An attack in 2013 killed 20 people in the city.",
                        "Since the offensive began, 123 civilians have been killed in airstrikes."]),
    ("fr", FR_ARTICLE, ["La guerre a fait plus de 300 000 morts depuis 2011, dans des bombardements."]),
])
def test_background_events_are_kept_with_their_sentence_and_flagged(lang, text, background):
    events = extract_events(text, lang, PUBLISHED, [])
    news = [e for e in events if e.reported]
    assert len(news) == 1 and news[0].date_start == date(2016, 9, 19) and news[0].fatalities == 12
    assert [e.spans[0].sentence for e in events if not e.reported] == background
    # a running toll is no act's toll, and a background sentence continues no reported event
    assert [e.fatalities for e in events if not e.reported][-1] is None
    assert all(len(e.spans) == 1 for e in events)


IDLIB = Place(name="Idlib", lat=35.93, lon=36.63, country_code="SY", admin1="Idlib", feature="PPLA",
              source="geonames", geonameid=169388)


def _event(reported: bool, start: int) -> ArticleEvent:
    return ArticleEvent(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                        date_start=date(2016, 9, 19), date_end=date(2016, 9, 19), date_precision="day",
                        actors=[], fatalities=None, place=IDLIB, place_precision="point", confidence=0.7,
                        spans=[SourceSpan("s", start, start + 1)], trigger="airstrike", place_source="paragraph",
                        reported=reported)


def test_a_background_event_never_merges_with_a_reported_one(tmp_path):
    key = EventKey("Battles", date(2016, 9, 19), None, 35.9, 36.6, "point", "Idlib", "SY")
    assert same_event(key, key)
    assert not same_event(key, replace(key, reported=False))
    with Store.open(str(tmp_path / "s.db")) as store:
        store.ingest_article(Article(title="a", text="one text"), [], [_event(True, 0)])
        store.ingest_article(Article(title="b", text="another text"), [], [_event(False, 0)])
        store.ingest_article(Article(title="c", text="a third text"), [], [_event(True, 0)])
        shown = store.events()
        every = store.events(EventQuery(background=True))
    assert len(shown) == 1 and len(shown[0]["sources"]) == 2 and shown[0]["reported"] is True
    assert shown[0]["place_source"] == "paragraph"
    assert len(every) == 2 and [e["reported"] for e in every if len(e["sources"]) == 1] == [False]


def test_upgrading_a_0003_store_marks_its_events_reported(tmp_path):
    """A store at schema 0003 with article and imported events upgrades with every row kept,
    each reported (shown as before) and without a place source."""
    from geo.store.migrate import HEAD

    path = tmp_path / "old.db"
    engine = store_at_release(str(path), "0003")
    with engine.begin() as con:
        con.execute(text("INSERT INTO articles (id, content_hash, title, text, ingested_at) "
                         "VALUES (1, 'h', 't', 'x', '2022-01-23')"))
        for uid, origin in (("u1", "articles"), ("u2", "ucdp")):
            con.execute(text("INSERT INTO events (uid, date_start, event_type, actors, origin, user_edited, "
                             "created_at, updated_at) VALUES (:uid, '2022-01-20', 'Battles', '[]', :origin, 0, "
                             "'2022-01-23', '2022-01-23')"), {"uid": uid, "origin": origin})
        con.execute(text("INSERT INTO event_sources (event_id, article_id, sentence, start, end) "
                         "VALUES (1, 1, 's', 0, 1)"))
    engine.dispose()
    with Store.open(str(path)) as store:
        with store.engine.connect() as con:
            assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD  # upgraded through 0004 to the last
            rows = con.execute(text("SELECT uid, reported, place_source FROM events ORDER BY uid")).all()
        assert [tuple(r) for r in rows] == [("u1", 1, None), ("u2", 1, None)]
        assert [e["id"] for e in store.events()] == ["u1", "u2"]
        assert store.counts()["events"] == 2


def test_frames_carry_reported_and_place_source(tmp_path):
    from geo.store.frames import events_frame

    with Store.open(str(tmp_path / "s.db")) as store:
        store.ingest_article(Article(title="a", text="one text"), [], [_event(True, 0)])
        store.ingest_article(Article(title="b", text="another text"), [], [_event(False, 0)])
        frame = events_frame(store)
    assert frame["reported"].dtype == bool and sorted(frame["reported"]) == [False, True]
    assert list(frame["place_source"]) == ["paragraph", "paragraph"]
