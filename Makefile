# gongkai — common tasks. `make site` builds the sample site; `make test` runs every test.
SWIFT ?= swift
AS_OF ?=

.PHONY: site build test release clean bench

site: build
	.build/debug/gongkai build $(if $(AS_OF),--as-of $(AS_OF))

build:
	scripts/setup
	$(SWIFT) build

test:
	scripts/setup --test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/validate

release:
	scripts/setup
	$(SWIFT) build -c release

clean:
	rm -rf .build site

bench:
	scripts/setup
	scripts/bench
