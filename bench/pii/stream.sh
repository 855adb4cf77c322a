#!/usr/bin/env bash
# Per-chunk cost of post_call scanning on a streamed answer (bench/pii/stream.c),
# against build/libgwcore.a (BUILD=dir for another build directory; run
# `ninja -C build` first). Markdown on stdout.
#
#   bench/pii/stream.sh [repetitions [MB of the long answer, default 50]]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(mktemp -d /tmp/bench-pii-stream.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
DEPS="libhs libpcre2-8 jansson openssl libuv libcurl libfyaml"
cc -O2 -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 -Isrc bench/pii/stream.c "${BUILD:-build}/libgwcore.a" \
   $(pkg-config --cflags --libs $DEPS) -lhttp_parser -lm -lpthread -o "$OUT/stream"
"$OUT/stream" "$@"
