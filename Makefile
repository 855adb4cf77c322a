# Thin wrapper around Meson/Ninja for the two README commands and friends.
BUILD ?= build
CONFIG ?= examples/local.yaml
PORT ?= 4000

.PHONY: all deps run test unit e2e asan fuzz bench format clean

all: $(BUILD)/build.ninja
	ninja -C $(BUILD)

$(BUILD)/build.ninja:
	meson setup $(BUILD) -Doptimization=3 -Ddebug=true

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
