# dialoog — rules
#
#   make run        build and open dialoog on its default database (ARGS="--lang en" to pass options)
#   make test       every test: swift test, then the tmux end-to-end scenarios
#   make e2e        only the tmux end-to-end scenarios (Tests/e2e)
#   make torture    kill -9 in a live meeting with a fixed seed, fsyncs per action, and the
#                   table of database faults (Tests/torture; also part of make test)
#   make snapshots  re-record screen and schema snapshots, then show what changed
#   make readme     regenerate the README's key table and screenshot from the program
#   make format     format the Swift sources in place (swift format, .swift-format)
#   make lint       check the formatting without changing anything
#   make bench      speed and memory figures next to reference runs (release build)
#   make install    install dialoog into $(PREFIX)/bin and its methods/, content/ and translations/ into
#                   $(PREFIX)/share/dialoog (default PREFIX /usr/local)
#   make deps       install the Debian packages dialoog needs, when they are missing
#   make test-deps  and those the tests need besides (LibreOffice for the --excel report)
#
# `run` and `test` install missing packages themselves (apt-get, with sudo when not root).

SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
PACKAGES := libncursesw5-dev libsqlite3-dev tmux sqlite3 strace age
# Only for the tests: LibreOffice reads back the --excel report (about a minute to install,
# without the recommended packages).
TEST_PACKAGES := libreoffice-calc-nogui
BIN := .build/debug/dialoog
SOURCES := Sources Tests Benchmarks Package.swift

.PHONY: run test e2e torture snapshots readme format lint bench install deps test-deps build build-tests

deps:
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6.1 or newer is needed (swift.org/install); it was not found on PATH." >&2; exit 1; }
	@missing=$$(for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	@mkdir -p .build
	@echo "Building dialoog (the first build takes a minute or two)..."
	@$(SWIFT) build --product dialoog >.build/make-build.log 2>&1 || { cat .build/make-build.log; exit 1; }

run: build
	@$(BIN) $(ARGS)

test-deps: deps
	@missing=$$(for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing for the tests:" $$missing; \
	  sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

build-tests: test-deps
	$(SWIFT) build --build-tests

test: build-tests
	$(SWIFT) test --skip-build
	DIALOOG_BIN=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh
	DIALOOG_BIN=$(CURDIR)/$(BIN) bash Tests/torture/run.sh

torture: build
	DIALOOG_BIN=$(CURDIR)/$(BIN) bash Tests/torture/run.sh

e2e: build
	DIALOOG_BIN=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

snapshots: build-tests
	RECORD_SNAPSHOTS=1 $(SWIFT) test --skip-build >/dev/null || true
	@git status --short -- '*/Snapshots/*'
	@git --no-pager diff --stat -- '*/Snapshots/*'

readme: build
	bash scripts/update-readme.sh $(BIN)

format:
	$(SWIFT) format --in-place --recursive $(SOURCES)

lint:
	$(SWIFT) format lint --strict --recursive $(SOURCES)

bench: deps
	@command -v sqlite3 >/dev/null || { echo "make bench compares dialoog with the sqlite3 shell: apt-get install sqlite3" >&2; exit 1; }
	$(SWIFT) build -c release --static-swift-stdlib -Xswiftc -Osize --product dialoog
	$(SWIFT) build -c release --static-swift-stdlib -Xswiftc -Osize --product dialoog-bench
	python3 Benchmarks/bench.py --dialoog .build/release/dialoog --bench .build/release/dialoog-bench

install: deps
	$(SWIFT) build -c release --static-swift-stdlib -Xswiftc -Osize --product dialoog
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 .build/release/dialoog $(DESTDIR)$(PREFIX)/bin/dialoog
	rm -rf $(DESTDIR)$(PREFIX)/share/dialoog/methods $(DESTDIR)$(PREFIX)/share/dialoog/content $(DESTDIR)$(PREFIX)/share/dialoog/translations
	install -d $(DESTDIR)$(PREFIX)/share/dialoog
	cp -R methods content translations $(DESTDIR)$(PREFIX)/share/dialoog/
	chmod -R a+rX,go-w $(DESTDIR)$(PREFIX)/share/dialoog
