# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck setup translations update-translations screenshots bench soak package package-test clean

run: setup
	$(VENV)/bin/registre

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease $< -qm $@

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

typecheck: setup
	$(VENV)/bin/mypy

test: lint typecheck
	$(PY) -m pytest

# PNGs of every page and dialog, in French and in English, on a realistic register.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots screenshots fr
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots screenshots en

# Refresh the .ts files from the sources (then translate what lupdate marks unfinished).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(shell find gui -name "*.py") -no-obsolete -ts $(TS)

bench: setup
	$(PY) bench/run.py

# 1,000 SIGKILLs of a process editing a register; every acknowledged edit must survive.
soak: setup
	$(PY) bench/soak.py --kills 1000

# The installable application: a one-folder PyInstaller bundle in dist/registre/.
package: setup $(VENV)/.package-installed
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/registre.spec

$(VENV)/.package-installed: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $@

# The bundle, run headless through import, check, signed PDF export, verify and the editor.
package-test: package
	$(PY) packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
