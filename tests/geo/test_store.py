"""The store: migrations, WAL, idempotent and transactional ingest, corrections kept.  The
tests taking ``store_url`` (or ``store``) run on SQLite and on a real PostgreSQL server
(tests/postgres_server.py)."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from geo.articles.model import Article
from geo.articles.reader import read_text_article
from geo.config import load_settings
from geo.errors import StoreError, StoreNotFoundError
from geo.gazetteer.build import build_gazetteer
from geo.gazetteer.corrections import add_correction
from geo.gazetteer.index import Gazetteer
from geo.models import Place
from geo.store import Mention, Store
from geo.store.layer import StoreLayer
from geo.store.migrate import head_revision
from tests.conftest import ARTICLES
from tests.old_schemas import store_at_release

FRENCH = ARTICLES / "002_a0c274ca167b7a0b.txt"
ENGLISH = ARTICLES / "000_e69315e52186f9f0.txt"
HASAKAH = Place(name="Al Ḩasakah", lat=36.50237, lon=40.74772, country_code="SY", admin1="Al-Hasakah Governorate",
                feature="PPL", source="geonames", geonameid=173811)


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as s:
        yield s


@pytest.fixture
def empty_store_url(db_backend, request, tmp_path) -> str:
    """A store location with nothing there yet: a new file, or an empty PostgreSQL database."""
    if db_backend == "sqlite":
        return str(tmp_path / "new.db")
    return request.getfixturevalue("empty_postgres_url")


def test_a_new_store_is_migrated_from_empty(empty_store_url):
    with Store.open(empty_store_url) as s:
        tables = set(inspect(s.engine).get_table_names())
        with s.engine.connect() as con:
            assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        s.ingest_article(read_text_article(FRENCH))
        assert s.counts()["articles"] == 1
    assert {"articles", "place_mentions", "events", "event_sources", "sources", "event_corrections",
            "gazetteer_entries", "gazetteer_entry_names", "geocode_cache"} <= tables


def test_new_store_is_migrated_to_head_with_wal(tmp_path):
    path = tmp_path / "store.db"
    with Store.open(str(path)) as s:
        tables = set(inspect(s.engine).get_table_names())
        with s.engine.connect() as con:
            assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    assert {"articles", "place_mentions", "events", "event_sources", "sources",
            "gazetteer_entries", "gazetteer_entry_names", "geocode_cache"} <= tables


def test_head_names_the_newest_migration():
    from geo.store.migrate import HEAD

    assert HEAD == head_revision()


def test_opening_a_store_at_head_does_not_load_alembic(tmp_path):
    """Alembic (a quarter of a second to import) is loaded only to migrate."""
    import subprocess
    import sys

    path = tmp_path / "store.db"
    with Store.open(str(path)):
        pass  # made and migrated here
    script = ("import sys; from geo.store import Store\n"
              f"with Store.open({str(path)!r}) as s: s.events()\n"
              "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


def test_reopening_keeps_data_and_does_not_migrate_again(store_url):
    path = store_url
    with Store.open(path) as s:
        s.ingest_article(read_text_article(FRENCH))
    with Store.open(path) as s:
        assert s.counts()["articles"] == 1


def test_ingest_is_idempotent(store):
    article = read_text_article(FRENCH)
    first = store.ingest_article(article, [Mention("Hasakké", 10, 17, HASAKAH)])
    second = store.ingest_article(article, [Mention("Hasakké", 10, 17, HASAKAH)])
    assert first.status == "new" and second.status == "unchanged"
    assert first.article_id == second.article_id
    assert store.counts()["articles"] == 1 and store.counts()["place_mentions"] == 1
    # Whitespace-only differences are the same article.
    respaced = Article(title=article.title, text=article.text.replace(" ", "  "))
    assert store.ingest_article(respaced).status == "unchanged"


def test_a_crash_mid_ingest_leaves_the_store_as_it_was(store):
    store.ingest_article(read_text_article(ENGLISH))
    before = store.counts()
    # Two mentions at the same span violate a constraint after the article row was written.
    duplicate = [Mention("Hasakké", 10, 17, HASAKAH), Mention("Hasakké", 10, 17, HASAKAH)]
    with pytest.raises(StoreError, match="store write failed"):
        store.ingest_article(read_text_article(FRENCH), duplicate)
    assert store.counts() == before
    assert [a["path"] for a in store.articles()] == [str(ENGLISH)]


def test_article_dates_come_from_the_header_or_the_option(store):
    french = read_text_article(FRENCH)
    assert french.published == date(2022, 1, 23) and french.published_precision == "day"
    assert french.url.startswith("https://fr.sputniknews.com/20220123/")
    assert french.title.startswith("Combats à Hassaké")
    english = read_text_article(ENGLISH)
    assert english.published is None
    assert read_text_article(ENGLISH, published=date(2022, 1, 23)).published == date(2022, 1, 23)
    store.ingest_article(french)
    (row,) = store.articles()
    assert row["published"] == "2022-01-23"


def test_user_corrections_survive_a_gazetteer_rebuild(tmp_path, sy_zip, store_url):
    index = tmp_path / "g.sqlite"
    build_gazetteer(index, [sy_zip])
    with Store.open(store_url) as s, Gazetteer(index) as plain:
        correction = add_correction(s, plain, name="Ghuwayran", lat=36.4710, lon=40.7460,
                                    note="prison compound, from imagery")
        assert correction.replaces.ref == "supplement:sy-ghuwayran"
        # An automated write with the same name adds beside the user's, never over it.
        s.put_gazetteer_entry(origin="nominatim", name="Ghuwayran", lat=1.0, lon=1.0, country_code="SY")
        build_gazetteer(index, [sy_zip])  # rebuild
        with Gazetteer(index, layer=StoreLayer.from_store(s)) as g:
            best = g.best("Ghwayran")
        user = s.gazetteer_entries("user")
    # The correction stands in for the place under every spelling of it.
    assert best.source == "user" and best.point == (36.4710, 40.7460)
    assert best.country_code == "SY"
    assert len(user) == 1 and user[0]["note"] == "prison compound, from imagery"


def test_corrupt_and_missing_stores_are_clear_errors(tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not sqlite" * 200)
    with pytest.raises(StoreError, match="not a usable database"):
        Store.open(str(corrupt))
    assert corrupt.read_bytes().startswith(b"this is not sqlite")  # left untouched
    with pytest.raises(StoreNotFoundError, match="store not found"):
        Store.open(str(tmp_path / "absent.db"), must_exist=True)


def test_store_location_from_environment_as_path_or_url(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_DB", f"sqlite:///{tmp_path / 'env.db'}")
    settings = load_settings()
    assert settings.db_explicit
    with Store.open(settings.db) as s:
        s.ingest_article(read_text_article(FRENCH))
    assert sqlite3.connect(tmp_path / "env.db").execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_bad_coordinates_are_refused(store):
    from geo.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="latitude 140.0 out of range"):
        store.put_gazetteer_entry(origin="user", name="X", lat=140, lon=40)
    with pytest.raises(InvalidInputError, match="NaN"):
        store.put_gazetteer_entry(origin="user", name="X", lat=float("nan"), lon=40)
    assert store.counts()["gazetteer_entries"] == 0


@pytest.mark.parametrize("release", ["0001", "0002", "0003"])
def test_upgrading_an_old_store_keeps_every_row(empty_store_url, release):
    """A store made by an earlier release (its schema), with articles, events and sources,
    upgrades to the newest schema without losing a row."""
    engine = store_at_release(empty_store_url, release)
    with engine.begin() as con:
        for statement in (
            "INSERT INTO articles (content_hash, title, text, ingested_at) VALUES ('h', 't', 'x', '2022-01-23')",
            "INSERT INTO events (uid, event_type, actors, origin, user_edited, created_at, updated_at) "
            "VALUES ('u1', 'Battles', '[]', 'articles', false, '2022-01-23', '2022-01-23')",
            'INSERT INTO event_sources (event_id, article_id, sentence, start, "end") '
            "SELECT events.id, articles.id, 's', 0, 1 FROM events, articles",
            "INSERT INTO gazetteer_entries (origin, key, name, lat, lon, country_code, admin1, feature_code, "
            "precision, population, created_at, updated_at) VALUES ('user', 'x', 'X', 1, 2, 'SY', '', 'PPL', "
            "'point', 0, '2022-01-23', '2022-01-23')"):
            con.execute(text(statement))
    engine.dispose()
    with Store.open(empty_store_url) as s:
        counts = s.counts()
        with s.engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert c.execute(text("SELECT count(*) FROM event_sources")).scalar() == 1
            assert c.execute(text("SELECT deleted, reported FROM events")).one() == (False, True)
        s.ingest_article(read_text_article(FRENCH))  # the upgraded store takes new rows
    assert counts["events"] == 1 and counts["articles"] == 1 and counts["gazetteer_entries"] == 1


def test_an_unreachable_or_missing_server_database_is_one_clear_line(run_cli, postgres_server):
    """No server at the address, or no such database on the server: one line naming the store
    (password hidden), a failing exit status, nothing printed as a traceback."""
    closed = f"postgresql+psycopg://postgres:secret@127.0.0.1:{_closed_port()}/conflictmap"
    missing = postgres_server.url("no_such_database")
    for url, reason in ((closed, "Connection refused"), (missing, 'database "no_such_database" does not exist')):
        result = run_cli("--db", url, "events")
        assert result.code != 0 and result.out == ""
        (line,) = result.err.strip().splitlines()
        assert line.startswith("error: cannot open store postgresql+psycopg://postgres") and reason in line
        assert "secret" not in line


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on leaving: nothing listens there
