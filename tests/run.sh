#!/usr/bin/env bash
# Runs every suite and ends with one line: "N passed, N failed".
#   unit     cmocka tests of each module (build/)
#   e2e      the real binary driven by the official openai SDK (tests/e2e/)
#   asan     unit and e2e again, built with AddressSanitizer + UBSan
#   fuzz     each libFuzzer target for a short run
# Select with SUITES="unit e2e" (default: all four). Logs go to build/test-logs/.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SUITES=${SUITES:-"unit e2e asan fuzz"}
FUZZ_SECONDS=${FUZZ_SECONDS:-15}
LOGS=$ROOT/build/test-logs
PASS=0
FAIL=0
FAILED=()
export GW_SOURCE_ROOT=$ROOT

has() { case " $SUITES " in *" $1 "*) return 0 ;; esac; return 1; }
count() { PASS=$((PASS + $1)); FAIL=$((FAIL + $2)); }
failed() { FAILED+=("$1"); }

setup() { # dir, extra meson args...
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >"$LOGS/setup-$(basename "$dir").log" 2>&1 || { cat "$LOGS/setup-$(basename "$dir").log"; return 1; }
  elif [ ! -d "$dir/tests/unit" ] && pkg-config --exists cmocka; then
    # set up before cmocka was installed (`make run`): find it now
    meson setup --reconfigure "$dir" >"$LOGS/setup-$(basename "$dir").log" 2>&1 || { cat "$LOGS/setup-$(basename "$dir").log"; return 1; }
  fi
  ninja -C "$dir" >"$LOGS/build-$(basename "$dir").log" 2>&1 || { tail -40 "$LOGS/build-$(basename "$dir").log"; return 1; }
}

# Runs every cmocka binary of a build dir and adds up its cases.
unit_suite() { # dir label
  local dir=$1 label=$2 t out p f
  for t in "$dir"/tests/unit/test_*; do
    [ -f "$t" ] && [ -x "$t" ] || continue
    out="$LOGS/$label-$(basename "$t").log"
    CMOCKA_MESSAGE_OUTPUT=stdout "$t" >"$out" 2>&1
    local rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
    p=${p:-0}; f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    count "$p" "$f"
    [ "$f" -gt 0 ] && { failed "$label $(basename "$t")"; grep -E "FAILED|ERROR|error|Sanitizer" "$out" | head -20; }
    echo "$label $(basename "$t"): $p passed, $f failed"
  done
}

e2e_suite() { # binary label
  local bin=$1 label=$2 out="$LOGS/$2.tap" p f
  LLMGATE_BIN=$bin tests/e2e/run.sh >"$out" 2>&1
  local rc=$?
  p=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$out" | tail -1)
  f=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$out" | tail -1)
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  count "$p" "$f"
  if [ "$f" -gt 0 ]; then
    failed "$label"
    grep -E "^not ok|error:|Error|expected|actual" "$out" | head -40
  fi
  echo "$label: $p passed, $f failed"
}

mkdir -p "$LOGS"
# The build `make` and `make run` make: profile-guided unless PGO=0.
if [ ! -f build/build.ninja ] && [ "${PGO:-1}" != 0 ]; then
  scripts/pgo.sh build >"$LOGS/pgo.log" 2>&1 || { tail -40 "$LOGS/pgo.log"; echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
fi
if ! setup build -Doptimization=3 -Ddebug=true; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

has unit && unit_suite build unit
has e2e && e2e_suite "$ROOT/build/llmgate" e2e

if has asan; then
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  if setup build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false \
      -Dc_args=-fno-sanitize-recover=all -Dc_link_args=-fno-sanitize-recover=all; then
    unit_suite build-asan asan-unit
    e2e_suite "$ROOT/build-asan/llmgate" asan-e2e
    if grep -l "ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer" "$LOGS"/asan-* >/dev/null 2>&1; then
      count 0 1; failed "sanitizer reports"
      grep -h -A10 "ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer" "$LOGS"/asan-* | head -60
    fi
  else
    count 0 1; failed "asan build"
  fi
  unset ASAN_OPTIONS UBSAN_OPTIONS
fi

if has fuzz && [ -d tests/fuzz ] && ls tests/fuzz/*.c >/dev/null 2>&1; then
  if CC=clang setup build-fuzz --buildtype=debug -Dfuzz=true -Db_lundef=false; then
    for t in build-fuzz/tests/fuzz/fuzz_*; do
      [ -f "$t" ] && [ -x "$t" ] || continue
      name=$(basename "$t")
      corpus=tests/fuzz/corpus/${name#fuzz_}
      work=$(mktemp -d)
      [ -d "$corpus" ] && cp -r "$corpus"/. "$work"/
      dict=(); [ -f "tests/fuzz/${name#fuzz_}.dict" ] && dict=(-dict="tests/fuzz/${name#fuzz_}.dict")
      if "$t" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" "$work" \
          >"$LOGS/$name.log" 2>&1; then
        count 1 0; echo "fuzz $name: ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$LOGS/$name.log" | grep -o '[0-9]*$') runs)"
      else
        count 0 1; failed "fuzz $name"; tail -30 "$LOGS/$name.log"
      fi
      rm -rf "$work"
    done
  else
    count 0 1; failed "fuzz build"
  fi
fi

[ ${#FAILED[@]} -gt 0 ] && printf 'failed: %s\n' "${FAILED[@]}"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
