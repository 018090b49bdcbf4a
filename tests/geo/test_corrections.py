"""User corrections of events survive re-resolution and are logged (on SQLite and on
PostgreSQL: ``store_url``)."""

import json

import pytest

from geo.errors import InvalidInputError, NoMatchError
from geo.store import Store, corrections
from tests.conftest import ARTICLES

ENGLISH = ARTICLES / "000_e69315e52186f9f0.txt"
FRENCH = ARTICLES / "002_a0c274ca167b7a0b.txt"


@pytest.fixture
def loaded(world, run_cli, store_url, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_DB", store_url)  # the CLI's store too
    assert run_cli("ingest", str(FRENCH)).code == 0
    assert run_cli("ingest", str(ENGLISH)).code == 0  # undated: set-date later re-resolves it
    store = Store.open(store_url)
    yield store, run_cli
    store.close()


def by_date(store, day, kind=None):
    return [e for e in store.events() if e["date_start"] == day and (kind is None or e["event_type"] == kind)]


def test_move_is_kept_through_set_date(loaded):
    store, run_cli = loaded
    (c,) = by_date(store, "2022-01-22", "Explosions/Remote violence")
    corrections.move_event(store, c["id"], 36.49, 40.76, place_name="Technical Institute", note="imagery")
    assert run_cli("article", "set-date", "2", "2022-01-23").code == 0
    (moved,) = by_date(store, "2022-01-22", "Explosions/Remote violence")
    assert (moved["place"]["lat"], moved["place"]["lon"], moved["place"]["name"]) == (36.49, 40.76, "Technical Institute")
    log = corrections.corrections(store, c["id"])
    assert log[0]["kind"] == "move" and log[0]["note"] == "imagery" and log[0]["before"]["lat"] == 36.50237


def test_deleted_event_does_not_come_back(loaded):
    store, run_cli = loaded
    (a,) = by_date(store, "2022-01-20", "Battles")
    corrections.delete_event(store, a["id"], note="duplicate of the car bombs")
    assert not by_date(store, "2022-01-20", "Battles")
    # Re-ingesting (unchanged) and re-dating the other article do not recreate it.
    run_cli("ingest", str(FRENCH))
    run_cli("article", "set-date", "2", "2022-01-23")
    assert not by_date(store, "2022-01-20", "Battles")
    corrections.restore_event(store, a["id"])
    assert by_date(store, "2022-01-20", "Battles")


def test_merge_and_split(loaded):
    store, run_cli = loaded
    battles = by_date(store, "2022-01-20", "Battles")[0]
    bombs = by_date(store, "2022-01-20", "Explosions/Remote violence")[0]
    corrections.merge_events(store, bombs["id"], battles["id"], note="one attack")
    (merged,) = by_date(store, "2022-01-20")
    assert len(merged["sources"]) == 2
    source_ids = [s for s in _source_ids(store, merged["id"])]
    new_uid = corrections.split_event(store, merged["id"], source_ids[1], note="two phases")
    assert len(by_date(store, "2022-01-20")) == 2
    assert any(e["id"] == new_uid for e in store.events())
    with pytest.raises(InvalidInputError, match="cannot merge an event with itself"):
        corrections.merge_events(store, bombs["id"], bombs["id"])
    with pytest.raises(NoMatchError):
        corrections.delete_event(store, "nope")


def test_reresolve_teaches_the_gazetteer(loaded, gazetteer_path):
    from geo.gazetteer.index import Gazetteer
    from geo.store.layer import StoreLayer

    store, run_cli = loaded
    (c,) = by_date(store, "2022-01-22", "Explosions/Remote violence")
    with Gazetteer(gazetteer_path) as g:
        qamishli = g.best("Qamishli")
    corrections.reresolve_event(store, c["id"], qamishli, note="test")
    (fixed,) = by_date(store, "2022-01-22", "Explosions/Remote violence")
    assert fixed["place"]["name"] == qamishli.name
    (entry,) = store.gazetteer_entries("user")
    assert entry["name"] == "Hassaké" and "re-resolved 'Hassaké'" in entry["note"]
    with Gazetteer(gazetteer_path, layer=StoreLayer.from_store(store)) as g:
        assert g.best("Hassaké").point == qamishli.point
    _ = json


def _source_ids(store, uid):
    from sqlalchemy import select

    from geo.store import schema as t

    with store.engine.connect() as con:
        event_id = con.execute(select(t.events.c.id).where(t.events.c.uid == uid)).scalar_one()
        return [r[0] for r in con.execute(select(t.event_sources.c.id).where(t.event_sources.c.event_id == event_id))]
