# The two commands the README promises. PYTHON may name another interpreter.
PYTHON ?= python3
DB ?= db/quotes.db
SERVE_ARGS ?= --open

.PHONY: demo test

demo:  ## install, build the demo database from seeds/ and open it in Datasette
	$(PYTHON) -m pip install -q -e .
	$(PYTHON) -m quotes build $(DB) seeds/
	$(PYTHON) -m quotes serve $(DB) $(SERVE_ARGS)

test:  ## install with test extras and run the test suite
	$(PYTHON) -m pip install -q -e '.[test]'
	$(PYTHON) -m pytest
