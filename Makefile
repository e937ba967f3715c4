# The two commands that matter: `make run` and `make test`. Everything else is a step.
.PHONY: run test quality setup setup-test directory model lock clean help
PY := .venv/bin/python
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)

help:
	@echo "make run   - install what is missing, build directory and model, start the navigator"
	@echo "make test  - install what is missing (incl. chromium) and run the whole test suite"
	@echo "make quality - the NLU quality gates on every test set (make test: the issue's sets and the newest ones)"

run: setup
	$(PY) -m bot

# The slowest tests are listed at the end of every run, so CI time can be tracked (docs/benchmarks.md, "CI time").
test: setup-test
	$(PY) -m bot.build all
	$(PY) -m pytest --durations=15 $(PYTEST_ARGS)

# Every test set's quality gates, the older sets' needs gates too (tests/test_nlu_quality.py;
# `make test` gates the issue's sets and the newest crisis and NLU files). Run it when the lexicons
# or the training data change; 15 to 25 minutes on 2 cores once the model is built.
quality: setup-test
	$(PY) -m bot.build all
	NWD_QUALITY_SETS=all $(PY) -m pytest tests/test_nlu_quality.py tests/test_crisis.py::test_an_ordinary_sentence_beside_an_emergency_does_not_hide_it \
		tests/test_crisis.py::test_lexicon_false_alarms_on_ordinary_messages_are_rare $(PYTEST_ARGS)

setup:
	@bash scripts/setup.sh

setup-test:
	@bash scripts/setup.sh --browser

directory: setup
	$(PY) -m bot.build directory

model: setup
	$(PY) -m bot.build model

# Re-pin every package from a clean install of requirements.in.
lock:
	rm -rf .lock-venv && $$(bash scripts/setup.sh --print-python) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet "pip==24.0" && .lock-venv/bin/pip install --quiet -r requirements.in
	(echo "# Exact pins from a clean install of requirements.in. Regenerate: make lock"; \
	 .lock-venv/bin/pip freeze --exclude-editable | sort -f) > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf models/ services_db/directory.sqlite3 logs/ .pytest_cache

# Scaled mode on one machine: 2 Rasa + 2 action servers, PostgreSQL tracker store
# (redacted, expiring), Redis lock store, directory on PostgreSQL (docs/operations.md).
.PHONY: run-scaled bench-load
SCALED_ENV := RASA_REPLICAS=2 \
	TRACKER_STORE_URL=$${TRACKER_STORE_URL:-postgresql://postgres@127.0.0.1:5432/nwd_tracker} \
	LOCK_STORE_URL=$${LOCK_STORE_URL:-redis://127.0.0.1:6379/0} \
	NAVIGATOR_DB_URL=$${NAVIGATOR_DB_URL:-postgresql://postgres@127.0.0.1:5432/nwd_directory}

run-scaled: setup
	$(SCALED_ENV) $(PY) -m bot

# Load benchmark (about 10 minutes): navigator at 1 and 2 replicas vs Rasa's sample bot.
bench-load: setup
	$(PY) -m bot.build all
	$(PY) scripts/bench_load.py
