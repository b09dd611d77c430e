# Two commands for a fresh machine: `make run` and `make test`. Both create .venv when missing and
# (re)install the project whenever pyproject.toml is newer than the last install.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed
BIN := $(VENV)/bin
# The notebooks' kernel is "python3": put the venv first so it is this venv's Python.
export PATH := $(CURDIR)/$(BIN):$(PATH)
export MPLBACKEND := Agg
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test unit nbval notebooks lab bench clean-venv

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m fupin run

test: $(STAMP)
	$(BIN)/python -m pytest -q tests
	$(BIN)/python -m pytest -q --nbval notebooks --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:randomly

unit: $(STAMP)
	$(BIN)/python -m pytest -q tests

nbval: $(STAMP)
	$(BIN)/python -m pytest -q --nbval notebooks --nbval-sanitize-with tests/nbval_sanitize.cfg

# Re-run the suite and store the executed notebooks (with outputs) back in notebooks/.
notebooks: $(STAMP)
	$(BIN)/python -m fupin run
	cp "$$(ls -d runs/*/ | sort | tail -n 1)"[0-9][0-9]_*.ipynb notebooks/

lab: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,lab]'
	$(BIN)/jupyter lab notebooks

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python benchmarks/run_all.py

clean-venv:
	rm -rf $(VENV)
