#!/usr/bin/env bash
# Builds a directory with profile-guided optimisation (GCC): an instrumented
# build scans a training corpus, then everything is built again with the
# profile. The corpus is the probe corpora (tools/probes, generated) and this
# repository's own docs and sources as prose and code; no benchmark input is
# in it. Functions the training never ran (the HTTP path, the router...) are
# compiled as without a profile (-fprofile-partial-training), not for size.
#
#   scripts/pgo.sh DIR      (DIR: a build directory that does not exist yet)
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}
ARGS=(-Doptimization=3 -Ddebug=true)
[ -f "$B/build.ninja" ] && { echo "pgo.sh: $B is already set up" >&2; exit 1; }
plain() { # why: builds B without a profile instead
  echo "pgo.sh: $1; building without a profile" >&2
  if [ -f "$B/build.ninja" ]; then
    meson setup --wipe "$B" "${ARGS[@]}" -Db_pgo=off -Dc_args=
  else
    meson setup "$B" "${ARGS[@]}"
  fi
  exec ninja -C "$B"
}
if ! meson setup "$B" "${ARGS[@]}" -Db_pgo=generate -Dc_args=-fprofile-partial-training ||
   ! ninja -C "$B" llmgate; then
  plain "the instrumented build failed"
fi
python3 -B - "$B/pgo-train.jsonl" <<'PY' || : >"$B/pgo-train.jsonl"
import glob, json, subprocess, sys
out = open(sys.argv[1], "w")
n = 0
for p in sorted(glob.glob("tools/probes/probe*.py")):
    r = subprocess.run([sys.executable, "-B", p], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        try:
            text = json.loads(line)["text"]
        except (ValueError, KeyError, TypeError):
            continue
        out.write(json.dumps({"id": n, "text": text}) + "\n")
        n += 1
for p in sorted(glob.glob("docs/*.md") + glob.glob("README.md") + glob.glob("src/*/*.[ch]")):
    text = open(p, encoding="utf-8").read()
    for k in range(0, len(text), 2000):
        out.write(json.dumps({"id": n, "text": text[k:k + 2000]}) + "\n")
        n += 1
PY
if [ -s "$B/pgo-train.jsonl" ] && "$B/llmgate" scan --jsonl "$B/pgo-train.jsonl" >/dev/null; then
  # -Wno-coverage-mismatch: a source edited after the training is built
  # with what of its profile still fits, not refused.
  meson configure "$B" -Db_pgo=use \
    -Dc_args="-fprofile-partial-training -Wno-missing-profile -Wno-coverage-mismatch"
else
  plain "the training scan failed"
fi
ninja -C "$B"
