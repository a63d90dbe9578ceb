# Two commands set everything up on a fresh machine with Python 3.11: `make demo`, `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo lint test bench clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run: make PYTHON=python3 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/district-archive demo

# Lint first: ruff (style and likely bugs, over the code and its tests and benchmarks) and mypy
# (strict types over the package code); both read their settings from pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/statistics.py
	$(BIN)/python bench/crawl.py

# Removes only what `make` made: the venv, and the demo's folder when the demo's mark is in it.
# Never an archive: archive.db is a crawl's work (the demo writes demo/archive.db instead).
clean:
	rm -rf $(VENV)
	if [ -f demo/.district-archive-demo ]; then rm -rf demo; fi
