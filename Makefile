# Persepsi: `make run` to try it, `make test` to check everything.
#
# The Makefile drives cargo, wasm-bindgen and wasm-opt itself instead of
# cargo-leptos: installing cargo-leptos from source takes about 14 minutes
# on a 2-core machine, the wasm-bindgen CLI about 2. The workspace metadata
# still serves `cargo leptos watch` (see `make watch`). Nothing is
# downloaded outside the package registries (crates.io, npm, Debian).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
TARGET := $(or $(CARGO_TARGET_DIR),target)
SITE := $(TARGET)/site
PKG := $(SITE)/pkg
NAME := persepsi
WASM_PROFILE := wasm-release
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue
# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin

export PATH := $(CARGO_BIN):$(PATH)
export LEPTOS_OUTPUT_NAME := $(NAME)
export LEPTOS_SITE_ROOT := $(SITE)
export LEPTOS_SITE_PKG_DIR := pkg

# PostgreSQL for the tests; set it empty to run the SQLite half only.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
export TEST_DATABASE_URL

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)


.PHONY: tools-s3 tools-proxy
.PHONY: help run build test tools tools-browser tools-api site site-files server server-debug bench bench-build bench-load bench-scores bench-export \
  lint test-rust test-browser test-api watch clean

help:
	@echo "make run    install what is missing, build, load demo data, serve on http://127.0.0.1:3000"
	@echo "make build  release build of the server and the site"
	@echo "make test   formatting, lints, unit, integration (SQLite + PostgreSQL), API (Schemathesis) and browser tests"
	@echo "            (the browser tests include the Nu HTML checker; make test-api: the API check alone)"
	@echo "make watch  live-reloading development server (installs cargo-leptos once)"
	@echo "make bench  the benchmark on SQLite and PostgreSQL: load, page weight, scores, exports against their targets"
	@echo "            (BENCH_SECONDS=10 per load line; make bench-load, bench-scores, bench-export: one part)"

## ---- tools ---------------------------------------------------------------

tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 2 minutes)"; \
	  $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi
	@command -v npm >/dev/null || { echo "installing Node.js and npm"; $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }
	@# The S3-compatible photo store's client uses the system's TLS (OpenSSL).
	@pkg-config --exists openssl 2>/dev/null || { echo "installing OpenSSL's headers"; $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libssl-dev pkg-config; }
	@# The report tests read the PDFs back with poppler's pdftotext and pdftoppm.
	@command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || { echo "installing poppler-utils"; $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }
	@# Debian's binaryen (108) builds a bundle that never hydrates; use npm's.
	@# (pipefail: a missing wasm-opt must not end the recipe here.)
	@v=$$({ wasm-opt --version 2>/dev/null || true; } | sed -n 's/^wasm-opt version \([0-9]*\).*/\1/p'); \
	if [ -z "$$v" ] || [ "$$v" -lt 120 ]; then \
	  echo "installing binaryen's wasm-opt from npm"; $(SUDO) npm install -g --silent binaryen@132; \
	fi

tools-browser: tools
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "installing Chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }
	@# The Nu HTML checker (npm's vnu-jar) runs on the system's Java.
	@command -v java >/dev/null || { \
	  echo "installing Java for the HTML checker"; \
	  $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }
	@# --ignore-scripts: vnu-jar's install script would fetch a Java runtime
	@# from outside the registry; the system's is used instead.
	@cd tests/browser && { [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] && [ -d node_modules/vnu-jar ] \
	  || npm ci --ignore-scripts --no-audit --no-fund --silent; }

# Schemathesis, pinned, in a virtualenv of its own (from PyPI).
SCHEMATHESIS_VERSION := 4.32.5
API_VENV := tests/api/.venv

tools-api:
	@python3 -c 'import ensurepip' 2>/dev/null || { \
	  echo "installing Python's venv"; \
	  $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }
	@[ "$$($(API_VENV)/bin/schemathesis --version 2>/dev/null | awk '{print $$NF}')" = "$(SCHEMATHESIS_VERSION)" ] || { \
	  echo "installing Schemathesis $(SCHEMATHESIS_VERSION) into $(API_VENV)"; \
	  python3 -m venv $(API_VENV) && $(API_VENV)/bin/pip install --quiet --disable-pip-version-check \
	    schemathesis==$(SCHEMATHESIS_VERSION); }

# The S3-compatible server the proof photo tests run against (s3s-fs from
# crates.io, pinned: newer versions need Rust 1.96), into
# ~/.cargo/bin. The tests fail without it unless PERSEPSI_TEST_SKIP_S3=1.
S3S_FS_VERSION := 0.14.1

tools-s3:
	@[ "$$(s3s-fs --version 2>/dev/null | awk '{print $$NF}')" = "$(S3S_FS_VERSION)" ] || { \
	  echo "installing s3s-fs $(S3S_FS_VERSION) (a few minutes)"; \
	  $(CARGO) install s3s-fs --version $(S3S_FS_VERSION) --features binary --locked; }

# nginx from Debian, for the test of three servers behind the shipped
# proxy configuration (docs/deploy/nginx.conf). The test runs its own
# nginx on free ports; the one the package may start is stopped.
tools-proxy:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { \
	  echo "installing nginx for the deployment test"; \
	  $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx openssl; \
	  $(SUDO) service nginx stop >/dev/null 2>&1 || true; }

## ---- build ---------------------------------------------------------------

site: tools site-files

# The browser bundle: islands hydrate from a size-optimised WASM.
site-files:
	$(CARGO) build -p app --lib --target wasm32-unknown-unknown --profile $(WASM_PROFILE) \
	  --no-default-features --features hydrate
	@mkdir -p $(PKG)
	wasm-bindgen $(TARGET)/wasm32-unknown-unknown/$(WASM_PROFILE)/app.wasm --target web \
	  --no-typescript --out-dir $(PKG) --out-name $(NAME)
	wasm-opt -Oz $(WASM_FEATURES) $(PKG)/$(NAME)_bg.wasm -o $(PKG)/$(NAME).wasm
	@rm -f $(PKG)/$(NAME)_bg.wasm
	cp style/main.css $(PKG)/$(NAME).css
	@cp -r public/. $(SITE)/ 2>/dev/null || true
	@for f in $(PKG)/$(NAME).js $(PKG)/$(NAME).wasm $(PKG)/$(NAME).css; do gzip -9 -k -f $$f; done
	@ls -l $(PKG) | awk 'NR>1 {print "  " $$5 "\t" $$9}'

server:
	$(CARGO) build --release -p persepsi-server --bin persepsi

server-debug:
	$(CARGO) build -p persepsi-server --bin persepsi

build: site server

## ---- run -----------------------------------------------------------------

run: build
	$(TARGET)/release/persepsi demo
	$(TARGET)/release/persepsi serve

watch: tools
	@# cargo-leptos's lock file needs rustc 1.96 or newer; nightly has it.
	@command -v cargo-leptos >/dev/null || $(CARGO) install cargo-leptos --locked --features no_downloads \
	  || $(CARGO) +nightly install cargo-leptos --locked --features no_downloads
	cargo leptos watch

## ---- benchmarks (figures, not tests) ---------------------------------------

# One program, run once per database (SQLite, then PostgreSQL unless
# TEST_DATABASE_URL is empty): load (`BENCH_SECONDS` per line), the citizen
# page's weight (needs the site), scores and ranking, exports; each run
# prints one Markdown table of figures against their targets.
BENCH_SECONDS ?= 10
BENCH := $(TARGET)/release/examples/bench --seconds $(BENCH_SECONDS)
# $(1): the parts to run (`--only`), empty for all.
define bench_run
	$(BENCH) $(if $(1),--only $(1)) --database sqlite
	$(if $(TEST_DATABASE_URL),$(BENCH) $(if $(1),--only $(1)) --database $(TEST_DATABASE_URL))
endef

bench-build: site
	$(CARGO) build --release -p persepsi-server --bin persepsi --example bench

bench: bench-build
	$(call bench_run,)

bench-load: bench-build
	$(call bench_run,load)

bench-scores: bench-build
	$(call bench_run,scores)

bench-export: bench-build
	$(call bench_run,export)

## ---- test ----------------------------------------------------------------

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy -p app -p persepsi-server -p persepsi-migrations --all-targets -- -D warnings
	$(CARGO) clippy -p app --lib --target wasm32-unknown-unknown --no-default-features \
	  --features hydrate -- -D warnings

# The server side is tested with the `ssr` feature only.
# The tests of separate processes (kill -9 and SIGTERM under load, backups
# under load, three servers behind nginx) and the bounded fuzz run one at
# a time after the rest, with their figures printed.
FUZZ_SECONDS ?= 20
test-rust: tools tools-s3 tools-proxy
	$(CARGO) test -p app -p persepsi-server -p persepsi-migrations -- --skip processes:: --skip fuzz::
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(CARGO) test -p persepsi-server --test integration -- --nocapture --test-threads=1 processes:: fuzz::

test-browser: tools-browser site-files server-debug
	cd tests/browser && PERSEPSI_BIN=$(abspath $(TARGET))/debug/persepsi LEPTOS_SITE_ROOT=$(abspath $(SITE)) node --test --test-concurrency=1

# Schemathesis over every operation of the OpenAPI document, with an API
# token, against the real binary on a fresh SQLite database with the demo
# data (API_MAX_EXAMPLES per operation).
API_MAX_EXAMPLES ?= 25
test-api: tools-api server-debug
	API_MAX_EXAMPLES=$(API_MAX_EXAMPLES) python3 tests/api/run.py \
	  $(abspath $(TARGET))/debug/persepsi $(abspath $(API_VENV))/bin/schemathesis

test: tools lint test-rust test-api test-browser

clean:
	$(CARGO) clean
	rm -rf tests/browser/node_modules $(API_VENV)
