# The two commands the README promises. They make and use their own virtual
# environment (.venv), so they work with Debian's own python3 (PEP 668: no bare
# pip install there; needs the python3-venv package) and whatever Python comes
# first on PATH. PYTHON names the interpreter that creates the environment.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= db/quotes.db
SERVE_ARGS ?= --open

.PHONY: demo test

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

demo: $(PY)  ## install, build the demo database from seeds/ and open it in Datasette
	$(PY) -m pip install -q -e .
	$(PY) -m quotes build $(DB) seeds/
	$(PY) -m quotes serve $(DB) $(SERVE_ARGS)

test: $(PY)  ## install with test extras and run the test suite
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pytest
