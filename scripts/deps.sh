#!/usr/bin/env bash
# Installs what llmgate needs on a fresh Debian 12 machine, only what is missing.
#   scripts/deps.sh build   libraries and tools to build and run
#   scripts/deps.sh test    plus the test services, sanitizer runtime and npm clients
set -euo pipefail
cd "$(dirname "$0")/.."

build_pkgs=(libuv1-dev libcurl4-openssl-dev libhttp-parser-dev libjansson-dev libfyaml-dev
  libssl-dev libhyperscan-dev libpcre2-dev meson ninja-build pkg-config gcc make)
test_pkgs=(libcmocka-dev clang libclang-rt-14-dev nodejs npm curl python3)

want=("${build_pkgs[@]}")
[ "${1:-build}" = test ] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  # A package counts as present when dpkg has it installed; node and npm may
  # also come from outside Debian (the machine image ships them).
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
