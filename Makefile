# Everything a newcomer or CI needs; see README.md.
PYTHON ?= python3

.PHONY: install demo test lint bench model

install:
	$(PYTHON) -m pip install -q -e '.[dev]' -r requirements/test.txt

demo: install
	@echo '--- examples/sample.log (fake PII) ---'; cat examples/sample.log
	@echo '--- piiredact < examples/sample.log ---'; piiredact < examples/sample.log

test:
	$(PYTHON) -m pytest

lint:
	$(PYTHON) -m ruff check piiredact tests benchmarks adapters
	$(PYTHON) -m mypy

bench:
	$(PYTHON) benchmarks/accuracy.py
