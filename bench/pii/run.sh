#!/usr/bin/env bash
# PII engine speed, and the same inputs through npm's redact-pii for
# comparison. Builds bench/pii/bench.c against build/libgwcore.a (BUILD=dir for
# another build directory; run
# `ninja -C build` first), then runs both. Results on stdout (Markdown).
#
#   bench/pii/run.sh [--mb N] [--iters N]
#
# redact-pii is installed into bench/pii/node_modules from its own
# package.json (npm ci) unless BENCH_PII_NO_NODE=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(mktemp -d /tmp/bench-pii.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
DEPS="libhs libpcre2-8 jansson openssl libuv libcurl libfyaml"
cc -O2 -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 -Isrc bench/pii/bench.c "${BUILD:-build}/libgwcore.a" \
   $(pkg-config --cflags --libs $DEPS) -lhttp_parser -lm -lpthread -o "$OUT/bench_pii"
echo "### llmgate guard (one core)"
echo
"$OUT/bench_pii" --out "$OUT" "$@"
# Other shapes of message (a traceback, a JSON payload, Spanish and English,
# a list of names): the same chat runs, every entity type on.
echo
echo "| other 1 KB messages (bench/pii/messages/) | bytes | entities | patterns + NER |"
echo "|---|---|---|---|"
for f in bench/pii/messages/*.txt; do
  "$OUT/bench_pii" --chat "$f" --only chat-ner "$@" | awk -v f="$(basename "$f" .txt)" -v b="$(wc -c <"$f")" '
    /NER hook/ { match($0, /[0-9.]+ us/); us = substr($0, RSTART, RLENGTH)
                 match($0, /[(][0-9]+ entities/); n = substr($0, RSTART + 1, RLENGTH - 10)
                 printf "| %s | %d | %s | %s per scan |\n", f, b, n, us }'
done
if [ "${BENCH_PII_NO_NODE:-0}" != 1 ] && command -v node >/dev/null; then
  ( cd bench/pii && { [ -d node_modules/redact-pii ] || npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null; } )
  echo
  echo "### npm redact-pii (SyncRedactor, one core)"
  echo
  node bench/pii/redact_pii.mjs "$OUT/chat_1k.txt" "$OUT/long.txt"
fi
