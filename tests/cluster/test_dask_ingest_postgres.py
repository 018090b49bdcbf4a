"""Ingest on Dask into a PostgreSQL store (the throw-away server of tests/postgres_server.py):
a real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1 analyse the English
and French articles, and the store ends with the events an ingest in one process stores in
SQLite; running it again adds nothing.  Without PostgreSQL the test is skipped with the reason
(before the cluster starts)."""

from __future__ import annotations

from pathlib import Path

from tests.cluster.test_dask_ingest import (  # noqa: F401 - the fixtures: this module's own cluster
    articles,
    assert_stored_once,
    cluster,
    conflictmap,
    finished,
    in_one_process,
    stored_events,
)


def test_the_workers_of_a_scheduler_ingest_into_postgresql_the_events_of_one_process(
        empty_postgres_url, tmp_path, gazetteer_path, cluster, articles, in_one_process):  # noqa: F811
    def ingest(paths: list[Path], *options: str) -> tuple[int, str, str]:
        return finished(conflictmap(tmp_path, gazetteer_path, "--db", empty_postgres_url, "ingest", "--no-progress",
                                    "--scheduler", cluster.address, *options, *map(str, paths)))

    code, out, err = ingest(articles, "--partition-size", "3")
    assert code == 0, err
    assert f"{len(articles)} of {len(articles)} articles stored" in out
    lines = [line for line in out.splitlines() if line.startswith("new ")]
    assert [line.split()[1] for line in lines] == [str(p) for p in articles]  # stored in their order
    assert any(", fr, " in line for line in lines) and any(", en, " in line for line in lines)
    assert stored_events(empty_postgres_url) == in_one_process  # the events SQLite holds

    code, out, err = ingest(articles)
    assert code == 0, err
    assert_stored_once(empty_postgres_url, out, articles, in_one_process)
