# Treffpunkt: the two commands a new machine needs are `make run` and `make test`.
# Every step installs what it needs when missing and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SITE := target/site
PKG := $(SITE)/pkg
FRONT := $(or $(CARGO_TARGET_DIR),target)/front
WASM := $(FRONT)/wasm32-unknown-unknown/wasm-release/app.wasm
# Python tools for independent checks (calendar parsing), in a venv of their own.
TOOLS := .venv-tools
PYTHON := $(CURDIR)/$(TOOLS)/bin/python
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p;}' Cargo.lock)
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

.PHONY: help run test toolchain site lint unit integration end2end bench lighthouse clean

help:
	@echo "make run    build and serve Treffpunkt with demo data on http://127.0.0.1:3000"
	@echo "make test   run every check: lints, unit, integration (SQLite + PostgreSQL), end2end"

run: toolchain site
	@echo "Starting Treffpunkt on http://127.0.0.1:3000 (data in ./data, stop with Ctrl+C)"
	cargo run -p server

test: toolchain lint unit integration end2end
	@echo "All checks passed."

# --- set-up -------------------------------------------------------------------------------

toolchain:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "Installing wasm-bindgen CLI $(WASM_BINDGEN_VERSION) (about 3 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version "=$(WASM_BINDGEN_VERSION)"; fi
	@missing=""; \
	  command -v chromium >/dev/null || missing="$$missing chromium"; \
	  command -v brotli >/dev/null || missing="$$missing brotli"; \
	  command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	  command -v initdb >/dev/null || [ -x /usr/lib/postgresql/15/bin/initdb ] || missing="$$missing postgresql"; \
	  fc-list :lang=ar family | grep -q Noto || missing="$$missing fonts-noto-core"; \
	  python3 -c "import ensurepip" 2>/dev/null || missing="$$missing python3-venv"; \
	  if [ -n "$$missing" ]; then echo "Installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi
	@[ -d end2end/node_modules/@playwright/test ] && [ -x end2end/node_modules/.bin/wasm-opt ] && \
	  [ -x end2end/node_modules/.bin/stylelint ] && [ -f end2end/node_modules/vnu-jar/build/dist/vnu.jar ] || \
	  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
	@[ -x $(PYTHON) ] && cmp -s .ci/python-requirements.txt $(TOOLS)/requirements.txt || \
	  (python3 -m venv $(TOOLS) && $(TOOLS)/bin/pip install -q -r .ci/python-requirements.txt && \
	   cp .ci/python-requirements.txt $(TOOLS)/requirements.txt)

# The browser bundle and static files, built with plain cargo (see README: why not cargo-leptos).
site:
	cargo build -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
	  --no-default-features --features hydrate --target-dir $(FRONT)
	rm -rf $(SITE) && mkdir -p $(PKG)
	wasm-bindgen --target web --no-typescript --out-dir $(PKG) --out-name treffpunkt $(WASM)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	  --enable-mutable-globals $(PKG)/treffpunkt_bg.wasm -o $(PKG)/treffpunkt_bg.wasm
	cp style/main.css $(PKG)/treffpunkt.css
	cp -r public/. $(SITE)/
	find $(SITE) -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.svg' \) \
	  -exec gzip -9 -k -f {} \; -exec brotli -q 11 -f {} \;
	@echo "wasm: $$(stat -c %s $(PKG)/treffpunkt_bg.wasm) bytes raw, $$(stat -c %s $(PKG)/treffpunkt_bg.wasm.gz) gzip, $$(stat -c %s $(PKG)/treffpunkt_bg.wasm.br) brotli"

# --- checks -------------------------------------------------------------------------------

lint:
	cargo fmt --all --check
	@# Logical CSS properties only, so that Arabic and Farsi pages mirror.
	cd end2end && stylelint --config stylelint.config.mjs ../style/main.css
	@# Screenshots and PDFs show Arabic, Persian and Cyrillic letters, not boxes.
	@for lang in ar fa uk ru tr; do fc-list ":lang=$$lang" family | grep -q Noto || \
	  { echo "no Noto font covers $$lang (apt-get install fonts-noto-core)"; exit 1; }; done
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate \
	  --target-dir $(FRONT) -- -D warnings
	@# Server-only crates must never reach the browser bundle.
	@if cargo tree -p app --no-default-features --features hydrate --target wasm32-unknown-unknown \
	    -e normal --prefix none | grep -E '^(sqlx|tokio|mio|lettre)( |-)'; then \
	  echo "The hydrate build depends on a server-only crate (above)."; exit 1; fi
	@echo "hydrate dependency tree is free of sqlx, tokio, mio and lettre"

unit:
	cargo test --workspace --lib --bins

# Integration tests run against a SQLite file and against a throwaway PostgreSQL server.
integration:
	TREFFPUNKT_REQUIRE_POSTGRES=1 TREFFPUNKT_REQUIRE_TOOLS=1 TREFFPUNKT_PYTHON=$(PYTHON) \
	  .ci/with-postgres cargo test -p server --test integration

end2end: site
	cargo build -p server
	.ci/with-server bash -c 'cd end2end && npx playwright test'

clean:
	cargo clean
	rm -rf data end2end/test-results end2end/playwright-report

# Page throughput, CPU per request and memory of the release build (numbers, not a pass/fail test).
bench: toolchain site
	cargo build --release -p server
	.ci/bench-pages
	.ci/bench-registrations
	.ci/bench-mail
	.ci/bench-ideas

# Lighthouse mobile scores and first-load bytes, German and Arabic (a measurement, not a test).
lighthouse: toolchain site
	cargo build --release -p server
	.ci/lighthouse
