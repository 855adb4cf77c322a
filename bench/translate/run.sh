#!/usr/bin/env bash
# Translation cost per request (see bench.c). Builds against build/libgwcore.a.
set -euo pipefail
cd "$(dirname "$0")/../.."
ninja -C build >/dev/null
# shellcheck disable=SC2046
gcc -O2 -D_GNU_SOURCE -Isrc bench/translate/bench.c build/libgwcore.a -o build/bench-translate \
  $(pkg-config --cflags --libs libuv libcurl jansson libfyaml openssl libhs libpcre2-8) \
  -lhttp_parser -lm -lpthread
taskset -c 0 build/bench-translate "${1:-200000}"
