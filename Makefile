# Thin wrapper around Meson/Ninja for the two README commands and friends.
BUILD ?= build
CONFIG ?= examples/local.yaml
PORT ?= 4000

.PHONY: all deps run test unit e2e asan fuzz bench format clean

all: $(BUILD)/build.ninja
	ninja -C $(BUILD)

# Profile-guided by default (scripts/pgo.sh: about 10% off a PII scan);
# PGO=0 for a plain build.
$(BUILD)/build.ninja:
ifeq ($(PGO),0)
	meson setup $(BUILD) -Doptimization=3 -Ddebug=true
else
	scripts/pgo.sh $(BUILD)
endif

deps:
	@scripts/deps.sh build

run: deps all
	$(BUILD)/llmgate --config $(CONFIG) --port $(PORT)

test:
	@scripts/deps.sh test
	@tests/run.sh

format:
	clang-format -i $$(git ls-files 'src/*.c' 'src/*.h' 'tests/*.c' 'tests/*.h')

bench: deps all
	bench/run.sh

clean:
	rm -rf $(BUILD) build-asan build-fuzz
