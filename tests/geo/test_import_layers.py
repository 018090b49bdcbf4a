"""The import's layers (issue 20): the pure steps in ``geo.importers`` never import the store,
the store's writer imports only those, and every format is one ``ImportFormat`` that imports a
file of its real layout through the one common path."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from geo.dataset_import import import_file
from geo.importers import FORMATS, crosswalk
from geo.importers.base import EVENT_COLUMNS, EXTRA_PREFIX, ImportFormat
from geo.importers.readers import Table
from geo.store import Store
from tests import importer_fixtures as fx

ROOT = Path(__file__).resolve().parents[2]
IMPORTERS = sorted(p for p in (ROOT / "geo" / "importers").glob("*.py"))


def _imported_names(path: Path) -> set[str]:
    """Every module an ``import`` statement of the file names, at module level or inside a
    function (a lazy import)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_no_importers_module_names_the_store_even_lazily():
    assert len(IMPORTERS) >= 12
    for path in IMPORTERS:
        store = {n for n in _imported_names(path) if n == "geo.store" or n.startswith("geo.store.")}
        assert not store, f"{path.name} imports {store}"


_PRINT_LOADED = "print(' '.join(sorted(m for m in sys.modules if m.startswith('geo.'))))"


def _loaded(*steps: str) -> list[list[str]]:
    """The ``geo`` modules loaded after each step, in a fresh interpreter."""
    code = "import sys\n" + "".join(f"{step}\n{_PRINT_LOADED}\n" for step in steps)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [line.split() for line in done.stdout.splitlines()]


def test_the_importers_load_no_store_module_then_the_store_loads_on_them():
    """Every ``geo.importers`` module imported first loads no ``geo.store`` module; the store's
    import writer then loads on top of them (no cycle: a cycle fails on a name not yet bound)."""
    modules = "; ".join(f"import geo.importers.{p.stem}" for p in IMPORTERS if p.stem != "__init__")
    pure, both = _loaded(modules, "import geo.store.imports")
    assert "geo.importers.decision" in pure and "geo.importers.acled" in pure
    assert [m for m in pure if m.startswith("geo.store")] == []
    assert {"geo.store.imports", "geo.store.event_writer", "geo.store.import_places"} <= set(both)


def test_the_store_side_imported_first_loads_too():
    [loaded] = _loaded("import geo.store.imports; import geo.dataset_import")
    assert {"geo.store.imports", "geo.importers.prepare", "geo.importers.chunks", "geo.dataset_import"} <= set(loaded)


def test_every_format_is_an_import_format_and_a_partial_one_is_not():
    assert set(FORMATS) == {"acled", "ucdp", "gdelt", "csv", "geojson"}
    for name, module in FORMATS.items():
        assert isinstance(module, ImportFormat), name
        assert isinstance(module.ROW_LOCAL, bool) and isinstance(module.KNOWN_COLUMNS, frozenset)
    complete = {k: getattr(FORMATS["csv"], k) for k in ("NAME", "LABEL", "URL", "KNOWN_COLUMNS", "CROSSWALK",
                                                         "ROW_LOCAL", "read", "map_rows", "origin_ids")}
    assert isinstance(SimpleNamespace(**complete), ImportFormat)
    del complete["origin_ids"]
    assert not isinstance(SimpleNamespace(**complete), ImportFormat)


def test_every_crosswalk_fills_event_fields_through_the_shared_crosswalk():
    shared = [v for k, v in vars(crosswalk).items() if not k.startswith("_")]
    for name, module in FORMATS.items():
        assert module.CROSSWALK, name
        for field, lookups in module.CROSSWALK.items():
            assert field in EVENT_COLUMNS or field.startswith(EXTRA_PREFIX), (name, field)
            assert lookups and all(any(x is s for s in shared) for x in lookups), (name, field)


#: format -> a file of its real layout (the tests' fixtures), and the counts of its import
FILES = {
    "acled": (fx.write_acled, {"read": 12, "imported": 6, "updated": 0, "skipped": 6}),
    "ucdp": (fx.write_ucdp, {"read": 6, "imported": 3, "updated": 0, "skipped": 3}),
    "gdelt": (fx.write_gdelt, {"read": 8, "imported": 6, "updated": 0, "skipped": 2}),
    "csv": (fx.write_generic, {"read": 5, "imported": 3, "updated": 0, "skipped": 2}),
    "geojson": (fx.write_geojson, {"read": 7, "imported": 2, "updated": 0, "skipped": 5}),
}


def test_every_format_has_a_file_below():
    assert set(FILES) == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_each_format_imports_its_file_through_the_common_path(fmt, tmp_path):
    write, counts = FILES[fmt]
    path = write(tmp_path)
    module = FORMATS[fmt]
    table = module.read(path)
    assert isinstance(table, Table) and len(module.map_rows(table)) == table.read == counts["read"]
    with Store.open(str(tmp_path / "store.db")) as store:
        first = import_file(store, fmt, path, report=tmp_path / "r.csv", enrich=False)
        again = import_file(store, fmt, path, report=tmp_path / "r2.csv", enrich=False)
        events = store.events()
    assert first.counts() == counts and first.format == module.NAME == fmt
    assert again.counts() == {"read": counts["read"], "imported": 0, "updated": 0, "skipped": counts["read"]}
    assert len(events) == counts["imported"] and {e["origin"] for e in events} == {fmt}


def test_the_decision_is_a_function_of_the_rows_and_the_stored_events():
    """Insert, update or skip, decided without a store: from prepared rows and the stored
    events of their ids (what the store reads), nothing changed in either."""
    import pandas as pd

    from geo.importers.decision import EXISTING_COLUMNS, decide, duplicates

    rows = pd.DataFrame({"origin_id": ["new", "same", "changed", "edited", "older", "newer"],
                         "version": [None, None, None, None, "5", "9"],
                         "origin_hash": ["h1", "h2", "h3x", "h4x", "h5x", "h6x"],
                         "row": [1, 2, 3, 4, 5, 6]}, index=[10, 11, 12, 13, 14, 15])
    existing = pd.DataFrame([(2, "same", None, "h2", False, False, None), (3, "changed", None, "h3", False, False, None),
                             (4, "edited", None, "h4", True, False, None), (5, "older", "7", "h5", False, False, None),
                             (6, "newer", "7", "h6", False, False, None)],
                            columns=list(EXISTING_COLUMNS)).set_index("origin_id")
    before = rows.copy(), existing.copy()
    decision = decide(rows, existing)
    assert decision.status.to_dict() == {10: "imported", 11: "skipped", 12: "updated", 13: "skipped",
                                         14: "skipped", 15: "updated"}
    assert decision.skipped.to_dict("index") == {
        11: {"reason": "unchanged", "value": ""}, 13: {"reason": "edited by user", "value": "event 4"},
        14: {"reason": "older than the stored version", "value": "5 < 7"}}
    assert decision.inserts["origin_id"].tolist() == ["new"]
    assert decision.updates["event_id"].tolist() == [3, 6]
    assert rows.equals(before[0]) and existing.equals(before[1])
    again = pd.DataFrame({"origin_id": ["x", "x", "y"], "version": ["2", "1", None], "row": [1, 2, 3]})
    assert duplicates(again).to_dict("index") == {1: {"reason": "duplicate id in file", "value": "kept row 1"}}
