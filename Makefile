# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
# With DATABASE_URL unset, Outlet starts its own embedded PostgreSQL in .local/.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
# make is the developer's tool; production runs `docker compose up` with DEBUG off.
export DEBUG ?= 1

.PHONY: run test setup lint bench lock

# Every dependency comes from requirements.lock, pinned with its hashes; `make lock` renews it.
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Re-pin after changing pyproject.toml; pip-tools is a developer's tool, not a dependency.
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --extra test --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-trusted-host --no-emit-find-links \
		-o requirements.lock pyproject.toml

setup: $(STAMP)
	$(PY) scripts/ensure_database.py
	$(MANAGE) migrate --noinput

run: setup
	$(MANAGE) import_seeds fixtures/seeds/
	$(MANAGE) ensure_local_editor
	$(MANAGE) runserver 127.0.0.1:8000

# The browser tests drive Debian's Chromium; installed here if missing (never a downloaded one).
test: setup
	bash scripts/ensure-chromium.sh
	$(PY) -m pytest

# Corpus sizes for `make bench`, such as `make bench BENCH_SIZES="1000 20000"` on a small box.
BENCH_SIZES ?= 1000 100000
bench: $(STAMP)
	$(PY) scripts/bench_site.py --sizes $(BENCH_SIZES)

# Load and fault scripts (scripts/reliability/): loopback only, under 10 minutes, not in CI.
reliability: $(STAMP)
	DEBUG=0 PY=$(PY) bash scripts/reliability/run_all.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
