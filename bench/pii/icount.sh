#!/usr/bin/env bash
# Instructions per scan of the PII engine (callgrind): the inputs of run.sh,
# counted inside guard_analyze() only, so engine build and text generation
# stay out. Exact and repeatable where wall clock on a shared machine is not;
# docs/pii.md ("Speed") uses both. Valgrind runs Hyperscan's AVX2 code even
# on an AVX-512 machine, so counts compare runs, not machines.
#
#   bench/pii/icount.sh [--iters N]     (run `ninja -C build` first; BUILD=dir for another)
set -euo pipefail
cd "$(dirname "$0")/../.."
ITERS=200
[ "${1:-}" = --iters ] && ITERS=$2
OUT=$(mktemp -d /tmp/bench-pii.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
DEPS="libhs libpcre2-8 jansson openssl libuv libcurl libfyaml"
cc -O2 -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 -Isrc bench/pii/bench.c "${BUILD:-build}/libgwcore.a" \
   $(pkg-config --cflags --libs $DEPS) -lhttp_parser -lm -lpthread -o "$OUT/bench_pii"
echo "| input | instructions |"
echo "|---|---|"
for mode in chat chat-ner long long-ner; do
  valgrind --tool=callgrind --toggle-collect=guard_analyze --callgrind-out-file="$OUT/cg" \
    "$OUT/bench_pii" --only "$mode" --iters "$ITERS" --out "$OUT" >"$OUT/log" 2>&1
  ir=$(callgrind_annotate "$OUT/cg" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  case $mode in
  chat*) calls=$((200 + ITERS)); bytes=1082 ;; # bench.c: 200 warm-up scans, then ITERS
  *) calls=5; bytes=$(wc -c <"$OUT/long.txt") ;; # bench.c: best of 5 scans
  esac
  awk -v ir="$ir" -v c="$calls" -v b="$bytes" -v m="$mode" 'BEGIN {
    s = ir / c
    if (m ~ /chat/) printf "| 1 KB chat message, %s | %.0fk per scan |\n", m, s / 1e3
    else printf "| 8 MB mixed text, %s | %.1fk per KB |\n", m, s / b * 1024 / 1e3 }'
done
