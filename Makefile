# The two commands that do everything on a fresh machine:
#   make demo   - set up, run the whole pipeline on the demo bank, serve the dashboard
#   make test   - set up (Python packages and the servers the tests use) and run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages the tests start for real: IMAP (Dovecot) and a browser (Chromium).
SYSTEM_PACKAGES := dovecot-imapd dovecot-core chromium
# Only the benchmarks compare against these indexers. The Python packages only benchmarks use
# (dateparser, mail-parser-reply, scikit-learn) are the bench extra: `make bench` installs it,
# or `.venv/bin/pip install -e '.[bench]'` before running a script in bench/ by hand.
BENCH_PACKAGES := notmuch maildir-utils

.PHONY: demo demo-once test venv system-deps bench-deps lint typecheck bench clean

$(BIN)/dealtrail: setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/dealtrail

venv: $(BIN)/dealtrail

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "missing Debian packages:$$missing -- run: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

bench-deps:
	@$(MAKE) --no-print-directory system-deps SYSTEM_PACKAGES="$(BENCH_PACKAGES)"

# make demo PORT=8444 serves on another port when 8443 is taken.
PORT ?= 8443
demo: venv
	$(BIN)/dealtrail demo --out demo-out --port $(PORT)

demo-once: venv
	$(BIN)/dealtrail demo --once --out demo-out

test: venv system-deps lint typecheck
	$(BIN)/pytest

lint: venv
	$(BIN)/ruff check .

typecheck: venv
	$(BIN)/mypy dealtrail indexer rules reports addin demo

bench: venv bench-deps
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/index_vs_peers.py

clean:
	rm -rf demo-out test-artifacts .pytest_cache
