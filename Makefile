# Two commands for a fresh machine: `make run` and `make test`. Both create .venv when missing and
# (re)install the project whenever pyproject.toml is newer than the last install.
SUPPORTED := import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 12))
# The first Python 3.11 or 3.12 on the PATH (override with `make PYTHON=/path/to/python3.12 ...`).
PYTHON ?= $(shell for p in python3.11 python3.12 python3; do command -v $$p >/dev/null 2>&1 && $$p -c '$(SUPPORTED)' 2>/dev/null && { command -v $$p; break; }; done)
VENV := .venv
STAMP := $(VENV)/.installed
BIN := $(VENV)/bin
# The notebooks' kernel is "python3": put the venv first so it is this venv's Python.
export PATH := $(CURDIR)/$(BIN):$(PATH)
export MPLBACKEND := Agg
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test unit nbval notebooks lab bench clean-venv venv-check

# A .venv left by an unsupported or removed Python is rebuilt rather than left broken.
venv-check:
	@if [ -e $(VENV) ] && ! $(BIN)/python -c '$(SUPPORTED)' 2>/dev/null; then \
		echo "fupin: $(VENV) is broken or not Python 3.11/3.12; rebuilding it"; rm -rf $(VENV); fi
	@if [ ! -x $(BIN)/python ]; then \
		test -n "$(PYTHON)" || { echo "fupin: needs Python 3.11 or 3.12 on the PATH (or make PYTHON=...)"; exit 1; }; \
		"$(PYTHON)" -c '$(SUPPORTED)' 2>/dev/null || { \
			echo "fupin: $(PYTHON) is not Python 3.11 or 3.12; give one: make PYTHON=/path/to/python3.11"; exit 1; }; fi

$(STAMP): pyproject.toml | venv-check
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: venv-check $(STAMP)
	$(BIN)/python -m fupin run

test: venv-check $(STAMP)
	$(BIN)/python -m pytest -q tests
	$(BIN)/python -m pytest -q --nbval notebooks --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:randomly

unit: venv-check $(STAMP)
	$(BIN)/python -m pytest -q tests

nbval: venv-check $(STAMP)
	$(BIN)/python -m pytest -q --nbval notebooks --nbval-sanitize-with tests/nbval_sanitize.cfg

# Re-run the suite and store the executed notebooks (with outputs) back in notebooks/.
notebooks: venv-check $(STAMP)
	$(BIN)/python -m fupin run
	cp "$$(ls -d runs/*/ | sort | tail -n 1)"[0-9][0-9]_*.ipynb notebooks/

lab: venv-check $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,lab]'
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" notebooks/01_clean.ipynb

bench: venv-check $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python benchmarks/run_all.py

clean-venv:
	rm -rf $(VENV)
