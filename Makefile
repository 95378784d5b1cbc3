# The two front-door commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV   ?= .venv
PORT   ?= 8000
BIN    := $(VENV)/bin
FLASK  := $(BIN)/flask --app sme_tool
STAMP  := $(VENV)/.installed-stamp
MO     := $(patsubst %.po,%.mo,$(wildcard sme_tool/translations/*/LC_MESSAGES/messages.po))

.PHONY: run test install translations db extract update-po check lint browser-deps bench clean

run: db  ## create everything needed, then serve on 127.0.0.1:$(PORT)
	$(FLASK) questionnaire check
	$(FLASK) rules check
	$(BIN)/gunicorn --bind 127.0.0.1:$(PORT) --workers 2 wsgi:app  # no access log: resume links carry codes

test: install translations browser-deps lint  ## everything the tests need, lint and types, then the whole suite
	$(BIN)/pytest $(PYTEST_ARGS)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(STAMP)

translations: install $(MO)  ## compile the .po catalogues (.mo files are built, never committed)

%.mo: %.po
	$(BIN)/pybabel compile --statistics -i $< -o $@

db: translations  ## create or migrate the database (SQLite under instance/ unless SME_DATABASE_URL)
	$(FLASK) db upgrade

extract: install  ## collect every translatable text (Python, templates, YAML data) into messages.pot
	$(BIN)/pybabel extract --sort-by-file --no-wrap -F babel.cfg -k _l -k _ -o sme_tool/translations/messages.pot .

update-po: extract  ## merge new texts into every language's catalogue
	$(BIN)/pybabel update --no-wrap --ignore-obsolete -i sme_tool/translations/messages.pot -d sme_tool/translations

browser-deps:  ## Debian's Chromium and axe-core for the browser tests (never a downloaded browser)
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Install Chromium first: sudo apt-get install -y chromium"; exit 1; fi; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --silent

lint: install
	$(BIN)/ruff check sme_tool tests bench migrations
	$(BIN)/ruff format --check sme_tool tests bench
	$(BIN)/mypy sme_tool

bench: install
	$(BIN)/python bench/scoring.py
	$(BIN)/python bench/recommend.py
	$(BIN)/python bench/chat.py
	$(BIN)/python bench/answers.py
	$(BIN)/python bench/staff.py

clean:
	rm -rf $(VENV) node_modules instance .pytest_cache
	find sme_tool/translations -name '*.mo' -delete
