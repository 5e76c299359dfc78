# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean notebook

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/timeline
	$(BIN)/python -m pip install -q -e '.[test,dask]'
	touch $@

demo: $(BIN)/timeline
	$(BIN)/timeline demo --out timeline-demo

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest

notebook: $(BIN)/timeline   # (Jupyter is an extra: installed here, not for demo or test)
	$(BIN)/python -m pip install -q -e '.[notebook]'
	cd notebooks && ../$(BIN)/jupyter lab explore.ipynb

clean:
	rm -rf $(VENV) timeline-demo
