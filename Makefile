# The two commands a newcomer needs: `make serve` and `make test`.
# Both install what is missing first (scripts/setup) and skip what is there.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve dev build test lint test-native test-web test-e2e test-engines size archive bench setup setup-browser clean

## serve: build for release and serve it at http://127.0.0.1:8080/ on the sample feed, as nginx does
serve: build
	node tests/e2e/serve.mjs dist 8080

## dev: a debug build with live reload, for working on the app
dev: setup
	trunk serve

## build: the release build in dist/
build: setup
	trunk build --release

## test: everything CI runs: lint, native, in-browser and end-to-end tests (Chromium, then Firefox and WebKit)
test: setup-browser lint test-native test-web build test-e2e test-engines

# The app and the core also build for wasm32; the tool is native only.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p bantin -p bantin-core --all-targets -- -D warnings

# --show-output: the robustness tests print their summaries.
test-native:
	cargo test --workspace -- --show-output

# The app's components in headless Chromium; the core's own tests as wasm32 (in Node).
test-web: setup-browser
	cargo test --target wasm32-unknown-unknown --test web
	cargo test --target wasm32-unknown-unknown -p bantin-core

test-e2e: setup-browser archive
	scripts/archive-site
	cd tests/e2e && playwright test -c playwright.config.mjs

# After test-e2e, never beside it: each run empties test-results/ first.
test-engines: setup-browser build
	cd tests/engines && playwright test -c engines.config.mjs

## size: release sizes of what a reader downloads (raw and brotli)
size: build
	scripts/size

## archive: a synthetic 10,000-article archive as a static layout in bench/work/archive-10k/
archive:
	scripts/archive

## bench: measures the release build against its performance budgets; writes bench/report.md
bench: build archive setup-browser
	scripts/bench

setup:
	scripts/setup

setup-browser:
	scripts/setup --browser

clean:
	cargo clean
	rm -rf dist test-results
